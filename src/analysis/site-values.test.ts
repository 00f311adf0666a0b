import { describe, expect, it } from 'vitest';
import type { Fact } from '../data/plan-schema';
import { anyInRange, areaFigures, capitalFigures, leadValue } from './site-values';

const fact = (key: Fact['key'], value: Fact['value'], unit?: string, extra: Partial<Fact> = {}): Fact => ({
  key,
  value,
  unit,
  sources: ['seeds/003_cdcfc0dc92c5f591.txt'],
  ...extra,
});

describe('site figures', () => {
  it('reads areas in hectares, converting km²', () => {
    const figs = areaFigures([
      fact('area_ha', 73.76, 'ha'),
      fact('area_km2', 3.94, 'km²'),
      fact('capital', 5, 'bn VND'),
    ]);
    expect(figs.map((f) => [f.min, f.max])).toEqual([
      [73.76, 73.76],
      [394, 394],
    ]);
  });

  it('reads investment per currency without converting between them', () => {
    const facts = [
      fact('capital', 6361, 'bn VND'),
      fact('capital', 274.7, 'm USD'),
      fact('capital', { min: 3500, max: 4500 }, 'bn VND'),
      fact('capital', 1.9, 'bn USD'),
      fact('capital', 2.5, 'trillion VND'),
    ];
    expect(capitalFigures(facts, 'vnd').map((f) => [f.min, f.max])).toEqual([
      [6361, 6361],
      [3500, 4500],
      [2500, 2500],
    ]);
    expect(capitalFigures(facts, 'usd').map((f) => f.min)).toEqual([274.7, 1900]);
  });

  it('leaves out figures shared by several projects', () => {
    expect(capitalFigures([fact('capital', 388, 'm USD', { shared: true })], 'usd')).toEqual([]);
  });

  it('ranks by the first figure, a range by its middle', () => {
    expect(leadValue(capitalFigures([fact('capital', { min: 3500, max: 4500 }, 'bn VND')], 'vnd'))).toBe(
      4000,
    );
    expect(leadValue([])).toBeNull();
  });

  it('matches a range when any figure overlaps it', () => {
    const figs = areaFigures([fact('area_ha', 1500, 'ha'), fact('area_ha', 14964, 'ha')]);
    expect(anyInRange(figs, 10000)).toBe(true);
    expect(anyInRange(figs, 2000, 10000)).toBe(false);
    expect(anyInRange(figs, undefined, 1500)).toBe(true);
    expect(anyInRange([], 0)).toBe(false);
  });
});
