import { describe, expect, it } from 'vitest';
import { numberReadings, parseNumber } from './parse-number';

describe('parseNumber', () => {
  it.each([
    ['2378456.12', 2378456.12],
    ['2378456,12', 2378456.12],
    ['2 378 456,12', 2378456.12],
    ['2\u00a0378\u00a0456,12', 2378456.12],
    ['2.378.456,12', 2378456.12],
    ['2,378,456.12', 2378456.12],
    ['445 123', 445123],
    ['−12,5', -12.5],
    ['7', 7],
  ])('reads %s', (text, want) => {
    expect(parseNumber(text)).toBe(want);
  });

  it.each(['', 'abc', '2 37 456', '2.37.456', '12a', '1,2,3.4.5'])('refuses %s', (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});

describe('numberReadings', () => {
  it('splits at tabs or semicolons, reading each cell as a number', () => {
    expect(numberReadings('1\t2 378 456,12\t445 123,45')).toEqual([[1, 2378456.12, 445123.45]]);
    expect(numberReadings('1; 2378456,12; 445123,45; 12,3')).toEqual([[1, 2378456.12, 445123.45, 12.3]]);
  });

  it('splits at commas when every part has a decimal point', () => {
    expect(numberReadings('1,2378456.12,445123.45')[0]).toEqual([1, 2378456.12, 445123.45]);
  });

  it('offers every way spaces can group digits, fewest numbers first', () => {
    const readings = numberReadings('12 378 456,12 445 123,45');
    expect(readings[0]).toEqual([12378456.12, 445123.45]);
    expect(readings).toContainEqual([12, 378456.12, 445123.45]);
    expect(readings).toContainEqual([12, 378, 456.12, 445, 123.45]);
  });

  it('is empty when a part is not a number', () => {
    expect(numberReadings('1\t23x4\t5')).toEqual([]);
    expect(numberReadings('')).toEqual([]);
  });
});
