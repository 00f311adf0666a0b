import { readdirSync, readFileSync } from 'node:fs';

// Small constructors for the authored plan data, so the data files read like the research notes.
// Sources are written as research tags: 'S19' (an entry of the research source list, resolved to its
// URL by the build) or 'seed:003' (a seed document: the official text is served as seeds/002_….txt; a press or
// company article resolves to its address, or a cite: id when none is known — see SEED_INFO in the build).

/** A text in Vietnamese and English. */
export const T = (vi, en) => ({ vi, en });

/**
 * A fact. `extra` may hold: qualifier ('about' | 'over' | 'at_least'), unit, note (T),
 * label ('THIRD-PARTY' | 'INFERENCE'), date (ISO), shared (true: the figure covers this and other
 * projects together, so it is not this project's own), quote ({ tag: passage }: the words of a
 * cited source that give the fact, a sentence or two, copied exactly), unquoted (T: why no passage is
 * given; see UNSTORED).
 */
export const fact = (key, value, sources, extra = {}) => ({ key, value, ...extra, sources });

/**
 * Why a fact carries no passage: the words of the page were not kept when it was researched (the
 * research notes hold a summary of a search excerpt, not the page's words) and the page has not been
 * read again since. The build gives this reason to a figure without a passage only when none of its
 * sources is at hand; a figure from a seed document must quote it.
 */
export const UNSTORED = T(
  'Chưa có nguyên văn: khi tra cứu chỉ ghi lại ý chính của đoạn trích, chưa lưu lời của trang và chưa đọc lại được trang.',
  'No passage: when the page was researched only the gist of an excerpt was noted, not its words, and the page has not been read again.',
);

/**
 * Why a figure carries no passage after its pages were looked for again: the page is not among the
 * stored copies that can be read (each was searched for by its title and figure on 7 Dec 2026).
 */
export const NOT_STORED = T(
  'Chưa có nguyên văn: trang này không có trong các bản lưu đọc lại được (đã tìm lại ngày 7/12/2026), nên chưa trích được câu nêu con số.',
  'No passage: the page is not among the stored copies that can be read again (looked for on 7 Dec 2026), so the sentence giving the figure could not be quoted.',
);

/** Why some of a fact's sources carry no passage when another one does. */
export const PARTIAL = T(
  'Nguyên văn trích từ nguồn được ghi kèm; các nguồn khác không được trích (không có bản lưu, hoặc nêu cùng con số bằng lời khác).',
  'The passage is quoted from the source it names; the other sources are not quoted (no stored copy, or they give the figure in other words).',
);

/** A range of numbers as the source gives it. */
export const range = (min, max) => ({ min, max });

/** Geometry recipes, resolved by build-plan-data.mjs against geodata/base. */
export const at = {
  /** The mean of the 2025 commune points (approximate). */
  communes: (...names) => ({ communes: names }),
  /** A point at a sourced coordinate (approximate). */
  point: (lng, lat, via) => ({ point: [lng, lat], via }),
  /** A town's point in geodata/base/places.geojson (GeoNames; approximate), by name_short. */
  place: (name) => ({ place: name }),
  /** A 2025 commune point as a line end. */
  commune: (name) => ({ commune: name }),
  /** A point standing for a pre-2025 district, from its 2025 commune points (schematic: district level only). */
  district: (name) => ({ district: name }),
  /**
   * A schematic line joining ends in order (straight segments, not a road's course). An end is a
   * GeoNames town (name_short in places.geojson), a 2025 commune ({ commune: name }) or
   * { point: [lng, lat], via } (a sourced coordinate).
   */
  line: (...ends) => ({ line: ends }),
  /** The approximate area of pre-2025 districts: the cells of their 2025 commune points (approximate). */
  districts: (...names) => ({ districts: names }),
  /**
   * The approximate area of a whole pre-2025 district standing for an unknown part of it, less the
   * areas of `except` (provisional).
   */
  districtOutline: (name, except = []) => ({ districtOutline: name, except }),
  /** A buffered hull around 2025 commune points (schematic). */
  hull: (bufferKm, ...names) => ({ hull: names, bufferKm }),
  /** The existing railway of that OSM name inside the province (derived). */
  railway: (name) => ({ railway: name }),
  /** A schematic point at the mean of some 2025 commune points (placed by direction only). */
  schematicBetween: (...names) => ({ schematicBetween: names }),
  /**
   * A schematic point placed by direction only: a point inside the province polygon's eastern or
   * western third (computed from the outline, never a typed-in coordinate).
   */
  provinceSide: (side) => ({ provinceSide: side }),
};

/** The served official text of Plan 267/KH-UBND, by line (line numbers as in that file). */
const PLAN_267 = readFileSync(
  `public/seeds/${readdirSync('public/seeds').find((f) => f.startsWith('002_'))}`,
  'utf8',
).split('\n');
/** The words of Plan 267 at line n (1-based), or the part of that line given (checked to be there). */
export function line267(n, part) {
  const l = (PLAN_267[n - 1] ?? '').replace(/^- /, '').trim();
  if (!l) throw new Error(`Plan 267 has no text at line ${n}`);
  if (part !== undefined && !l.includes(part)) throw new Error(`Plan 267 line ${n} does not say: ${part}`);
  return part ?? l;
}
