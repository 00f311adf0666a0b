import { describe, expect, it } from 'vitest';
import { formatKm } from './format-distance';

describe('formatKm', () => {
  it('gives a tenth of a km between real positions, in each language', () => {
    expect(formatKm('vi', 12.345, 'derived')).toBe('12,3 km');
    expect(formatKm('en', 12.345, 'official')).toBe('12.3 km');
    expect(formatKm('en', 1234.56, 'derived')).toBe('1,234.6 km');
  });
  it('rounds to the km, marked as approximate, when an end is not exact', () => {
    expect(formatKm('vi', 63.59, 'approximate')).toBe('≈ 64 km');
    expect(formatKm('en', 17.9, 'schematic')).toBe('≈ 18 km');
    expect(formatKm('en', 0.87, 'approximate')).toBe('< 1 km');
  });
});
