import { describe, expect, it } from 'vitest';
import { fold, prepareSearch, search } from './search';

const entries = prepareSearch([
  { id: 'kcn', names: ['KCN Hữu Lũng (VSIP Lạng Sơn)', 'Hữu Lũng Industrial Park (VSIP Lạng Sơn)'] },
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

  it('returns nothing for an empty or unmatched query', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('xyz')).toEqual([]);
  });
});
