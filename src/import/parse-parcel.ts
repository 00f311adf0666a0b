import type { Point, Polygon } from 'geojson';
import { boxOf, distanceKm, PROVINCE_BOX } from './geo-box';
import { numberReadings, parseNumber } from './parse-number';
import { fromGrid, GRIDS, type Grid, LANG_SON_GRID } from './vn2000';

/** One corner as the list gives it: X the northing, Y the easting (Vietnamese documents' order). */
export type ParcelRow = { line: number; id: string; x: number; y: number; edge?: number };

/** What can be wrong with a pasted list; worded in both languages by `parcelMessage`. */
export type ParcelProblem =
  | { code: 'line-unreadable'; line: number; text: string }
  | { code: 'no-points' }
  | { code: 'two-points' }
  | { code: 'repeated-point'; line: number; id: string; sameAs: string }
  | { code: 'xy-swapped' }
  | { code: 'far-away'; km: number; grid: string }
  | { code: 'closed-explicitly' };

/** A repair the dialog offers as a button. */
export type ParcelFix =
  | { kind: 'swap-xy' }
  | { kind: 'grid'; grid: string; label: string; km: number }
  | { kind: 'drop-repeats' };

/** How to read the list: which grid, and whether X and Y are the other way round. */
export type ParcelOptions = { grid?: Grid; swapXY?: boolean; dropRepeats?: boolean };

export type Corner = ParcelRow & {
  lngLat: [number, number] /** metres to the next corner, on the grid */;
  side: number;
};

export type ParsedParcel = {
  rows: ParcelRow[];
  corners: Corner[];
  /** Problems that stop the parcel being shown (`blocking`) and remarks that do not. */
  problems: ParcelProblem[];
  blocking: boolean;
  fixes: ParcelFix[];
  grid: Grid;
  /** The parcel in WGS 84: a Polygon (ring closed), or a Point for a single row; null when none. */
  geometry: Polygon | Point | null;
  /** Area on the grid (shoelace over X/Y) in m², and the perimeter in m; 0 for a point. */
  planarArea: number;
  perimeter: number;
};

/**
 * The grid a certificate's heading names ("Hệ tọa độ VN-2000, kinh tuyến trục 107°15′, múi chiếu
 * 3°"), so a list pasted with its heading is read in the right one.
 */
export function gridInHeading(text: string): Grid | undefined {
  const m =
    /(?:kinh tuyến trục|KTT|central meridian|lon_0)\s*[:=]?\s*(10[2-9])\s*(?:°\s*(\d{1,2})?\s*['′’]?|-(\d{2})|([.,]\d+))/i.exec(
      text,
    );
  if (m) {
    const lon0 = m[4]
      ? Number(m[1]) + Number(m[4].replace(',', '.'))
      : Number(m[1]) + Number(m[2] ?? m[3] ?? 0) / 60;
    return GRIDS.find((g) => g.id.startsWith('tm3-') && Math.abs(g.lon0 - lon0) < 1e-9);
  }
  const utm = /UTM\s*(?:zone\s*)?(48|49)/i.exec(text);
  if (utm)
    return GRIDS.find((g) => g.id === (/VN[- ]?2000/i.test(text) ? `vn-utm${utm[1]}` : `utm${utm[1]}`));
  return undefined;
}

/** A list is "far away" when its box lies this far from the province; nearer lists are not questioned. */
const FAR_KM = 10;

const isNorthing = (n: number) => n >= 900_000 && n < 2_700_000;
const isEasting = (n: number) => n > 0 && n < 900_000;

/** The numbers of a data line, read the way that gives X then Y (and maybe an edge length). */
function readRow(numbers: number[][]): { x: number; y: number; edge?: number; id?: number } | null {
  for (const r of numbers) {
    // [X, Y], [X, Y, edge], [id, X, Y], [id, X, Y, edge]: the coordinates are the big pair.
    for (const start of [0, 1]) {
      const [a, b] = [r[start], r[start + 1]];
      if (a === undefined || b === undefined) continue;
      const pair = (isNorthing(a) && isEasting(b)) || (isEasting(a) && isNorthing(b));
      const rest = r.length - start - 2;
      if (!pair || rest > 1) continue;
      const edge = rest === 1 ? r[start + 2] : undefined;
      if (edge !== undefined && (edge < 0 || edge >= 100_000)) continue;
      return { x: a, y: b, ...(edge === undefined ? {} : { edge }), ...(start === 1 ? { id: r[0] } : {}) };
    }
  }
  return null;
}

/** Reads the lines of a pasted list into rows, naming each line that looks like data but is not. */
export function readParcelRows(text: string): { rows: ParcelRow[]; unreadable: ParcelProblem[] } {
  const rows: ParcelRow[] = [];
  const unreadable: ParcelProblem[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((raw, i) => {
    const line = i + 1;
    const text = raw.replace(/^\s*\|/, '').replace(/\|?\s*$/, '');
    if (!/\d/.test(text)) return; // a header or a blank line
    // A point's name first: "1", "M1", "A", "1a" (letters allowed) then the numbers.
    const named =
      /^\s*([A-Za-zĐđ]{1,3}[-.]?\d{0,4}[a-z]?|\d{1,4}[a-z]?)[.)]?(?=[\s\t;,|])[\s\t;,|]+(.*)$/.exec(text);
    const tries: { id?: string; body: string }[] = [{ body: text }];
    if (named) tries.unshift({ id: named[1], body: named[2] ?? '' });
    for (const t of tries) {
      const row = readRow(numberReadings(t.body));
      if (!row) continue;
      const id = t.id ?? (row.id !== undefined ? String(row.id) : String(rows.length + 1));
      rows.push({ line, id, x: row.x, y: row.y, ...(row.edge === undefined ? {} : { edge: row.edge }) });
      return;
    }
    // One short number alone: the edge length printed between two rows of a certificate.
    const alone = parseNumber(text.trim());
    const last = rows.at(-1);
    if (alone !== null && alone < 100_000 && last && last.edge === undefined) {
      last.edge = alone;
      return;
    }
    // Text with a number in it (a title, "Diện tích: 245,6 m²") is not a damaged row.
    if ((text.match(/\p{L}/gu) ?? []).length > 3 && !/^\s*\d/.test(text)) return;
    unreadable.push({ code: 'line-unreadable', line, text: text.trim().slice(0, 80) });
  });
  return { rows, unreadable };
}

const same = (a: ParcelRow, b: ParcelRow) => Math.abs(a.x - b.x) < 0.005 && Math.abs(a.y - b.y) < 0.005;

function toLngLat(grid: Grid, rows: readonly ParcelRow[], swap: boolean): [number, number][] {
  return rows.map((r) => fromGrid(grid, swap ? r.x : r.y, swap ? r.y : r.x));
}

const kmFromProvince = (points: [number, number][]) => {
  const box = boxOf(points);
  if (!box || points.some(([lng, lat]) => !Number.isFinite(lng) || !Number.isFinite(lat))) return Infinity;
  return distanceKm(box, PROVINCE_BOX);
};

/**
 * A coordinate list as printed on a land-use-right certificate or a cadastral extract — point,
 * X, Y (and an edge length), columns split by tabs, spaces, `;` or `,`, decimal commas, thousands
 * apart — turned into the parcel in WGS 84 with its corner table. The ring closes by itself (a last
 * row equal to the first is dropped, and said). Caught, each with a fix when one exists: lines that
 * look like data but cannot be read (by line number), fewer than three corners, a corner repeated
 * out of order, X and Y the wrong way round, and a list that lands far from Lạng Sơn in the chosen
 * grid but inside it in another.
 */
export function parseParcel(text: string, options: ParcelOptions = {}): ParsedParcel {
  const grid = options.grid ?? gridInHeading(text) ?? LANG_SON_GRID;
  const { rows: read, unreadable } = readParcelRows(text);
  const problems: ParcelProblem[] = [...unreadable];
  const fixes: ParcelFix[] = [];
  let rows = read;
  const first = rows[0];
  const last = rows.at(-1);
  if (rows.length > 3 && first && last && same(first, last)) {
    rows = rows.slice(0, -1);
    problems.push({ code: 'closed-explicitly' });
  }
  const repeats = rows.flatMap((r, i) => {
    const earlier = rows.slice(0, i).find((e) => same(e, r));
    return earlier ? [{ code: 'repeated-point' as const, line: r.line, id: r.id, sameAs: earlier.id }] : [];
  });
  if (repeats.length > 0) {
    if (options.dropRepeats) rows = rows.filter((r, i) => !rows.slice(0, i).some((e) => same(e, r)));
    else {
      problems.push(...repeats);
      fixes.push({ kind: 'drop-repeats' });
    }
  }
  // X is the northing: a list whose X are eastings was written (or copied) the other way round.
  const written = rows.filter((r) => isEasting(r.x) && isNorthing(r.y)).length > rows.length / 2;
  const swap = Boolean(options.swapXY);
  if (written && !swap) {
    problems.push({ code: 'xy-swapped' });
    fixes.push({ kind: 'swap-xy' });
  }
  if (rows.length === 0) problems.push({ code: 'no-points' });
  else if (rows.length === 2) problems.push({ code: 'two-points' });
  const lngLats = toLngLat(grid, rows, swap);
  const km = rows.length > 0 && !(written && !swap) ? kmFromProvince(lngLats) : 0;
  let farBlocks = false;
  if (km > FAR_KM) {
    problems.push({ code: 'far-away', km: Number.isFinite(km) ? Math.round(km) : 9999, grid: grid.label });
    for (const other of GRIDS) {
      if (other.id === grid.id) continue;
      const d = kmFromProvince(toLngLat(other, rows, swap));
      if (d === 0) fixes.push({ kind: 'grid', grid: other.id, label: other.label, km: 0 });
    }
    // Far with no grid that brings it home: the user's own land elsewhere, shown as asked.
    farBlocks = fixes.some((f) => f.kind === 'grid');
  }
  // Corners as X/Y on the grid, in the order the list gives them.
  const planar = rows.map((r) => (swap ? { n: r.y, e: r.x } : { n: r.x, e: r.y }));
  const corners: Corner[] = rows.map((r, i) => {
    const a = planar[i] ?? { n: 0, e: 0 };
    const b = planar[(i + 1) % planar.length] ?? a;
    const side = rows.length > 1 ? Math.hypot(b.n - a.n, b.e - a.e) : 0;
    const xy = swap ? { x: r.y, y: r.x } : { x: r.x, y: r.y };
    return { ...r, ...xy, lngLat: lngLats[i] ?? [0, 0], side };
  });
  let twice = 0;
  planar.forEach((a, i) => {
    const b = planar[(i + 1) % planar.length] ?? a;
    twice += a.e * b.n - b.e * a.n;
  });
  const blocking = problems.some(
    (p) => p.code !== 'closed-explicitly' && (p.code !== 'far-away' || farBlocks),
  );
  // RFC 7946: the outer ring runs counter-clockwise.
  let turn = 0;
  lngLats.forEach((a, i) => {
    const b = lngLats[(i + 1) % lngLats.length] ?? a;
    turn += a[0] * b[1] - b[0] * a[1];
  });
  const ring = turn < 0 ? [...lngLats].reverse() : lngLats;
  const geometry: Polygon | Point | null =
    rows.length === 1 && lngLats[0]
      ? { type: 'Point', coordinates: lngLats[0] }
      : rows.length >= 3
        ? { type: 'Polygon', coordinates: [[...ring, ring[0] as [number, number]]] }
        : null;
  return {
    rows,
    corners,
    problems,
    blocking,
    fixes,
    grid,
    geometry,
    planarArea: rows.length >= 3 ? Math.abs(twice) / 2 : 0,
    perimeter: rows.length >= 3 ? corners.reduce((s, c) => s + c.side, 0) : 0,
  };
}
