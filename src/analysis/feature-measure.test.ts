import { describe, expect, it } from 'vitest';
import { featureMeasure } from './feature-measure';

const SQUARE = [
  [106.7, 21.8],
  [106.701, 21.8],
  [106.701, 21.801],
  [106.7, 21.801],
  [106.7, 21.8],
];

describe('featureMeasure', () => {
  it('gives a polygon its area on the ellipsoid and its perimeter, holes taken out', () => {
    const m = featureMeasure({ type: 'Polygon', coordinates: [SQUARE] });
    if (m?.kind !== 'area') throw new Error('no area');
    // 0.001° × 0.001° at 21.8° N: about 103.4 m east–west by 110.7 m north–south.
    expect(m.areaM2).toBeGreaterThan(11_400);
    expect(m.areaM2).toBeLessThan(11_500);
    expect(m.perimeterM).toBeGreaterThan(2 * (103 + 110.5));
    expect(m.perimeterM).toBeLessThan(2 * (104 + 111.5));
    const hole = SQUARE.map(([x = 0, y = 0]) => [
      106.7002 + (x - 106.7) / 2,
      21.8002 + (y - 21.8) / 2,
    ]).reverse();
    const holed = featureMeasure({ type: 'Polygon', coordinates: [SQUARE, hole] });
    if (holed?.kind !== 'area') throw new Error('no area');
    expect(holed.areaM2 / m.areaM2).toBeCloseTo(0.75, 3);
  });

  it('gives a line its length, and a point nothing', () => {
    const m = featureMeasure({
      type: 'MultiLineString',
      coordinates: [
        [
          [106.7, 21.8],
          [106.7, 21.81],
        ],
        [
          [106.8, 21.8],
          [106.8, 21.801],
        ],
      ],
    });
    if (m?.kind !== 'length') throw new Error('no length');
    expect(m.lengthM).toBeCloseTo(11 * 111.195, -1);
    expect(featureMeasure({ type: 'Point', coordinates: [106.7, 21.8] })).toBeNull();
    expect(featureMeasure(null)).toBeNull();
  });
});
