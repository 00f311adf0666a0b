import type { FieldSummary } from '../import/field-summary';
import { fold } from './fold';

/**
 * Vietnam's land-use codes (mã ký hiệu loại đất) with their names and map colours.
 *
 * Where they come from, and what is not certain (docs/land-use-codes.md has the whole trail):
 * - The code list in force is that of Thông tư 08/2024/TT-BTNMT (land statistics, inventory and
 *   the land-use status map, in force from 1 August 2024 under the 2024 Land Law), Phụ lục II
 *   mục A, amended by Thông tư 23/2025/TT-BNNMT (consolidated text 37/VBHN-BNNMT, 11/8/2025).
 *   Its official text could not be read here: the codes and the 2024 names are as third parties
 *   reproduce them (news reports, GIS code of Vietnamese projects), which agree with one another.
 * - The colours are the palette of the land-use status map of the earlier circulars (TT 28/2014,
 *   TT 27/2018), as four third-party reproductions give it with the same RGB values (one named, three
 *   of unknown origin).
 *   Whether TT 08/2024 kept every colour could not be checked. A code whose colour no source gives
 *   (or only one unreliable one) has `colour: null`: drawn in the neutral grey of an unknown code
 *   and labelled, never given a colour of our choosing.
 * - Codes of the lists before 2024 (BHK, NHK, LUN…) stay, with a note: files made before the 2024
 *   law still carry them.
 */

export type LandUseGroup = 'agricultural' | 'non-agricultural' | 'unused';

/** A class of codes for the colour-vision-safe palette of the high-contrast style. */
export type ContrastClass =
  | 'crops'
  | 'perennial'
  | 'forest'
  | 'water'
  | 'residential'
  | 'business'
  | 'public'
  | 'unused';

export interface LandUseCode {
  code: string;
  vi: string;
  /** Our translation of the Vietnamese name. */
  en: string;
  group: LandUseGroup;
  /** `#rrggbb` as the sources give it; null when no source gives one. */
  colour: string | null;
  contrast: ContrastClass;
  /** What is uncertain about this code (an older list's code, sources that differ). */
  note?: { vi: string; en: string };
}

/** The regulation, and the place of its official text (cited by those who reproduce it; not read here). */
export const LAND_USE_REGULATION = {
  short: 'TT 08/2024/TT-BTNMT',
  vi: 'Thông tư 08/2024/TT-BTNMT, Phụ lục II mục A (sửa đổi bởi Thông tư 23/2025/TT-BNNMT) và bảng màu bản đồ hiện trạng sử dụng đất của Thông tư 27/2018/TT-BTNMT — theo bản do bên thứ ba trích lại, chưa đối chiếu với văn bản gốc',
  en: 'Circular 08/2024/TT-BTNMT, Appendix II part A (amended by Circular 23/2025/TT-BNNMT), and the land-use status map palette of Circular 27/2018/TT-BTNMT — as third parties reproduce them, not checked against the official texts',
  url: 'https://congbao.chinhphu.vn/van-ban/thong-tu-so-08-2024-tt-btnmt-42595/51505.htm',
} as const;

/** The colour of a code the table does not know, or whose colour no source gives. */
export const UNKNOWN_CODE_COLOUR = '#7f7f7f';

/** Okabe & Ito's colour-universal palette (2008), one colour per class, for the high-contrast style. */
const CONTRAST_COLOURS: Record<ContrastClass, string> = {
  crops: '#f0e442',
  perennial: '#e69f00',
  forest: '#009e73',
  water: '#56b4e9',
  residential: '#d55e00',
  business: '#0072b2',
  public: '#cc79a7',
  unused: '#ffffff',
};

const OLDER = {
  vi: 'Mã của danh mục trước Luật Đất đai 2024; có thể không còn trong danh mục hiện hành',
  en: 'A code of the lists before the 2024 Land Law; it may no longer be in the current list',
};
const NEW_2024 = {
  vi: 'Mã mới của Luật Đất đai 2024; chưa tìm được màu trong nguồn đáng tin',
  en: 'New under the 2024 Land Law; no colour found in a reliable source',
};
const ONE_SOURCE = {
  vi: 'Mã mới theo một nguồn duy nhất (bên thứ ba); chưa tìm được màu',
  en: 'A new code in one (third-party) source only; no colour found',
};
const DIFFER = (vi: string, en: string) => ({
  vi: `Các nguồn khác nhau về màu: ${vi}`,
  en: `Sources differ on its colour: ${en}`,
});

const A = 'agricultural' as const;
const N = 'non-agricultural' as const;
const U = 'unused' as const;
const PUBLIC = '#ffaaa0';
const BUSINESS = '#faaaa0';

/** Code, Vietnamese name, English (our translation), group, colour, high-contrast class, note. */
type Row = [string, string, string, LandUseGroup, string | null, ContrastClass, LandUseCode['note']?];

// biome-ignore format: a table reads best one code a line
const ROWS: Row[] = [
  ['LUC', 'Đất chuyên trồng lúa', 'Land specialised for rice', A, '#fffc8c', 'crops'],
  ['LUK', 'Đất trồng lúa còn lại', 'Other rice land', A, '#fffc96', 'crops'],
  ['LUN', 'Đất trồng lúa nương', 'Upland rice land', A, '#fffcb4', 'crops', OLDER],
  ['HNK', 'Đất trồng cây hằng năm khác', 'Other annual-crop land', A, '#fff0b4', 'crops'],
  ['BHK', 'Đất bằng trồng cây hằng năm khác', 'Flat land for other annual crops', A, '#fff0b4', 'crops', OLDER],
  ['NHK', 'Đất nương rẫy trồng cây hằng năm khác', 'Swidden land for other annual crops', A, '#fff0b4', 'crops', OLDER],
  ['CLN', 'Đất trồng cây lâu năm', 'Perennial-crop land', A, '#ffd2a0', 'perennial'],
  ['RSX', 'Đất rừng sản xuất', 'Production forest land', A, '#b4ffb4', 'forest'],
  ['RPH', 'Đất rừng phòng hộ', 'Protection forest land', A, '#beff1e', 'forest'],
  ['RDD', 'Đất rừng đặc dụng', 'Special-use forest land', A, '#6eff64', 'forest'],
  ['NTS', 'Đất nuôi trồng thủy sản', 'Aquaculture land', A, '#aaffff', 'water'],
  ['CNT', 'Đất chăn nuôi tập trung', 'Concentrated livestock land', A, null, 'crops', NEW_2024],
  ['LMU', 'Đất làm muối', 'Salt-making land', A, null, 'crops', DIFFER('trắng, đen, hoặc gạch chéo', 'white, black, or hatched')],
  ['NKH', 'Đất nông nghiệp khác', 'Other agricultural land', A, '#f5ffb4', 'crops'],
  ['ONT', 'Đất ở tại nông thôn', 'Rural residential land', N, '#ffd0ff', 'residential'],
  ['ODT', 'Đất ở tại đô thị', 'Urban residential land', N, '#ffa0ff', 'residential'],
  ['TSC', 'Đất xây dựng trụ sở cơ quan', 'Government office land', N, PUBLIC, 'public'],
  ['DTS', 'Đất xây dựng trụ sở của tổ chức sự nghiệp', 'Public-service organisation office land', N, BUSINESS, 'public', OLDER],
  ['DVH', 'Đất xây dựng cơ sở văn hóa', 'Cultural facility land', N, PUBLIC, 'public'],
  ['DYT', 'Đất xây dựng cơ sở y tế', 'Health facility land', N, PUBLIC, 'public'],
  ['DGD', 'Đất xây dựng cơ sở giáo dục và đào tạo', 'Education and training facility land', N, PUBLIC, 'public'],
  ['DTT', 'Đất xây dựng cơ sở thể dục, thể thao', 'Sports facility land', N, PUBLIC, 'public'],
  ['DKH', 'Đất xây dựng cơ sở khoa học và công nghệ', 'Science and technology facility land', N, PUBLIC, 'public'],
  ['DXH', 'Đất xây dựng cơ sở dịch vụ xã hội', 'Social-service facility land', N, PUBLIC, 'public'],
  ['DNG', 'Đất xây dựng cơ sở ngoại giao', 'Diplomatic facility land', N, PUBLIC, 'public'],
  ['DSK', 'Đất xây dựng công trình sự nghiệp khác', 'Other public-service works land', N, PUBLIC, 'public'],
  ['DMT', 'Đất xây dựng cơ sở môi trường', 'Environmental facility land', N, null, 'public', ONE_SOURCE],
  ['DKT', 'Đất xây dựng cơ sở khí tượng thủy văn', 'Hydro-meteorological facility land', N, null, 'public', ONE_SOURCE],
  ['CQP', 'Đất quốc phòng', 'Defence land', N, '#ff6450', 'public'],
  ['CAN', 'Đất an ninh', 'Security land', N, '#ff5046', 'public'],
  ['SKK', 'Đất khu công nghiệp', 'Industrial-park land', N, BUSINESS, 'business'],
  ['SKN', 'Đất cụm công nghiệp', 'Industrial-cluster land', N, BUSINESS, 'business'],
  ['SKT', 'Đất khu chế xuất', 'Export-processing zone land', N, BUSINESS, 'business', OLDER],
  ['TMD', 'Đất thương mại, dịch vụ', 'Commercial and service land', N, BUSINESS, 'business'],
  ['SKC', 'Đất cơ sở sản xuất phi nông nghiệp', 'Non-agricultural production facility land', N, BUSINESS, 'business'],
  ['SKS', 'Đất sử dụng cho hoạt động khoáng sản', 'Mining land', N, '#cdaacd', 'business'],
  ['SKX', 'Đất sản xuất vật liệu xây dựng, làm đồ gốm', 'Building-material and pottery production land', N, '#cdaacd', 'business'],
  ['DGT', 'Đất công trình giao thông', 'Transport works land', N, '#ffaa32', 'public'],
  ['DTL', 'Đất công trình thủy lợi', 'Irrigation works land', N, '#aaffff', 'water'],
  ['DCT', 'Đất công trình cấp nước, thoát nước', 'Water-supply and drainage works land', N, null, 'public', ONE_SOURCE],
  ['DPC', 'Đất công trình phòng, chống thiên tai', 'Disaster-prevention works land', N, null, 'public', ONE_SOURCE],
  ['DNL', 'Đất công trình năng lượng, chiếu sáng công cộng', 'Energy and public-lighting works land', N, PUBLIC, 'public'],
  ['DBV', 'Đất công trình hạ tầng bưu chính, viễn thông, công nghệ thông tin', 'Post, telecommunications and IT infrastructure land', N, PUBLIC, 'public'],
  ['DCH', 'Đất chợ dân sinh, chợ đầu mối', 'Market land', N, PUBLIC, 'public'],
  ['DRA', 'Đất bãi thải, xử lý chất thải', 'Waste disposal and treatment land', N, '#cdaacd', 'public'],
  ['DKV', 'Đất khu vui chơi, giải trí công cộng, sinh hoạt cộng đồng', 'Public recreation and community land', N, PUBLIC, 'public'],
  ['DSH', 'Đất sinh hoạt cộng đồng', 'Community activity land', N, PUBLIC, 'public', OLDER],
  ['DDT', 'Đất có di tích lịch sử - văn hóa', 'Historical and cultural heritage land', N, PUBLIC, 'public'],
  ['DDL', 'Đất danh lam thắng cảnh', 'Scenic-landscape land', N, PUBLIC, 'public', OLDER],
  ['DDD', 'Đất có di tích lịch sử - văn hóa, danh lam thắng cảnh, di sản thiên nhiên', 'Heritage, scenic-landscape and natural-heritage land', N, null, 'public', ONE_SOURCE],
  ['DCK', 'Đất công trình công cộng khác', 'Other public works land', N, PUBLIC, 'public'],
  ['TON', 'Đất cơ sở tôn giáo', 'Religious establishment land', N, PUBLIC, 'public'],
  ['TIN', 'Đất cơ sở tín ngưỡng', 'Belief (folk worship) establishment land', N, PUBLIC, 'public'],
  ['NTD', 'Đất nghĩa trang, nhà tang lễ, cơ sở hỏa táng; đất cơ sở lưu trữ tro cốt', 'Cemetery, funeral home and cremation land', N, '#d2d2d2', 'public'],
  ['SON', 'Đất có mặt nước dạng sông, ngòi, kênh, rạch, suối', 'River, canal and stream land', N, '#a0ffff', 'water'],
  ['MNC', 'Đất có mặt nước chuyên dùng dạng ao, hồ, đầm, phá', 'Special-use water surface (ponds, lakes, lagoons)', N, '#b4ffff', 'water', DIFFER('ba nguồn cho #B4FFFF, một nguồn #A0FFFF', 'three give #B4FFFF, one #A0FFFF')],
  ['PNK', 'Đất phi nông nghiệp khác', 'Other non-agricultural land', N, PUBLIC, 'public'],
  ['BCS', 'Đất bằng chưa sử dụng', 'Unused flat land', U, '#fffffe', 'unused'],
  ['DCS', 'Đất đồi núi chưa sử dụng', 'Unused hilly land', U, '#fffffe', 'unused'],
  ['NCS', 'Núi đá không có rừng cây', 'Rocky mountain without forest', U, '#e6e6c8', 'unused'],
];

export const LAND_USE_CODES: readonly LandUseCode[] = ROWS.map(
  ([code, vi, en, group, colour, contrast, note]) => ({
    code,
    vi,
    en,
    group,
    colour,
    contrast,
    ...(note ? { note } : {}),
  }),
);

const BY_CODE = new Map(LAND_USE_CODES.map((c) => [c.code, c]));

/** The table's entry for a code (as `landUseCodeOf` gives it), if it knows the code. */
export const landUseEntry = (code: string): LandUseCode | undefined => BY_CODE.get(code);

/** The colour a code is drawn in: its own, or in high contrast its class's; grey when unknown. */
export function landUseColour(c: LandUseCode, contrast: boolean): string {
  if (contrast) return CONTRAST_COLOURS[c.contrast];
  return c.colour ?? UNKNOWN_CODE_COLOUR;
}

/**
 * A value as a code, by the rule the map draws with (`map/style-paint.ts`): as text, upper case,
 * its first three characters. "ONT+CLN" (a parcel of two uses) is ONT, the first named; "" is null.
 */
export function landUseCodeOf(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const text = String(v).toUpperCase().slice(0, 3);
  return text === '' ? null : text;
}

/** Field names that Vietnamese cadastral and land-use data give the code (folded, no separators). */
const CODE_FIELD_NAMES = new Set([
  'khloaidat',
  'maloaidat',
  'mloaidat',
  'loaidat',
  'madat',
  'mdsd',
  'mdsd2003',
  'kh2003',
  'kyhieumucdich',
  'kyhieu',
  'landuse',
]);

const nameScore = (name: string) => (CODE_FIELD_NAMES.has(fold(name).replace(/[^a-z0-9]/g, '')) ? 1 : 0);

/** Share of a field's features whose value is a known code (0 when its values are not listed). */
export function knownShare(f: FieldSummary): number {
  if (!f.values || f.count === 0) return 0;
  let known = 0;
  for (const v of f.values) {
    const code = landUseCodeOf(v.value);
    if (code && BY_CODE.has(code)) known += v.count;
  }
  return known / f.count;
}

/** A field is taken for land-use codes when at least this share of its values are known codes. */
export const MIN_KNOWN_SHARE = 0.6;

/**
 * The field that holds land-use codes, if one does: the one whose values are most often known codes
 * (at least MIN_KNOWN_SHARE of them), a usual name (KHLOAIDAT, MDSD, loai_dat…) breaking a tie.
 * A name alone is not enough: MALOAIDAT is often a number in a cadastral table.
 */
export function landUseFieldOf(fields: readonly FieldSummary[]): string | null {
  let best: { name: string; score: number } | null = null;
  for (const f of fields) {
    const share = knownShare(f);
    if (share < MIN_KNOWN_SHARE) continue;
    const score = share + nameScore(f.name) * 1e-3;
    if (!best || score > best.score) best = { name: f.name, score };
  }
  return best?.name ?? null;
}

/** A row of the legend and area table: one code (as drawn), its features, its area and share. */
export interface LandUseRow {
  code: string;
  entry: LandUseCode | null;
  count: number;
  areaM2: number;
  /** Of the whole area of the field's polygons (0–1); by features when there is no area. */
  share: number;
}

/**
 * The codes of a field, merged as the map draws them ("ont", "ONT+CLN" are ONT), largest area
 * first, and last the features without a code (code ''), drawn grey: shares are of the whole layer.
 */
export function landUseRows(f: FieldSummary): LandUseRow[] {
  const rows = new Map<string, LandUseRow>();
  for (const v of f.values ?? []) {
    const code = landUseCodeOf(v.value) ?? '';
    const row = rows.get(code) ?? { code, entry: BY_CODE.get(code) ?? null, count: 0, areaM2: 0, share: 0 };
    row.count += v.count;
    row.areaM2 += v.areaM2;
    rows.set(code, row);
  }
  const coded = [...rows.values()].sort(
    (a, b) => b.areaM2 - a.areaM2 || b.count - a.count || a.code.localeCompare(b.code),
  );
  const missing = f.missing.count > 0 ? [{ code: '', entry: null, ...f.missing, share: 0 }] : [];
  const list = [...coded, ...missing];
  const area = list.reduce((s, r) => s + r.areaM2, 0);
  const count = list.reduce((s, r) => s + r.count, 0);
  for (const r of list) r.share = area > 0 ? r.areaM2 / area : count > 0 ? r.count / count : 0;
  return list;
}

/** The other codes of these rows drawn in the same colour as `entry` (told apart by their labels). */
export function sameColourCodes(entry: LandUseCode, rows: readonly Pick<LandUseRow, 'entry'>[]): string[] {
  if (!entry.colour) return [];
  return rows.flatMap((r) =>
    r.entry && r.entry.code !== entry.code && r.entry.colour === entry.colour ? [r.entry.code] : [],
  );
}
