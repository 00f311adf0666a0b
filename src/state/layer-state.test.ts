import { describe, expect, it } from 'vitest';
import type { LayerDef } from '../data/catalog-types';
import { defaultLayers, layersFromLink, layersToLink } from './layer-state';

const def = (id: string, visible: boolean) => ({ id, visible }) as LayerDef;
const catalog = [def('a', true), def('b', false), def('c', true), def('d', true)];

describe('layer setup ⇄ link', () => {
  it('writes nothing for the defaults', () => {
    expect(layersToLink(defaultLayers(catalog), catalog)).toBeNull();
    expect(layersFromLink(null, catalog)).toEqual(defaultLayers(catalog));
  });

  it('round-trips visibility, order and opacity, keeping hidden layers in place', () => {
    const link = [
      { id: 'd', opacity: 1 },
      { id: 'a', opacity: 0.5 },
    ];
    const setup = layersFromLink(link, catalog);
    expect([...setup.visible]).toEqual(['d', 'a']);
    expect(setup.order).toEqual(['d', 'b', 'c', 'a']);
    expect(setup.opacity).toEqual({ a: 0.5 });
    expect(layersToLink(setup, catalog)).toEqual(link);
  });

  it('ignores ids the catalog does not have', () => {
    expect([...layersFromLink([{ id: 'zzz', opacity: 1 }], catalog).visible]).toEqual([]);
  });
});
