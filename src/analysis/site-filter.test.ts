import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSite } from '../../tests/fixtures/sites';
import { ACCURACIES, STATUSES } from '../data/plan-schema';
import { PHASES } from '../types/core';
import {
  applyFilter,
  EMPTY_FILTER,
  FILTER_LINK_KEYS,
  facetCounts,
  filterFromLink,
  filterToLink,
  isFiltering,
  type SiteFilter,
} from './site-filter';
import { SITE_KINDS } from './site-kinds';

const sites = [
  makeSite('vsip', {
    kind: 'kcn',
    status: 'under_construction',
    areaHa: 600,
    capitalBnVnd: 6361,
    communes: ['Hữu Lũng', 'Tuấn Sơn'],
  }),
  makeSite('dong-banh', { kind: 'kcn', status: 'operating', phase: 'existing', areaHa: 162 }),
  makeSite('ho-son', {
    kind: 'ccn',
    status: 'under_construction',
    areaHa: 73.76,
    capitalBnVnd: 814,
    communes: ['Cai Kinh', 'Hữu Lũng'],
  }),
  makeSite('bac-son-2', { kind: 'ccn', status: 'unknown', accuracy: 'schematic' }),
  makeSite('viettel', {
    kind: 'logistics',
    status: 'operating',
    phase: 'existing',
    areaHa: 143.7,
    capitalMUsd: 130,
  }),
];
const ids = (f: Partial<SiteFilter>) => applyFilter(sites, { ...EMPTY_FILTER, ...f }).map((s) => s.id);

describe('site filters', () => {
  it('let everything through when empty', () => {
    expect(ids({})).toEqual(['vsip', 'dong-banh', 'ho-son', 'bac-son-2', 'viettel']);
    expect(isFiltering(EMPTY_FILTER)).toBe(false);
  });

  it('narrow by kind, status, phase, accuracy and commune, each list meaning "any of"', () => {
    expect(ids({ kinds: ['ccn', 'logistics'] })).toEqual(['ho-son', 'bac-son-2', 'viettel']);
    expect(ids({ statuses: ['operating'] })).toEqual(['dong-banh', 'viettel']);
    expect(ids({ phases: ['existing'], kinds: ['kcn'] })).toEqual(['dong-banh']);
    expect(ids({ accuracies: ['schematic'] })).toEqual(['bac-son-2']);
    expect(ids({ communes: ['huu-lung'] })).toEqual(['vsip', 'ho-son']);
  });

  it('narrow by area and investment ranges, leaving out unknown values unless asked', () => {
    expect(ids({ area: { min: 100 } })).toEqual(['vsip', 'dong-banh', 'viettel']);
    expect(ids({ area: { min: 100, max: 200 } })).toEqual(['dong-banh', 'viettel']);
    expect(ids({ area: { max: 100 }, includeUnknown: true })).toEqual(['ho-son', 'bac-son-2']);
    expect(ids({ capital: { currency: 'vnd', min: 1000 } })).toEqual(['vsip']);
    // USD figures are never compared with a VND range, nor the other way round.
    expect(ids({ capital: { currency: 'usd', max: 200 } })).toEqual(['viettel']);
  });

  it('count what each choice would show, given the other choices', () => {
    const counts = facetCounts(sites, { ...EMPTY_FILTER, kinds: ['kcn'], statuses: ['operating'] });
    // Kinds are counted among the operating sites, statuses among the parks.
    expect(counts.kinds).toEqual({ kcn: 1, logistics: 1 });
    expect(counts.statuses).toEqual({ under_construction: 1, operating: 1 });
    expect(counts.phases).toEqual({ existing: 1 });
  });

  it('write only what is set into the link', () => {
    expect(filterToLink(EMPTY_FILTER)).toEqual({});
    expect(
      filterToLink({
        ...EMPTY_FILTER,
        kinds: ['kcn'],
        area: { min: 50 },
        capital: { currency: 'usd', max: 300 },
      }),
    ).toEqual({ kind: ['kcn'], area: ['50-'], cap: ['usd', '-300'] });
  });

  it('come back the same from the link', () => {
    const filter = fc.record({
      kinds: fc.subarray([...SITE_KINDS]),
      statuses: fc.subarray([...STATUSES]),
      phases: fc.subarray([...PHASES]),
      accuracies: fc.subarray([...ACCURACIES]),
      communes: fc.subarray(['huu-lung', 'cai-kinh', 'dong-dang']),
      area: fc.record({ min: fc.nat(5000), max: fc.nat(5000) }, { requiredKeys: [] }),
      capital: fc.record(
        { currency: fc.constantFrom('vnd' as const, 'usd' as const), min: fc.nat(99999), max: fc.nat(99999) },
        { requiredKeys: ['currency'] },
      ),
      includeUnknown: fc.boolean(),
    });
    fc.assert(
      fc.property(filter, (f) => {
        const back = filterFromLink(filterToLink(f));
        const ranged =
          f.area.min !== undefined ||
          f.area.max !== undefined ||
          f.capital.min !== undefined ||
          f.capital.max !== undefined;
        const currency =
          f.capital.min !== undefined || f.capital.max !== undefined ? f.capital.currency : 'vnd';
        expect(back).toEqual({
          ...f,
          capital: { ...f.capital, currency },
          includeUnknown: f.includeUnknown && ranged,
        });
        for (const [key, values] of Object.entries(filterToLink(f))) {
          expect(FILTER_LINK_KEYS).toContain(key);
          for (const v of values) expect(v).toMatch(/^[A-Za-z0-9_.-]{1,64}$/);
        }
      }),
    );
  });

  it('ignore whatever a link holds that is not a filter', () => {
    expect(
      filterFromLink({ kind: ['kcn', 'castle'], status: ['<b>'], area: ['abc'], cap: ['eur', '1-2'] }),
    ).toEqual({
      ...EMPTY_FILTER,
      kinds: ['kcn'],
      capital: { currency: 'vnd', min: 1, max: 2 },
    });
  });
});
