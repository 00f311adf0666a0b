import { describe, expect, it } from 'vitest';
import { coordinateOf } from './coordinate';

describe('coordinateOf', () => {
  it('reads "lat, lng" as maps and phones write it', () => {
    expect(coordinateOf('21.85, 106.76')).toEqual([106.76, 21.85]);
    expect(coordinateOf(' 21.85 106.76 ')).toEqual([106.76, 21.85]);
    expect(coordinateOf('21,85; 106,76')).toEqual([106.76, 21.85]);
    expect(coordinateOf('21.85°N, 106.76°E')).toEqual([106.76, 21.85]);
  });

  it('takes a first number beyond ±90 as the longitude', () => {
    expect(coordinateOf('106.76, 21.85')).toEqual([106.76, 21.85]);
  });

  it('is null for text, one number, or numbers no position has', () => {
    expect(coordinateOf('Hữu Lũng')).toBeNull();
    expect(coordinateOf('21.85')).toBeNull();
    expect(coordinateOf('21.85, 106.76, 3')).toBeNull();
    expect(coordinateOf('95, 200')).toBeNull();
    expect(coordinateOf('CCN 2 3')).toBeNull();
  });
});
