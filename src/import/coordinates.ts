import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import proj4 from 'proj4';
import { boxOf, distanceKm, PROVINCE_BOX, positionsOf, touchesView } from './geo-box';
import { type CoordinateFix, capProblems, type Problem, type ProjectedCrs } from './problems';
import { type Grid, gridById, LANG_SON_GRID } from './vn2000';

/** Data farther than this from the province are imported with a warning saying where they lie. */
export const FAR_KM = 300;

/**
 * A conversion is offered only if it lands within this much of the best one: the wrong zone of a
 * right system still lands in Vietnam (about 230 km off), and offering it next to the right one
 * would only make the user guess.
 */
const RIVAL_KM = 50;

/** The projected systems data about Lạng Sơn come in, with their proj4 definitions. */
export const PROJECTED_CRS: Readonly<Record<ProjectedCrs, { label: string; epsg: number; proj4: string }>> = {
  // The province's own 3° zone (central meridian 107°15′, k = 0.9999): cadastral and planning maps.
  'vn2000-lang-son': {
    label: 'VN-2000 / TM-3 107-15 (EPSG:9215)',
    epsg: 9215,
    proj4: LANG_SON_GRID.proj4,
  },
  'vn2000-utm48': {
    label: 'VN-2000 / UTM 48N (EPSG:3405)',
    epsg: 3405,
    proj4: (gridById('vn-utm48') as Grid).proj4,
  },
  utm48n: {
    label: 'WGS 84 / UTM 48N (EPSG:32648)',
    epsg: 32648,
    proj4: '+proj=utm +zone=48 +datum=WGS84 +units=m +no_defs',
  },
};

/** When nothing else tells them apart: the province's own system first, then national, then GPS. */
const PRIOR: readonly ProjectedCrs[] = ['vn2000-lang-son', 'vn2000-utm48', 'utm48n'];

/** What a legacy GeoJSON `crs` member (or any CRS name) says about the coordinates. */
export type DeclaredCrs =
  | { kind: 'wgs84' }
  | { kind: 'known'; crs: ProjectedCrs; name: string }
  | { kind: 'other'; name: string };

/**
 * Reads a CRS name as files write it (`EPSG:32648`, `urn:ogc:def:crs:EPSG::3405`,
 * `urn:ogc:def:crs:OGC:1.3:CRS84`, …). GeoJSON dropped `crs` in RFC 7946, but QGIS and ogr2ogr
 * still write it when exporting in a projected system, which is exactly the case to catch.
 */
export function readCrsName(name: string): DeclaredCrs {
  const trimmed = name.trim();
  if (/CRS:?84$/i.test(trimmed) || /(^|[:/])WGS[ _]?84$/i.test(trimmed)) return { kind: 'wgs84' };
  const epsg = /EPSG(?::|::|\/|\/0\/|:[\d.]*:)(\d+)$/i.exec(trimmed)?.[1];
  if (epsg === '4326') return { kind: 'wgs84' };
  if (epsg !== undefined) {
    const name = `EPSG:${epsg}`;
    const crs = PRIOR.find((c) => String(PROJECTED_CRS[c].epsg) === epsg);
    return crs ? { kind: 'known', crs, name } : { kind: 'other', name };
  }
  return { kind: 'other', name: trimmed.slice(0, 80) };
}

type Kind = 'degrees' | 'swapped' | 'metres' | 'out-of-range';

function classify(x: number, y: number): Kind {
  // Swapped first: a latitude in the longitude's place makes the "latitude" 102–110, out of range.
  if (x >= 8 && x <= 24 && y >= 102 && y <= 110) return 'swapped';
  if (Math.abs(x) <= 180 && Math.abs(y) <= 90) return 'degrees';
  if (Math.abs(x) >= 1000 && Math.abs(y) >= 1000) return 'metres';
  return 'out-of-range';
}

/** A feature is as good as its worst point; the first point of that kind goes in the message. */
function classifyFeature(geometry: Geometry): { kind: Kind; x: number; y: number } {
  const order: Kind[] = ['degrees', 'swapped', 'metres', 'out-of-range'];
  let worst: { kind: Kind; x: number; y: number } | undefined;
  for (const p of positionsOf(geometry)) {
    const x = p[0] ?? Number.NaN;
    const y = p[1] ?? Number.NaN;
    const kind = classify(x, y);
    if (!worst || order.indexOf(kind) > order.indexOf(worst.kind)) worst = { kind, x, y };
  }
  return worst ?? { kind: 'degrees', x: 0, y: 0 };
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** At most this many points are converted to judge a candidate system: enough to place any file. */
const SAMPLE = 2000;

function* pointsOf(fc: FeatureCollection<Geometry>): Generator<[number, number]> {
  for (const f of fc.features) for (const p of positionsOf(f.geometry)) yield [p[0] ?? 0, p[1] ?? 0];
}

/** Every n-th point, evenly through the file, without holding all of them (files reach 200 MB). */
function sample(fc: FeatureCollection<Geometry>): [number, number][] {
  let total = 0;
  for (const f of fc.features) for (const _p of positionsOf(f.geometry)) total++;
  const step = Math.max(1, total / SAMPLE);
  const picked: [number, number][] = [];
  let i = 0;
  let next = 0;
  let last: [number, number] | undefined;
  for (const p of pointsOf(fc)) {
    if (i >= next) {
      picked.push(p);
      next += step;
    }
    last = p;
    i++;
  }
  // The last point too: files are often ordered, and the ends make the box.
  if (last && picked.at(-1) !== last) picked.push(last);
  return picked;
}

function candidates(points: [number, number][], declared: DeclaredCrs | undefined): CoordinateFix[] {
  const found: (CoordinateFix & { kind: 'reproject' })[] = [];
  for (const crs of PRIOR) {
    const toWgs84 = proj4(PROJECTED_CRS[crs].proj4, 'WGS84');
    for (const swapXY of [false, true]) {
      const converted: [number, number][] = [];
      for (const [x, y] of points) {
        const [lng, lat] = toWgs84.forward(swapXY ? [y, x] : [x, y]);
        if (lng === undefined || lat === undefined || !Number.isFinite(lng) || !Number.isFinite(lat)) break;
        if (Math.abs(lng) > 180 || Math.abs(lat) > 90) break;
        converted.push([lng, lat]);
      }
      const box = converted.length === points.length ? boxOf(converted) : undefined;
      if (!box) continue;
      const km = distanceKm(box, PROVINCE_BOX);
      if (km > FAR_KM) continue;
      found.push({
        kind: 'reproject',
        crs,
        swapXY,
        label: PROJECTED_CRS[crs].label,
        bbox: [round(box.west, 5), round(box.south, 5), round(box.east, 5), round(box.north, 5)],
        distanceKm: Math.round(km),
      });
    }
  }
  const best = Math.min(...found.map((f) => f.distanceKm));
  const rank = (f: CoordinateFix & { kind: 'reproject' }) => [
    declared?.kind === 'known' && declared.crs === f.crs ? 0 : 1,
    // 10 km buckets: VN-2000 and WGS 84 versions of one zone differ by a few hundred metres, so
    // distance alone cannot choose between them; the prior order does.
    Math.floor(f.distanceKm / 10),
    PRIOR.indexOf(f.crs),
    f.swapXY ? 1 : 0,
  ];
  return found
    .filter((f) => f.distanceKm <= best + RIVAL_KM)
    .sort((a, b) => {
      const ra = rank(a);
      const rb = rank(b);
      for (let i = 0; i < ra.length; i++) {
        const d = (ra[i] ?? 0) - (rb[i] ?? 0);
        if (d !== 0) return d;
      }
      return 0;
    });
}

/** What the coordinate check found: problems refuse the file, warnings go with an accepted one. */
export type CoordinateCheck = { problems: Problem[]; warnings: Problem[]; fix: CoordinateFix[] };

/** What the caller knows that the coordinates alone do not say. */
export type CoordinateCheckOptions = {
  /** The number the user knows each feature by (see `CheckedGeoJson.numbers`); default i + 1. */
  numbers?: readonly number[];
  /** Whether those numbers are features or CSV rows, so messages say which. */
  numberAs?: 'feature' | 'row';
  /** The file's own claim about its coordinates (GeoJSON `crs` member). */
  declaredCrs?: string;
};

/**
 * Finds coordinates that are not WGS84 longitude/latitude before anything is drawn: projected
 * metres (VN-2000 or UTM), latitude and longitude swapped, or numbers out of range, and warns when
 * plausible degrees lie far from Lạng Sơn. For metres it tries each known system and offers, as
 * fixes, those that put the data in or near the province, the most likely first.
 */
export function checkCoordinates(
  fc: FeatureCollection<Geometry>,
  options: CoordinateCheckOptions = {},
): CoordinateCheck {
  const place = (code: Problem['code'], i: number, params: Record<string, number> = {}): Problem => {
    const n = options.numbers?.[i] ?? i + 1;
    if (options.numberAs === 'row') return { code, params: { row: n, ...params } };
    return Object.keys(params).length > 0 ? { code, feature: n, params } : { code, feature: n };
  };
  const declared = options.declaredCrs === undefined ? undefined : readCrsName(options.declaredCrs);
  const declaredOther = declared && declared.kind !== 'wgs84' ? declared.name : undefined;
  const kinds = fc.features.map((f) => classifyFeature(f.geometry));
  const all = (kind: Kind) => kinds.length > 0 && kinds.every((k) => k.kind === kind);
  const first = kinds[0] ?? { x: 0, y: 0 };

  if (all('degrees')) {
    const warnings: Problem[] = [];
    if (declaredOther !== undefined) warnings.push({ code: 'crs-ignored', params: { crs: declaredOther } });
    const box = boxOf(pointsOf(fc));
    const km = box ? distanceKm(box, PROVINCE_BOX) : 0;
    if (box && km > FAR_KM) {
      const lng = round((box.west + box.east) / 2, 2);
      const lat = round((box.south + box.north) / 2, 2);
      warnings.push({ code: 'far-from-province', params: { km: Math.round(km / 10) * 10, lng, lat } });
    } else {
      const outside = fc.features.filter((f) => !touchesView(f.geometry)).length;
      if (outside > 0)
        warnings.push({ code: 'outside-view', params: { count: outside, total: fc.features.length } });
    }
    return { problems: [], warnings, fix: [] };
  }

  if (all('swapped')) return { problems: [{ code: 'swapped' }], warnings: [], fix: [{ kind: 'swap' }] };

  if (all('metres')) {
    const fix = candidates(sample(fc), declared);
    const problems: Problem[] = [
      { code: 'projected-metres', params: { x: round(first.x, 2), y: round(first.y, 2) } },
    ];
    if (declaredOther !== undefined) problems.push({ code: 'crs-not-wgs84', params: { crs: declaredOther } });
    if (fix.length === 0) problems.push({ code: 'projected-unknown' });
    return { problems, warnings: [], fix };
  }

  // A mix: name each feature that is not in degrees; no fix, since one would break the others.
  const problems: Problem[] = [];
  kinds.forEach((k, i) => {
    if (k.kind === 'degrees') return;
    const x = round(k.x, 6);
    const y = round(k.y, 6);
    if (k.kind === 'swapped') problems.push(place('swapped', i));
    else if (k.kind === 'metres') problems.push(place('projected-metres', i, { x, y }));
    else problems.push(place('out-of-range', i, { lng: x, lat: y }));
  });
  const summary: Problem = {
    code: 'bad-features-summary',
    params: { bad: problems.length, total: fc.features.length },
  };
  return { problems: [summary, ...capProblems(problems)], warnings: [], fix: [] };
}

function mapGeometry(geometry: Geometry, fn: (p: Position) => Position): Geometry {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: fn(geometry.coordinates) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: geometry.coordinates.map(fn) };
    case 'LineString':
      return { type: 'LineString', coordinates: geometry.coordinates.map(fn) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: geometry.coordinates.map((l) => l.map(fn)) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.coordinates.map((r) => r.map(fn)) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map((r) => r.map(fn))) };
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: geometry.geometries.map((g) => mapGeometry(g, fn)) };
  }
}

/**
 * Applies a fix to every position and returns a new collection (the input is left alone). Bounding
 * boxes and a legacy `crs` member are dropped, since they describe the old numbers. Converted
 * degrees keep 7 decimals (about 1 cm).
 */
export function applyFix(fc: FeatureCollection<Geometry>, fix: CoordinateFix): FeatureCollection<Geometry> {
  let fn: (p: Position) => Position;
  if (fix.kind === 'swap') {
    fn = (p) => [p[1] ?? 0, p[0] ?? 0, ...p.slice(2)];
  } else {
    const toWgs84 = proj4(PROJECTED_CRS[fix.crs].proj4, 'WGS84');
    fn = (p) => {
      const x = p[0] ?? 0;
      const y = p[1] ?? 0;
      const [lng = Number.NaN, lat = Number.NaN] = toWgs84.forward(fix.swapXY ? [y, x] : [x, y]);
      return [round(lng, 7), round(lat, 7), ...p.slice(2)];
    };
  }
  return {
    type: 'FeatureCollection',
    features: fc.features.map(
      (f): Feature<Geometry> => ({
        type: 'Feature',
        ...(f.id === undefined ? {} : { id: f.id }),
        properties: f.properties,
        geometry: mapGeometry(f.geometry, fn),
      }),
    ),
  };
}
