import type { FeatureCollection, Geometry } from 'geojson';

/** The file formats a user can drop on the map. */
export const IMPORT_FORMATS = ['geojson', 'kml', 'gpx', 'csv', 'shapefile'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export { SUPPORTED_EXTENSIONS } from './extensions';

/**
 * Larger files are refused before they are read: the whole file is held in memory several times
 * over (bytes, text, parsed objects), which a phone or an old laptop cannot afford.
 */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/**
 * Every reason the importer can give. Codes, not sentences, so the worker stays free of UI text and
 * `importMessage` words them in either language; its test checks that every code has both.
 */
export const PROBLEM_CODES = [
  // the file as a whole
  'empty-file',
  'file-too-large',
  'unsupported-type',
  'shapefile-not-zipped',
  'spreadsheet-not-csv',
  'extension-mismatch',
  'encoding-guessed',
  'unreadable',
  // GeoJSON structure
  'invalid-json',
  'not-geojson',
  'features-not-array',
  'no-features',
  'not-a-feature',
  'missing-geometry',
  'geometry-not-object',
  'null-geometry',
  'unknown-geometry-type',
  'missing-coordinates',
  'coordinates-not-array',
  'position-too-short',
  'coordinates-not-numbers',
  'line-too-short',
  'ring-too-short',
  'ring-not-closed',
  'bad-geometry-collection',
  'bad-bbox',
  'bad-properties',
  'invalid-structure',
  'bad-features-summary',
  'more-problems',
  'duplicate-ids',
  // coordinates
  'projected-metres',
  'projected-unknown',
  'swapped',
  'out-of-range',
  'far-from-province',
  'outside-view',
  'crs-not-wgs84',
  'crs-ignored',
  'fix-applied',
  'swap-applied',
  // CSV
  'csv-no-coordinate-columns',
  'csv-missing-longitude',
  'csv-missing-latitude',
  'csv-bad-longitude',
  'csv-bad-latitude',
  'csv-quotes',
  'rows-skipped',
  'features-skipped',
  // KML and GPX
  'xml-syntax',
  'not-kml-or-gpx',
  'kmz-no-kml',
  'kmz-other-kml',
  // zipped Shapefile
  'zip-unreadable',
  'zip-no-shp',
  'shp-no-prj',
  'shp-bad-prj',
  'prj-vn2000-completed',
  'shp-no-dbf',
  'shapefile-unreadable',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/**
 * The `params` each code fills, so the messages and their test agree on names. Those in brackets in
 * a message are shown only when present (e.g. the line of a JSON error, when the browser says it).
 */
export const PROBLEM_PARAMS: Readonly<Record<ProblemCode, readonly string[]>> = {
  'empty-file': [],
  'file-too-large': ['sizeMb', 'maxMb'],
  'unsupported-type': ['ext', 'supported'],
  'shapefile-not-zipped': [],
  'spreadsheet-not-csv': [],
  'extension-mismatch': ['ext', 'format'],
  'encoding-guessed': ['encoding'],
  unreadable: ['message'],
  'invalid-json': ['line', 'column'],
  'not-geojson': ['found'],
  'features-not-array': [],
  'no-features': [],
  'not-a-feature': [],
  'missing-geometry': [],
  'geometry-not-object': [],
  'null-geometry': [],
  'unknown-geometry-type': ['type'],
  'missing-coordinates': [],
  'coordinates-not-array': [],
  'position-too-short': [],
  'coordinates-not-numbers': ['value'],
  'line-too-short': [],
  'ring-too-short': [],
  'ring-not-closed': [],
  'bad-geometry-collection': [],
  'bad-bbox': [],
  'bad-properties': [],
  'invalid-structure': ['detail'],
  'bad-features-summary': ['bad', 'total'],
  'more-problems': ['count'],
  'duplicate-ids': ['count', 'id'],
  'projected-metres': ['x', 'y'],
  'projected-unknown': [],
  swapped: [],
  'out-of-range': ['lng', 'lat'],
  'far-from-province': ['km', 'lng', 'lat'],
  'outside-view': ['count', 'total'],
  'crs-not-wgs84': ['crs'],
  'crs-ignored': ['crs'],
  'fix-applied': ['crs'],
  'swap-applied': [],
  'csv-no-coordinate-columns': ['columns'],
  'csv-missing-longitude': ['row', 'column'],
  'csv-missing-latitude': ['row', 'column'],
  'csv-bad-longitude': ['row', 'column', 'value'],
  'csv-bad-latitude': ['row', 'column', 'value'],
  'csv-quotes': ['row'],
  'rows-skipped': ['count'],
  'features-skipped': ['count'],
  'xml-syntax': ['line', 'column', 'detail'],
  'not-kml-or-gpx': ['root'],
  'kmz-no-kml': [],
  'kmz-other-kml': ['used', 'count', 'first'],
  'zip-unreadable': [],
  'zip-no-shp': ['files'],
  'shp-no-prj': ['layer'],
  'shp-bad-prj': ['layer', 'prj'],
  'prj-vn2000-completed': ['layer'],
  'shp-no-dbf': ['layer'],
  'shapefile-unreadable': ['detail'],
};

/**
 * One thing wrong with (or worth knowing about) a file. `feature` is the 1-based number of the
 * feature in the file, so the user can find it; CSV rows and XML lines go in `params.row` and
 * `params.line` instead, numbered as a spreadsheet or a text editor shows them.
 */
export type Problem = {
  code: ProblemCode;
  feature?: number;
  params?: Record<string, string | number>;
};

/** Projected systems the importer can convert from; see `coordinates.ts` for their definitions. */
export type ProjectedCrs = 'vn2000-lang-son' | 'vn2000-utm48' | 'utm48n';

/**
 * A way to repair coordinates, offered as data so the UI can show it as a button and apply it with
 * `applyFix` without parsing the file again. `swapXY` reprojects with the two numbers read the other
 * way round: Vietnamese surveys write X for the northing and Y for the easting.
 */
export type CoordinateFix =
  | { kind: 'swap' }
  | {
      kind: 'reproject';
      crs: ProjectedCrs;
      swapXY: boolean;
      /** Language-neutral name of the system, e.g. `VN-2000 / TM-3 107-15 (EPSG:9215)`. */
      label: string;
      /** Where the converted data would lie, [west, south, east, north] in degrees. */
      bbox: [number, number, number, number];
      /** Distance from that box to the province, in km; 0 when they overlap. */
      distanceKm: number;
    };

/** What a refused import offers: a coordinate fix, or importing only its sound rows or features. */
export type ImportFix = CoordinateFix | { kind: 'skip-bad'; unit: BadUnit; keep: number; skip: number };

/** What the bad parts of a file are, as the user counts them: a table's rows, a GeoJSON's features. */
export type BadUnit = 'row' | 'feature';

/** The bad parts a refused file would be imported without, if the user accepts a fix. */
export type BadParts = { unit: BadUnit; count: number; problems: Problem[] };

/**
 * What an import gives back: either a collection ready to draw (WGS84, every feature with a unique
 * string id) with things worth telling the user, or the reasons it was refused. A refusal that a
 * coordinate fix can repair carries the fixes, most likely first, with the parsed collection to
 * apply them to and the warnings to keep once fixed (see `applyImportFix`).
 */
export type ImportResult =
  | { ok: true; format: ImportFormat; fc: FeatureCollection<Geometry>; warnings: Problem[] }
  | {
      ok: false;
      format: ImportFormat | 'unknown';
      problems: Problem[];
      fix?: ImportFix[];
      fc?: FeatureCollection<Geometry>;
      /** Parts of the file any fix leaves out (listed first in `problems`), so the UI can warn. */
      bad?: BadParts;
      warnings?: Problem[];
    };

/** The longest list of problems shown for one file; a longer list ends with a `more-problems` entry. */
export const MAX_PROBLEMS = 50;

/**
 * Cuts a list of problems to `max` and says how many were left out: a file with ten thousand bad
 * rows needs the first few to be fixed, not a list nobody scrolls through.
 */
export function capProblems(problems: readonly Problem[], max = MAX_PROBLEMS): Problem[] {
  if (problems.length <= max) return [...problems];
  return [...problems.slice(0, max), { code: 'more-problems', params: { count: problems.length - max } }];
}
