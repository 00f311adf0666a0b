import { describe, expect, it } from 'vitest';
import { makeSite } from '../../tests/fixtures/sites';
import { rankSites, weightsFromLink } from './ranking';
import { sortFromToken, sortRows, sortToken } from './site-sort';

const rows = rankSites(
  [
    makeSite('Đồng Bành', { areaHa: 162, capitalMUsd: 50, km: { gate: 40 } }),
    makeSite('An Bình', { areaHa: 600, capitalBnVnd: 6361, km: { gate: 63 } }),
    makeSite('Bắc Sơn', { km: {} }),
    makeSite('Hồ Sơn', { areaHa: 73.76, capitalBnVnd: 814, km: { gate: 60 } }),
  ],
  weightsFromLink([]),
);
const order = (token: string) => {
  const s = sortFromToken(token);
  if (!s) throw new Error(token);
  return sortRows(rows, s, 'vi').map((r) => r.site.id);
};

describe('sortRows', () => {
  it('sorts numbers both ways, unknown values always last', () => {
    expect(order('area')).toEqual(['Hồ Sơn', 'Đồng Bành', 'An Bình', 'Bắc Sơn']);
    expect(order('-area')).toEqual(['An Bình', 'Đồng Bành', 'Hồ Sơn', 'Bắc Sơn']);
    expect(order('gate')).toEqual(['Đồng Bành', 'Hồ Sơn', 'An Bình', 'Bắc Sơn']);
  });

  it('sorts names in Vietnamese alphabetical order (Đ after D)', () => {
    expect(order('name')).toEqual(['An Bình', 'Bắc Sơn', 'Đồng Bành', 'Hồ Sơn']);
  });

  it('sorts investment in the chosen currency first, then the others, never mixing the currencies', () => {
    expect(order('capital')).toEqual(['Hồ Sơn', 'An Bình', 'Đồng Bành', 'Bắc Sơn']);
    expect(order('-capital')).toEqual(['An Bình', 'Hồ Sơn', 'Đồng Bành', 'Bắc Sơn']);
    const s = sortFromToken('capital');
    if (!s) throw new Error('capital');
    expect(sortRows(rows, s, 'vi', 'usd').map((r) => r.site.id)).toEqual([
      'Đồng Bành',
      'Hồ Sơn',
      'An Bình',
      'Bắc Sơn',
    ]);
  });

  it('sorts "kind, status" by kind, then the readiest first within a kind', () => {
    const mixed = rankSites(
      [
        makeSite('CCN chưa rõ', { kind: 'ccn', status: 'unknown', km: {} }),
        makeSite('KCN dự kiến', { kind: 'kcn', status: 'planned', km: {} }),
        makeSite('CCN hoạt động', { kind: 'ccn', status: 'operating', km: {} }),
        makeSite('KCN đang xây', { kind: 'kcn', status: 'under_construction', km: {} }),
      ],
      weightsFromLink([]),
    );
    expect(sortRows(mixed, { column: 'kind', descending: false }, 'vi').map((r) => r.site.id)).toEqual([
      'KCN đang xây',
      'KCN dự kiến',
      'CCN hoạt động',
      'CCN chưa rõ',
    ]);
  });

  it('reads and writes sort tokens, refusing unknown columns', () => {
    expect(sortFromToken('-area')).toEqual({ column: 'area', descending: true });
    expect(sortFromToken('colour')).toBeNull();
    expect(sortFromToken(null)).toBeNull();
    expect(sortToken({ column: 'gate', descending: false })).toBe('gate');
  });
});
