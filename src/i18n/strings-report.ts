import type { Lang } from '../types/core';
import { formatNumber } from './translate';

/**
 * Strings of the land report ("Phiếu tra cứu quy hoạch") and of the buttons that open it. Apart
 * from the main table: they load with the report or with a popup, not with every page.
 */
export const reportVi = {
  'report.title': 'Phiếu tra cứu quy hoạch',
  'report.notCertificate':
    'Chỉ để tham khảo — không phải chứng chỉ quy hoạch. Thông tin chính thức do cơ quan quản lý quy hoạch cung cấp.',
  'report.parcel': 'Thửa đất',
  'report.picture':
    'Vị trí trên sơ đồ tĩnh của tỉnh: trình duyệt này không vẽ được bản đồ chi tiết. Vòng đỏ đánh dấu thửa đất.',
  'report.point': 'Điểm {lat}, {lng}',
  'report.shape': 'Thửa đất vẽ hoặc dán vào',
  'report.userFeature': '{name} (lớp “{layer}”)',
  'report.area': 'Diện tích',
  'report.perimeter': 'Chu vi',
  'report.areaValue': '{m2} m² ({ha} ha)',
  'report.corners': 'Tọa độ các đỉnh thửa',
  'report.cornerN': 'Điểm',
  'report.lng': 'Kinh độ',
  'report.lat': 'Vĩ độ',
  'report.x': 'X (m)',
  'report.y': 'Y (m)',
  'report.edge': 'Cạnh (m)',
  'report.crsNote':
    'Kinh độ, vĩ độ: WGS 84. X, Y: VN-2000, múi 3° kinh tuyến trục 107°15′ (Lạng Sơn), X hướng Bắc, Y hướng Đông; diện tích tính trên ellipsoid WGS 84, cạnh đo trên mặt cầu.',
  'report.moreCorners': 'và {n} đỉnh khác (có trong tệp CSV)',
  'report.layers': 'Các lớp bản đồ tại đây',
  'report.within': 'Tìm trong phạm vi',
  'report.none': 'Không có đối tượng nào của các lớp đang có trong phạm vi {m} m.',
  'report.loading': 'Đang tra cứu…',
  'report.failed': 'Không tra cứu được: {why}',
  'report.badLink': 'Không đọc được thửa đất trong liên kết này; bản đồ vẫn mở bình thường.',
  'report.waitLayer':
    'Đang chờ lớp dữ liệu của bạn… Liên kết này chỉ mở được phiếu trên trình duyệt đã nhập lớp đó.',
  'report.rel.in': 'thửa nằm trọn trong',
  'report.rel.inPoint': 'điểm nằm trong',
  'report.rel.overlaps': 'chiếm {share} diện tích thửa',
  'report.rel.touches': 'giáp ranh thửa',
  'report.rel.near': 'cách {distance}',
  'report.rel.contains': 'nằm trong thửa',
  'report.rel.crosses': 'đi qua thửa',
  'report.rel.near-schematic':
    'gần một ký hiệu sơ đồ — vị trí chỉ mang tính minh họa, không cho biết thửa có nằm trong hay không',
  'report.approximate': 'ranh giới gần đúng',
  'report.provisional': 'chưa chắc chắn',
  'report.shares': 'Cơ cấu theo “{key}”',
  'report.outside': 'ngoài các vùng của lớp',
  'report.sources': 'Nguồn',
  'report.credit': 'Nguồn của lớp: {credit}',
  'report.accuracy': 'Độ chính xác',
  'report.accUnknown': 'không ghi',
  'report.moreNear': 'và {n} đối tượng khác trong phạm vi {m} m',
  'report.attrs': 'Thuộc tính',
  'report.yourFile': 'tệp của bạn “{name}” — không phải quy hoạch',
  'report.archiveFeature': 'Đối tượng của kho “{name}” tại điểm bấm',
  'report.distances': 'Khoảng cách (đường chim bay)',
  'report.distNote': 'Đo từ một điểm trong thửa tới đối tượng gần nhất, như bảng địa điểm đầu tư đo.',
  'report.kcn': 'Khu công nghiệp gần nhất',
  'report.ccn': 'Cụm công nghiệp gần nhất',
  'report.dataDate': 'Dữ liệu quy hoạch cập nhật đến {date}. Phiếu lập ngày {today}.',
  'report.print': 'In / lưu PDF',
  'report.geojson': 'Tải GeoJSON',
  'report.csv': 'Tải CSV',
  'report.close': 'Đóng phiếu',
};

export type ReportKey = keyof typeof reportVi;

export const reportEn: Record<ReportKey, string> = {
  'report.title': 'Land report: what the plan says here',
  'report.notCertificate':
    'For reference only — not a planning certificate. Official answers come from the planning authority.',
  'report.parcel': 'The parcel',
  'report.picture':
    'Where it lies, on a still picture of the province: this browser cannot draw the detailed map. The red ring marks the parcel.',
  'report.point': 'Point {lat}, {lng}',
  'report.shape': 'A drawn or pasted parcel',
  'report.userFeature': '{name} (layer “{layer}”)',
  'report.area': 'Area',
  'report.perimeter': 'Perimeter',
  'report.areaValue': '{m2} m² ({ha} ha)',
  'report.corners': 'Corner coordinates',
  'report.cornerN': 'Point',
  'report.lng': 'Longitude',
  'report.lat': 'Latitude',
  'report.x': 'X (m)',
  'report.y': 'Y (m)',
  'report.edge': 'Edge (m)',
  'report.crsNote':
    'Longitude, latitude: WGS 84. X, Y: VN-2000, 3° zone on the 107°15′ meridian (Lạng Sơn), X northing, Y easting; area on the WGS 84 ellipsoid, edges on the sphere.',
  'report.moreCorners': 'and {n} more corners (in the CSV file)',
  'report.layers': 'What the layers say here',
  'report.within': 'Look within',
  'report.none': 'No feature of the layers at hand lies within {m} m.',
  'report.loading': 'Looking it up…',
  'report.failed': 'The report could not be made: {why}',
  'report.badLink': 'The parcel in this link could not be read; the map opens as usual.',
  'report.waitLayer':
    'Waiting for your layer… This link opens the report only in a browser that imported it.',
  'report.rel.in': 'the parcel lies within it',
  'report.rel.inPoint': 'the point lies in it',
  'report.rel.overlaps': '{share} of the parcel',
  'report.rel.touches': 'touches the parcel',
  'report.rel.near': '{distance} away',
  'report.rel.contains': 'lies inside the parcel',
  'report.rel.crosses': 'crosses the parcel',
  'report.rel.near-schematic':
    'near a schematic mark — drawn for illustration, it cannot tell whether the parcel lies in it',
  'report.approximate': 'approximate outline',
  'report.provisional': 'provisional',
  'report.shares': 'By “{key}”',
  'report.outside': 'outside the layer’s areas',
  'report.sources': 'Sources',
  'report.credit': 'Layer source: {credit}',
  'report.accuracy': 'Accuracy',
  'report.accUnknown': 'not stated',
  'report.moreNear': 'and {n} more features within {m} m',
  'report.attrs': 'Attributes',
  'report.yourFile': 'your file “{name}” — not the plan',
  'report.archiveFeature': 'Feature of archive “{name}” at the clicked point',
  'report.distances': 'Distances (straight line)',
  'report.distNote':
    'Measured from a point in the parcel to the nearest feature, as the site table measures.',
  'report.kcn': 'Nearest industrial parks',
  'report.ccn': 'Nearest industrial clusters',
  'report.dataDate': 'Plan data as of {date}. Report made on {today}.',
  'report.print': 'Print / save as PDF',
  'report.geojson': 'Download GeoJSON',
  'report.csv': 'Download CSV',
  'report.close': 'Close the report',
};

/** A report string in a language, its `{name}` parts filled (numbers in the language's format). */
export function reportText(lang: Lang, key: ReportKey, params: Record<string, string | number> = {}): string {
  return (lang === 'vi' ? reportVi : reportEn)[key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) return `{${name}}`;
    return typeof v === 'number' ? formatNumber(lang, v, 0) : v;
  });
}

/** A share of the parcel as a percentage: "62 %" (to the whole percent; "< 1 %" for a sliver). */
export function formatShare(lang: Lang, share: number): string {
  if (share > 0 && share < 0.005) return '< 1 %';
  return `${formatNumber(lang, Math.round(share * 100), 0)} %`;
}
