import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { featureAreaM2, MAX_VALUES, RESERVOIR, summariseFields, valueText } from './field-summary';
import { isLayerData, serialiseCollection } from './layer-data';

const square = (w: number, s: number, d: number): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [w + d, s],
      [w + d, s + d],
      [w, s + d],
      [w, s],
    ],
  ],
});
const f = (
  properties: Record<string, unknown> | null,
  geometry: Geometry | null = null,
): Feature<Geometry | null> => ({
  type: 'Feature',
  properties,
  geometry,
});

describe('summariseFields', () => {
  it('lists each value with its features and the area of its polygons', () => {
    const a = square(106.7, 21.8, 0.001);
    const b = square(106.7, 21.8, 0.002);
    const fields = summariseFields([
      f({ loai: 'LUC', ten: 'A' }, a),
      f({ loai: 'LUC', ten: 'B' }, b),
      f({ loai: 'ONT', ten: 'C' }, a),
      f({ loai: '', ten: 'D' }, { type: 'Point', coordinates: [106.7, 21.8] }),
    ]);
    const loai = fields.find((x) => x.name === 'loai');
    expect(loai?.count).toBe(3);
    expect(loai?.values?.map((v) => [v.value, v.count])).toEqual([
      ['LUC', 2],
      ['ONT', 1],
    ]);
    const luc = loai?.values?.[0];
    // A 0.001° square at 21.8° N: 103.4 m × 110.7 m ≈ 1.15 ha; the 0.002° one four times that.
    expect(luc?.areaM2).toBeCloseTo(featureAreaM2(a) + featureAreaM2(b), 6);
    expect(featureAreaM2(b) / featureAreaM2(a)).toBeCloseTo(4, 2);
    expect(featureAreaM2(a)).toBeGreaterThan(11_400);
    expect(featureAreaM2(a)).toBeLessThan(11_500);
    expect(fields.find((x) => x.name === 'ten')?.values).toHaveLength(4);
  });

  it('gives the range of a numeric field, numeric text included, and none once a value is not a number', () => {
    const fields = summariseFields([
      f({ n: 3, m: '12.5', k: 1 }),
      f({ n: -2, m: '7', k: 'x' }),
      f({ n: null }),
    ]);
    expect(fields.find((x) => x.name === 'n')?.range).toEqual([-2, 3]);
    expect(fields.find((x) => x.name === 'm')?.range).toEqual([7, 12.5]);
    expect(fields.find((x) => x.name === 'k')?.range).toBeNull();
    expect(fields.find((x) => x.name === 'n')?.count).toBe(2);
  });

  it('stops listing the values of a field past MAX_VALUES distinct ones (a name, an id)', () => {
    const features = Array.from({ length: MAX_VALUES + 1 }, (_, i) =>
      f({ id: `p${i}`, kind: i % 2 ? 'a' : 'b' }),
    );
    const fields = summariseFields(features);
    expect(fields.find((x) => x.name === 'id')?.values).toBeNull();
    expect(fields.find((x) => x.name === 'id')?.count).toBe(MAX_VALUES + 1);
    expect(fields.find((x) => x.name === 'kind')?.values).toHaveLength(2);
  });

  it('reads values as text: numbers and booleans as written, objects and blanks as none', () => {
    expect(valueText(12)).toBe('12');
    expect(valueText(true)).toBe('true');
    expect(valueText('  ')).toBeNull();
    expect(valueText({ a: 1 })).toBeNull();
    expect(valueText(Number.NaN)).toBeNull();
  });

  it('is written with a layer’s bytes; a stored one of another shape does not fail the layer (it is made anew)', () => {
    const data = serialiseCollection({
      type: 'FeatureCollection',
      features: [f({ loai: 'LUC' }, square(106, 21, 0.01))],
    });
    expect(data.fields?.[0]?.name).toBe('loai');
    expect(isLayerData(data)).toBe(true);
    expect(isLayerData({ ...data, fields: [{ name: 3 }] })).toBe(true);
    const { fields: _none, ...older } = data;
    expect(isLayerData(older)).toBe(true);
  });

  it('counts the features without a value, and the area of their polygons', () => {
    const a = square(106.7, 21.8, 0.001);
    const [kh] = summariseFields([f({ kh: 'LUC' }, a), f({ kh: '' }, a), f({}, a), f(null, a)]);
    expect(kh?.count).toBe(1);
    expect(kh?.missing.count).toBe(3);
    expect(kh?.missing.areaM2).toBeCloseTo(3 * featureAreaM2(a), 3);
  });

  it('takes the percentiles of a big numeric field from an even sample, the same every time', () => {
    const n = RESERVOIR * 3;
    const features = Array.from({ length: n }, (_, i) => f({ v: i }));
    const [v] = summariseFields(features);
    const again = summariseFields(features)[0];
    expect(v?.percentiles).toEqual(again?.percentiles);
    expect(v?.range).toEqual([0, n - 1]);
    // The median of 0 … n − 1 is n / 2: a sample of RESERVOIR puts it within a few percent of that.
    expect(Math.abs((v?.percentiles?.[50] ?? 0) / (n / 2) - 1)).toBeLessThan(0.03);
    expect(v?.percentiles?.[0]).toBeGreaterThanOrEqual(0);
  });
});
