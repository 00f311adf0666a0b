import type { FeatureCollection, Geometry } from 'geojson';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { fixtureText, metres, PLACES, pointOf } from '../../tests/fixtures/import-fixtures';
import { checkGeoJson } from './check-geojson';
import { applyFix, checkCoordinates, PROJECTED_CRS, readCrsName } from './coordinates';

const load = (name: string): { fc: FeatureCollection<Geometry>; crs?: string } => {
  const r = checkGeoJson(JSON.parse(fixtureText(name)));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
};

const points = (coords: number[][]): FeatureCollection<Geometry> => ({
  type: 'FeatureCollection',
  features: coords.map((c) => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Point', coordinates: c },
  })),
});

describe('checkCoordinates', () => {
  it('accepts degrees in the province without a word', () => {
    expect(checkCoordinates(load('valid.geojson').fc)).toEqual({ problems: [], warnings: [], fix: [] });
  });

  it('warns, but accepts, degrees far from Lạng Sơn, saying where they lie', () => {
    const r = checkCoordinates(load('far.geojson').fc);
    expect(r.problems).toEqual([]);
    expect(r.warnings).toEqual([{ code: 'far-from-province', params: { km: 1160, lng: 106.7, lat: 10.78 } }]);
  });

  it('says how many features lie outside the area the map can show, counting any that reach into it', () => {
    // Hà Nội (105.85, 21.03) is near enough not to be "far", yet south of what the map shows.
    expect(checkCoordinates(points([[105.85, 21.03]])).warnings).toEqual([
      { code: 'outside-view', params: { count: 1, total: 1 } },
    ]);
    const fc = points([
      [106.76, 21.85],
      [105.85, 21.03],
    ]);
    // A line from Hà Nội into the province can be seen where it enters.
    fc.features.push({
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'LineString',
        coordinates: [
          [105.85, 21.03],
          [106.2, 21.5],
        ],
      },
    });
    expect(checkCoordinates(fc).warnings).toEqual([{ code: 'outside-view', params: { count: 1, total: 3 } }]);
  });

  it('finds UTM 48N metres, puts the declared system first, and converts them back within 1 m', () => {
    const { fc, crs } = load('utm.geojson');
    const r = checkCoordinates(fc, { declaredCrs: crs ?? '' });
    expect(r.problems).toEqual([
      { code: 'projected-metres', params: { x: 681999.29, y: 2417675.2 } },
      { code: 'crs-not-wgs84', params: { crs: 'EPSG:32648' } },
    ]);
    expect(r.fix.map((f) => f.kind === 'reproject' && [f.crs, f.swapXY, f.distanceKm])).toEqual([
      ['utm48n', false, 0],
      ['vn2000-utm48', false, 0],
    ]);
    const first = r.fix[0];
    if (!first) throw new Error('no fix');
    const fixed = applyFix(fc, first);
    PLACES.forEach((place, i) => {
      expect(metres(pointOf(fixed.features[i]), place)).toBeLessThan(0.01);
    });
    expect(checkCoordinates(fixed)).toEqual({ problems: [], warnings: [], fix: [] });
  });

  it('tells VN-2000 (Lạng Sơn 3° zone) from UTM, with X and Y read either way round', () => {
    const toVn2000 = proj4('WGS84', PROJECTED_CRS['vn2000-lang-son'].proj4);
    const en = PLACES.map((p) => toVn2000.forward([p[0] ?? 0, p[1] ?? 0]));
    const r = checkCoordinates(points(en));
    expect(r.fix[0]).toMatchObject({
      kind: 'reproject',
      crs: 'vn2000-lang-son',
      swapXY: false,
      distanceKm: 0,
    });
    // The UTM readings land ~230 km west: not offered next to one that lands inside.
    expect(r.fix).toHaveLength(1);
    const back = applyFix(points(en), r.fix[0] ?? { kind: 'swap' });
    back.features.forEach((f, i) => {
      expect(metres(pointOf(f), PLACES[i] ?? [])).toBeLessThan(0.01);
    });

    const ne = en.map(([e, n]) => [n ?? 0, e ?? 0]);
    const swapped = checkCoordinates(points(ne));
    expect(swapped.fix[0]).toMatchObject({ kind: 'reproject', crs: 'vn2000-lang-son', swapXY: true });
    const fixed = applyFix(points(ne), swapped.fix[0] ?? { kind: 'swap' });
    expect(metres(pointOf(fixed.features[0]), PLACES[0] ?? [])).toBeLessThan(0.01);
  });

  it('offers VN-2000 / UTM 48N first for undeclared UTM-zone metres (the official datum)', () => {
    const toUtm = proj4('WGS84', PROJECTED_CRS['vn2000-utm48'].proj4);
    const r = checkCoordinates(points(PLACES.map((p) => toUtm.forward([p[0] ?? 0, p[1] ?? 0]))));
    expect(r.fix.map((f) => f.kind === 'reproject' && f.crs)).toEqual(['vn2000-utm48', 'utm48n']);
    const fixed = applyFix(
      points(PLACES.map((p) => toUtm.forward([p[0] ?? 0, p[1] ?? 0]))),
      r.fix[0] ?? { kind: 'swap' },
    );
    expect(metres(pointOf(fixed.features[2]), PLACES[2] ?? [])).toBeLessThan(0.01);
  });

  it('judges a large file from an even sample of its points', () => {
    const toVn2000 = proj4('WGS84', PROJECTED_CRS['vn2000-lang-son'].proj4);
    const line = Array.from({ length: 5001 }, (_, i) =>
      toVn2000.forward([106.3 + i * 0.00016, 21.5 + i * 0.0001]),
    );
    const fc: FeatureCollection<Geometry> = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: line } }],
    };
    const r = checkCoordinates(fc);
    expect(r.fix).toHaveLength(1);
    expect(r.fix[0]).toMatchObject({ crs: 'vn2000-lang-son', bbox: [106.3, 21.5, 107.1, 22] });
  });

  it('says so when no known system places the metres near the province', () => {
    const r = checkCoordinates(points([[5_500_000, 1_200_000]]));
    expect(r.fix).toEqual([]);
    expect(r.problems).toEqual([
      { code: 'projected-metres', params: { x: 5_500_000, y: 1_200_000 } },
      { code: 'projected-unknown' },
    ]);
  });

  it('finds latitude and longitude swapped in every point and offers the swap', () => {
    const fc = points([
      [21.8537, 106.7612],
      [21.9479, 106.7006],
    ]);
    const r = checkCoordinates(fc);
    expect(r).toEqual({ problems: [{ code: 'swapped' }], warnings: [], fix: [{ kind: 'swap' }] });
    const fixed = applyFix(fc, { kind: 'swap' });
    expect(pointOf(fixed.features[1])).toEqual([106.7006, 21.9479]);
  });

  it('names each bad feature (or row) of a mixed file, with no fix', () => {
    const fc = points([
      [106.76, 21.85],
      [21.85, 106.76],
      [449284.1, 2417550],
      [250, 95],
    ]);
    const r = checkCoordinates(fc, { numbers: [1, 2, 3, 5] });
    expect(r.fix).toEqual([]);
    expect(r.problems).toEqual([
      { code: 'bad-features-summary', params: { bad: 3, total: 4 } },
      { code: 'swapped', feature: 2 },
      { code: 'projected-metres', feature: 3, params: { x: 449284.1, y: 2417550 } },
      { code: 'out-of-range', feature: 5, params: { lng: 250, lat: 95 } },
    ]);
    const rows = checkCoordinates(fc, { numbers: [2, 3, 4, 6], numberAs: 'row' });
    expect(rows.problems[1]).toEqual({ code: 'swapped', params: { row: 3 } });
    expect(rows.problems[3]).toEqual({ code: 'out-of-range', params: { row: 6, lng: 250, lat: 95 } });
  });

  it('judges a feature by its worst point', () => {
    const fc: FeatureCollection<Geometry> = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'LineString',
            coordinates: [
              [106.7, 21.8],
              [106.7, 121.8],
            ],
          },
        },
      ],
    };
    expect(checkCoordinates(fc).problems).toEqual([
      { code: 'bad-features-summary', params: { bad: 1, total: 1 } },
      { code: 'out-of-range', feature: 1, params: { lng: 106.7, lat: 121.8 } },
    ]);
  });

  it('warns when a file declares another system but holds degrees', () => {
    const r = checkCoordinates(points([[106.76, 21.85]]), { declaredCrs: 'EPSG:9210' });
    expect(r.warnings).toEqual([{ code: 'crs-ignored', params: { crs: 'EPSG:9210' } }]);
    expect(
      checkCoordinates(points([[106.76, 21.85]]), { declaredCrs: 'urn:ogc:def:crs:OGC:1.3:CRS84' }).warnings,
    ).toEqual([]);
  });
});

describe('readCrsName', () => {
  it('reads the ways files name a system', () => {
    expect(readCrsName('urn:ogc:def:crs:OGC:1.3:CRS84')).toEqual({ kind: 'wgs84' });
    expect(readCrsName('EPSG:4326')).toEqual({ kind: 'wgs84' });
    expect(readCrsName('urn:ogc:def:crs:EPSG::4326')).toEqual({ kind: 'wgs84' });
    expect(readCrsName('urn:ogc:def:crs:EPSG::32648')).toEqual({
      kind: 'known',
      crs: 'utm48n',
      name: 'EPSG:32648',
    });
    expect(readCrsName('EPSG:3405')).toEqual({ kind: 'known', crs: 'vn2000-utm48', name: 'EPSG:3405' });
    expect(readCrsName('urn:ogc:def:crs:EPSG:6.6:3405')).toEqual({
      kind: 'known',
      crs: 'vn2000-utm48',
      name: 'EPSG:3405',
    });
    expect(readCrsName('EPSG:9215')).toEqual({ kind: 'known', crs: 'vn2000-lang-son', name: 'EPSG:9215' });
    expect(readCrsName('http://www.opengis.net/def/crs/EPSG/0/9210')).toEqual({
      kind: 'other',
      name: 'EPSG:9210',
    });
    expect(readCrsName('VN-2000 tự định nghĩa')).toEqual({ kind: 'other', name: 'VN-2000 tự định nghĩa' });
  });
});

describe('applyFix', () => {
  it('returns new objects and leaves the input alone, dropping stale bounding boxes', () => {
    const fc: FeatureCollection<Geometry> = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'a',
          bbox: [21.8, 106.7, 21.9, 106.8],
          properties: { ten: 'x' },
          geometry: {
            type: 'GeometryCollection',
            geometries: [
              {
                type: 'Polygon',
                coordinates: [
                  [
                    [21.8, 106.7, 5],
                    [21.9, 106.7, 5],
                    [21.9, 106.8, 5],
                    [21.8, 106.7, 5],
                  ],
                ],
              },
              { type: 'MultiPoint', coordinates: [[21.85, 106.75]] },
            ],
          },
        },
      ],
    };
    const before = structuredClone(fc);
    const fixed = applyFix(fc, { kind: 'swap' });
    expect(fc).toEqual(before);
    expect(fixed.features[0]).toEqual({
      type: 'Feature',
      id: 'a',
      properties: { ten: 'x' },
      geometry: {
        type: 'GeometryCollection',
        geometries: [
          {
            type: 'Polygon',
            coordinates: [
              [
                [106.7, 21.8, 5],
                [106.7, 21.9, 5],
                [106.8, 21.9, 5],
                [106.7, 21.8, 5],
              ],
            ],
          },
          { type: 'MultiPoint', coordinates: [[106.75, 21.85]] },
        ],
      },
    });
  });
});
