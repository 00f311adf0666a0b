import { describe, expect, it } from 'vitest';
import { summariseFields } from '../import/field-summary';
import {
  CATEGORY_COLOURS,
  canClassify,
  categoryRows,
  classBreaks,
  classRows,
  OTHER_COLOUR,
} from './classify';

const summary = (values: unknown[]) => {
  const [f] = summariseFields(values.map((v) => ({ type: 'Feature', properties: { v }, geometry: null })));
  if (!f) throw new Error('no field');
  return f;
};

describe('categoryRows', () => {
  it('colours the ten most frequent values and counts the rest as other', () => {
    const values = Array.from({ length: 12 }, (_, i) => Array.from({ length: 12 - i }, () => `v${i}`)).flat();
    const rows = categoryRows(summary(values));
    expect(rows).toHaveLength(11);
    expect(rows[0]).toMatchObject({ value: 'v0', colour: CATEGORY_COLOURS[0], count: 12 });
    expect(rows[10]).toMatchObject({ value: null, colour: OTHER_COLOUR, count: 2 + 1 });
  });
});

describe('classBreaks', () => {
  const ones = summary(Array.from({ length: 100 }, (_, i) => i + 1));

  it('cuts a range into equal widths', () => {
    expect(classBreaks(ones, 'equal', 3)).toEqual([34, 67]);
    expect(classBreaks(ones, 'equal', 5)).toEqual([20.8, 40.6, 60.4, 80.2]);
  });

  it('cuts at the percentiles for classes of equal counts', () => {
    expect(classBreaks(ones, 'quantile', 5)).toEqual([21, 41, 60, 80]);
  });

  it('merges breaks that coincide where many features share a value', () => {
    const skewed = summary([
      ...Array.from({ length: 90 }, () => 1),
      ...Array.from({ length: 10 }, (_, i) => i + 2),
    ]);
    expect(classBreaks(skewed, 'quantile', 5)).toEqual([]);
    const rows = classRows(skewed, 'quantile', 5);
    expect(rows).toEqual([{ from: 1, to: 11, colour: '#253494' }]);
    expect(classRows(skewed, 'equal', 3).map((r) => r.colour)).toEqual(['#edf8b1', '#7fcdbb', '#2c7fb8']);
  });

  it('classifies only numeric fields with more than one value', () => {
    expect(canClassify(ones)).toBe(true);
    expect(canClassify(summary([5, 5, 5]))).toBe(false);
    expect(canClassify(summary(['a', 1]))).toBe(false);
    expect(canClassify(summary(['12.5', '3']))).toBe(true);
  });
});
