import { gridById, toGrid } from './vn2000';

/** What the readout shows: WGS 84 decimal degrees, DMS, or a grid's id (see `GRIDS`). */
export type CoordinateSystem = 'decimal' | 'dms' | string;

const dms = (value: number, pos: string, neg: string) => {
  const a = Math.abs(value);
  let d = Math.floor(a);
  let m = Math.floor((a - d) * 60);
  let s = Number(((a - d - m / 60) * 3600).toFixed(1));
  if (s >= 60) [s, m] = [0, m + 1];
  if (m >= 60) [m, d] = [0, d + 1];
  return `${d}°${String(m).padStart(2, '0')}′${s.toFixed(1).padStart(4, '0')}″${value < 0 ? neg : pos}`;
};

/**
 * A WGS 84 `[lng, lat]` written in a system, as one line a user can copy and paste back into the
 * search (`parseCoordinate` reads every form): `21.850000, 106.760000`, `21°51′00.0″N 106°45′36.0″E`,
 * `VN-2000 / TM-3 107°15′: X 2417140.52 Y 449158.03` (X the northing, to the centimetre), or
 * `WGS 84 / UTM 48N: E 681683.24 N 2417371.80`. Decimal points in both languages, as maps and
 * GPS receivers take them.
 */
export function formatCoordinate(lngLat: readonly [number, number], system: CoordinateSystem): string {
  const [lng, lat] = lngLat;
  if (system === 'decimal') return `${lat.toFixed(6)}, ${lng.toFixed(6)}`;
  if (system === 'dms') return `${dms(lat, 'N', 'S')} ${dms(lng, 'E', 'W')}`;
  const grid = gridById(system);
  if (!grid) return `${lat.toFixed(6)}, ${lng.toFixed(6)}`;
  const { easting, northing } = toGrid(grid, [lng, lat]);
  if (grid.id.startsWith('tm3-') || grid.datum === 'vn2000')
    return `${grid.label}: X ${northing.toFixed(2)} Y ${easting.toFixed(2)}`;
  return `${grid.label}: E ${easting.toFixed(2)} N ${northing.toFixed(2)}`;
}
