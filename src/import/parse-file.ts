import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { checkGeoJson } from './check-geojson';
import { applyFix, checkCoordinates } from './coordinates';
import { extensionOf, formatFromName, sizeProblem } from './file-types';
import { parseCsv } from './parse-csv';
import { readKmz } from './parse-kmz';
import { parseShapefile } from './parse-shapefile';
import { parseXml } from './parse-xml';
import {
  type BadParts,
  capProblems,
  type ImportFix,
  type ImportFormat,
  type ImportResult,
  type Problem,
} from './problems';
import { listZipEntries } from './zip-entries';

/** How far an import has got; `fraction` (0–1) when the stage can tell. */
export type ImportProgress = { stage: 'parsing' | 'checking' | 'converting'; fraction?: number };

/**
 * Text from bytes: UTF-8 (BOM stripped), or UTF-16 when a BOM says so (Excel's "Unicode text").
 * Bytes that are not UTF-8 are read as Windows-1258, the Vietnamese code page older Windows
 * software writes, and the caller is told (`encoding`) so the user can be.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding?: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    try {
      // Windows-1258 writes most Vietnamese tones as combining marks; NFC makes them one letter
      // again, as typed text and the app's search expect.
      return {
        text: new TextDecoder('windows-1258').decode(body).normalize('NFC'),
        encoding: 'Windows-1258',
      };
    } catch {
      return { text: new TextDecoder('utf-8').decode(body), encoding: 'UTF-8 (?)' };
    }
  }
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05);

/** A zip that is a KMZ: named so, or holding KML and no Shapefile (a KMZ renamed to .zip). */
function isKmz(raw: Uint8Array, ext: string): boolean {
  if (ext === '.kmz') return true;
  const names = (listZipEntries(raw) ?? []).map((n) => n.toLowerCase());
  return names.some((n) => n.endsWith('.kml')) && !names.some((n) => n.endsWith('.shp'));
}

/** What the text looks like; 'text' when it could be anything (CSV is the fallback, not a finding). */
function sniffText(text: string): 'geojson' | 'kml' | 'gpx' | 'xml' | 'text' {
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'geojson';
  if (start.startsWith('<')) {
    const head = start.slice(0, 4096);
    if (/<(\w+:)?kml[\s>]/i.test(head)) return 'kml';
    if (/<(\w+:)?gpx[\s>]/i.test(head)) return 'gpx';
    return 'xml';
  }
  return 'text';
}

/** Where a JSON syntax error is, from whichever engine's message: V8 gives a position, Firefox a line. */
function jsonErrorPlace(err: unknown, text: string): Record<string, number> {
  const message = err instanceof Error ? err.message : String(err);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return {};
  const at = Number(position[1]);
  let line = 1;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl >= 0 && nl < at; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { line, column: at - lineStart + 1 };
}

/**
 * Gives every feature a unique string id, as the rest of the app expects: the file's own id when it
 * is a string or number used once, else `f<n>` with n the feature's number in the file.
 */
function withIds(fc: FeatureCollection<Geometry>, numbers: readonly number[]) {
  const key = (f: Feature) =>
    (typeof f.id === 'string' && f.id !== '') || (typeof f.id === 'number' && Number.isFinite(f.id))
      ? String(f.id)
      : undefined;
  const counts = new Map<string, number>();
  for (const f of fc.features) {
    const k = key(f);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const used = new Set([...counts].filter(([, n]) => n === 1).map(([k]) => k));
  const duplicated = [...counts].filter(([, n]) => n > 1);
  const features = fc.features.map((f, i): Feature<Geometry> => {
    const own = key(f);
    let id = own;
    if (id === undefined || (counts.get(id) ?? 0) > 1) {
      const base = `f${numbers[i] ?? i + 1}`;
      id = base;
      for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
      used.add(id);
    }
    return { type: 'Feature', id, properties: f.properties ?? {}, geometry: f.geometry };
  });
  const warnings: Problem[] = [];
  const [first] = duplicated;
  if (first) {
    const count = duplicated.reduce((sum, [, n]) => sum + n, 0);
    warnings.push({ code: 'duplicate-ids', params: { count, id: first[0].slice(0, 40) } });
  }
  return { fc: { type: 'FeatureCollection' as const, features }, warnings };
}

/** Parses text or zip bytes whose name promised `named`; may throw (the caller catches). */
async function parseKnown(
  named: ImportFormat,
  ext: string,
  bytes: ArrayBuffer,
  onProgress: (p: ImportProgress) => void,
): Promise<ImportResult> {
  let format = named;
  const refuse = (problems: Problem[]): ImportResult => ({ ok: false, format, problems });
  const warnings: Problem[] = [];
  const byContent = (found: ImportFormat) => {
    if (found !== format) warnings.push({ code: 'extension-mismatch', params: { ext, format: found } });
    format = found;
  };
  onProgress({ stage: 'parsing', fraction: 0 });
  const raw = new Uint8Array(bytes);
  let json: unknown;
  let rows: number[] | undefined;
  /** A table's bad rows or a collection's broken features, when the rest can still be imported. */
  let bad: BadParts | undefined;
  let textBytes: Uint8Array = raw;
  if (isZip(raw) && isKmz(raw, ext)) {
    byContent('kml');
    const kmz = await readKmz(raw);
    if (!kmz.ok) return refuse(kmz.problems);
    warnings.push(...kmz.warnings);
    textBytes = kmz.bytes;
  }
  if (textBytes === raw && (isZip(raw) || format === 'shapefile')) {
    byContent('shapefile');
    const read = await parseShapefile(bytes);
    if (!read.ok) return refuse(read.problems);
    warnings.push(...read.warnings);
    json = read.fc;
  } else {
    const { text, encoding } = decodeText(textBytes);
    if (encoding) warnings.push({ code: 'encoding-guessed', params: { encoding } });
    if (text.trim() === '') return refuse([{ code: 'empty-file' }]);
    const sniffed = sniffText(text);
    if (sniffed === 'geojson') byContent('geojson');
    else if (sniffed === 'kml' || sniffed === 'gpx') byContent(sniffed);
    else if (sniffed === 'xml' && format !== 'kml' && format !== 'gpx') byContent('kml');

    if (format === 'geojson') {
      try {
        json = JSON.parse(text);
      } catch (err) {
        return refuse([{ code: 'invalid-json', params: jsonErrorPlace(err, text) }]);
      }
    } else if (format === 'csv') {
      const read = parseCsv(text);
      if (!read.ok && !read.partial) return refuse(read.problems);
      if (read.ok) {
        json = read.fc;
        rows = read.rows;
      } else if (read.partial) {
        bad = { unit: 'row', problems: read.problems, count: read.partial.skipped };
        json = read.partial.fc;
        rows = read.partial.rows;
      }
    } else {
      const read = parseXml(text);
      if (!read.ok) return refuse(read.problems);
      byContent(read.format);
      json = read.fc;
    }
  }
  onProgress({ stage: 'parsing', fraction: 1 });

  onProgress({ stage: 'checking', fraction: 0 });
  const checkedAll = checkGeoJson(json);
  if (!checkedAll.ok && (!checkedAll.partial || bad)) return refuse(checkedAll.problems);
  if (!checkedAll.ok && checkedAll.partial)
    bad = { unit: 'feature', problems: checkedAll.problems, count: checkedAll.partial.skipped };
  const checked = checkedAll.ok ? checkedAll : (checkedAll.partial as NonNullable<typeof checkedAll.partial>);
  warnings.push(...checked.warnings);
  const coords = checkCoordinates(checked.fc, {
    numbers: rows ? checked.numbers.map((n) => rows[n - 1] ?? n) : checked.numbers,
    numberAs: rows ? 'row' : 'feature',
    ...(checked.crs === undefined ? {} : { declaredCrs: checked.crs }),
  });
  const identified = withIds(checked.fc, checked.numbers);
  warnings.push(...identified.warnings, ...coords.warnings);
  onProgress({ stage: 'checking', fraction: 1 });
  if (bad) {
    // Refused, with the good rows kept aside: importing them is the user's call, not ours.
    if (coords.problems.length === 0) {
      const keep = identified.fc.features.length;
      return {
        ok: false,
        format,
        problems: bad.problems,
        fix: [{ kind: 'skip-bad', unit: bad.unit, keep, skip: bad.count }],
        bad,
        fc: identified.fc,
        warnings: capProblems(warnings),
      };
    }
    if (coords.fix.length === 0) return refuse([...bad.problems, ...coords.problems]);
    // Converting the good rows leaves the bad ones out; the warnings say so once it is done.
    return {
      ok: false,
      format,
      problems: [...bad.problems, ...coords.problems],
      fix: coords.fix,
      fc: identified.fc,
      warnings: capProblems(warnings),
      bad,
    };
  }
  if (coords.problems.length === 0)
    return { ok: true, format, fc: identified.fc, warnings: capProblems(warnings) };
  if (coords.fix.length === 0) return refuse(coords.problems);
  return {
    ok: false,
    format,
    problems: coords.problems,
    fix: coords.fix,
    fc: identified.fc,
    warnings: capProblems(warnings),
  };
}

/**
 * Reads a dropped file into a collection ready to draw, or says in plain words why not. Picks the
 * format from the extension and the content (.geojson/.json, .kml/.kmz, .gpx, .csv/.txt, zipped
 * Shapefile), decodes the text, parses, checks the GeoJSON structure, then the coordinates. Never
 * throws: anything unexpected becomes an `unreadable` problem, since a bad file must not take the
 * worker or the page down with it.
 */
export async function parseImport(
  fileName: string,
  bytes: ArrayBuffer,
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportResult> {
  const named = formatFromName(fileName);
  if (!named.ok) return { ok: false, format: 'unknown', problems: [named.problem] };
  try {
    const tooBig = sizeProblem(bytes.byteLength);
    if (tooBig) return { ok: false, format: named.format, problems: [tooBig] };
    return await parseKnown(named.format, extensionOf(fileName), bytes, (p) => onProgress?.(p));
  } catch (err) {
    const message = (err instanceof Error ? err.message : String(err)).slice(0, 200);
    return { ok: false, format: named.format, problems: [{ code: 'unreadable', params: { message } }] };
  }
}

/** What an import left out, as notes: how many, then each reason. */
function badNotes(bad: BadParts | undefined): Problem[] {
  if (!bad) return [];
  const code = bad.unit === 'row' ? 'rows-skipped' : 'features-skipped';
  // The refusal's summary ("… so nothing was imported") is no longer true once the rest is in.
  const reasons = bad.problems.filter((p) => p.code !== 'bad-features-summary');
  return [{ code, params: { count: bad.count } }, ...reasons];
}

/**
 * Accepts a refused import by applying one of the fixes it offered: leaving out its bad parts,
 * or converting coordinates, which are then checked again so a wrong choice is still caught. The
 * result says what was done.
 */
export function applyImportFix(result: ImportResult, fix: ImportFix): ImportResult {
  if (result.ok || !result.fc || result.format === 'unknown') return result;
  if (fix.kind === 'skip-bad') {
    // The bad parts stay listed, now as notes, so the user can still find and mend them.
    return {
      ok: true,
      format: result.format,
      fc: result.fc,
      warnings: capProblems([...badNotes(result.bad), ...(result.warnings ?? [])]),
    };
  }
  const fc = applyFix(result.fc, fix);
  const coords = checkCoordinates(fc);
  if (coords.problems.length > 0) return { ok: false, format: result.format, problems: coords.problems };
  const done: Problem =
    fix.kind === 'swap' ? { code: 'swap-applied' } : { code: 'fix-applied', params: { crs: fix.label } };
  return {
    ok: true,
    format: result.format,
    fc,
    warnings: capProblems([...badNotes(result.bad), ...(result.warnings ?? []), done, ...coords.warnings]),
  };
}
