import { describe, expect, it } from 'vitest';
import { sameFields } from './use-fields';

describe('sameFields', () => {
  it('compares the values of the same keys, one level deep, by identity', () => {
    const list = [1];
    expect(sameFields({ a: 1, list }, { a: 1, list })).toBe(true);
    expect(sameFields({ a: 1, list }, { a: 1, list: [1] })).toBe(false);
    expect(sameFields({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameFields({ a: Number.NaN }, { a: Number.NaN })).toBe(true);
  });

  it('a key added, dropped or renamed is a change, even to undefined', () => {
    expect(sameFields({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameFields({ a: 1, b: undefined }, { a: 1 })).toBe(false);
    expect(sameFields({ a: undefined }, { b: undefined })).toBe(false);
  });
});
