import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../geodata/catalog';
import type { LayerDef } from './catalog-types';
import { legendOf, swatchOf } from './legend';

describe('legend', () => {
  it('reads a swatch from the style layer itself', () => {
    expect(
      swatchOf({
        type: 'line',
        paint: { 'line-color': '#123456', 'line-width': 3, 'line-dasharray': [2, 1] },
      }),
    ).toEqual({ kind: 'line', color: '#123456', dash: true, width: 3 });
    expect(swatchOf({ type: 'fill', paint: { 'fill-color': ['get', 'c'] } })).toBeUndefined();
  });

  it('falls back to the layer title and its first plain-coloured style', () => {
    const def = {
      id: 'x',
      title: { vi: 'X', en: 'X' },
      styles: [{ type: 'circle', paint: { 'circle-color': '#ff0000' } }],
    } as unknown as LayerDef;
    expect(legendOf(def)).toEqual([
      { label: def.title, swatch: { kind: 'circle', color: '#ff0000', outline: undefined } },
    ]);
  });

  it('gives every catalog layer at least one legend row', () => {
    for (const def of CATALOG) expect(legendOf(def).length, def.id).toBeGreaterThan(0);
  });
});
