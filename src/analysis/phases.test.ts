import { describe, expect, it } from 'vitest';
import { inPhase, phasesShown } from './phases';

describe('plan phases', () => {
  it('build up: what exists, then what 2030 adds, then the 2050 vision', () => {
    expect(phasesShown('existing')).toEqual(['existing']);
    expect(phasesShown('2030')).toEqual(['existing', '2030']);
    expect(phasesShown('2050')).toBeNull();
    expect(inPhase('existing', '2030')).toBe(true);
    expect(inPhase('2050', '2030')).toBe(false);
    expect(inPhase('2050', '2050')).toBe(true);
    expect(inPhase('2030', 'existing')).toBe(false);
  });
});
