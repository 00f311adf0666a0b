import { describe, expect, it } from 'vitest';
import { makeSite } from '../../tests/fixtures/sites';
import {
  CRITERIA,
  DEFAULT_WEIGHTS,
  rankSites,
  type Weights,
  weightsFromLink,
  weightsToLink,
} from './ranking';

const only = (w: Partial<Weights>): Weights => ({ ...weightsFromLink([]), ...w });

describe('ranking', () => {
  const a = makeSite('a', { areaHa: 100, status: 'operating', km: { gate: 5, expressway: 30 } });
  const b = makeSite('b', { areaHa: 600, status: 'planned', km: { gate: 15, expressway: 10 } });
  const c = makeSite('c', { status: 'unknown', km: { gate: 10 } });

  it('puts the nearest first when only a distance counts', () => {
    const r = rankSites([a, b, c], only({ gate: 1 }));
    expect(r.map((x) => [x.site.id, x.score, x.rank])).toEqual([
      ['a', 1, 1],
      ['c', 0.5, 2],
      ['b', 0, 3],
    ]);
  });

  it('reorders when a weight changes', () => {
    expect(rankSites([a, b, c], only({ gate: 1, area: 0 })).map((x) => x.site.id)).toEqual(['a', 'c', 'b']);
    expect(rankSites([a, b, c], only({ gate: 1, area: 3 })).map((x) => x.site.id)).toEqual(['b', 'a', 'c']);
  });

  it('computes the weighted mean of the parts, unknown values scoring 0', () => {
    const r = rankSites([a, b, c], only({ gate: 1, expressway: 1, status: 2 }));
    const byId = Object.fromEntries(r.map((x) => [x.site.id, x]));
    // a: gate 1, expressway 0 (the farthest), status 1 → (1 + 0 + 2·1) / 4
    expect(byId.a?.score).toBeCloseTo(0.75, 10);
    // b: gate 0, expressway 1, status 0.25 → (0 + 1 + 0.5) / 4
    expect(byId.b?.score).toBeCloseTo(0.375, 10);
    // c: gate 0.5, expressway unknown → 0, status 0 → 0.5 / 4
    expect(byId.c?.score).toBeCloseTo(0.125, 10);
    expect(byId.c?.parts.expressway).toEqual({ value: null, part: 0 });
  });

  it('gives shared ranks to equal scores and 1 to all when every value is the same', () => {
    const r = rankSites(
      [makeSite('x', { km: { city: 3 } }), makeSite('y', { km: { city: 3 } })],
      only({ city: 1 }),
    );
    expect(r.map((x) => [x.rank, x.score])).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  it('scores 0 for all when every weight is 0', () => {
    expect(rankSites([a, b], only({})).map((x) => x.score)).toEqual([0, 0]);
  });

  it('keeps weights in the link', () => {
    expect(weightsFromLink(weightsToLink(DEFAULT_WEIGHTS))).toEqual(DEFAULT_WEIGHTS);
    expect(weightsToLink(only({ area: 2 }))).toEqual(['area-2']);
    expect(weightsFromLink(['area-9', 'nonsense-2', 'gate-x', 'city-4'])).toEqual(only({ area: 5, city: 4 }));
    expect(Object.keys(weightsFromLink([]))).toEqual([...CRITERIA]);
  });
});
