import { describe, expect, it } from 'vitest';
import { ellipsoidArea } from './ellipsoid-area';

describe('ellipsoidArea', () => {
  it('gives a 1° × 1° cell between 21° and 22° N its area on WGS 84', () => {
    // Closed form on the ellipsoid: a²(1−e²)/2 · Δλ · [S(φ₂) − S(φ₁)], S the authalic integral;
    // worked independently here with the series of the meridian quadrilateral.
    const a = 6378137;
    const e2 = (1 / 298.257223563) * (2 - 1 / 298.257223563);
    const e = Math.sqrt(e2);
    const s = (phi: number) => {
      const x = Math.sin(phi);
      return x / (1 - e2 * x * x) + (1 / (2 * e)) * Math.log((1 + e * x) / (1 - e * x));
    };
    const rad = Math.PI / 180;
    const want = ((a * a * (1 - e2)) / 2) * rad * (s(22 * rad) - s(21 * rad));
    const got = ellipsoidArea([
      [106, 21],
      [107, 21],
      [107, 22],
      [106, 22],
      [106, 21],
    ]);
    expect(Math.abs(got / want - 1)).toBeLessThan(1e-9);
    // About 103.6 km (N cos φ Δλ) by 110.7 km (M Δφ) at 21.5°.
    expect(got).toBeGreaterThan(1.147e10);
    expect(got).toBeLessThan(1.148e10);
  });

  it('is the same for an open or closed ring, either way round, and 0 for fewer than three points', () => {
    const ring = [
      [106.7, 21.8],
      [106.71, 21.8],
      [106.71, 21.81],
    ];
    const closed = [...ring, ring[0] as number[]];
    expect(ellipsoidArea(ring)).toBeCloseTo(ellipsoidArea(closed), 6);
    expect(ellipsoidArea([...closed].reverse())).toBeCloseTo(ellipsoidArea(closed), 6);
    expect(ellipsoidArea(ring.slice(0, 2))).toBe(0);
  });
});
