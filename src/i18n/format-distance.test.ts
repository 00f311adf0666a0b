import { describe, expect, it } from 'vitest';
import { formatKm, roundKm } from './format-distance';

describe('formatKm', () => {
  it('gives a tenth of a km between real positions, in each language', () => {
    expect(formatKm('vi', 12.345, 'derived')).toBe('12,3 km');
    expect(formatKm('en', 12.345, 'official')).toBe('12.3 km');
    expect(formatKm('en', 1234.56, 'derived')).toBe('1,234.6 km');
  });
  it('rounds to the km when an end is approximate, to 5 km when it is only sketched', () => {
    expect(formatKm('vi', 63.59, 'approximate')).toBe('≈ 64 km');
    expect(formatKm('en', 0.87, 'approximate')).toBe('< 1 km');
    expect(formatKm('en', 17.9, 'schematic')).toBe('≈ 20 km');
    expect(formatKm('en', 12.4, 'schematic')).toBe('≈ 10 km');
    expect(formatKm('vi', 0.4, 'schematic')).toBe('< 5 km');
  });

  it('gives the rounded value that comparisons use, so what reads equal compares equal', () => {
    expect(roundKm(0.4, 'approximate')).toEqual({ value: 1, below: true, step: 1 });
    expect(roundKm(0.9, 'approximate')).toEqual(roundKm(0.2, 'approximate'));
    expect(roundKm(12.44, 'derived')).toEqual({ value: 12.4, below: false, step: 0.1 });
    expect(roundKm(22.6, 'schematic').value).toBe(25);
  });
});
