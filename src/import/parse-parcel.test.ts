import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ellipsoidArea } from '../analysis/ellipsoid-area';
import { gridInHeading, parseParcel, readParcelRows } from './parse-parcel';
import { gridById, LANG_SON_GRID, toGrid } from './vn2000';

/** Certificate layout, invented coordinates (see tests/fixtures/parcel/README.md). */
const CERTIFICATE = readFileSync('tests/fixtures/parcel/certificate-tabs.txt', 'utf8');
/** The same corners, [X, Y], as the fixture prints them. */
const XY: [number, number][] = [
  [2417140.52, 449158.03],
  [2417152.87, 449171.4],
  [2417135.2, 449187.66],
  [2417122.95, 449174.1],
];
/** The shoelace formula over X/Y, worked here apart from the code under test. */
const SHOELACE =
  Math.abs(
    XY.reduce((s, [x, y], i) => {
      const [x2, y2] = XY[(i + 1) % XY.length] ?? [x, y];
      return s + (y * x2 - y2 * x);
    }, 0),
  ) / 2;

const lines = (rows: string[]) => rows.join('\n');

describe('parseParcel: the formats lists come in', () => {
  it('reads a certificate’s table copied from Word (tabs, decimal commas, heading, edge lengths)', () => {
    const p = parseParcel(CERTIFICATE);
    expect(p.problems).toEqual([]);
    expect(p.blocking).toBe(false);
    expect(p.grid.id).toBe('tm3-107.25');
    const edges = [18.2, 24.01, 18.27, 23.81];
    expect(p.rows.map((r) => [r.id, r.x, r.y, r.edge])).toEqual(
      XY.map(([x, y], i) => [String(i + 1), x, y, edges[i]]),
    );
    expect(p.rows.map((r) => r.line)).toEqual([5, 6, 7, 8]);
    expect(p.planarArea).toBeCloseTo(SHOELACE, 6);
    expect(p.planarArea).toBeCloseTo(436.08, 2);
    expect(p.corners.map((c) => Number(c.side.toFixed(2)))).toEqual([18.2, 24.01, 18.27, 23.81]);
    expect(p.geometry?.type).toBe('Polygon');
    // The geodesic area of the WGS 84 ring agrees with the grid's within 0.1 %.
    const g = p.geometry;
    const geodesic = g?.type === 'Polygon' ? ellipsoidArea(g.coordinates[0] ?? []) : 0;
    expect(Math.abs(geodesic / SHOELACE - 1)).toBeLessThan(0.001);
  });

  it.each([
    [
      'spaces and thousands apart',
      [
        'Điểm X Y',
        '1 2 417 140,52 449 158,03',
        '2 2 417 152,87 449 171,40',
        '3 2 417 135,20 449 187,66',
        '4 2 417 122,95 449 174,10',
      ],
    ],
    [
      'dotted thousands and semicolons',
      [
        '1;2.417.140,52;449.158,03',
        '2;2.417.152,87;449.171,40',
        '3;2.417.135,20;449.187,66',
        '4;2.417.122,95;449.174,10',
      ],
    ],
    [
      'commas and decimal points (CSV)',
      [
        '1,2417140.52,449158.03',
        '2,2417152.87,449171.40',
        '3,2417135.20,449187.66',
        '4,2417122.95,449174.10',
      ],
    ],
    [
      'a PDF’s text, edge lengths on lines of their own, named points',
      [
        'M1  2417140.52  449158.03',
        '18.20',
        'M2  2417152.87  449171.40',
        '24.01',
        'M3  2417135.20  449187.66',
        'M4  2417122.95  449174.10',
      ],
    ],
    [
      'a table from a PDF with bars',
      [
        '| 1 | 2417140,52 | 449158,03 |',
        '| 2 | 2417152,87 | 449171,40 |',
        '| 3 | 2417135,20 | 449187,66 |',
        '| 4 | 2417122,95 | 449174,10 |',
      ],
    ],
    [
      'no point numbers',
      ['2417140,52 449158,03', '2417152,87 449171,40', '2417135,20 449187,66', '2417122,95 449174,10'],
    ],
  ])('reads %s', (_, rows) => {
    const p = parseParcel(lines(rows));
    expect(p.problems).toEqual([]);
    expect(p.rows.map((r) => [r.x, r.y])).toEqual(XY);
    expect(p.planarArea).toBeCloseTo(SHOELACE, 6);
  });

  it('keeps a PDF’s edge lengths and point names', () => {
    const p = parseParcel(lines(['M1  2417140.52  449158.03', '18.20', 'M2  2417152.87  449171.40']));
    expect(p.rows.map((r) => [r.id, r.edge])).toEqual([
      ['M1', 18.2],
      ['M2', undefined],
    ]);
  });
});

describe('parseParcel: what it catches', () => {
  it('names a damaged line by its number and does not draw the parcel', () => {
    const text = CERTIFICATE.replace('2417135,20', '24171x5,20');
    const p = parseParcel(text);
    expect(p.problems).toEqual([
      { code: 'line-unreadable', line: 7, text: '3\t24171x5,20\t449187,66\t18,27' },
    ]);
    expect(p.blocking).toBe(true);
  });

  it('catches X and Y the wrong way round, and the offered swap gives the same parcel', () => {
    const swapped = lines(XY.map(([x, y], i) => `${i + 1}\t${y}\t${x}`));
    const p = parseParcel(swapped);
    expect(p.problems).toEqual([{ code: 'xy-swapped' }]);
    expect(p.fixes).toEqual([{ kind: 'swap-xy' }]);
    expect(p.blocking).toBe(true);
    const fixed = parseParcel(swapped, { swapXY: true });
    expect(fixed.problems).toEqual([]);
    expect(fixed.rows.map((r) => [r.x, r.y])).toEqual(XY.map(([x, y]) => [y, x]));
    expect(fixed.corners.map((c) => [c.x, c.y])).toEqual(XY);
    expect(fixed.planarArea).toBeCloseTo(SHOELACE, 6);
    expect(fixed.geometry).toEqual(parseParcel(CERTIFICATE).geometry);
  });

  it('catches a list in another grid: far from Lạng Sơn in 107°15′, offers the grid that brings it home', () => {
    const utm = gridById('vn-utm48');
    if (!utm) throw new Error('no UTM 48');
    const home = parseParcel(CERTIFICATE).corners.map((c) => toGrid(utm, c.lngLat));
    const text = lines(home.map((g, i) => `${i + 1}\t${g.northing.toFixed(2)}\t${g.easting.toFixed(2)}`));
    const p = parseParcel(text);
    expect(p.problems).toEqual([{ code: 'far-away', km: expect.any(Number), grid: LANG_SON_GRID.label }]);
    const far = p.problems[0];
    expect(far?.code === 'far-away' && far.km).toBeGreaterThan(50);
    expect(p.fixes).toContainEqual({ kind: 'grid', grid: 'vn-utm48', label: 'VN-2000 / UTM 48N', km: 0 });
    expect(p.blocking).toBe(true);
    const fixed = parseParcel(text, { grid: utm });
    expect(fixed.problems).toEqual([]);
    expect(fixed.planarArea).toBeGreaterThan(SHOELACE * 0.999);
  });

  it('reads the grid a heading names', () => {
    expect(gridInHeading('Hệ tọa độ VN-2000, kinh tuyến trục 106°30′, múi chiếu 3°')?.id).toBe('tm3-106.5');
    expect(gridInHeading('KTT 107-00')?.id).toBe('tm3-107');
    expect(gridInHeading('VN-2000 UTM zone 48N')?.id).toBe('vn-utm48');
    expect(gridInHeading('Bảng tọa độ')).toBeUndefined();
  });

  it('closes the ring itself, and says so when the list repeats its first point at the end', () => {
    const closed = parseParcel(`${CERTIFICATE}\n5\t2417140,52\t449158,03`);
    expect(closed.problems).toEqual([{ code: 'closed-explicitly' }]);
    expect(closed.blocking).toBe(false);
    expect(closed.rows).toHaveLength(4);
    expect(closed.planarArea).toBeCloseTo(SHOELACE, 6);
  });

  it('catches a corner repeated out of order, and drops it on request', () => {
    const text = lines([
      '1 2417140,52 449158,03',
      '2 2417152,87 449171,40',
      '3 2417140,52 449158,03',
      '4 2417135,20 449187,66',
      '5 2417122,95 449174,10',
    ]);
    const p = parseParcel(text);
    expect(p.problems).toEqual([{ code: 'repeated-point', line: 3, id: '3', sameAs: '1' }]);
    expect(p.fixes).toEqual([{ kind: 'drop-repeats' }]);
    const fixed = parseParcel(text, { dropRepeats: true });
    expect(fixed.problems).toEqual([]);
    expect(fixed.planarArea).toBeCloseTo(SHOELACE, 6);
  });

  it('gives a point for one row, and refuses two rows or none', () => {
    expect(parseParcel('1 2417140,52 449158,03').geometry?.type).toBe('Point');
    const two = parseParcel('1 2417140,52 449158,03\n2 2417152,87 449171,40');
    expect(two.problems).toEqual([{ code: 'two-points' }]);
    expect(two.geometry).toBeNull();
    expect(parseParcel('Số hiệu điểm X Y').problems).toEqual([{ code: 'no-points' }]);
  });

  it('runs the WGS 84 ring counter-clockwise, whichever way the list goes', () => {
    const ring = (t: string) => {
      const g = parseParcel(t).geometry;
      return g?.type === 'Polygon' ? (g.coordinates[0] ?? []) : [];
    };
    const signed = (r: number[][]) =>
      r
        .slice(0, -1)
        .reduce(
          (s, a, i) => s + ((a[0] ?? 0) * (r[i + 1]?.[1] ?? 0) - (r[i + 1]?.[0] ?? 0) * (a[1] ?? 0)),
          0,
        );
    const reversed = lines(
      readParcelRows(CERTIFICATE)
        .rows.reverse()
        .map((r) => `${r.id} ${r.x} ${r.y}`),
    );
    expect(signed(ring(CERTIFICATE))).toBeGreaterThan(0);
    expect(signed(ring(reversed))).toBeGreaterThan(0);
  });
});
