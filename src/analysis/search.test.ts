import { describe, expect, it } from 'vitest';
import { fold, prepareSearch, search } from './search';

const entries = prepareSearch([
  {
    id: 'kcn',
    names: ['KCN Hữu Lũng (VSIP Lạng Sơn)', 'Hữu Lũng Industrial Park (VSIP Lạng Sơn)'],
    kinds: ['Khu công nghiệp', 'Industrial park'],
  },
  { id: 'ccn', names: ['CCN Na Dương 2', 'Na Dương 2 Industrial Cluster'], kinds: ['Cụm công nghiệp'] },
  { id: 'dd', names: ['Đồng Đăng'] },
  { id: 'gate', names: ['Cửa khẩu quốc tế Hữu Nghị', 'Hữu Nghị international border gate'] },
  { id: 'dong-mo', names: ['Đồng Mỏ'] },
  { id: 'hl', names: ['Hữu Lũng'] },
]);
const ids = (q: string) => search(entries, q).map((e) => e.id);

describe('search', () => {
  it('folds tones, marks and đ', () => {
    expect(fold('Đồng Đăng')).toBe('dong dang');
    expect(fold('  Cửa khẩu — Hữu Nghị ')).toBe('cua khau huu nghi');
  });

  it('finds names with diacritics from a query without them', () => {
    expect(ids('dong dang')).toEqual(['dd']);
    expect(ids('Đồng Đăng')).toEqual(['dd']);
    expect(ids('huu nghi')).toEqual(['gate']);
  });

  it('ranks the whole name, then prefixes, then word starts, then substrings', () => {
    expect(ids('huu lung')).toEqual(['hl', 'kcn']);
    expect(ids('dong')).toEqual(['dd', 'dong-mo']);
    expect(ids('vsip')).toEqual(['kcn']);
    expect(ids('border gate')).toEqual(['gate']);
  });

  it('finds features by their kind, alone or with words of their name, after name matches', () => {
    expect(ids('khu cong nghiep')).toEqual(['kcn']);
    expect(ids('Khu công nghiệp Hữu Lũng')).toEqual(['kcn']);
    expect(ids('cum cong nghiep na duong')).toEqual(['ccn']);
    expect(ids('cong nghiep')).toEqual(['kcn', 'ccn']);
    // Hữu Lũng the place still comes first; the park matches by name, before any kind-only match.
    expect(ids('huu lung')).toEqual(['hl', 'kcn']);
    // A kind word alone is not enough when the rest of the query matches nothing.
    expect(ids('khu cong nghiep dong dang')).toEqual([]);
    expect(ids('ong ngh')).toEqual([]);
  });

  it('returns nothing for an empty or unmatched query', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('xyz')).toEqual([]);
  });
});
