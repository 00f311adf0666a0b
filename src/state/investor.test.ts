import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '../analysis/ranking';
import { EMPTY_FILTER } from '../analysis/site-filter';
import { INITIAL_INVESTOR, investorFromView, investorToView } from './investor';
import { DEFAULT_STATE, parse, serialize } from './url';

const ctx = { layerIds: new Set<string>(), filterKeys: new Set(['kind', 'status', 'area', 'cap', 'unk']) };

describe('investor tools in the share link', () => {
  it('are absent from the link when untouched', () => {
    expect(serialize({ ...DEFAULT_STATE, ...investorToView(INITIAL_INVESTOR) })).toBe('#v=1');
    expect(investorFromView(DEFAULT_STATE)).toEqual(INITIAL_INVESTOR);
  });

  it('come back from a link exactly as they were', () => {
    const s = {
      open: true,
      filter: {
        ...EMPTY_FILTER,
        kinds: ['kcn' as const],
        area: { min: 50 },
        capital: { currency: 'usd' as const, max: 300 },
        includeUnknown: true,
      },
      weights: { ...DEFAULT_WEIGHTS, huu_nghi: 4 },
      sort: '-area',
      compare: ['kcn-a', 'ccn-b'],
    };
    const hash = serialize({ ...DEFAULT_STATE, ...investorToView(s) });
    expect(hash).toBe(
      '#sites=1&f=kind:kcn;area:50-;cap:usd+-300;unk:1&rank=gate-3,huu_nghi-4,expressway-3,road-1,railway-1,city-1,area-2,status-2&sort=-area&cmp=kcn-a,ccn-b&v=1',
    );
    expect(investorFromView(parse(hash, ctx).state)).toEqual(s);
  });
});
