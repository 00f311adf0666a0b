import distance from '@turf/distance';
import pointToLineDistance from '@turf/point-to-line-distance';
import fc from 'fast-check';
import type { LineString, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildNearestIndex } from './nearest';

const line = (coordinates: [number, number][]): LineString => ({ type: 'LineString', coordinates });
const point = (lng: number, lat: number): Point => ({ type: 'Point', coordinates: [lng, lat] });

describe('buildNearestIndex', () => {
  it('is empty when given nothing', () => {
    expect(buildNearestIndex([]).nearest([106.7, 21.8])).toBeNull();
  });

  it('measures great-circle distance to a point', () => {
    const idx = buildNearestIndex([{ item: 'a', geometry: point(106.7, 21.8) }]);
    const r = idx.nearest([106.7, 22.8]);
    // One degree of latitude on a sphere of radius 6,371.0088 km: 2π·6371.0088/360 = 111.195 km.
    expect(r?.item).toBe('a');
    expect(r?.km).toBeCloseTo(111.195, 2);
  });

  it('finds the closest point inside a segment, not only its ends', () => {
    // A north–south segment; the query lies 0.1° of longitude east of its middle.
    const idx = buildNearestIndex([
      {
        item: 'road',
        geometry: line([
          [106.7, 21.6],
          [106.7, 22.0],
        ]),
      },
    ]);
    const r = idx.nearest([106.8, 21.8]);
    expect(r?.at[0]).toBeCloseTo(106.7, 6);
    expect(r?.at[1]).toBeCloseTo(21.8, 3);
    // 0.1° of longitude at 21.8° N: 111.195 · cos(21.8°) · 0.1 = 10.324 km.
    expect(r?.km).toBeCloseTo(10.324, 2);
  });

  it('names the item that comes closest among several', () => {
    const idx = buildNearestIndex([
      { item: 'far', geometry: point(107.2, 21.5) },
      {
        item: 'near',
        geometry: line([
          [106.5, 21.9],
          [106.6, 21.95],
        ]),
      },
      { item: 'middle', geometry: point(106.9, 21.9) },
    ]);
    expect(idx.nearest([106.62, 21.9])?.item).toBe('near');
    expect(idx.nearest([106.85, 21.88])?.item).toBe('middle');
  });

  it('agrees with measuring every line one by one (turf pointToLineDistance)', () => {
    const coord = fc.tuple(
      fc.double({ min: 106, max: 107.4, noNaN: true }),
      fc.double({ min: 21.3, max: 22.5, noNaN: true }),
    );
    // Lines as the data has them: vertices a few hundred metres to 2 km apart (a random walk).
    // (turf itself mis-measures segments of zero length, so steps are at least 200 m.)
    const delta = fc
      .tuple(fc.double({ min: 0.002, max: 0.02, noNaN: true }), fc.boolean())
      .map(([d, neg]) => (neg ? -d : d));
    const step = fc.tuple(delta, delta);
    const walk = fc.tuple(coord, fc.array(step, { minLength: 1, maxLength: 30 })).map(([start, steps]) => {
      const coords: [number, number][] = [start];
      for (const [dx, dy] of steps) {
        const [x, y] = coords[coords.length - 1] as [number, number];
        coords.push([x + dx, y + dy]);
      }
      return coords;
    });
    fc.assert(
      fc.property(fc.array(walk, { minLength: 1, maxLength: 12 }), coord, (lines, q) => {
        const items = lines.map((coords, i) => ({ item: i, geometry: line(coords) }));
        const got = buildNearestIndex(items).nearest(q);
        const brute = Math.min(
          ...items.map((it) => pointToLineDistance(q, it.geometry, { units: 'kilometers' })),
        );
        // The plane the index searches in is within 0.5% of the great circle across the province.
        expect(got).not.toBeNull();
        expect(Math.abs((got?.km ?? 0) - brute)).toBeLessThanOrEqual(brute * 0.005 + 0.005);
      }),
      // Shrinking nested arrays of doubles, with turf at every step, ran for minutes on the one
      // failure found: report the first counterexample as it is (it has its seed) and stop.
      { numRuns: 300, endOnFailure: true },
    );
  });

  it('picks the nearest on the globe when the plane would pick another (a case fast-check found)', () => {
    // From the province's north-west corner, two walks about 112.5 and 113.1 km away: the old
    // plane (ellipsoid constants, nearest-in-plane kept) chose the farther one.
    const q: [number, number] = [106.0170777966928, 22.449150505404877];
    const near = line([
      [107.01669679871878, 21.987532833953495],
      [106.99720323932975, 22.001788582382446],
      [107.00286687943441, 21.99133610963028],
      [107.01467806750628, 21.99385932208333],
      [107.01758101126669, 21.978797197240016],
      [107.02055068356383, 21.96726659519603],
    ]);
    const far = line([
      [106.37578990132066, 21.481743520417204],
      [106.3905842788563, 21.489084512456632],
      [106.38502880686649, 21.486862118548952],
      [106.38856894981383, 21.492542239067866],
      [106.38230041103279, 21.47704421989067],
      [106.37872790792777, 21.464528979765763],
    ]);
    const got = buildNearestIndex([
      { item: 'far', geometry: far },
      { item: 'near', geometry: near },
    ]).nearest(q);
    expect(got?.item).toBe('near');
    expect(got?.km).toBeCloseTo(pointToLineDistance(q, near, { units: 'kilometers' }), 1);
    expect(pointToLineDistance(q, far, { units: 'kilometers' })).toBeGreaterThan((got?.km ?? 0) + 0.5);
  });

  it('returns the distance to the closest point it reports', () => {
    const idx = buildNearestIndex([
      {
        item: 0,
        geometry: line([
          [106.2, 21.4],
          [106.9, 22.1],
        ]),
      },
    ]);
    const r = idx.nearest([106.3, 21.9]);
    expect(r).not.toBeNull();
    if (r) expect(r.km).toBeCloseTo(distance([106.3, 21.9], r.at, { units: 'kilometers' }), 9);
  });
});
