import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG } from './catalog';
import { PICTURE_LAYERS } from './picture-layers';

describe('the static picture of the province', () => {
  it('draws catalog layers with their own file, colours and credit, in the map order', () => {
    const order = CATALOG.map((d) => d.id);
    for (const p of PICTURE_LAYERS) {
      const def = CATALOG.find((d) => d.id === p.id);
      expect(def, p.id).toBeDefined();
      expect(p.file, p.id).toBe(def?.file);
      expect(p.attribution, p.id).toBe(def?.attribution);
      expect(p.plan === true, p.id).toBe(def?.plan === true);
      expect(existsSync(`geodata/${p.file}`), p.file).toBe(true);
      // Its colour is the legend's (or the style's where the legend reads it from the style).
      const colours = JSON.stringify([def?.legend, def?.styles]);
      expect(colours, p.id).toContain(p.color);
      if (p.fill) expect(colours, p.id).toContain(p.fill);
      for (const c of Object.values(p.fillBy?.colors ?? {})) expect(colours, p.id).toContain(c);
    }
    const at = PICTURE_LAYERS.map((p) => order.indexOf(p.id));
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });
});
