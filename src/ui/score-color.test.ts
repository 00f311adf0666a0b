import { describe, expect, it } from 'vitest';
import { SCORE_RAMP, scoreColor } from './score-color';

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
