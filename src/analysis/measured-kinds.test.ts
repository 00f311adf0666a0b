import { describe, expect, it } from 'vitest';
import { makeSite } from '../../tests/fixtures/sites';
import {
  defaultWeights,
  measuredKinds,
  measuredWeights,
  rankableCriteria,
  shownSort,
  unmeasuredKinds,
} from './measured-kinds';
import { CRITERIA, DEFAULT_WEIGHTS, rankSites, type Weights, weightsFromLink } from './ranking';
import { sortFromToken } from './site-sort';
import { TARGET_KINDS, type Target, type TargetKind } from './targets';

const target = (id: string): Target => ({
  id,
  name: { vi: id, en: id },
  accuracy: 'derived',
  provisional: false,
  geometry: { type: 'Point', coordinates: [106.7, 21.8] },
});
const targetsWith = (kinds: readonly TargetKind[]) =>
  Object.fromEntries(TARGET_KINDS.map((k) => [k, kinds.includes(k) ? [target(k)] : []])) as Record<
    TargetKind,
    Target[]
  >;
const NO_ROAD = TARGET_KINDS.filter((k) => k !== 'road');

describe('measuredKinds', () => {
  it('lists the kinds with at least one target, in the tools’ order', () => {
    expect(measuredKinds(targetsWith(['city', 'gate']))).toEqual(['gate', 'city']);
    expect(measuredKinds(targetsWith(NO_ROAD))).toEqual(NO_ROAD);
    expect(measuredKinds(targetsWith(TARGET_KINDS))).toEqual([...TARGET_KINDS]);
  });

  it('lists none while the targets are not known', () => {
    expect(measuredKinds(null)).toEqual([]);
    expect(measuredKinds(targetsWith([]))).toEqual([]);
  });
});

describe('unmeasuredKinds', () => {
  it('lists the kinds left out, in the tools’ order', () => {
    expect(unmeasuredKinds(NO_ROAD)).toEqual(['road']);
    expect(unmeasuredKinds(TARGET_KINDS)).toEqual([]);
    expect(unmeasuredKinds(['city', 'gate'])).toEqual(['huu_nghi', 'expressway', 'road', 'railway']);
  });
});

describe('rankableCriteria', () => {
  it('offers the measured distances, then area and status', () => {
    expect(rankableCriteria(NO_ROAD)).toEqual([
      'gate',
      'huu_nghi',
      'expressway',
      'railway',
      'city',
      'area',
      'status',
    ]);
    expect(rankableCriteria([])).toEqual(['area', 'status']);
    expect(rankableCriteria(TARGET_KINDS)).toEqual([...CRITERIA]);
  });
});

describe('measuredWeights', () => {
  it('sets the weight of a distance not measured to 0 and keeps the others', () => {
    const w = weightsFromLink(['road-2', 'gate-1', 'area-3']);
    expect(measuredWeights(w, NO_ROAD)).toEqual({ ...w, road: 0 });
    expect(w.road).toBe(2);
  });

  it('gives back the same object when nothing is left out', () => {
    const w = weightsFromLink(['gate-1', 'area-3']);
    expect(measuredWeights(w, NO_ROAD)).toBe(w);
    expect(measuredWeights(DEFAULT_WEIGHTS, TARGET_KINDS)).toBe(DEFAULT_WEIGHTS);
  });

  it('keeps an unmeasured road out of the score: a link’s road weight neither counts nor dilutes', () => {
    const a = makeSite('a', { km: { gate: 5 } });
    const b = makeSite('b', { km: { gate: 15 } });
    const byGate = rankSites([a, b], weightsFromLink(['gate-1']));
    const fromLink = rankSites([a, b], measuredWeights(weightsFromLink(['road-2', 'gate-1']), NO_ROAD));
    expect(fromLink).toEqual(byGate);
    expect(fromLink.map((r) => r.score)).toEqual([1, 0]);
    expect(fromLink[0]?.parts.road).toBeUndefined();
  });
});

describe('defaultWeights', () => {
  it('are the usual defaults without the distances not measured', () => {
    const w: Weights = defaultWeights(NO_ROAD);
    expect(w.road).toBe(0);
    expect({ ...w, road: DEFAULT_WEIGHTS.road }).toEqual(DEFAULT_WEIGHTS);
    // A road layer back: its weight is back too, with no change to the code.
    expect(defaultWeights(TARGET_KINDS)).toEqual(DEFAULT_WEIGHTS);
    expect(DEFAULT_WEIGHTS.road).toBeGreaterThan(0);
  });
});

describe('shownSort', () => {
  it('drops a sort by a distance not measured (an old link’s sort=road)', () => {
    expect(shownSort(sortFromToken('road'), NO_ROAD)).toBeNull();
    expect(shownSort(sortFromToken('-road'), NO_ROAD)).toBeNull();
  });

  it('keeps every other sort', () => {
    expect(shownSort(sortFromToken('-gate'), NO_ROAD)).toEqual({ column: 'gate', descending: true });
    expect(shownSort(sortFromToken('area'), [])).toEqual({ column: 'area', descending: false });
    expect(shownSort(sortFromToken('road'), TARGET_KINDS)).toEqual({ column: 'road', descending: false });
    expect(shownSort(null, NO_ROAD)).toBeNull();
  });
});
