import type { Lang } from '../types/core';
import { formatNumber } from './translate';

/**
 * UI strings of PMTiles archives. Apart from the main table (strings.ts) because they load with the
 * first archive opened (or remembered), not with every page.
 */
export const archiveVi = {
  'archive.refused': 'Không mở được “{name}”: {why} Các lớp khác vẫn giữ nguyên.',
  'archive-bad-magic': 'tệp không phải kho PMTiles (đầu tệp không có số nhận dạng “PMTiles”).',
  'archive-version':
    'kho theo phiên bản đặc tả {version}, bản đồ chỉ đọc được phiên bản 3 (hãy tạo lại bằng GDAL ≥ 3.8, tippecanoe hoặc planetiler).',
  'archive-beyond-end':
    'tệp bị cắt cụt: đầu tệp trỏ tới {part} nằm ngoài {size} byte của tệp (tải về hoặc sao chép chưa xong?).',
  'archive-short-header':
    'tệp bị cắt cụt: chỉ có {size} byte, ngắn hơn phần đầu 127 byte của một kho PMTiles (tải về hoặc sao chép chưa xong?).',
  'archive-overlap': 'kho hỏng: {part} chồng lên phần đầu 127 byte của tệp.',
  'archive-root-size':
    'kho hỏng hoặc không chuẩn: thư mục gốc ({size} byte) trống hoặc không nằm trọn trong 16 KiB đầu tệp.',
  'archive-metadata-size':
    'siêu dữ liệu của kho quá lớn ({size} byte; tối đa 4 MB khi nén, 16 MB khi giải nén).',
  'archive-tile-type':
    'ô bản đồ trong kho thuộc kiểu {type}, bản đồ không vẽ được (chỉ MVT, PNG, JPEG, WebP).',
  'archive-compression':
    'kho được nén bằng {kind}, trình duyệt không giải nén được; hãy tạo lại với nén gzip.',
  'archive-no-layers':
    'kho vector không kê lớp nào (vector_layers) trong siêu dữ liệu nên không tạo được cách hiển thị.',
  'archive-unreadable': 'không đọc được kho ({detail}).',
  'archive-fetch':
    'không tải được từ địa chỉ này ({detail}). Máy chủ cần cho phép trang khác đọc (CORS) và trả lời yêu cầu Range.',
  'archive-address': 'địa chỉ phải bắt đầu bằng https://.',
  'part.root': 'thư mục gốc',
  'part.metadata': 'siêu dữ liệu',
  'part.leaves': 'các thư mục lá',
  'part.tiles': 'dữ liệu ô',
  'archive.far':
    'Kho “{name}” nằm cách Lạng Sơn khoảng {km} km (quanh {lat}° B, {lng}° Đ), ngoài vùng bản đồ này hiển thị (105,8–107,6° Đ, 21,1–22,7° B) nên không nhìn thấy được. Lớp vẫn được giữ.',
  'archive.outside':
    'Kho “{name}” nằm ngoài vùng bản đồ này hiển thị (105,8–107,6° Đ, 21,1–22,7° B) nên không nhìn thấy được. Lớp vẫn được giữ.',
  'archive.outOfView': 'ngoài vùng bản đồ',
  'archive.vector': 'Kho PMTiles vector · {n} lớp',
  'archive.vectorOne': 'Kho PMTiles vector · {n} lớp',
  'archive.raster': 'Kho PMTiles ảnh ({format})',
  'archive.opening': 'đang mở…',
  'archive.fromAddress': 'Đọc từ {url}',
  'archive.fromFile': 'Đọc tại chỗ từ tệp {file} trên máy, không chép vào trình duyệt',
  'archive.needsFile':
    'Trình duyệt không giữ được quyền đọc tệp “{file}”: hãy mở lại tệp để hiện lớp này (vị trí, màu, thứ tự vẫn được giữ).',
  'archive.openAgain': 'Mở lại tệp…',
  'archive.needsPermission': 'Cần cho phép đọc lại tệp “{file}” để hiện lớp này.',
  'archive.allow': 'Cho phép đọc tệp',
  'archive.retry': 'Thử mở lại',
  'archive.credit': 'Nguồn ghi trong kho: {text}',
  'archive.notPlan': 'Dữ liệu của bạn — không phải dữ liệu quy hoạch, chưa kiểm chứng',
  'archive.sourceLayer': 'Lớp trong kho',
  'archive.wrongFile': 'Tệp đã chọn là “{got}”, không phải “{file}”: lớp chưa được mở lại.',
} as const;

export type ArchiveKey = keyof typeof archiveVi;

export const archiveEn: Record<ArchiveKey, string> = {
  'archive.refused': 'Could not open “{name}”: {why} Every other layer stays as it was.',
  'archive-bad-magic':
    'the file is not a PMTiles archive (it does not begin with the “PMTiles” magic number).',
  'archive-version':
    'the archive is spec version {version}; the map reads version 3 only (make it again with GDAL ≥ 3.8, tippecanoe or planetiler).',
  'archive-beyond-end':
    'the file is truncated: its header points to {part} beyond the file’s {size} bytes (an unfinished download or copy?).',
  'archive-short-header':
    'the file is truncated: it has only {size} bytes, shorter than the 127-byte header of a PMTiles archive (an unfinished download or copy?).',
  'archive-overlap': 'the archive is damaged: {part} overlaps the file’s 127-byte header.',
  'archive-root-size':
    'the archive is damaged or non-standard: its root directory ({size} bytes) is empty or does not lie within the first 16 KiB.',
  'archive-metadata-size':
    'its metadata is too large ({size} bytes; at most 4 MB compressed, 16 MB uncompressed).',
  'archive-tile-type':
    'its tiles are of type {type}, which the map cannot draw (MVT, PNG, JPEG and WebP only).',
  'archive-compression':
    'it is compressed with {kind}, which the browser cannot undo; make it again with gzip.',
  'archive-no-layers':
    'the vector archive lists no layers (vector_layers) in its metadata, so no style can be made for it.',
  'archive-unreadable': 'the archive could not be read ({detail}).',
  'archive-fetch':
    'it could not be loaded from this address ({detail}). The server must let other sites read it (CORS) and answer Range requests.',
  'archive-address': 'the address must begin with https://.',
  'part.root': 'the root directory',
  'part.metadata': 'the metadata',
  'part.leaves': 'the leaf directories',
  'part.tiles': 'the tile data',
  'archive.far':
    'The archive “{name}” lies about {km} km from Lạng Sơn (around {lat}° N, {lng}° E), outside the area this map shows (105.8–107.6° E, 21.1–22.7° N), so it cannot be seen. The layer is kept.',
  'archive.outside':
    'The archive “{name}” lies outside the area this map shows (105.8–107.6° E, 21.1–22.7° N), so it cannot be seen. The layer is kept.',
  'archive.outOfView': 'out of view',
  'archive.vector': 'PMTiles vector archive · {n} layers',
  'archive.vectorOne': 'PMTiles vector archive · {n} layer',
  'archive.raster': 'PMTiles image archive ({format})',
  'archive.opening': 'opening…',
  'archive.fromAddress': 'Read from {url}',
  'archive.fromFile': 'Read in place from the file {file} on this computer, not copied into the browser',
  'archive.needsFile':
    'The browser could not keep its right to read “{file}”: open the file again to show this layer (its place, colour and order are kept).',
  'archive.openAgain': 'Open the file again…',
  'archive.needsPermission': 'Allow the page to read “{file}” again to show this layer.',
  'archive.allow': 'Allow reading the file',
  'archive.retry': 'Try again',
  'archive.credit': 'Credit given in the archive: {text}',
  'archive.notPlan': 'Your own data — not plan data, not checked',
  'archive.sourceLayer': 'Layer in the archive',
  'archive.wrongFile': 'The file chosen is “{got}”, not “{file}”: the layer was not reopened.',
};

type Params = Record<string, string | number>;

/** A string of the archives, with `{name}` placeholders filled (numbers in the language's format). */
export function archiveText(lang: Lang, key: ArchiveKey, params: Params = {}): string {
  return (lang === 'vi' ? archiveVi : archiveEn)[key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) return `{${name}}`;
    return typeof v === 'number' ? formatNumber(lang, v, name === 'lng' || name === 'lat' ? 2 : 0) : v;
  });
}

/** The same string in both languages (for a notice, which shows the one the page is in). */
export const archiveBoth = (key: ArchiveKey, params: Params = {}) => ({
  vi: archiveText('vi', key, params),
  en: archiveText('en', key, params),
});

/** Why an archive was refused: a reason's key (`archive-…`) and what fills it. */
export interface Refusal {
  code: Extract<ArchiveKey, `archive-${string}`>;
  params?: Record<string, string | number>;
}

/** Why an archive was refused, in both languages, as one sentence with its file's name. */
export function refusalText(name: string, refusal: Refusal) {
  const text = (lang: Lang) => {
    const p: Params = { ...refusal.params };
    if (refusal.code === 'archive-beyond-end' || refusal.code === 'archive-overlap')
      p.part = archiveText(lang, `part.${p.part}` as ArchiveKey);
    return archiveText(lang, 'archive.refused', { name, why: archiveText(lang, refusal.code, p) });
  };
  return { vi: text('vi'), en: text('en') };
}
