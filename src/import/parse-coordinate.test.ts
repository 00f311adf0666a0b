import { describe, expect, it } from 'vitest';
import { parseCoordinate } from './parse-coordinate';
import { gridById, LANG_SON_GRID, toGrid } from './vn2000';

const CITY: [number, number] = [106.76, 21.85];
const near = (got: [number, number] | undefined, want: [number, number], metres = 0.01) => {
  expect(got).toBeDefined();
  const [lng = 0, lat = 0] = got ?? [];
  expect(Math.abs(lng - want[0]) * 103_000).toBeLessThan(metres);
  expect(Math.abs(lat - want[1]) * 110_700).toBeLessThan(metres);
};

describe('parseCoordinate: degrees', () => {
  it.each([
    '21.85, 106.76',
    '21.85 106.76',
    '21,85; 106,76',
    '106.76, 21.85',
    '21.85N 106.76E',
    'N21.85 E106.76',
    '21.85° N, 106.76° E',
  ])('reads %s', (text) => {
    const r = parseCoordinate(text);
    expect(r?.read).toEqual({ kind: 'degrees' });
    near(r?.lngLat, CITY);
  });

  it.each([
    ['21°51′N 106°45′36″E', [106.76, 21.85]],
    ["21°51'N 106°45'36\"E", [106.76, 21.85]],
    ['21° 51’ 00” N, 106° 45’ 36” E', [106.76, 21.85]],
    ['21 51 0 N 106 45 36 E', [106.76, 21.85]],
    ['N 21°51′ E 106°45′36″', [106.76, 21.85]],
    ['21°51′00,5″ 106°45′36″', [106.76, 21.85 + 0.5 / 3600]],
    ['106°45′36″E 21°51′N', [106.76, 21.85]],
  ] as const)('reads DMS %s', (text, want) => {
    near(parseCoordinate(text)?.lngLat, [want[0], want[1]]);
  });

  it('is null for text, one number, minutes past 59, or a place nobody can be', () => {
    for (const t of [
      'Đồng Đăng',
      'Hữu Lũng',
      'CCN 2 3',
      '21.85',
      '21.85, 106.76, 3',
      '21°75′N 106°45′E',
      '95, 200',
      '',
    ])
      expect(parseCoordinate(t), t).toBeNull();
  });
});

describe('parseCoordinate: VN-2000 and UTM metres', () => {
  const ls = toGrid(LANG_SON_GRID, CITY);
  const x = ls.northing.toFixed(2);
  const y = ls.easting.toFixed(2);
  const comma = (n: string) => n.replace('.', ',');
  const spaced = (n: string) => {
    const [w = '', f = ''] = n.split('.');
    return `${w.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${f}`;
  };

  it.each([
    `X = ${x}, Y = ${y}`,
    `X: ${comma(x)} Y: ${comma(y)}`,
    `${x} ${y}`,
    `${spaced(x)}; ${spaced(y)}`,
    `${y} ${x}`,
    `VN-2000 107°15′ X ${x} Y ${y}`,
  ])('reads %s in TM-3 107°15′ (Lạng Sơn’s) by default, X the northing', (text) => {
    const r = parseCoordinate(text);
    expect(r?.read.kind === 'grid' && r.read.grid.id).toBe('tm3-107.25');
    near(r?.lngLat, CITY);
  });

  it.each([
    ['TM-3 107°00′', 'tm3-107'],
    ['KTT 106-30', 'tm3-106.5'],
    ['VN-2000 105°30′', 'tm3-105.5'],
    ["kinh tuyến trục 106°15'", 'tm3-106.25'],
    ['TM3 107.5', 'tm3-107.5'],
  ])('reads the meridian %s', (hint, id) => {
    const grid = gridById(id);
    if (!grid) throw new Error(id);
    const g = toGrid(grid, CITY);
    const r = parseCoordinate(`${hint} X ${g.northing.toFixed(2)} Y ${g.easting.toFixed(2)}`);
    expect(r?.read.kind === 'grid' && r.read.grid.id).toBe(id);
    near(r?.lngLat, CITY);
  });

  it.each([
    ['UTM 48N', 'utm48'],
    ['48Q', 'utm48'],
    ['VN-2000 UTM 48N', 'vn-utm48'],
    ['UTM 49N', 'utm49'],
  ])('reads %s, easting first as UTM writes', (hint, id) => {
    const grid = gridById(id);
    if (!grid) throw new Error(id);
    const g = toGrid(grid, CITY);
    const r = parseCoordinate(`${hint} ${g.easting.toFixed(1)} ${g.northing.toFixed(1)}`);
    expect(r?.read.kind === 'grid' && r.read.grid.id).toBe(id);
    near(r?.lngLat, CITY, 0.1);
  });

  it('is null for metres no Vietnamese grid has', () => {
    expect(parseCoordinate('X 12345 Y 67890')).toBeNull();
    expect(parseCoordinate('5000000 449158')).toBeNull();
  });
});
