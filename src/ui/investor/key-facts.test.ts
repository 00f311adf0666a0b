import { describe, expect, it } from 'vitest';
import type { Fact } from '../../data/plan-schema';
import { keyFacts } from './key-facts';

const f = (key: Fact['key'], value: Fact['value']): Fact => ({ key, value, sources: ['seeds/000_a.txt'] });

describe('keyFacts', () => {
  it('takes one fact per key, area and money first, at most four', () => {
    const facts = [
      f('timeline', 'x'),
      f('investor', 'VSIP'),
      f('capital', 6361),
      f('capital', 274.7),
      f('area_ha', 599.76),
      f('length_km', 5),
      f('capacity', 'y'),
    ];
    expect(keyFacts(facts).map((x) => [x.key, x.value])).toEqual([
      ['area_ha', 599.76],
      ['capital', 6361],
      ['length_km', 5],
      ['investor', 'VSIP'],
    ]);
  });
});
