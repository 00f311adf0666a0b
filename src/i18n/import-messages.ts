import { MAX_BOUNDS } from '../data/boxes';
import type { ImportFix, Problem, ProblemCode, ProjectedCrs } from '../import/problems';
import type { Lang } from '../types/core';
import { formatName } from './format-name';
import { formatNumber } from './translate';

type Params = Readonly<Record<string, string | number>>;

const [VW, VS, VE, VN] = MAX_BOUNDS;
/** The area the map can show, as the messages name it. */
const VIEW_TEXT: Record<Lang, string> = {
  vi: `${formatNumber('vi', VW)}–${formatNumber('vi', VE)}° Đ, ${formatNumber('vi', VS)}–${formatNumber('vi', VN)}° B`,
  en: `${VW}–${VE}° E, ${VS}–${VN}° N`,
};

/** Builds one sentence; `v` gives a param as text (numbers formatted for the language), or ''. */
type Template = (p: Params, v: (name: string) => string) => string;

const VI: Record<ProblemCode, Template> = {
  'empty-file': () => 'Tệp trống: không có dữ liệu nào để đọc.',
  'file-too-large': (_, v) =>
    `Tệp quá lớn (${v('sizeMb')} MB); chỉ nhận tệp đến ${v('maxMb')} MB. Hãy bớt dữ liệu hoặc chia thành nhiều tệp nhỏ.`,
  'unsupported-type': (_, v) =>
    `Chưa đọc được loại tệp “${v('ext')}”. Các loại tệp được hỗ trợ: ${v('supported')}.`,
  'shapefile-not-zipped': () =>
    'Riêng tệp .shp thì chưa đủ: hãy nén các tệp .shp, .shx, .dbf và .prj cùng tên vào một tệp .zip rồi thả tệp .zip đó vào bản đồ.',
  'spreadsheet-not-csv': () =>
    'Chưa đọc trực tiếp được tệp Excel: hãy lưu bảng tính dưới dạng CSV UTF-8, có một cột kinh độ và một cột vĩ độ.',
  'extension-mismatch': (p, v) =>
    `Tệp có đuôi “${v('ext')}” nhưng nội dung là ${formatName(String(p.format ?? ''))}; đã đọc theo nội dung.`,
  'encoding-guessed': (_, v) =>
    `Tệp không dùng bảng mã UTF-8 nên đã được đọc theo bảng mã ${v('encoding')}. Nếu chữ tiếng Việt hiển thị sai, hãy lưu lại tệp với bảng mã UTF-8.`,
  unreadable: (_, v) => `Không đọc được tệp vì một lỗi ngoài dự kiến: ${v('message')}`,
  'invalid-json': () => 'Tệp không phải JSON hợp lệ (thiếu dấu phẩy, dấu ngoặc hay dấu nháy?).',
  'not-geojson': (_, v) =>
    `Đây là JSON nhưng không phải GeoJSON: cần một FeatureCollection, một Feature hoặc một hình học có trường “type” (tìm thấy: ${v('found')}).`,
  'features-not-array': () => 'Trường “features” phải là một danh sách (mảng) các đối tượng.',
  'no-features': () => 'Tệp không có đối tượng nào có vị trí để vẽ lên bản đồ.',
  'not-a-feature': () => 'Không phải một Feature (cần có “type”: “Feature”).',
  'missing-geometry': () => 'Thiếu trường “geometry” (hình học).',
  'geometry-not-object': () => 'Trường “geometry” phải là một đối tượng hình học (hoặc null).',
  'null-geometry': () => 'Không có hình học (geometry là null) nên không vẽ được; đã bỏ qua đối tượng này.',
  'unknown-geometry-type': (p, v) =>
    `${p.type === undefined ? 'Hình học không có trường “type”' : `Không có kiểu hình học “${v('type')}” trong GeoJSON`}; chỉ có Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon và GeometryCollection.`,
  'missing-coordinates': () => 'Hình học thiếu trường “coordinates” (tọa độ).',
  'coordinates-not-array': () => 'Tọa độ phải là danh sách các điểm, mỗi điểm viết dạng [kinh độ, vĩ độ].',
  'position-too-short': () => 'Mỗi điểm cần ít nhất hai số: [kinh độ, vĩ độ].',
  'coordinates-not-numbers': (_, v) => `Tọa độ phải là số, nhưng gặp giá trị “${v('value')}”.`,
  'line-too-short': () => 'Một đường cần ít nhất 2 điểm.',
  'ring-too-short': () => 'Một vòng của vùng cần ít nhất 4 điểm (điểm cuối lặp lại điểm đầu).',
  'ring-not-closed': () => 'Vòng của vùng phải khép kín: điểm đầu và điểm cuối đang khác nhau.',
  'bad-geometry-collection': () => 'GeometryCollection cần trường “geometries” là danh sách các hình học.',
  'bad-bbox': () => 'Trường “bbox” phải là danh sách có số lượng chẵn các số.',
  'bad-properties': () => 'Trường “properties” phải là một đối tượng (hoặc null).',
  'invalid-structure': (_, v) => `Cấu trúc GeoJSON không hợp lệ (${v('detail')}).`,
  'bad-features-summary': (_, v) =>
    `${v('bad')}/${v('total')} đối tượng có lỗi nên chưa nhập tệp này. Hãy sửa các lỗi dưới đây rồi nhập lại tệp.`,
  'more-problems': (_, v) => `… và ${v('count')} lỗi khác.`,
  'duplicate-ids': (_, v) =>
    `${v('count')} mã định danh (id) bị trùng, ví dụ “${v('id')}”; các đối tượng đó đã được đặt mã mới.`,
  'projected-metres': (_, v) =>
    `Tọa độ đang tính bằng mét của một hệ tọa độ phẳng (VN-2000 hoặc UTM), không phải độ kinh, vĩ (ví dụ điểm ${v('x')}; ${v('y')}).`,
  'projected-unknown': () =>
    'Không hệ tọa độ nào ứng dụng biết (VN-2000 kinh tuyến trục 107°15′, VN-2000 UTM múi 48, WGS 84 UTM múi 48) đặt được dữ liệu gần Lạng Sơn. Hãy xuất lại tệp theo hệ WGS 84 (EPSG:4326).',
  swapped: () =>
    'Kinh độ và vĩ độ bị đảo chỗ: số giống vĩ độ (8–24) nằm ở chỗ của kinh độ và ngược lại. Thứ tự đúng là kinh độ trước, vĩ độ sau.',
  'out-of-range': (_, v) =>
    `Tọa độ vượt phạm vi (gặp ${v('lng')}; ${v('lat')}): kinh độ phải từ −180 đến 180, vĩ độ từ −90 đến 90.`,
  'far-from-province': (_, v) =>
    `Dữ liệu nằm cách Lạng Sơn khoảng ${v('km')} km (quanh ${v('lat')}° B, ${v('lng')}° Đ), ngoài vùng bản đồ này hiển thị (${VIEW_TEXT.vi}) nên không nhìn thấy được. Lớp vẫn được giữ nguyên và xuất ra được.`,
  'outside-view': (_, v) =>
    `${v('count')}/${v('total')} đối tượng nằm ngoài vùng bản đồ này hiển thị (${VIEW_TEXT.vi}) nên không nhìn thấy được; chúng vẫn nằm trong lớp và trong tệp xuất.`,
  'crs-not-wgs84': (_, v) =>
    `Tệp khai báo hệ tọa độ ${v('crs')}; bản đồ cần kinh độ, vĩ độ theo WGS 84 (EPSG:4326).`,
  'crs-ignored': (_, v) =>
    `Tệp khai báo hệ tọa độ ${v('crs')} nhưng các tọa độ trông như độ WGS 84 nên được hiển thị như vậy; vị trí có thể lệch vài trăm mét.`,
  'fix-applied': (_, v) => `Đã chuyển tọa độ từ ${v('crs')} sang kinh độ, vĩ độ WGS 84.`,
  'swap-applied': () => 'Đã đổi chỗ kinh độ và vĩ độ.',
  'csv-no-coordinate-columns': (_, v) =>
    `Không tìm thấy cột kinh độ và vĩ độ. Các cột có trong tệp: ${v('columns')}. Hãy đặt tên cột là “kinh độ” và “vĩ độ” (hoặc lon/lat, x/y).`,
  'csv-missing-longitude': (_, v) => `Ô kinh độ (cột “${v('column')}”) đang trống.`,
  'csv-missing-latitude': (_, v) => `Ô vĩ độ (cột “${v('column')}”) đang trống.`,
  'csv-bad-longitude': (_, v) =>
    `Kinh độ “${v('value')}” (cột “${v('column')}”) không phải là số; hãy ghi độ thập phân, ví dụ 106,7612.`,
  'csv-bad-latitude': (_, v) =>
    `Vĩ độ “${v('value')}” (cột “${v('column')}”) không phải là số; hãy ghi độ thập phân, ví dụ 21,8537.`,
  'csv-quotes': () => 'Dấu nháy kép không khớp: có ô mở dấu " mà không đóng lại.',
  'rows-skipped': (_, v) => `Đã bỏ qua ${v('count')} dòng lỗi, không có trên bản đồ (danh sách bên dưới).`,
  'features-skipped': (_, v) =>
    `Đã bỏ qua ${v('count')} đối tượng lỗi, không có trên bản đồ (danh sách bên dưới).`,
  'xml-syntax': (_, v) => `Tệp XML bị lỗi cú pháp (${v('detail')}).`,
  'not-kml-or-gpx': (_, v) => `Tệp XML này không phải KML hay GPX (phần tử gốc là <${v('root')}>).`,
  'kmz-no-kml': () =>
    'Trong tệp KMZ không có tệp .kml nào (chỉ có ảnh hoặc tệp khác), nên không có gì để vẽ.',
  'kmz-other-kml': (_, v) =>
    `Tệp KMZ chứa nhiều tệp KML: đã đọc “${v('used')}”, bỏ qua ${v('count')} tệp khác (như “${v('first')}”). Hãy giải nén để mở từng tệp.`,
  'zip-unreadable': () => 'Không mở được tệp nén .zip/.kmz (tệp bị hỏng hoặc không phải tệp nén).',
  'zip-no-shp': (_, v) => `Tệp .zip không chứa tệp .shp nào (bên trong có: ${v('files')}).`,
  'shp-no-prj': (_, v) =>
    `Lớp “${v('layer')}” không có tệp .prj nên không rõ hệ tọa độ; tạm coi là kinh độ, vĩ độ WGS 84.`,
  'shp-bad-prj': (_, v) =>
    `Không hiểu được tệp .prj của lớp “${v('layer')}” (${v('prj')}…); tạm coi là kinh độ, vĩ độ WGS 84.`,
  'prj-vn2000-completed': (_, v) =>
    `Tệp .prj của lớp “${v('layer')}” ghi hệ VN-2000 nhưng thiếu tham số chuyển sang WGS 84 (thường gặp ở tệp từ ArcGIS); đã dùng 7 tham số của Quyết định 05/2007/QĐ-BTNMT (EPSG:6960). Nếu bỏ qua, dữ liệu sẽ lệch khoảng 220 m.`,
  'shp-no-dbf': (_, v) => `Lớp “${v('layer')}” không có tệp .dbf nên các đối tượng không có thuộc tính.`,
  'shapefile-unreadable': (_, v) => `Không đọc được Shapefile (${v('detail')}).`,
};

const EN: Record<ProblemCode, Template> = {
  'empty-file': () => 'The file is empty: there is nothing to read.',
  'file-too-large': (_, v) =>
    `The file is too large (${v('sizeMb')} MB); the limit is ${v('maxMb')} MB. Trim the data or split it into smaller files.`,
  'unsupported-type': (_, v) =>
    `Files of type “${v('ext')}” cannot be read. Supported types: ${v('supported')}.`,
  'shapefile-not-zipped': () =>
    'A .shp file alone is not enough: put the .shp, .shx, .dbf and .prj files of the same name into one .zip file and drop that on the map.',
  'spreadsheet-not-csv': () =>
    'Excel files cannot be read directly: save the sheet as CSV UTF-8, with a longitude column and a latitude column.',
  'extension-mismatch': (p, v) =>
    `The file ends in “${v('ext')}” but holds ${formatName(String(p.format ?? ''))}; it was read by its content.`,
  'encoding-guessed': (_, v) =>
    `The file is not UTF-8, so it was read as ${v('encoding')}. If Vietnamese letters look wrong, save the file as UTF-8.`,
  unreadable: (_, v) => `The file could not be read because of an unexpected error: ${v('message')}`,
  'invalid-json': () => 'The file is not valid JSON (a missing comma, bracket or quote?).',
  'not-geojson': (_, v) =>
    `This is JSON but not GeoJSON: expected a FeatureCollection, a Feature or a geometry with a “type” member (found: ${v('found')}).`,
  'features-not-array': () => 'The “features” member must be a list (array) of features.',
  'no-features': () => 'The file holds no features with a position to draw on the map.',
  'not-a-feature': () => 'This is not a Feature (it needs “type”: “Feature”).',
  'missing-geometry': () => 'The “geometry” member is missing.',
  'geometry-not-object': () => 'The “geometry” member must be a geometry object (or null).',
  'null-geometry': () => 'Has no geometry (null), so it cannot be drawn; it was left out.',
  'unknown-geometry-type': (p, v) =>
    `${p.type === undefined ? 'The geometry has no “type”' : `Unknown geometry type “${v('type')}”`}; GeoJSON has Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon and GeometryCollection.`,
  'missing-coordinates': () => 'The geometry has no “coordinates” member.',
  'coordinates-not-array': () =>
    'Coordinates must be lists of points, each written as [longitude, latitude].',
  'position-too-short': () => 'Each point needs at least two numbers: [longitude, latitude].',
  'coordinates-not-numbers': (_, v) => `Coordinates must be numbers, but “${v('value')}” was found.`,
  'line-too-short': () => 'A line needs at least 2 points.',
  'ring-too-short': () => 'A polygon ring needs at least 4 points (the last one repeating the first).',
  'ring-not-closed': () => 'A polygon ring must close: its first and last points differ.',
  'bad-geometry-collection': () => 'A GeometryCollection needs a “geometries” list of geometries.',
  'bad-bbox': () => 'The “bbox” member must be a list of an even number of numbers.',
  'bad-properties': () => 'The “properties” member must be an object (or null).',
  'invalid-structure': (_, v) => `Invalid GeoJSON structure (${v('detail')}).`,
  'bad-features-summary': (_, v) =>
    `${v('bad')} of ${v('total')} features have problems, so nothing was imported. Fix the problems below and import the file again.`,
  'more-problems': (_, v) => `… and ${v('count')} more problems.`,
  'duplicate-ids': (_, v) =>
    `${v('count')} ids are used more than once, e.g. “${v('id')}”; those features were given new ids.`,
  'projected-metres': (_, v) =>
    `The coordinates are metres in a projected system (VN-2000 or UTM), not degrees of longitude and latitude (e.g. the point ${v('x')}, ${v('y')}).`,
  'projected-unknown': () =>
    'None of the systems this viewer knows (VN-2000 central meridian 107°15′, VN-2000 UTM zone 48N, WGS 84 UTM zone 48N) puts the data near Lạng Sơn. Export the file again in WGS 84 (EPSG:4326).',
  swapped: () =>
    'Longitude and latitude are swapped: latitude-like numbers (8–24) sit where the longitude belongs, and the other way round. Longitude comes first.',
  'out-of-range': (_, v) =>
    `Coordinates out of range (found ${v('lng')}, ${v('lat')}): longitude must lie between −180 and 180, latitude between −90 and 90.`,
  'far-from-province': (_, v) =>
    `The data lie about ${v('km')} km from Lạng Sơn (around ${v('lat')}° N, ${v('lng')}° E), outside the area this map shows (${VIEW_TEXT.en}), so they cannot be seen. The layer is kept as it is and can be exported.`,
  'outside-view': (p, v) =>
    `${v('count')} of ${v('total')} ${p.total === 1 ? 'feature' : 'features'} ${p.count === 1 ? 'lies' : 'lie'} outside the area this map shows (${VIEW_TEXT.en}), so ${p.count === 1 ? 'it cannot' : 'they cannot'} be seen; ${p.count === 1 ? 'it stays' : 'they stay'} in the layer and its exports.`,
  'crs-not-wgs84': (_, v) =>
    `The file declares the coordinate system ${v('crs')}; the map needs WGS 84 longitude and latitude (EPSG:4326).`,
  'crs-ignored': (_, v) =>
    `The file declares the coordinate system ${v('crs')}, but its coordinates look like WGS 84 degrees and are shown as such; positions may be a few hundred metres off.`,
  'fix-applied': (_, v) => `Coordinates converted from ${v('crs')} to WGS 84 longitude and latitude.`,
  'swap-applied': () => 'Longitude and latitude swapped back.',
  'csv-no-coordinate-columns': (_, v) =>
    `No longitude and latitude columns found. Columns in the file: ${v('columns')}. Name them “longitude” and “latitude” (or lon/lat, x/y).`,
  'csv-missing-longitude': (_, v) => `The longitude cell (column “${v('column')}”) is empty.`,
  'csv-missing-latitude': (_, v) => `The latitude cell (column “${v('column')}”) is empty.`,
  'csv-bad-longitude': (_, v) =>
    `Longitude “${v('value')}” (column “${v('column')}”) is not a number; write decimal degrees such as 106.7612.`,
  'csv-bad-latitude': (_, v) =>
    `Latitude “${v('value')}” (column “${v('column')}”) is not a number; write decimal degrees such as 21.8537.`,
  'csv-quotes': () => 'Unmatched double quote: a cell opens a " that never closes.',
  'rows-skipped': (p, v) =>
    `${v('count')} bad ${p.count === 1 ? 'row was' : 'rows were'} skipped and ${p.count === 1 ? 'is' : 'are'} not on the map (listed below).`,
  'features-skipped': (p, v) =>
    `${v('count')} broken ${p.count === 1 ? 'feature was' : 'features were'} skipped and ${p.count === 1 ? 'is' : 'are'} not on the map (listed below).`,
  'xml-syntax': (_, v) => `The XML is malformed (${v('detail')}).`,
  'not-kml-or-gpx': (_, v) => `This XML is neither KML nor GPX (its root element is <${v('root')}>).`,
  'kmz-no-kml': () => 'The KMZ holds no .kml file (only images or other files), so there is nothing to draw.',
  'kmz-other-kml': (p, v) =>
    `The KMZ holds several KML files: “${v('used')}” was read and ${v('count')} ${p.count === 1 ? 'other' : 'others'} skipped (such as “${v('first')}”). Unzip it to open each one.`,
  'zip-unreadable': () => 'The .zip/.kmz file cannot be opened (it is damaged or not a zip file).',
  'zip-no-shp': (_, v) => `The .zip holds no .shp file (files inside: ${v('files')}).`,
  'shp-no-prj': (_, v) =>
    `Layer “${v('layer')}” has no .prj file, so its coordinate system is unknown; it is taken as WGS 84 longitude and latitude.`,
  'shp-bad-prj': (_, v) =>
    `The .prj file of layer “${v('layer')}” cannot be understood (${v('prj')}…); it is taken as WGS 84 longitude and latitude.`,
  'prj-vn2000-completed': (_, v) =>
    `The .prj file of layer “${v('layer')}” names VN-2000 without the shift to WGS 84 (common in files from ArcGIS); the seven parameters of Decision 05/2007/QĐ-BTNMT (EPSG:6960) were used. Without them the data would sit about 220 m off.`,
  'shp-no-dbf': (_, v) => `Layer “${v('layer')}” has no .dbf file, so its features have no attributes.`,
  'shapefile-unreadable': (_, v) => `The Shapefile cannot be read (${v('detail')}).`,
};

/** Where in the file, as people count: feature number, spreadsheet row, or text line (and column). */
function place(lang: Lang, p: Problem, v: (name: string) => string): string {
  const params = p.params ?? {};
  if (p.feature !== undefined) {
    const n = formatNumber(lang, p.feature, 0);
    return lang === 'vi' ? `Đối tượng số ${n}: ` : `Feature ${n}: `;
  }
  if (params.row !== undefined) return lang === 'vi' ? `Dòng ${v('row')}: ` : `Row ${v('row')}: `;
  if (params.line !== undefined) {
    const column =
      params.column === undefined ? '' : lang === 'vi' ? `, cột ${v('column')}` : `, column ${v('column')}`;
    return lang === 'vi' ? `Dòng ${v('line')}${column}: ` : `Line ${v('line')}${column}: `;
  }
  return '';
}

/**
 * One importer problem as a plain sentence in `lang`, prefixed with where it is ("Đối tượng số 3: …",
 * "Row 7: …"), so a planner can open the file and fix it without knowing GeoJSON's vocabulary.
 */
export function importMessage(lang: Lang, p: Problem): string {
  const params = p.params ?? {};
  const v = (name: string): string => {
    const value = params[name];
    if (value === undefined) return '';
    // Row and line numbers and counts are whole; coordinates keep their decimals.
    return typeof value === 'number' ? formatNumber(lang, value, 6) : value;
  };
  const template = (lang === 'vi' ? VI : EN)[p.code];
  return place(lang, p, v) + template(params, v);
}

const CRS_NAMES: Record<Lang, Record<ProjectedCrs, string>> = {
  vi: {
    'vn2000-lang-son': 'VN-2000, kinh tuyến trục 107°15′, múi 3° (hệ tọa độ của tỉnh Lạng Sơn)',
    'vn2000-utm48': 'VN-2000, lưới UTM múi 48 (EPSG:3405)',
    utm48n: 'WGS 84, UTM múi 48N (EPSG:32648), thường gặp ở máy GPS',
  },
  en: {
    'vn2000-lang-son': 'VN-2000, central meridian 107°15′, 3° zone (Lạng Sơn’s own system)',
    'vn2000-utm48': 'VN-2000, UTM zone 48N (EPSG:3405)',
    utm48n: 'WGS 84, UTM zone 48N (EPSG:32648), common on GPS receivers',
  },
};

/** A coordinate fix as a button label: what will be done to the numbers. */
export function fixLabel(lang: Lang, fix: ImportFix): string {
  if (fix.kind === 'skip-bad') {
    if (lang === 'vi') {
      const unit = fix.unit === 'row' ? 'dòng' : 'đối tượng';
      return `Chỉ nhập ${fix.keep} ${unit} hợp lệ, bỏ qua ${fix.skip} ${unit} lỗi`;
    }
    const unit = fix.unit === 'row' ? 'row' : 'feature';
    const n = (count: number, what: string) => `${count} ${what} ${unit}${count === 1 ? '' : 's'}`;
    return `Import only the ${n(fix.keep, 'good')}, skipping the ${n(fix.skip, 'bad')}`;
  }
  if (fix.kind === 'swap') return lang === 'vi' ? 'Đổi chỗ kinh độ và vĩ độ' : 'Swap longitude and latitude';
  const name = CRS_NAMES[lang][fix.crs];
  if (!fix.swapXY) return lang === 'vi' ? `Chuyển từ ${name}` : `Convert from ${name}`;
  return lang === 'vi'
    ? `Chuyển từ ${name}, với X là tọa độ Bắc và Y là tọa độ Đông`
    : `Convert from ${name}, reading X as northing and Y as easting`;
}
