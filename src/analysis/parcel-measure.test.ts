import type { Polygon } from 'geojson';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { PROJECTED_CRS } from '../import/coordinates';
import { measureParcel, toVn2000 } from './parcel-measure';

const RAD = Math.PI / 180;
/** The sphere @turf/distance measures edges on. */
const R_DIST = 6_371_008.8;
/**
 * The area of a WGS 84 quadrangle between two meridians and two parallels, in closed form:
 * (b²·Δλ/2)·[S(φ)]φ₁..φ₂ with S(φ) = sin φ/(1 − e²sin²φ) + ln((1 + e sin φ)/(1 − e sin φ))/(2e).
 */
function quadArea(dLngDeg: number, lat1: number, lat2: number): number {
  const a = 6_378_137;
  const f = 1 / 298.257223563;
  const b = a * (1 - f);
  const e = Math.sqrt(f * (2 - f));
  const series = (lat: number) => {
    const x = Math.sin(lat * RAD);
    return x / (1 - e * e * x * x) + Math.log((1 + e * x) / (1 - e * x)) / (2 * e);
  };
  return ((b * b * dLngDeg * RAD) / 2) * (series(lat2) - series(lat1));
}

const box = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

describe('measureParcel', () => {
  it('gives a lat/lng rectangle its area on the WGS 84 ellipsoid (as a certificate would) and its four edges', () => {
    const [w, s, e, n] = [106.76, 21.85, 106.761, 21.851];
    const m = measureParcel(box(w, s, e, n));
    const area = quadArea(e - w, s, n);
    expect(m.areaM2).toBeCloseTo(area, 3);
    expect(m.areaM2).toBeGreaterThan(11_400); // about 103.3 m × 111.3 m
    expect(m.areaM2).toBeLessThan(11_600);
    expect(m.areaHa).toBeCloseTo(area / 10_000, 7);
    const ns = R_DIST * (n - s) * RAD;
    const along = (lat: number) =>
      2 * R_DIST * Math.asin(Math.cos(lat * RAD) * Math.sin(((e - w) * RAD) / 2));
    expect(m.perimeterM).toBeCloseTo(2 * ns + along(s) + along(n), 3);
    expect(m.corners.map((c) => c.n)).toEqual([1, 2, 3, 4]);
    expect(m.corners[0]?.edgeM).toBeCloseTo(along(s), 2);
  });

  it('gives a right triangle half the square it cuts, and its three corners', () => {
    const tri: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [106.76, 21.85],
          [106.761, 21.85],
          [106.761, 21.851],
          [106.76, 21.85],
        ],
      ],
    };
    const square = measureParcel(box(106.76, 21.85, 106.761, 21.851)).areaM2;
    expect(measureParcel(tri).areaM2 / square).toBeCloseTo(0.5, 4);
    expect(measureParcel(tri).corners).toHaveLength(3);
  });

  it('gives a point no area and one corner', () => {
    const m = measureParcel({ type: 'Point', coordinates: [106.76, 21.85] });
    expect(m.areaM2).toBe(0);
    expect(m.corners).toHaveLength(1);
  });
});

describe('toVn2000', () => {
  it('gives X as the northing and Y as the easting, to the cm, that read back to the same place', () => {
    const at: [number, number] = [106.7613, 21.8537];
    const { x, y } = toVn2000(at);
    // Lạng Sơn lies about 2,418 km north of the equator and west of the 107°15′ meridian.
    expect(x).toBeGreaterThan(2_400_000);
    expect(x).toBeLessThan(2_450_000);
    expect(y).toBeGreaterThan(440_000);
    expect(y).toBeLessThan(500_000);
    // Rounded to the centimetre (x·100 a whole number, but for the binary fraction's last digit).
    expect(Math.abs(Math.round(x * 100) - x * 100)).toBeLessThan(1e-6);
    const back = proj4(PROJECTED_CRS['vn2000-lang-son'].proj4, 'WGS84', [y, x]) as [number, number];
    expect(back[0]).toBeCloseTo(at[0], 6);
    expect(back[1]).toBeCloseTo(at[1], 6);
  });
});
