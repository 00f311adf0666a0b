import { describe, expect, it } from 'vitest';
import { checkCollection } from './validate';

const point = (id: unknown, coordinates: number[]) => ({
  type: 'Feature',
  id,
  properties: {},
  geometry: { type: 'Point', coordinates },
});
const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('checkCollection', () => {
  it('accepts a good collection', () => {
    const r = checkCollection(fc(point('a', [106.76, 21.85]), point('b', [107.1, 22.0])));
    expect(r.ok).toBe(true);
  });

  it('names a swapped latitude/longitude by feature number', () => {
    const r = checkCollection(fc(point('a', [106.76, 21.85]), point('b', [21.85, 106.76])));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toEqual([
      'feature 2: position [21.85, 106.76] lies outside the Lạng Sơn area (swapped lat/lng?)',
    ]);
  });

  it('requires a unique string id on every feature', () => {
    const r = checkCollection(
      fc(point(7, [106.7, 21.8]), point('x', [106.7, 21.8]), point('x', [106.7, 21.8])),
    );
    expect(!r.ok && r.problems).toEqual(['feature 1: no string id', 'feature 3: id "x" is used twice']);
  });

  it('reports structural errors from geojson-validation', () => {
    const r = checkCollection({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: 3 }] });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.length).toBeGreaterThan(0);
    expect(checkCollection('nonsense').ok).toBe(false);
    expect(checkCollection({ type: 'Point', coordinates: [106, 21] }).ok).toBe(false);
  });
});
