import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../tests/fixtures/import-fixtures';
import { checkGeoJson } from './check-geojson';

const fixture = (name: string): unknown => JSON.parse(fixtureText(name));

describe('checkGeoJson', () => {
  it('accepts a valid collection, leaving out a null geometry with a warning', () => {
    const r = checkGeoJson(fixture('valid.geojson'));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.fc.features.map((f) => f.geometry.type)).toEqual(['Point', 'LineString', 'Polygon', 'Point']);
    expect(r.numbers).toEqual([1, 2, 3, 5]);
    expect(r.warnings).toEqual([{ code: 'null-geometry', feature: 4 }]);
    expect(r.fc.features[0]?.id).toBe('cho-dong-kinh');
    expect(r.fc.features[1]?.id).toBe(7);
    expect(r.fc.features[3]?.properties).toEqual({});
    expect(r.crs).toBeUndefined();
  });

  it('lists every problem of a broken file with its feature number and refuses it whole', () => {
    const r = checkGeoJson(fixture('broken.geojson'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toEqual([
      { code: 'bad-features-summary', params: { bad: 6, total: 9 } },
      { code: 'ring-not-closed', feature: 2 },
      { code: 'coordinates-not-numbers', feature: 3, params: { value: '106.7' } },
      { code: 'line-too-short', feature: 4 },
      { code: 'unknown-geometry-type', feature: 5, params: { type: 'Circle' } },
      { code: 'missing-geometry', feature: 6 },
      { code: 'ring-too-short', feature: 8 },
    ]);
  });

  it('wraps a bare Feature or geometry into a collection', () => {
    const feature = {
      type: 'Feature',
      properties: { a: 1 },
      geometry: { type: 'Point', coordinates: [106.7, 21.8] },
    };
    const f = checkGeoJson(feature);
    expect(f.ok && f.fc.features).toEqual([feature]);
    const g = checkGeoJson({
      type: 'LineString',
      coordinates: [
        [106.7, 21.8],
        [106.8, 21.9],
      ],
    });
    expect(g.ok && g.fc.features[0]).toEqual({
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'LineString',
        coordinates: [
          [106.7, 21.8],
          [106.8, 21.9],
        ],
      },
    });
  });

  it('says what it found when the JSON is not GeoJSON', () => {
    expect(checkGeoJson([1, 2])).toEqual({
      ok: false,
      problems: [{ code: 'not-geojson', params: { found: 'array' } }],
    });
    expect(checkGeoJson({ type: 'Topology', objects: {} })).toEqual({
      ok: false,
      problems: [{ code: 'not-geojson', params: { found: 'Topology' } }],
    });
    expect(checkGeoJson('text')).toEqual({
      ok: false,
      problems: [{ code: 'not-geojson', params: { found: 'string' } }],
    });
    expect(checkGeoJson({ type: 'FeatureCollection', features: {} })).toEqual({
      ok: false,
      problems: [{ code: 'features-not-array' }],
    });
  });

  it('refuses a collection with nothing to draw', () => {
    expect(checkGeoJson({ type: 'FeatureCollection', features: [] })).toEqual({
      ok: false,
      problems: [{ code: 'no-features' }],
    });
    const onlyNull = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: null }],
    };
    expect(checkGeoJson(onlyNull)).toEqual({ ok: false, problems: [{ code: 'no-features' }] });
  });

  it('names problems inside geometry collections and odd members', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'GeometryCollection',
            geometries: [{ type: 'Point', coordinates: [1, 2] }, { type: 'Arc' }],
          },
        },
        { type: 'Feature', properties: 'ten', geometry: { type: 'Point', coordinates: [106.7, 21.8] } },
        { type: 'Feature', properties: {}, geometry: { type: 'Point' } },
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [106.7] } },
        { type: 'Point', coordinates: [106.7, 21.8] },
        { type: 'Feature', properties: {}, geometry: 'POINT (106.7 21.8)' },
        { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: 5 } },
      ],
    };
    const r = checkGeoJson(fc);
    expect(!r.ok && r.problems).toEqual([
      { code: 'bad-features-summary', params: { bad: 7, total: 7 } },
      { code: 'unknown-geometry-type', feature: 1, params: { type: 'Arc' } },
      { code: 'bad-properties', feature: 2 },
      { code: 'missing-coordinates', feature: 3 },
      { code: 'position-too-short', feature: 4 },
      { code: 'not-a-feature', feature: 5 },
      { code: 'geometry-not-object', feature: 6 },
      { code: 'coordinates-not-array', feature: 7 },
    ]);
  });

  it('catches non-finite numbers, which the validator lets through', () => {
    const r = checkGeoJson({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [Number.NaN, 21] },
    });
    expect(!r.ok && r.problems).toEqual([
      { code: 'coordinates-not-numbers', feature: 1, params: { value: 'NaN' } },
    ]);
  });

  it('caps a long list with a final count of what was left out', () => {
    const bad = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'LineString', coordinates: [[106.7, 21.8]] },
    };
    const r = checkGeoJson({ type: 'FeatureCollection', features: Array.from({ length: 60 }, () => bad) });
    if (r.ok) throw new Error('accepted');
    expect(r.problems).toHaveLength(52);
    expect(r.problems[0]).toEqual({ code: 'bad-features-summary', params: { bad: 60, total: 60 } });
    expect(r.problems[50]).toEqual({ code: 'line-too-short', feature: 50 });
    expect(r.problems[51]).toEqual({ code: 'more-problems', params: { count: 10 } });
  });

  it('reads the legacy crs member', () => {
    const r = checkGeoJson(fixture('utm.geojson'));
    expect(r.ok && r.crs).toBe('urn:ogc:def:crs:EPSG::32648');
    const legacy = checkGeoJson({
      type: 'FeatureCollection',
      crs: { type: 'EPSG', properties: { code: 3405 } },
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [1, 2] } }],
    });
    expect(legacy.ok && legacy.crs).toBe('EPSG:3405');
  });

  it('does not change its input', () => {
    const input = fixture('valid.geojson');
    const copy = structuredClone(input);
    checkGeoJson(input);
    expect(input).toEqual(copy);
  });
});
