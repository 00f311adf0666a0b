import { describe, expect, it } from 'vitest';
import { pickHits } from './pick-hits';
import type { PlanFeature } from './plan-check';
import type { IndexedFeature } from './plan-index';

const f = (id: string, type: 'Point' | 'Polygon' | 'LineString'): IndexedFeature => ({
  layerId: 'x',
  feature: {
    type: 'Feature',
    id,
    properties: {},
    geometry: { type, coordinates: [] },
  } as unknown as PlanFeature,
});
const index = new Map(
  [f('gate', 'Point'), f('park', 'Point'), f('geopark', 'Polygon'), f('axis', 'LineString')].map((x) => [
    x.feature.id,
    x,
  ]),
);

describe('pickHits', () => {
  it('prefers sites and lines over the areas they lie in, keeping order', () => {
    expect(pickHits(['geopark', 'park'], index).map((x) => x.feature.id)).toEqual(['park']);
    expect(pickHits(['gate', 'geopark', 'axis'], index).map((x) => x.feature.id)).toEqual(['gate', 'axis']);
  });

  it('keeps areas when only areas are hit, and drops unknown ids', () => {
    expect(pickHits(['geopark', 'ghost'], index).map((x) => x.feature.id)).toEqual(['geopark']);
    expect(pickHits([], index)).toEqual([]);
  });
});
