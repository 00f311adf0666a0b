import type { Feature, FeatureCollection, GeoJsonProperties, Point } from 'geojson';
import Papa from 'papaparse';
import { capProblems, type Problem } from './problems';

/**
 * Points read from a table. `rows[i]` is the row of `fc.features[i]` as a spreadsheet numbers it
 * (the header is row 1), so later checks can name rows rather than "features" the user never saw.
 */
export type ParsedCsv =
  | { ok: true; fc: FeatureCollection<Point>; rows: number[] }
  | {
      ok: false;
      problems: Problem[];
      /**
       * When only some rows are bad (a survey with a few blank cells), the good ones and how many
       * rows were left out, so the user can choose to import those. Absent when the table itself is
       * broken (unmatched quotes shift every cell after them) or no row is good.
       */
      partial?: { fc: FeatureCollection<Point>; rows: number[]; skipped: number };
    };

/** Header names, normalised (see `normalizeHeader`), most telling first: `x`/`y` only as a last resort. */
const LONGITUDE_NAMES = ['longitude', 'lon', 'lng', 'long', 'kinhdo', 'easting', 'east', 'x', 'toadox'];
const LATITUDE_NAMES = ['latitude', 'lat', 'vido', 'northing', 'north', 'y', 'toadoy'];

const DELIMITERS = [',', ';', '\t', '|'];

/**
 * Lower case, no diacritics, no units in brackets, letters and digits only: "Kinh độ (°)",
 * "KINH_DO" and "kinh do" all become `kinhdo`.
 */
export function normalizeHeader(name: string): string {
  return name
    .replace(/\(.*?\)|\[.*?\]/g, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function findColumn(headers: readonly string[], names: readonly string[]): number {
  const normalised = headers.map(normalizeHeader);
  for (const name of names) {
    const i = normalised.indexOf(name);
    if (i >= 0) return i;
  }
  return -1;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A coordinate cell as a number, or undefined. Vietnamese Excel writes "106,7612" and then uses ';'
 * between cells, so a comma is a decimal mark whenever it cannot be the delimiter.
 */
function readCoordinate(cell: string, delimiter: string): number | undefined {
  let s = cell.trim().replace(/\u2212/g, '-');
  if (delimiter !== ',' && /^[+-]?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  if (NUMBER.test(s)) return Number(s);
  return readDms(s);
}

/**
 * Degrees, minutes and seconds as GPS receivers and Google Earth write them — 21°32'31.6"N,
 * 106 45 12.3 E, 21°32.527' — as decimal degrees (south and west negative); undefined otherwise.
 */
export function readDms(cell: string): number | undefined {
  const m =
    /^([+-])?\s*(\d{1,3})(?:[°º:\s]\s*|d\s*)(?:(\d{1,2}(?:[.,]\d+)?)\s*(?:['′:]\s*|m\s*|\s+)?)?(?:(\d{1,2}(?:[.,]\d+)?)\s*(?:["″]|'')?)?\s*([NSEWnsew])?$/.exec(
      cell.trim(),
    );
  if (!m || (m[3] === undefined && m[5] === undefined && !/[°º]/.test(cell))) return undefined;
  const num = (v: string | undefined) => (v === undefined ? 0 : Number(v.replace(',', '.')));
  const minutes = num(m[3]);
  const seconds = num(m[4]);
  if (minutes >= 60 || seconds >= 60) return undefined;
  const value = Number(m[2]) + minutes / 60 + seconds / 3600;
  const negative = m[1] === '-' || /[SWsw]/.test(m[5] ?? '');
  return negative ? -value : value;
}

/** Only plain decimals become numbers: "007" (a code) and "1,5" (ambiguous) stay text. */
function readProperty(cell: string): string | number {
  const s = cell.trim();
  return /^-?(0|[1-9]\d{0,14})(\.\d+)?$/.test(s) ? Number(s) : s;
}

function propertyNames(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((h, i) => {
    const base = h.trim() === '' ? `column_${i + 1}` : h.trim();
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

function headerWith(text: string, delimiter: string): string[] {
  const first = Papa.parse<string[]>(text, { delimiter, preview: 1, skipEmptyLines: 'greedy' });
  return first.data[0] ?? [];
}

/**
 * Reads a CSV (or tab-separated text) with one point per row: a header row, a longitude and a
 * latitude column named in English or Vietnamese (lon, lng, longitude, x, kinh độ; lat, latitude,
 * y, vĩ độ; any case, with or without diacritics), the delimiter guessed (',', ';', tab, '|'), and
 * decimal commas accepted when the delimiter is not a comma. Every other column becomes a property.
 * A row whose coordinates are empty or not numbers refuses the file, with its row number.
 */
export function parseCsv(text: string): ParsedCsv {
  const guessed = Papa.parse<string[]>(text, { preview: 10, delimitersToGuess: DELIMITERS }).meta.delimiter;
  const order = [guessed, ...DELIMITERS.filter((d) => d !== guessed)];
  let delimiter: string | undefined;
  let headers: string[] = [];
  let lonCol = -1;
  let latCol = -1;
  for (const d of order) {
    const h = headerWith(text, d);
    const lon = findColumn(h, LONGITUDE_NAMES);
    const lat = findColumn(h, LATITUDE_NAMES);
    if (lon >= 0 && lat >= 0 && lon !== lat) {
      delimiter = d;
      headers = h;
      lonCol = lon;
      latCol = lat;
      break;
    }
  }
  if (delimiter === undefined) {
    const found = headerWith(text, guessed)
      .map((h) => h.trim())
      .filter((h) => h !== '');
    const columns = found.length > 0 ? found.map((h) => `“${h}”`).join(', ') : '—';
    return { ok: false, problems: [{ code: 'csv-no-coordinate-columns', params: { columns } }] };
  }

  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const problems: Problem[] = [];
  for (const e of parsed.errors) {
    if (e.type === 'Quotes') problems.push({ code: 'csv-quotes', params: { row: (e.row ?? 0) + 1 } });
  }
  const names = propertyNames(headers);
  const lonName = headers[lonCol]?.trim() ?? '';
  const latName = headers[latCol]?.trim() ?? '';
  const features: Feature<Point>[] = [];
  const rows: number[] = [];
  let headerSeen = false;
  parsed.data.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    if (!headerSeen) {
      headerSeen = true;
      return;
    }
    const row = i + 1;
    const lonCell = cells[lonCol] ?? '';
    const latCell = cells[latCol] ?? '';
    const lng = readCoordinate(lonCell, delimiter);
    const lat = readCoordinate(latCell, delimiter);
    if (lonCell.trim() === '')
      problems.push({ code: 'csv-missing-longitude', params: { row, column: lonName } });
    else if (lng === undefined) {
      problems.push({
        code: 'csv-bad-longitude',
        params: { row, column: lonName, value: lonCell.trim().slice(0, 40) },
      });
    }
    if (latCell.trim() === '')
      problems.push({ code: 'csv-missing-latitude', params: { row, column: latName } });
    else if (lat === undefined) {
      problems.push({
        code: 'csv-bad-latitude',
        params: { row, column: latName, value: latCell.trim().slice(0, 40) },
      });
    }
    if (lng === undefined || lat === undefined) return;
    // Every column stays, the coordinate ones too: after a VN-2000 conversion they are the
    // surveyor's own numbers, and a popup or an export should still show them.
    const properties: GeoJsonProperties = {};
    names.forEach((name, c) => {
      properties[name] = readProperty(cells[c] ?? '');
    });
    features.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [lng, lat] } });
    rows.push(row);
  });

  if (problems.length > 0) {
    const broken = problems.some((p) => p.code === 'csv-quotes');
    if (broken || features.length === 0) return { ok: false, problems: capProblems(problems) };
    const skipped = new Set(problems.map((p) => p.params?.row)).size;
    return {
      ok: false,
      problems: capProblems(problems),
      partial: { fc: { type: 'FeatureCollection', features }, rows, skipped },
    };
  }
  if (features.length === 0) return { ok: false, problems: [{ code: 'no-features' }] };
  return { ok: true, fc: { type: 'FeatureCollection', features }, rows };
}
