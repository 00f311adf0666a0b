import type { Lang } from '../types/core';
import { fill } from './translate';

/**
 * UI strings of the coordinate tools: the readout, the paste box for a certificate's coordinate
 * list, the corner table's export. Apart from the main table because those load when first used.
 */
export const coordsVi = {
  'coords.paste.open': 'Dán tọa độ (sổ đỏ)…',
  'coords.paste.title': 'Dán tọa độ thửa đất (sổ đỏ)',
  'coords.paste.intro':
    'Dán bảng tọa độ góc thửa từ giấy chứng nhận, trích lục bản đồ địa chính, Excel, Word hoặc PDF: số hiệu điểm, X, Y (X là tọa độ Bắc, Y là tọa độ Đông), có thể kèm chiều dài cạnh.',
  'coords.paste.label': 'Bảng tọa độ',
  'coords.paste.grid': 'Hệ tọa độ của bảng',
  'coords.paste.preview': 'Các góc thửa đã đọc',
  'coords.paste.none': 'Chưa đọc được góc nào.',
  'coords.col.point': 'Điểm',
  'coords.col.line': 'Dòng',
  'coords.col.x': 'X (m)',
  'coords.col.y': 'Y (m)',
  'coords.col.edge': 'Cạnh (m)',
  'coords.col.lngLat': 'Kinh độ, vĩ độ (WGS 84)',
  'coords.area':
    'Diện tích {m2} m² ({ha} ha), chu vi {perimeter} m, tính trên lưới {grid}. Trên ellipsoid WGS 84: {geodesic} m².',
  'coords.point': 'Một điểm: {lat}, {lng}',
  'coords.show': 'Hiện trên bản đồ',
  'coords.close': 'Đóng',
  'coords.layerName': 'Thửa đất (dán tọa độ)',
  'coords.p.line-unreadable': 'Dòng {line} không đọc được: “{text}”. Hãy sửa dòng này trong ô trên.',
  'coords.p.no-points': 'Chưa có điểm nào: mỗi dòng cần X và Y (có thể kèm số hiệu điểm và cạnh).',
  'coords.p.two-points': 'Chỉ có 2 điểm: một thửa đất cần ít nhất 3 góc.',
  'coords.p.repeated-point': 'Điểm {id} (dòng {line}) trùng với điểm {sameAs} mà không phải điểm khép thửa.',
  'coords.p.xy-swapped':
    'X và Y có vẻ bị đảo: trên giấy tờ Việt Nam X là tọa độ Bắc (khoảng 2 400 000 m ở Lạng Sơn), Y là tọa độ Đông (dưới 900 000 m).',
  'coords.p.far-away': 'Đọc theo {grid}, thửa đất nằm cách tỉnh Lạng Sơn {km} km.',
  'coords.p.closed-explicitly': 'Điểm cuối trùng điểm đầu: thửa đã khép, điểm đó chỉ tính một lần.',
  'coords.fix.swap-xy': 'Đảo X và Y',
  'coords.fix.grid': 'Đọc theo {label}',
  'coords.fix.drop-repeats': 'Bỏ điểm trùng',
  'coords.readout.label': 'Tọa độ',
  'coords.readout.system': 'Hệ tọa độ hiển thị',
  'coords.readout.pointer': 'Con trỏ',
  'coords.readout.centre': 'Tâm bản đồ',
  'coords.readout.copy': 'Sao chép',
  'coords.readout.copyHint': 'Sao chép tọa độ (phím C khi bản đồ có tiêu điểm)',
  'coords.readout.copied': 'Đã sao chép: {text}',
  'coords.readout.hide': 'Ẩn tọa độ',
  'coords.readout.decimal': 'WGS 84, độ thập phân',
  'coords.readout.dms': 'WGS 84, độ phút giây',
  'coords.export.corners': 'Tọa độ góc VN-2000 (CSV)',
  'coords.source':
    'Tọa độ do người dùng dán ({grid}); chuyển sang WGS 84 theo QĐ 05/2007/QĐ-BTNMT (EPSG:6960)',
  'coords.accuracy': 'Như bảng tọa độ đã dán; phép chuyển hệ tọa độ chính xác khoảng 1 m',
  'coords.search': 'Tọa độ {system}',
} as const;

export type CoordsKey = keyof typeof coordsVi;

export const coordsEn: Record<CoordsKey, string> = {
  'coords.paste.open': 'Paste coordinates (land certificate)…',
  'coords.paste.title': 'Paste a parcel’s coordinates (land certificate)',
  'coords.paste.intro':
    'Paste the corner table of a land-use-right certificate, a cadastral extract, or lines from Excel, Word or a PDF: point number, X, Y (X the northing, Y the easting), optionally the edge length.',
  'coords.paste.label': 'Coordinate list',
  'coords.paste.grid': 'Coordinate system of the list',
  'coords.paste.preview': 'Corners read',
  'coords.paste.none': 'No corner read yet.',
  'coords.col.point': 'Point',
  'coords.col.line': 'Line',
  'coords.col.x': 'X (m)',
  'coords.col.y': 'Y (m)',
  'coords.col.edge': 'Edge (m)',
  'coords.col.lngLat': 'Longitude, latitude (WGS 84)',
  'coords.area':
    'Area {m2} m² ({ha} ha), perimeter {perimeter} m, on the {grid} grid. On the WGS 84 ellipsoid: {geodesic} m².',
  'coords.point': 'One point: {lat}, {lng}',
  'coords.show': 'Show on map',
  'coords.close': 'Close',
  'coords.layerName': 'Parcel (pasted coordinates)',
  'coords.p.line-unreadable': 'Line {line} cannot be read: “{text}”. Correct it in the box above.',
  'coords.p.no-points': 'No point yet: each line needs X and Y (optionally a point number and an edge).',
  'coords.p.two-points': 'Only 2 points: a parcel needs at least 3 corners.',
  'coords.p.repeated-point': 'Point {id} (line {line}) repeats point {sameAs}, and is not the closing point.',
  'coords.p.xy-swapped':
    'X and Y look swapped: Vietnamese documents give X as the northing (about 2,400,000 m in Lạng Sơn) and Y as the easting (under 900,000 m).',
  'coords.p.far-away': 'Read in {grid}, the parcel lies {km} km from Lạng Sơn province.',
  'coords.p.closed-explicitly':
    'The last point repeats the first: the ring is closed, that point counts once.',
  'coords.fix.swap-xy': 'Swap X and Y',
  'coords.fix.grid': 'Read in {label}',
  'coords.fix.drop-repeats': 'Drop the repeated points',
  'coords.readout.label': 'Coordinates',
  'coords.readout.system': 'Coordinate system shown',
  'coords.readout.pointer': 'Pointer',
  'coords.readout.centre': 'Map centre',
  'coords.readout.copy': 'Copy',
  'coords.readout.copyHint': 'Copy the coordinates (key C when the map has focus)',
  'coords.readout.copied': 'Copied: {text}',
  'coords.readout.hide': 'Hide coordinates',
  'coords.readout.decimal': 'WGS 84, decimal degrees',
  'coords.readout.dms': 'WGS 84, degrees minutes seconds',
  'coords.export.corners': 'Corners in VN-2000 (CSV)',
  'coords.source':
    'Coordinates pasted by the user ({grid}); converted to WGS 84 by QĐ 05/2007/QĐ-BTNMT (EPSG:6960)',
  'coords.accuracy': 'As the pasted list; the datum conversion is good to about 1 m',
  'coords.search': 'Coordinates {system}',
};

const TABLES: Record<Lang, Record<CoordsKey, string>> = { vi: coordsVi, en: coordsEn };

/** A coordinate tools' string in `lang`, its placeholders filled. */
export function coordsText(lang: Lang, key: CoordsKey, params: Record<string, string | number> = {}): string {
  return fill(lang, TABLES[lang][key], params);
}
