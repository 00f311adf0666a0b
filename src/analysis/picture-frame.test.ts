import { describe, expect, it } from 'vitest';
import { metresPerPicturePixel, pictureFrame, picturePoint, projectToPicture } from './picture-frame';

const BOUNDS: [number, number, number, number] = [106, 21, 107, 22];

describe('the picture frame', () => {
  const frame = pictureFrame(BOUNDS, 520, 10, 30);

  it('puts the corners of the bounds at the padding', () => {
    const [x0, y0] = projectToPicture(frame, [106, 22]);
    const [x1, y1] = projectToPicture(frame, [107, 21]);
    expect(x0).toBeCloseTo(10, 6);
    expect(y0).toBeCloseTo(10, 6);
    expect(x1).toBeCloseTo(510, 6);
    expect(y1).toBeCloseTo(frame.height - 30, 0);
  });

  it('keeps Web Mercator proportions: a degree of latitude is taller than one of longitude', () => {
    // At 21.5°N one degree of latitude spans 1/cos(21.5°) ≈ 1.075 degrees of longitude in Mercator.
    expect((frame.height - 40) / 500).toBeCloseTo(1.075, 2);
    const [, yMid] = projectToPicture(frame, [106.5, 21.5]);
    // The middle latitude lies a little below the middle of the picture (Mercator stretches north).
    expect(yMid).toBeGreaterThan(10 + (frame.height - 40) / 2 - 1);
  });

  it('gives a point as a share of the picture, or null outside it', () => {
    const p = picturePoint(frame, [106.5, 21.5]);
    expect(p?.x).toBeCloseTo(0.5, 6);
    expect(p?.y).toBeGreaterThan(0.4);
    expect(p?.y).toBeLessThan(0.6);
    expect(picturePoint(frame, [105, 21.5])).toBeNull();
    expect(picturePoint(frame, [106.5, 23])).toBeNull();
  });

  it('measures metres per pixel like the map does', () => {
    // 1° of longitude at the equator is 111.32 km; 500 px for 1° → ≈ 222.6 m/px, × cos(lat).
    expect(metresPerPicturePixel(frame, 0)).toBeCloseTo(222.64, 1);
    expect(metresPerPicturePixel(frame, 60)).toBeCloseTo(111.32, 1);
  });
});
