import type { Position } from 'geojson';
import { type Grid, LANG_SON_GRID, toGrid } from '../import/vn2000';

/** One corner of a polygon on a VN-2000 grid: X the northing, Y the easting, as certificates print them. */
export type GridCorner = { point: number; x: number; y: number; edge: number };

/**
 * The corners of a polygon's outer ring on a grid (Lạng Sơn's TM-3 107°15′ by default), numbered
 * from 1 in the ring's order, each with the length of the side to the next corner (on the grid, as a
 * surveyor measures it). The closing position is not repeated.
 */
export function gridCorners(ring: readonly Position[], grid: Grid = LANG_SON_GRID): GridCorner[] {
  const last = ring.at(-1);
  const first = ring[0];
  const open =
    first && last && ring.length > 1 && first[0] === last[0] && first[1] === last[1]
      ? ring.slice(0, -1)
      : ring;
  const xy = open.map((p) => toGrid(grid, [p[0] ?? 0, p[1] ?? 0]));
  return xy.map((a, i) => {
    const b = xy[(i + 1) % xy.length] ?? a;
    return {
      point: i + 1,
      x: a.northing,
      y: a.easting,
      edge: Math.hypot(b.northing - a.northing, b.easting - a.easting),
    };
  });
}

/**
 * The corner table as CSV for a spreadsheet: a byte-order mark (so Excel reads the Vietnamese
 * headings as UTF-8), a line naming the grid, then `Điểm/Point, X (m), Y (m), Cạnh/Edge (m)` to the
 * centimetre, as certificates print them.
 */
export function cornerTableCsv(ring: readonly Position[], grid: Grid = LANG_SON_GRID): string {
  const rows = gridCorners(ring, grid).map((c) =>
    [c.point, c.x.toFixed(2), c.y.toFixed(2), c.edge.toFixed(2)].join(','),
  );
  return `\uFEFF# ${grid.label} (EPSG:${grid.epsg})\r\nĐiểm/Point,X (m),Y (m),Cạnh/Edge (m)\r\n${rows.join('\r\n')}\r\n`;
}
