import { describe, expect, it } from 'vitest';
import { typeAheadIndex, typeAheadQuery } from './type-ahead';

const names = [
  'Cửa khẩu quốc tế Hữu Nghị',
  'KCN Đồng Đăng',
  'KCN Hữu Lũng (VSIP Lạng Sơn)',
  'KCN Hữu Lũng mở rộng',
  'Điện gió Hữu Lũng',
  'Khu du lịch Mẫu Sơn',
];

describe('typeAheadIndex', () => {
  it('matches without tones, marks or case, at the start of a name first', () => {
    expect(typeAheadIndex(names, -1, 'dien gio')).toBe(4);
    expect(typeAheadIndex(names, -1, 'ĐIỆN')).toBe(4);
    expect(typeAheadIndex(names, 0, 'kcn huu')).toBe(2);
  });

  it('falls back to a word inside the name: vsip and huu lung', () => {
    expect(typeAheadIndex(names, 0, 'vsip')).toBe(2);
    expect(typeAheadIndex(names, 0, 'huu lung')).toBe(2);
    expect(typeAheadIndex(names, 2, 'huu lung', false)).toBe(3);
    expect(typeAheadIndex(names, 0, 'mau son')).toBe(5);
  });

  it('moves on from the current row for a single letter, and wraps round', () => {
    expect(typeAheadIndex(names, -1, 'k')).toBe(1);
    expect(typeAheadIndex(names, 1, 'k')).toBe(2);
    expect(typeAheadIndex(names, 5, 'k')).toBe(1);
    expect(typeAheadIndex(names, 4, 'c')).toBe(0);
  });

  it('stays on the current row while a longer prefix still matches it', () => {
    expect(typeAheadIndex(names, 2, 'kc')).toBe(2);
    expect(typeAheadIndex(names, 2, 'kcn h')).toBe(2);
  });

  it('answers -1 when nothing matches, or nothing is typed', () => {
    expect(typeAheadIndex(names, 0, 'xyz')).toBe(-1);
    expect(typeAheadIndex(names, 0, ' ')).toBe(-1);
    expect(typeAheadIndex([], 0, 'k')).toBe(-1);
  });
});

describe('typeAheadQuery', () => {
  it('grows a prefix, but cycles on a letter typed again', () => {
    expect(typeAheadQuery('', 'v')).toEqual({ query: 'v', extend: false });
    expect(typeAheadQuery('v', 's')).toEqual({ query: 'vs', extend: true });
    expect(typeAheadQuery('k', 'k')).toEqual({ query: 'k', extend: false });
    expect(typeAheadQuery('kk', 'k')).toEqual({ query: 'k', extend: false });
  });
});
