import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { composeFilter } from './plan-filter';

const valid = (filter: unknown) =>
  validateStyleMin({
    version: 8,
    sources: { s: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
    layers: [{ id: 'l', type: 'circle', source: 's', ...(filter ? { filter } : {}) }],
  } as never);

describe('composeFilter', () => {
  it('keeps a layer as declared when nothing narrows it', () => {
    expect(composeFilter(undefined, null, null)).toBeNull();
    expect(composeFilter(['has', 'name'], null, null)).toEqual(['has', 'name']);
  });

  it('adds the investor filter and the phase, as valid MapLibre expressions', () => {
    const f = composeFilter(['==', ['get', 'provisional'], true], new Set(['a', 'b']), ['existing', '2030']);
    expect(f).toEqual([
      'all',
      ['==', ['get', 'provisional'], true],
      ['in', ['get', 'id'], ['literal', ['a', 'b']]],
      ['in', ['get', 'phase'], ['literal', ['existing', '2030']]],
    ]);
    expect(valid(f)).toEqual([]);
    expect(valid(composeFilter(undefined, null, ['existing']))).toEqual([]);
  });
});
