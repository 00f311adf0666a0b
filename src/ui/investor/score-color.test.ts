import { describe, expect, it } from 'vitest';
import { contrastRatio, inkOn, SCORE_RAMP, scoreColor } from './score-color';

describe('scoreColor', () => {
  it('runs from the lightest to the darkest colour of the ramp', () => {
    expect(scoreColor(0)).toBe(SCORE_RAMP[0]);
    expect(scoreColor(1)).toBe(SCORE_RAMP[4]);
    expect(scoreColor(0.5)).toBe(SCORE_RAMP[2]);
  });
  it('interpolates between stops and clamps what lies outside', () => {
    // Halfway between #c6dbef and #9ecae1.
    expect(scoreColor(0.125)).toBe('#b2d3e8');
    expect(scoreColor(-3)).toBe(SCORE_RAMP[0]);
    expect(scoreColor(Number.NaN)).toBe(SCORE_RAMP[0]);
    expect(scoreColor(7)).toBe(SCORE_RAMP[4]);
  });
});

describe('inkOn', () => {
  it('gives every colour of the ramp a number readable at 4.5:1 (WCAG 1.4.3)', () => {
    for (let i = 0; i <= 200; i++) {
      const bg = scoreColor(i / 200);
      expect(contrastRatio(bg, inkOn(bg)), bg).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('writes white on the darkest blue and black on the lightest', () => {
    expect(inkOn(SCORE_RAMP[4])).toBe('#ffffff');
    expect(inkOn(SCORE_RAMP[0])).toBe('#000000');
  });
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
