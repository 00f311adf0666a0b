import { describe, expect, it } from 'vitest';
import { pathKm, polygonMeasure } from './measure';

describe('measuring', () => {
  it('measures a path along great circles', () => {
    expect(pathKm([])).toBe(0);
    expect(pathKm([[106.7, 21.8]])).toBe(0);
    // 0.1° of latitude on a sphere of 6,371.0088 km: 11.1195 km; twice, there and back.
    expect(
      pathKm([
        [106.7, 21.8],
        [106.7, 21.9],
        [106.7, 21.8],
      ]),
    ).toBeCloseTo(22.239, 2);
  });

  it('measures an area in hectares and its perimeter', () => {
    expect(
      polygonMeasure([
        [106.7, 21.8],
        [106.71, 21.8],
      ]),
    ).toBeNull();
    // A square of 0.01° at 21.8° N: 1.11195 km north–south × 1.11195·cos(21.805°) = 1.03235 km
    // east–west = 1.1479 km², 114.8 ha on the sphere of 6,371.0088 km that turf uses.
    const m = polygonMeasure([
      [106.7, 21.8],
      [106.71, 21.8],
      [106.71, 21.81],
      [106.7, 21.81],
    ]);
    expect(m?.ha).toBeCloseTo(114.8, 1);
    expect(m?.perimeterKm).toBeCloseTo(2 * 1.11195 + 2 * 1.03235, 2);
  });
});
