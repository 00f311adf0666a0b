import type { DatasetId } from './catalog-types';

/** A text in both UI languages. */
interface Bilingual {
  vi: string;
  en: string;
}

/** One dataset the app ships data from: who made it, its licence with the licence's address, what we changed. */
export interface DatasetCredit {
  id: DatasetId | 'merge-table' | 'noto' | 'plan';
  name: string;
  /** Where the data come from (the maker's page). */
  source: string;
  licence: string;
  /** The licence's own address (http(s)), as CC BY asks. */
  licenceUrl: string;
  /** What this project changed, in plain words. */
  changes: Bilingual;
}

/** Licence names and addresses, as the licensors publish them. */
export const LICENCES = {
  'CC BY 4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC BY-SA 4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'ODbL 1.0': 'https://opendatacommons.org/licenses/odbl/1-0/',
  MIT: 'https://opensource.org/license/mit',
  'SIL OFL 1.1': 'https://openfontlicense.org/',
  'Public domain': 'https://www.naturalearthdata.com/about/terms-of-use/',
} as const;
type LicenceName = keyof typeof LICENCES;
const d = (
  id: DatasetCredit['id'],
  name: string,
  source: string,
  licence: LicenceName,
  vi: string,
  en: string,
): DatasetCredit => ({ id, name, source, licence, licenceUrl: LICENCES[licence], changes: { vi, en } });

/** Every dataset shipped with the app (geodata/SOURCES.md tells the evidence for each licence). */
export const DATASET_CREDITS: readonly DatasetCredit[] = [
  d(
    'odm',
    'Open Development Vietnam "Địa phận tỉnh" (© ODM / Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam)',
    'https://data.vietnam.opendevelopmentmekong.net/',
    'CC BY-SA 4.0',
    'Lấy ranh giới tỉnh Lạng Sơn, làm đơn giản hoá; gộp các tỉnh lân cận theo Nghị quyết 202/2025/QH15; vẽ đường biên giới từ các đa giác. Các tệp dẫn xuất giữ giấy phép CC BY-SA 4.0.',
    'Took the Lạng Sơn boundary and generalised it; dissolved the neighbouring provinces per Resolution 202/2025/QH15; derived the border line from the polygons. Files made from it keep CC BY-SA 4.0.',
  ),
  d(
    'ne',
    'Natural Earth',
    'https://www.naturalearthdata.com/',
    'Public domain',
    'Dùng phần Quảng Tây (Trung Quốc), cắt theo khung bản đồ.',
    'Used the Guangxi (China) area, clipped to the map box.',
  ),
  d(
    'communes',
    'Open Admin Data — Viet Nam administrative divisions',
    'https://github.com/open-admin-data/vietnam-administrative-divisions',
    'CC BY 4.0',
    'Lấy 65 điểm xã, phường (2025) của Lạng Sơn; thêm mã định danh, loại đơn vị và bảng sáp nhập; dùng làm vị trí cho phần lớn lớp quy hoạch. Nguồn gốc toạ độ không được ghi.',
    'Took Lạng Sơn’s 65 commune and ward points (2025); added ids, unit types and the merge table; used them to place most plan layers. The origin of the coordinates is not documented.',
  ),
  d(
    'merge-table',
    'dvhcvn/20250701 (merge table)',
    'https://github.com/dvhcvn/20250701',
    'MIT',
    'Lấy loại đơn vị và danh sách xã cũ hợp thành mỗi xã mới (trường type, merged_from); chưa đối chiếu với Nghị quyết 1672/NQ-UBTVQH15.',
    'Took unit types and the former communes each new one was formed from (fields type, merged_from); not checked against Resolution 1672/NQ-UBTVQH15.',
  ),
  d(
    'osm',
    '© OpenStreetMap contributors (via the HOT Export Tool)',
    'https://www.openstreetmap.org/copyright',
    'ODbL 1.0',
    'Lấy các tuyến đường sắt có tên (khoảng 3/2025), cắt theo khung bản đồ. Bản đồ nền trực tuyến tuỳ chọn là ô bản đồ của OpenStreetMap.',
    'Took the named railways (c. March 2025), clipped to the map box. The optional online base map is OpenStreetMap’s tiles.',
  ),
  d(
    'geonames',
    'GeoNames',
    'https://www.geonames.org/',
    'CC BY 4.0',
    'Lấy điểm các thị trấn, địa danh trong khung bản đồ; thêm cờ "trong tỉnh"; bỏ tiền tố "Thị Trấn".',
    'Took the points of towns and places in the map box; added an "in the province" flag; dropped the "Thị Trấn" prefix.',
  ),
  d(
    'noto',
    'Noto Sans (© The Noto Project Authors)',
    'https://fonts.google.com/noto/specimen/Noto+Sans',
    'SIL OFL 1.1',
    'Đóng gói các bộ ký tự Latin và tiếng Việt, không sửa phông.',
    'Bundled the Latin and Vietnamese subsets; the font is not modified.',
  ),
];

/** The MIT notice of the merge table, as its licence asks it to be shipped with the data. */
export const MIT_NOTICE = `MIT License

Copyright (c) 2025 dvhcvn

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;

/**
 * The licences named in some credits, each with its address ("CC BY 4.0 <https://…>"), for the short
 * credits under an exported picture or a site sheet, where a link cannot be clicked.
 */
export function licenceAddresses(credits: readonly string[]): string[] {
  const text = credits.join(' ');
  return (Object.keys(LICENCES) as LicenceName[])
    .filter((name) => (name === 'ODbL 1.0' ? /ODbL/.test(text) : text.includes(name)))
    .map((name) => `${name} ${LICENCES[name]}`);
}
