import { describe, expect, it } from 'vitest';
import { phasesShown } from './phases';

describe('plan phases', () => {
  it('build up: what exists, then what 2030 adds, then the 2050 vision', () => {
    expect(phasesShown('existing')).toEqual(['existing']);
    expect(phasesShown('2030')).toEqual(['existing', '2030']);
    expect(phasesShown('2050')).toBeNull();
  });
});
