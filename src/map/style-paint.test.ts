import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { landUseCodeOf } from '../analysis/land-use-codes';
import { summariseFields } from '../import/field-summary';
import { codeOf, colourOf, labelFieldOf, stylePaint } from './style-paint';

/** Evaluates an expression on a feature with these properties, as MapLibre would. */
function evaluate(expression: unknown, properties: Record<string, unknown>): unknown {
  if (typeof expression === 'string') return expression;
  const parsed = createExpression(expression, 'layers[0].paint.fill-color');
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 14 }, { type: 'Polygon', properties } as never);
}

const fields = summariseFields(
  [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => ({
    type: 'Feature' as const,
    properties: { n, kind: n <= 6 ? 'a' : n <= 9 ? 'b' : 'c', code: n % 2 ? 'LUC' : 'ONT' },
    geometry: null,
  })),
);

describe('the paint by attribute', () => {
  it('reads a land-use code by the same rule as the table', () => {
    for (const v of ['ONT+CLN', 'luc', 'SKK', 'x', 12, null, undefined, ''])
      expect([v, evaluate(codeOf('kh'), { kh: v })]).toEqual([v, landUseCodeOf(v) ?? '']);
  });

  it('fills a land-use code in its colour, an unknown one in grey, and high contrast by class', () => {
    const fill = stylePaint('fill', { by: 'land-use', field: 'kh' }, [], 1, false)['fill-color'];
    expect(evaluate(fill, { kh: 'LUC' })).toBe('#fffc8c');
    expect(evaluate(fill, { kh: 'ont+cln' })).toBe('#ffd0ff');
    expect(evaluate(fill, { kh: 'QQQ' })).toBe('#7f7f7f');
    expect(evaluate(fill, { kh: 'CNT' })).toBe('#7f7f7f');
    const contrast = stylePaint('fill', { by: 'land-use', field: 'kh' }, [], 1, true)['fill-color'];
    expect(evaluate(contrast, { kh: 'LUC' })).toBe('#f0e442');
  });

  it('gives each category its colour, most features first, and any other value grey', () => {
    const colour = colourOf({ by: 'categories', field: 'kind' }, fields, false);
    expect([
      evaluate(colour, { kind: 'a' }),
      evaluate(colour, { kind: 'b' }),
      evaluate(colour, { kind: 'c' }),
    ]).toEqual(['#4e79a7', '#f28e2b', '#e15759']);
    expect(evaluate(colour, { kind: 'z' })).toBe('#d9d9d9');
    // Numbers are matched as the summary wrote them: as text.
    expect(evaluate(colourOf({ by: 'categories', field: 'n' }, fields, false), { n: 3 })).not.toBe('#d9d9d9');
  });

  it('puts each number in its class, a value at a break in the class above, and no number in grey', () => {
    const colour = colourOf({ by: 'classes', field: 'n', method: 'equal', count: 3 }, fields, false);
    // 1…10 in three equal widths: breaks at 4 and 7.
    expect([1, 3.9, 4, 6.9, 7, 10].map((n) => evaluate(colour, { n }))).toEqual([
      '#edf8b1',
      '#edf8b1',
      '#7fcdbb',
      '#7fcdbb',
      '#2c7fb8',
      '#2c7fb8',
    ]);
    expect(evaluate(colour, { n: '8' })).toBe('#2c7fb8');
    expect(evaluate(colour, { n: null })).toBe('#d9d9d9');
    expect(evaluate(colour, {})).toBe('#d9d9d9');
    expect(evaluate(colour, { n: 'không rõ' })).toBe('#d9d9d9');
    expect(evaluate(colour, { n: '' })).toBe('#d9d9d9');
  });

  it('labels by the chosen field, else by a land-use layer’s codes', () => {
    expect(labelFieldOf({ by: 'land-use', field: 'kh' }, undefined)).toBe('kh');
    expect(labelFieldOf({ by: 'land-use', field: 'kh' }, 'ten')).toBe('ten');
    expect(labelFieldOf({ by: 'categories', field: 'kh' }, undefined)).toBeNull();
    expect(labelFieldOf(undefined, undefined)).toBeNull();
    expect(labelFieldOf({ by: 'land-use', field: 'kh' }, '')).toBeNull();
  });

  it('draws a line in its colour and an area’s outline in grey', () => {
    const line = stylePaint('line', { by: 'categories', field: 'kind' }, fields, 1, false);
    const parsed = (e: unknown, type: string) => {
      const x = createExpression(e, 'layers[0].paint.line-color');
      if (x.result !== 'success') throw new Error('bad');
      return x.value.evaluate({ zoom: 14 }, { type, properties: { kind: 'a' } } as never);
    };
    expect(parsed(line['line-color'], 'LineString')).toBe('#4e79a7');
    expect(parsed(line['line-color'], 'Polygon')).toBe('#5f5f5f');
    expect(parsed(line['line-width'], 'LineString')).toBe(2);
  });
});
