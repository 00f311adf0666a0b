import {
  type ImportFormat,
  MAX_IMPORT_BYTES,
  type Problem,
  type ProblemCode,
  SUPPORTED_EXTENSIONS,
} from './problems';

const BY_EXTENSION: Readonly<Record<string, ImportFormat>> = {
  '.geojson': 'geojson',
  '.json': 'geojson',
  '.kml': 'kml',
  '.kmz': 'kml',
  '.gpx': 'gpx',
  '.csv': 'csv',
  '.txt': 'csv',
  '.zip': 'shapefile',
};

/** Files people often drop that cannot be read, with the advice that fits each. */
const HINTS: Readonly<Record<string, ProblemCode>> = {
  '.shp': 'shapefile-not-zipped',
  '.shx': 'shapefile-not-zipped',
  '.dbf': 'shapefile-not-zipped',
  '.prj': 'shapefile-not-zipped',
  '.xls': 'spreadsheet-not-csv',
  '.xlsx': 'spreadsheet-not-csv',
  '.ods': 'spreadsheet-not-csv',
};

/** The extension of a file name, lower case with its dot ('' when there is none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 || dot < fileName.lastIndexOf('/') ? '' : fileName.slice(dot).toLowerCase();
}

/**
 * The format a file name promises, or why it will not be read. Kept apart from the parsers so the
 * page can refuse a 150 MB spreadsheet before reading a byte of it, without loading them.
 */
export function formatFromName(
  fileName: string,
): { ok: true; format: ImportFormat } | { ok: false; problem: Problem } {
  const ext = extensionOf(fileName);
  const format = BY_EXTENSION[ext];
  if (format) return { ok: true, format };
  const hint = HINTS[ext];
  if (hint) return { ok: false, problem: { code: hint } };
  const supported = SUPPORTED_EXTENSIONS.join(', ');
  return {
    ok: false,
    problem: { code: 'unsupported-type', params: { ext: ext || fileName.slice(0, 60), supported } },
  };
}

/** The size check, shared by the page (before reading) and the parser (before parsing). */
export function sizeProblem(byteLength: number): Problem | undefined {
  if (byteLength === 0) return { code: 'empty-file' };
  if (byteLength <= MAX_IMPORT_BYTES) return undefined;
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  return { code: 'file-too-large', params: { sizeMb: mb(byteLength), maxMb: mb(MAX_IMPORT_BYTES) } };
}
