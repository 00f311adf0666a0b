import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { landUseCodeOf } from '../analysis/land-use-codes';
import { codeOf, landUsePaint } from './land-use-paint';

/** Evaluates an expression on a feature with these properties, as MapLibre would. */
function evaluate(expression: unknown, properties: Record<string, unknown>): unknown {
  const parsed = createExpression(expression, 'layers[0].paint.fill-color');
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 14 }, { type: 'Polygon', properties } as never);
}

describe('the land-use paint', () => {
  it('reads a code by the same rule as the table', () => {
    for (const v of ['ONT+CLN', 'luc', 'SKK', 'x', 12, null, undefined, ''])
      expect([v, evaluate(codeOf('kh'), { kh: v })]).toEqual([v, landUseCodeOf(v) ?? '']);
  });

  it('fills a code in its colour, an unknown one in grey, and high contrast by class', () => {
    const fill = landUsePaint('fill', 'kh', 1, false)['fill-color'];
    expect(evaluate(fill, { kh: 'LUC' })).toBe('#fffc8c');
    expect(evaluate(fill, { kh: 'ont+cln' })).toBe('#ffd0ff');
    expect(evaluate(fill, { kh: 'QQQ' })).toBe('#7f7f7f');
    expect(evaluate(fill, { kh: 'CNT' })).toBe('#7f7f7f');
    const contrast = landUsePaint('fill', 'kh', 1, true)['fill-color'];
    expect(evaluate(contrast, { kh: 'LUC' })).toBe('#f0e442');
  });
});
