import type { Feature, FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';
import { isBbox, isGeometryObject } from 'geojson-validation';
import { capProblems, type Problem, type ProblemCode } from './problems';

/**
 * A structurally sound collection, or every reason it is not. `numbers[i]` is the number, in the
 * file, of `fc.features[i]`: features without geometry are left out, and later checks must still
 * name the feature the way the user counts them. `crs` is the legacy `crs` member's name, if any.
 */
export type CheckedGeoJson =
  | { ok: true; fc: FeatureCollection<Geometry>; numbers: number[]; warnings: Problem[]; crs?: string }
  | {
      ok: false;
      problems: Problem[];
      /**
       * When only some features are broken, the sound ones (as an ok result would give them) and
       * how many were broken, so the user can choose to import those.
       */
      partial?: {
        fc: FeatureCollection<Geometry>;
        numbers: number[];
        warnings: Problem[];
        crs?: string;
        skipped: number;
      };
    };

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

/**
 * geojson-validation's trace messages, tail first (it prefixes `at N: ` for nesting), mapped to codes
 * a person can act on. Order matters: the ring and line messages both end in "at least".
 */
const MESSAGE_CODES: readonly [RegExp, ProblemCode][] = [
  [/^Position must only contain numbers/, 'coordinates-not-numbers'],
  [/^Position must be at least two elements/, 'position-too-short'],
  [/^Position must be an array/, 'coordinates-not-array'],
  [/first and last positions must be equivalent/, 'ring-not-closed'],
  [/at least four positions/, 'ring-too-short'],
  [/at least two elements/, 'line-too-short'],
  [/^coordinates must be an array/, 'coordinates-not-array'],
  [/name "coordinates"/, 'missing-coordinates'],
  [/geometries/, 'bad-geometry-collection'],
  [/^type must be one of/, 'unknown-geometry-type'],
  [/name "type"/, 'unknown-geometry-type'],
  [/^bbox/, 'bad-bbox'],
  [/^must be a JSON Object/, 'geometry-not-object'],
];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  if (isRecord(v)) return typeof v.type === 'string' ? v.type : 'object';
  return typeof v;
}

/** The first geometry type, at any depth, that GeoJSON does not have. */
function unknownType(geometry: unknown): string | undefined {
  if (!isRecord(geometry)) return undefined;
  if (typeof geometry.type === 'string' && !GEOMETRY_TYPES.has(geometry.type)) return geometry.type;
  if (geometry.type === 'GeometryCollection' && Array.isArray(geometry.geometries)) {
    for (const g of geometry.geometries) {
      const t = unknownType(g);
      if (t !== undefined) return t;
    }
  }
  return undefined;
}

function toProblem(message: string, geometry: unknown): Problem {
  const tail = message.replace(/^(at \d+: )+/, '');
  const code = MESSAGE_CODES.find(([re]) => re.test(tail))?.[1] ?? 'invalid-structure';
  if (code === 'coordinates-not-numbers') {
    const value = /Item (.*) at index \d+ is invalid/.exec(tail)?.[1] ?? '';
    return { code, params: { value: value.slice(0, 40) } };
  }
  if (code === 'unknown-geometry-type') {
    const type = unknownType(geometry);
    return type === undefined ? { code } : { code, params: { type: type.slice(0, 40) } };
  }
  if (code === 'invalid-structure') return { code, params: { detail: tail.slice(0, 120) } };
  return { code };
}

function* numbersIn(coords: unknown): Generator<unknown> {
  if (!Array.isArray(coords)) return;
  for (const c of coords) {
    if (Array.isArray(c)) yield* numbersIn(c);
    else yield c;
  }
}

/** NaN and Infinity pass geojson-validation (they are numbers) but not a map; Shapefiles can hold them. */
function nonFinite(geometry: Record<string, unknown>): Problem | undefined {
  const parts = geometry.type === 'GeometryCollection' ? geometry.geometries : [geometry];
  if (!Array.isArray(parts)) return undefined;
  for (const part of parts) {
    if (!isRecord(part)) continue;
    if (part.type === 'GeometryCollection') {
      const p = nonFinite(part);
      if (p) return p;
      continue;
    }
    for (const n of numbersIn(part.coordinates)) {
      if (typeof n === 'number' && !Number.isFinite(n)) {
        return { code: 'coordinates-not-numbers', params: { value: String(n) } };
      }
    }
  }
  return undefined;
}

/**
 * geojson-validation reads `ring[0].toString()` without looking, so an empty ring or a null point
 * at either end throws; name what it tripped on instead.
 */
function ringCrash(geometry: unknown, err: unknown): Problem {
  const polygons: unknown[] = [];
  const collect = (g: unknown): void => {
    if (!isRecord(g)) return;
    if (g.type === 'Polygon') polygons.push(g.coordinates);
    if (g.type === 'MultiPolygon' && Array.isArray(g.coordinates)) polygons.push(...g.coordinates);
    if (g.type === 'GeometryCollection' && Array.isArray(g.geometries)) g.geometries.forEach(collect);
  };
  collect(geometry);
  for (const rings of polygons) {
    if (!Array.isArray(rings)) continue;
    for (const ring of rings) {
      if (!Array.isArray(ring)) continue;
      if (ring.length === 0) return { code: 'ring-too-short' };
      if (!Array.isArray(ring[0]) || !Array.isArray(ring[ring.length - 1])) {
        return { code: 'coordinates-not-array' };
      }
    }
  }
  return { code: 'invalid-structure', params: { detail: err instanceof Error ? err.message : String(err) } };
}

function checkGeometry(geometry: unknown): Problem[] {
  if (!isRecord(geometry)) return [{ code: 'geometry-not-object' }];
  let messages: string[];
  try {
    messages = isGeometryObject(geometry, true);
  } catch (err) {
    return [ringCrash(geometry, err)];
  }
  const found = messages.map((m) => toProblem(m, geometry));
  if (found.length === 0) {
    const p = nonFinite(geometry);
    if (p) found.push(p);
  }
  return found;
}

/** Problems of one feature, without its number; one per code, since the first says what to fix. */
function checkFeature(f: unknown): Problem[] {
  if (!isRecord(f) || f.type !== 'Feature') return [{ code: 'not-a-feature' }];
  const found: Problem[] = [];
  if (f.properties !== undefined && f.properties !== null && !isRecord(f.properties)) {
    found.push({ code: 'bad-properties' });
  }
  if ('bbox' in f && !isBbox(f.bbox)) found.push({ code: 'bad-bbox' });
  if (!('geometry' in f) || f.geometry === undefined) found.push({ code: 'missing-geometry' });
  else if (f.geometry !== null) found.push(...checkGeometry(f.geometry));
  const seen = new Set<ProblemCode>();
  const unique: Problem[] = [];
  for (const p of found) {
    if (seen.has(p.code)) continue;
    seen.add(p.code);
    unique.push(p);
  }
  return unique;
}

function crsName(crs: unknown): string | undefined {
  if (!isRecord(crs) || !isRecord(crs.properties)) return undefined;
  const { name, code } = crs.properties;
  if (typeof name === 'string' && name !== '') return name;
  if (crs.type === 'EPSG' && (typeof code === 'number' || typeof code === 'string')) return `EPSG:${code}`;
  return undefined;
}

/**
 * Checks the structure of parsed GeoJSON with geojson-validation's trace mode and returns every
 * problem in words a planner can act on, each with its feature number. A bare Feature or geometry
 * is wrapped into a collection. Features with a null geometry are valid GeoJSON but cannot be drawn:
 * they are left out with a warning. One bad feature refuses the whole file, so the user fixes the
 * file once rather than meeting a layer with silent holes.
 */
export function checkGeoJson(json: unknown): CheckedGeoJson {
  if (!isRecord(json))
    return { ok: false, problems: [{ code: 'not-geojson', params: { found: describe(json) } }] };
  let features: unknown[];
  if (json.type === 'FeatureCollection') {
    if (!Array.isArray(json.features)) return { ok: false, problems: [{ code: 'features-not-array' }] };
    features = json.features;
  } else if (json.type === 'Feature') {
    features = [json];
  } else if (typeof json.type === 'string' && GEOMETRY_TYPES.has(json.type)) {
    features = [{ type: 'Feature', properties: {}, geometry: json }];
  } else {
    return { ok: false, problems: [{ code: 'not-geojson', params: { found: describe(json) } }] };
  }
  if ('bbox' in json && json.type === 'FeatureCollection' && !isBbox(json.bbox)) {
    return { ok: false, problems: [{ code: 'bad-bbox' }] };
  }

  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const kept: Feature<Geometry>[] = [];
  const numbers: number[] = [];
  let bad = 0;
  features.forEach((f, i) => {
    const n = i + 1;
    const found = checkFeature(f);
    if (found.length > 0) {
      bad++;
      for (const p of found) problems.push({ ...p, feature: n });
      return;
    }
    const feature = f as Feature<Geometry | null>;
    if (feature.geometry === null) {
      warnings.push({ code: 'null-geometry', feature: n });
      return;
    }
    const properties: GeoJsonProperties = isRecord(feature.properties) ? feature.properties : {};
    const id = feature.id;
    kept.push({
      type: 'Feature',
      ...(typeof id === 'string' || typeof id === 'number' ? { id } : {}),
      properties,
      geometry: feature.geometry,
    });
    numbers.push(n);
  });

  const crs = json.type === 'FeatureCollection' ? crsName(json.crs) : undefined;
  if (problems.length > 0) {
    const summary: Problem[] =
      features.length > 1 ? [{ code: 'bad-features-summary', params: { bad, total: features.length } }] : [];
    const refused = [...summary, ...capProblems(problems)];
    if (kept.length === 0) return { ok: false, problems: refused };
    return {
      ok: false,
      problems: refused,
      partial: {
        fc: { type: 'FeatureCollection', features: kept },
        numbers,
        warnings: capProblems(warnings),
        ...(crs === undefined ? {} : { crs }),
        skipped: bad,
      },
    };
  }
  if (kept.length === 0) return { ok: false, problems: [{ code: 'no-features' }] };
  return {
    ok: true,
    fc: { type: 'FeatureCollection', features: kept },
    numbers,
    warnings: capProblems(warnings),
    ...(crs === undefined ? {} : { crs }),
  };
}
