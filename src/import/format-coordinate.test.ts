import { describe, expect, it } from 'vitest';
import { formatCoordinate } from './format-coordinate';
import { parseCoordinate } from './parse-coordinate';
import { GRIDS } from './vn2000';

const CITY: [number, number] = [106.76, 21.85];

describe('formatCoordinate', () => {
  it('writes degrees as decimal and as DMS', () => {
    expect(formatCoordinate(CITY, 'decimal')).toBe('21.850000, 106.760000');
    expect(formatCoordinate(CITY, 'dms')).toBe('21°51′00.0″N 106°45′36.0″E');
    expect(formatCoordinate([106.7599999, 21.8499999], 'dms')).toBe('21°51′00.0″N 106°45′36.0″E');
  });

  it('writes VN-2000 with X the northing, to the centimetre, naming the grid', () => {
    expect(formatCoordinate(CITY, 'tm3-107.25')).toMatch(
      /^VN-2000 \/ TM-3 107°15′: X 2417\d{3}\.\d{2} Y 4\d{5}\.\d{2}$/,
    );
    expect(formatCoordinate(CITY, 'utm48')).toMatch(
      /^WGS 84 \/ UTM 48N: E 6\d{5}\.\d{2} N 2417\d{3}\.\d{2}$/,
    );
  });

  // Grids whose eastings stay under 900 km at Lạng Sơn (TM-3 102° puts it 990 km out: no one uses it there).
  const near = GRIDS.filter((g) => Math.abs(g.lon0 - CITY[0]) < 4).map((g) => g.id);
  it.each(['decimal', 'dms', ...near])('is read back by the search (%s) within a few cm', (system) => {
    const back = parseCoordinate(formatCoordinate(CITY, system));
    expect(back).not.toBeNull();
    const [lng = 0, lat = 0] = back?.lngLat ?? [];
    // DMS to 0.1″ is 3 m; the grids to 1 cm.
    const metres = system === 'dms' ? 3 : 0.05;
    expect(Math.abs(lng - CITY[0]) * 103_000).toBeLessThan(metres);
    expect(Math.abs(lat - CITY[1]) * 110_700).toBeLessThan(metres);
  });
});
