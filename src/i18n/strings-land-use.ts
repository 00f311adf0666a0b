/**
 * Strings of styling an imported layer by land-use code: its colour choice, the legend and the
 * area-by-code table. Loaded with that part of a layer's row (`panel-text.ts`), not with the page.
 */
export const landUseVi = {
  'style.by': 'Tô màu',
  'style.byLayer': 'Tô màu lớp “{title}”',
  'style.one': 'Một màu',
  'style.landUse': 'Mã loại đất ở trường {field}',
  'style.detected': 'tự nhận ra',
  'style.tableTitle': 'Chú giải và diện tích theo mã loại đất',
  'style.code': 'Mã',
  'style.name': 'Loại đất',
  'style.features': 'Số đối tượng',
  'style.area': 'Diện tích (ha)',
  'style.share': 'Tỷ lệ (%)',
  'style.total': 'Tổng ({n} đối tượng)',
  'style.colour': 'Màu',
  'style.unknownCode': 'không có trong danh mục quốc gia',
  'style.noCode': '(trống)',
  'style.areaNote':
    'Diện tích tính trên ellipsoid WGS 84 từ hình học trong tệp của bạn, không phải số liệu thống kê đất đai chính thức.',
  'style.basis': 'Mã, tên và màu: {regulation}.',
  'style.contrastBasis':
    'Chế độ tương phản cao: màu theo nhóm đất, an toàn cho người khó phân biệt màu (bảng Okabe–Ito), không phải màu của quy định; mã loại đất luôn ghi trên bản đồ.',
  'style.sameColour':
    'Cùng màu trong bảng màu của quy định: {codes}. Trên bản đồ, phân biệt bằng mã ghi trên từng thửa (từ mức phóng 13).',
  'style.csv': 'Tải bảng (CSV)',
  'style.noColour': 'Chưa tìm được màu của mã này trong nguồn: tô màu xám, có ghi mã.',
};

export const landUseEn: Record<keyof typeof landUseVi, string> = {
  'style.by': 'Colours',
  'style.byLayer': 'Colours of layer “{title}”',
  'style.one': 'One colour',
  'style.landUse': 'Land-use code in field {field}',
  'style.detected': 'recognised',
  'style.tableTitle': 'Legend and area by land-use code',
  'style.code': 'Code',
  'style.name': 'Land use',
  'style.features': 'Features',
  'style.area': 'Area (ha)',
  'style.share': 'Share (%)',
  'style.total': 'Total ({n} features)',
  'style.colour': 'Colour',
  'style.unknownCode': 'not in the national list',
  'style.noCode': '(empty)',
  'style.areaNote':
    'Areas computed on the WGS 84 ellipsoid from the geometry in your file, not official land statistics.',
  'style.basis': 'Codes, names and colours: {regulation}. The English names are our translations.',
  'style.contrastBasis':
    'High contrast: colours by land group, safe for colour-blind readers (the Okabe–Ito palette), not the regulation’s colours; the codes are always written on the map.',
  'style.sameColour':
    'Drawn in one colour by the regulation’s palette: {codes}. On the map, told apart by the code written on each parcel (from zoom 13).',
  'style.csv': 'Download the table (CSV)',
  'style.noColour': 'No source found gives this code a colour: drawn grey, with its code written.',
};
