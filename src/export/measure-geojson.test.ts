import { describe, expect, it } from 'vitest';
import { measureFeature } from './measure-geojson';

describe('measureFeature', () => {
  it('gives nothing until there are enough points', () => {
    expect(measureFeature('line', [[106.7, 21.7]])).toBeNull();
    expect(
      measureFeature('area', [
        [106.6, 21.7],
        [106.8, 21.7],
      ]),
    ).toBeNull();
  });

  it('writes a line with its length: 0.2° of latitude is 22.239 km on the sphere', () => {
    const f = measureFeature('line', [
      [106.7, 21.7],
      [106.7, 21.9],
    ]);
    expect(f?.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [106.7, 21.7],
        [106.7, 21.9],
      ],
    });
    expect(f?.properties?.length_km).toBeCloseTo(22.239, 2);
    expect(f?.properties?.accuracy).toBe('as placed by the user on the map');
  });

  it('writes an area closed, with its hectares and perimeter', () => {
    const square: [number, number][] = [
      [106.6, 21.7],
      [106.8, 21.7],
      [106.8, 21.9],
      [106.6, 21.9],
    ];
    const f = measureFeature('area', square);
    expect(f?.geometry.type).toBe('Polygon');
    const ring = f?.geometry.type === 'Polygon' ? f.geometry.coordinates[0] : undefined;
    expect(ring).toHaveLength(5);
    expect(ring?.[4]).toEqual(ring?.[0]);
    // 22.239 km × about 20.66 km.
    expect(Math.abs((f?.properties?.area_ha as number) - 45_900) / 45_900).toBeLessThan(0.03);
    expect(f?.properties?.perimeter_km).toBeGreaterThan(85);
  });
});
