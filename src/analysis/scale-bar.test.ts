import { describe, expect, it } from 'vitest';
import { metresPerPixel, scaleBar } from './scale-bar';

describe('scale bar', () => {
  it('knows how many metres a pixel covers', () => {
    // Zoom 0 at the equator: the whole 40,075 km circumference on 512 px.
    expect(metresPerPixel(0, 0)).toBeCloseTo(78_271.52, 1);
    // At 60° N a pixel covers half as much ground.
    expect(metresPerPixel(60, 3)).toBeCloseTo(78_271.52 / 2 / 8, 1);
  });

  it('picks the longest round length that fits', () => {
    expect(scaleBar(25, 120)).toEqual({ metres: 2000, px: 80, label: '2 km' });
    expect(scaleBar(1, 100)).toEqual({ metres: 100, px: 100, label: '100 m' });
    expect(scaleBar(3, 100)).toEqual({ metres: 200, px: 200 / 3, label: '200 m' });
    expect(scaleBar(60, 100)).toEqual({ metres: 5000, px: 5000 / 60, label: '5 km' });
  });
});
