import { describe, expect, it } from 'vitest';
import { measureCopy, measureResult } from './format-measure';

describe('measureResult', () => {
  it('says a length in km and an area in ha, km² and perimeter, in each language', () => {
    expect(measureResult('vi', 'line', [[106.7, 21.8]])).toBeNull();
    expect(
      measureResult('vi', 'line', [
        [106.7, 21.8],
        [106.7, 21.9],
      ]),
    ).toBe('Chiều dài: 11,1 km');
    expect(
      measureResult('en', 'line', [
        [106.7, 21.8],
        [106.7, 21.9],
      ]),
    ).toBe('Length: 11.1 km');
    expect(
      measureResult('vi', 'area', [
        [106.7, 21.8],
        [106.71, 21.8],
      ]),
    ).toBeNull();
    expect(
      measureResult('en', 'area', [
        [106.7, 21.8],
        [106.71, 21.8],
        [106.71, 21.81],
        [106.7, 21.81],
      ]),
    ).toBe('Area: 114.8 ha (1.15 km²) · Perimeter: 4.29 km');
  });
});

describe('measureCopy', () => {
  it('writes the result, then the points as latitude, longitude', () => {
    const text = measureCopy(
      'en',
      'line',
      [
        [106.7, 21.7],
        [106.7, 21.9],
      ],
      'Points:',
    );
    expect(text?.split('\n')).toEqual([
      'Length: 22.2 km',
      'Points:',
      '21.700000, 106.700000',
      '21.900000, 106.700000',
    ]);
  });

  it('gives nothing before there is a result', () => {
    expect(measureCopy('vi', 'area', [[106.7, 21.7]], 'Các điểm:')).toBeNull();
  });
});
