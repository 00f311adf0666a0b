import { describe, expect, it } from 'vitest';
import { contrastRatio, deltaE2000, labOf, simulateLinear } from './colour-vision';

describe('colour difference and colour-vision simulation', () => {
  it('CIEDE2000 matches Sharma, Wu & Dalal (2005), table 1', () => {
    const pairs: [[number, number, number], [number, number, number], number][] = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, 0, 0], [50, -1, 2], 2.3669],
      [[50, 2.49, -0.001], [50, -2.49, 0.0011], 7.2195],
      [[50, 2.5, 0], [73, 25, -18], 27.1492],
      [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
      [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
      [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
    ];
    for (const [a, b, want] of pairs) expect(deltaE2000(a, b)).toBeCloseTo(want, 3);
  });

  it('gives the Lab of sRGB white, black and red', () => {
    expect(labOf('#ffffff').map((v) => Math.round(v) + 0)).toEqual([100, 0, 0]);
    expect(labOf('#000000').map((v) => Math.round(v) + 0)).toEqual([0, 0, 0]);
    const red = labOf('#ff0000');
    expect(red[0]).toBeCloseTo(53.24, 1);
    expect(red[1]).toBeCloseTo(80.09, 0);
  });

  it('keeps greys grey and collapses the confusion lines of each deficiency', () => {
    // The rows of each Machado matrix sum to 1: neutral colours are unchanged.
    for (const v of ['protanopia', 'deuteranopia', 'tritanopia'] as const)
      for (const c of simulateLinear([0.5, 0.5, 0.5], v)) expect(c).toBeCloseTo(0.5, 3);
    const d = (a: string, b: string, v: Parameters<typeof labOf>[1]) => deltaE2000(labOf(a, v), labOf(b, v));
    // A red and a green of similar lightness: far apart in normal vision, close for red-green deficiencies.
    expect(d('#d62728', '#7f7f00', 'normal')).toBeGreaterThan(30);
    expect(d('#d62728', '#7f7f00', 'deuteranopia')).toBeLessThan(d('#d62728', '#7f7f00', 'normal') / 3);
    // Blue and green fall together for tritanopes, not for protanopes.
    expect(d('#1f9e89', '#3b7dd8', 'tritanopia')).toBeLessThan(d('#1f9e89', '#3b7dd8', 'protanopia'));
  });

  it('gives WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
