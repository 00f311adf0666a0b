import { describe, expect, it } from 'vitest';
import { fold, mergeLookAlikes, prepareSearch, search, withoutRank } from './search';

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

describe('how people name places', () => {
  const places = prepareSearch([
    { id: 'urban-huu-lung', names: ['Hữu Lũng'] },
    { id: 'commune-dong-kinh', names: ['Đông Kinh'] },
    { id: 'town-cao-loc', names: ['Thị Trấn Cao Lộc'] },
    { id: 'lang-son', names: ['Lạng Sơn'] },
    { id: 'quan-son', names: ['Quan Sơn'] },
    { id: 'xuan-duong', names: ['Xuân Dương'] },
  ]);
  const found = (q: string) => search(places, q).map((e) => e.id);

  it('finds a place named with its rank, in either language', () => {
    expect(found('xã Hữu Lũng')).toEqual(['urban-huu-lung']);
    expect(found('phường Đông Kinh')).toEqual(['commune-dong-kinh']);
    expect(found('huyện Cao Lộc')).toEqual(['town-cao-loc']);
    expect(found('thành phố Lạng Sơn')).toEqual(['lang-son']);
    expect(found('TP Lang Son')).toEqual(['lang-son']);
    expect(found('Cao Loc district')).toEqual(['town-cao-loc']);
  });

  it('finds a name that carries its rank by the place’s own name', () => {
    expect(found('cao loc')).toEqual(['town-cao-loc']);
    expect(found('thi tran cao loc')).toEqual(['town-cao-loc']);
  });

  it('leaves names alone that only begin like a rank', () => {
    expect(found('quan son')).toEqual(['quan-son']);
    expect(found('xuan')).toEqual(['xuan-duong']);
    // A rank alone is not a place.
    expect(found('xã')).toEqual([]);
  });

  it('strips only a whole leading rank word', () => {
    expect(withoutRank('xa huu lung')).toBe('huu lung');
    expect(withoutRank('thanh pho lang son')).toBe('lang son');
    expect(withoutRank('xuan duong')).toBe('xuan duong');
    expect(withoutRank('xa')).toBe('xa');
  });
});

describe('mergeLookAlikes', () => {
  const town = (id: string, name: string, at: [number, number], sort = 'town') => ({
    id,
    names: [name],
    lookAlike: { sort, at },
  });

  it('keeps the first of two entries of one sort that name one place (same name, under 3 km)', () => {
    const merged = mergeLookAlikes([
      town('urban-huu-lung', 'Hữu Lũng', [106.34459, 21.5056]),
      { id: 'commune-huu-lung', names: ['Hữu Lũng'] },
      town('place-huu-lung', 'Hữu Lũng', [106.346, 21.503]),
      town('place-cao-loc', 'Thị trấn Cao Lộc', [106.907, 21.885]),
      town('urban-cao-loc', 'Cao Lộc', [106.91, 21.88]),
    ]);
    expect(merged.map((e) => e.id)).toEqual(['urban-huu-lung', 'commune-huu-lung', 'place-cao-loc']);
  });

  it('keeps namesakes that are far apart or of another sort', () => {
    const merged = mergeLookAlikes([
      town('a', 'Tân Thành', [106.678, 22.004]),
      town('b', 'Tân Thành', [106.4, 21.6]),
      town('c', 'Tân Thành', [106.678, 22.004], 'commune'),
    ]);
    expect(merged.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });
});
