import { numberReadings, parseNumber } from './parse-number';
import { fromGrid, type Grid, gridById, LANG_SON_GRID, TM3_GRIDS } from './vn2000';

/** A typed position: where it is, and how it was read (for saying so next to the result). */
export type TypedCoordinate = {
  /** WGS 84 [lng, lat]. */
  lngLat: [number, number];
  /** `degrees` (decimal or DMS) or the grid the metres were read in. */
  read: { kind: 'degrees' } | { kind: 'grid'; grid: Grid; x: number; y: number };
};

/** Vietnam and a margin, in degrees: what a typed position may be. */
const inVietnamArea = ([lng, lat]: [number, number]) => lng >= 100 && lng <= 112 && lat >= 7 && lat <= 25;

/** Northings in Vietnam run 0.9–2.6 million metres; eastings stay under 0.9 million (a zone next door
 * gives small ones: Lạng Sơn in UTM 49N is some 60 km). */
const isNorthing = (n: number) => n >= 900_000 && n < 2_700_000;
const isEasting = (n: number) => n > 0 && n < 900_000;

const normalise = (text: string) =>
  text
    .replace(/[’′‘`´]/g, "'")
    .replace(/[”″“]|''/g, '"')
    .replace(/º|˚/g, '°')
    .replace(/[−–]/g, '-')
    .trim();

/** Whether a text holds metres: five digits in a row, or digits in two groups of three (`2 417 140`). */
const hasMetres = (text: string) =>
  /(?<![\d.,])\d{5,}/.test(text) || /(?<![\d.,])\d{1,3}(?:[ \u00a0.,]\d{3}){2,}(?!\d)/.test(text);

/** The grid a text names: `UTM 48N`, `VN-2000 UTM 49`, `TM-3 107°00′`, `KTT 106-30`, `107.5`. */
function gridHint(text: string): { grid?: Grid; rest: string } {
  let rest = text;
  const vn = /VN[- ]?2000/i.test(rest);
  rest = rest.replace(/VN[- ]?2000|WGS[- ]?84/gi, ' ');
  const utm = /\bUTM\s*(?:zone\s*)?(48|49)\s*[NQ]?\b|\b(48|49)\s*[NQ]\b/i.exec(rest);
  if (utm) {
    const zone = utm[1] ?? utm[2];
    return { grid: gridById(vn ? `vn-utm${zone}` : `utm${zone}`), rest: rest.replace(utm[0], ' ') };
  }
  // A meridian only beside metres: `106°45′` alone is a longitude.
  if (!hasMetres(rest)) return { rest };
  const meridian =
    /(?:TM-?3|KTT|kinh tuyến(?: trục)?|meridian|lon_0)?\s*[:=]?\s*\b(10[2-9])(?:\s*(?:°\s*(\d{1,2})\s*'?|-(\d{2})|([.,]\d+)\s*°?)|\s*°)(?!\s*\d*\s*['"]?\s*[NSEW])/i.exec(
      rest,
    );
  if (meridian) {
    const deg = Number(meridian[1]);
    const minutes = Number(meridian[2] ?? meridian[3] ?? 0);
    const lon0 = meridian[4] ? deg + Number(meridian[4].replace(',', '.')) : deg + minutes / 60;
    const grid = TM3_GRIDS.find((g) => Math.abs(g.lon0 - lon0) < 1e-9);
    if (grid) return { grid, rest: rest.replace(meridian[0], ' ') };
  }
  return { rest };
}

/** Reads metres: labelled `X = … Y = …` (X the northing, as Vietnamese documents write), or two numbers. */
function gridCoordinate(text: string, grid: Grid | undefined): TypedCoordinate | null {
  const labelled =
    /\bX\s*[=:]?\s*([-\d][\d\s.,\u00a0]*?)\s*(?:m\b)?\s*[,;]?\s*\bY\s*[=:]?\s*([-\d][\d\s.,\u00a0]*?)\s*(?:m\b)?\s*$/i.exec(
      text,
    );
  let x: number | null = null;
  let y: number | null = null;
  if (labelled) {
    x = parseNumber(labelled[1] ?? '');
    y = parseNumber(labelled[2] ?? '');
  } else {
    const rest = text.replace(/[A-Za-z=:/]/g, ' ');
    for (const reading of numberReadings(rest)) {
      if (reading.length !== 2) continue;
      const [a = 0, b = 0] = reading;
      // UTM writes easting first, Vietnamese grids X (northing) first; the sizes tell them apart.
      if (isNorthing(a) && isEasting(b)) [x, y] = [a, b];
      else if (isEasting(a) && isNorthing(b)) [x, y] = [b, a];
      if (x !== null) break;
    }
  }
  if (x === null || y === null || !isNorthing(x) || !isEasting(y)) return null;
  const g = grid ?? LANG_SON_GRID;
  const lngLat = fromGrid(g, y, x);
  if (!inVietnamArea(lngLat)) return null;
  return { lngLat, read: { kind: 'grid', grid: g, x, y } };
}

/** One angle written in degrees (and minutes and seconds): `21°51′30,5″`, `21 51 30`, `-21.85`. */
function angle(text: string): number | null {
  const parts = text.match(/-?\d+(?:[.,]\d+)?/g) ?? [];
  if (parts.length === 0 || parts.length > 3) return null;
  const [d = 0, m = 0, s = 0] = parts.map((p) => Number(p.replace(',', '.')));
  if (m >= 60 || s >= 60 || (parts.length > 1 && !Number.isInteger(d))) return null;
  const sign = d < 0 || text.trim().startsWith('-') ? -1 : 1;
  return sign * (Math.abs(d) + m / 60 + s / 3600);
}

/** Degrees: decimal (`21.85, 106.76`) or DMS (`21°51′N 106°45′E`), either order, hemispheres optional. */
function degrees(text: string): TypedCoordinate | null {
  let parts: string[];
  let letters: string[] = [];
  if (/[NSEW]/i.test(text.replace(/[^NSEWnsew\d\s]/g, ''))) {
    // Split at the hemisphere letters, written after (21°51′N) or before (N21°51′) each angle.
    const after = /^(.*?)([NS])\s*[,;]?\s*(.*?)([EW])\s*$/i.exec(text);
    const afterEW = /^(.*?)([EW])\s*[,;]?\s*(.*?)([NS])\s*$/i.exec(text);
    const before = /^\s*([NSEW])\s*(.*?)\s*[,;]?\s*([NSEW])\s*(.*?)$/i.exec(text);
    if (before) {
      parts = [before[2] ?? '', before[4] ?? ''];
      letters = [before[1] ?? '', before[3] ?? ''];
    } else if (after || afterEW) {
      const m = (after ?? afterEW) as RegExpExecArray;
      parts = [m[1] ?? '', m[3] ?? ''];
      letters = [m[2] ?? '', m[4] ?? ''];
    } else return null;
  } else if ((text.match(/°/g) ?? []).length === 2) {
    const second = /[,;]?\s*-?\d+(?:[.,]\d+)?\s*°[^°]*$/.exec(text);
    if (!second) return null;
    parts = [text.slice(0, second.index), second[0].replace(/^[,;]/, '')];
  } else {
    const reading = numberReadings(text.replace(/°/g, '')).find((r) => r.length === 2);
    if (!reading) return null;
    parts = reading.map(String);
  }
  const values = parts.map((p) => angle(p.replace(/[,;]\s*$/, '')));
  if (values.some((v) => v === null)) return null;
  let [a = 0, b = 0] = values as number[];
  letters = letters.map((l) => l.toUpperCase());
  if (letters[0] === 'S' || letters[0] === 'W') a = -a;
  if (letters[1] === 'S' || letters[1] === 'W') b = -b;
  let latFirst = true;
  if (letters[0] === 'E' || letters[0] === 'W') latFirst = false;
  else if (letters.length === 0 && (Math.abs(a) > 90 || (a >= 100 && a <= 112 && b >= 7 && b <= 25)))
    latFirst = false;
  const [lat, lng] = latFirst ? [a, b] : [b, a];
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return { lngLat: [lng, lat], read: { kind: 'degrees' } };
}

/**
 * A position typed by a user: WGS 84 degrees (decimal or DMS, with ' " ′ ″ ’ ” marks, hemisphere
 * letters, decimal commas), or VN-2000 / UTM metres: `X 2417140,52 Y 449158,03` (X the northing),
 * `2 417 140,52; 449 158,03`, with the grid named (`TM-3 107°00′`, `UTM 48N`, `VN-2000 UTM 48`) or
 * Lạng Sơn's TM-3 107°15′ by default. Null when it is none of these, or lies outside Vietnam's area.
 */
export function parseCoordinate(text: string): TypedCoordinate | null {
  const t = normalise(text);
  if (!/\d/.test(t)) return null;
  const { grid, rest } = gridHint(t);
  if (grid || hasMetres(rest)) return gridCoordinate(rest, grid);
  return degrees(t);
}

/** What the search shows beside a typed position read as metres: the grid and the numbers as read. */
export function readAs(typed: TypedCoordinate): string | null {
  const r = typed.read;
  return r.kind === 'grid' ? `${r.grid.label}: X ${r.x.toFixed(2)} Y ${r.y.toFixed(2)}` : null;
}
