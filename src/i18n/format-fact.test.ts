import { describe, expect, it } from 'vitest';
import { formatDate, formatFactValue } from './format-fact';

describe('formatFactValue', () => {
  it('formats numbers with the unit in each language', () => {
    expect(formatFactValue('vi', { value: 6361, unit: 'bn VND' })).toBe('6.361 tỷ đồng');
    expect(formatFactValue('en', { value: 6361, unit: 'bn VND' })).toBe('6,361 bn VND');
    expect(formatFactValue('vi', { value: 599.76, unit: 'ha' })).toBe('599,76 ha');
  });

  it("puts the source's qualifier before the number", () => {
    expect(formatFactValue('vi', { value: 71, unit: 'million VND', qualifier: 'about' })).toBe(
      'khoảng 71 triệu đồng',
    );
    expect(formatFactValue('en', { value: 47, unit: '%', qualifier: 'over' })).toBe('over 47%');
    expect(formatFactValue('vi', { value: 10000, unit: 'bn VND', qualifier: 'at_least' })).toBe(
      'từ 10.000 tỷ đồng trở lên',
    );
  });

  it('formats ranges and translated text', () => {
    expect(formatFactValue('en', { value: { min: 3500, max: 4500 }, unit: 'bn VND' })).toBe(
      '3,500–4,500 bn VND',
    );
    expect(formatFactValue('vi', { value: { vi: 'Đối tác công tư', en: 'PPP' } })).toBe('Đối tác công tư');
    expect(formatFactValue('en', { value: 'VSIP Lạng Sơn' })).toBe('VSIP Lạng Sơn');
  });
});

describe('formatDate', () => {
  it('writes full, month and year dates per language', () => {
    expect(formatDate('vi', '2024-12-11')).toBe('11/12/2024');
    expect(formatDate('en', '2024-12-11')).toBe('11 Dec 2024');
    expect(formatDate('en', '2025-06')).toBe('Jun 2025');
    expect(formatDate('vi', '2019')).toBe('2019');
  });
});
