import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../geodata/catalog';
import type { LayerDef, StyleLayerDef } from '../data/catalog-types';
import { OSM_LAYER } from './build-style';
import { type Look, type LookOp, lookOps, styleLook, themeOps } from './layer-look';
import { applyLookOps, type LookTarget, MapLook } from './map-look';

const def = (id: string, styles: StyleLayerDef[], extra: Partial<LayerDef> = {}): LayerDef => ({
  id,
  group: 'industry',
  title: { vi: id, en: id },
  file: `${id}.geojson`,
  styles,
  visible: true,
  attribution: 'plan',
  provenance: { vi: '', en: '' },
  ...extra,
});

const PROVINCE = def('province', [{ type: 'fill', paint: { 'fill-color': '#eee' } }, { type: 'line' }], {
  group: 'base',
});
const ROADS = def('roads', [{ type: 'line', paint: { 'line-opacity': 0.8 } }], {
  group: 'base',
  visible: false,
});
const SITES = def(
  'sites',
  [
    { type: 'circle', filter: ['==', ['get', 'kind'], 'park'] },
    { type: 'symbol', layout: { 'text-field': ['get', 'name'] } },
  ],
  { plan: true, labelPriority: 2 },
);
const TOWNS = def('towns', [{ type: 'symbol', layout: { 'text-field': ['get', 'name'] } }], {
  group: 'base',
});
const CAT = [PROVINCE, ROADS, SITES, TOWNS];
const START = styleLook(CAT);
const ops = (change: Partial<Look>, from: Look = START) => lookOps(CAT, from, { ...from, ...change });

describe('lookOps', () => {
  it('asks nothing of a map that already looks right, the whole catalog included', () => {
    expect(lookOps(CATALOG, styleLook(CATALOG), styleLook(CATALOG))).toEqual([]);
    expect(ops({ visible: new Set(START.visible), order: [...START.order], phases: null })).toEqual([]);
  });

  it('turns a layer on or off with one layout call per style layer, touching no other', () => {
    expect(ops({ visible: new Set(['province', 'sites', 'towns', 'roads']) })).toEqual([
      { kind: 'visibility', layer: 'roads--0', visible: true },
    ]);
    expect(ops({ visible: new Set(['province', 'towns']) })).toEqual([
      { kind: 'visibility', layer: 'sites--0', visible: false },
      { kind: 'visibility', layer: 'sites--1', visible: false },
    ]);
  });

  it('over the OpenStreetMap tiles, hides the embedded base fills, and shows them again after', () => {
    const osm = { ...START, baseMap: 'osm' as const };
    expect(ops({ baseMap: 'osm' })).toEqual([
      { kind: 'visibility', layer: OSM_LAYER, visible: true },
      { kind: 'visibility', layer: 'province--0', visible: false },
    ]);
    expect(lookOps(CAT, osm, START)).toEqual([
      { kind: 'visibility', layer: OSM_LAYER, visible: false },
      { kind: 'visibility', layer: 'province--0', visible: true },
    ]);
    // A layer that is off stays off whichever base map is on.
    const off = { ...START, visible: new Set(['sites']) };
    expect(lookOps(CAT, off, { ...off, baseMap: 'osm' })).toEqual([
      { kind: 'visibility', layer: OSM_LAYER, visible: true },
    ]);
  });

  it('scales the opacities a style declares, for the layer whose opacity changed only', () => {
    const half = ops({ opacity: { roads: 0.5, sites: 1 } });
    expect(half).toEqual([{ kind: 'paint', layer: 'roads--0', prop: 'line-opacity', value: 0.4 }]);
    expect(ops({ opacity: { sites: 0.25 } })).toEqual([
      { kind: 'paint', layer: 'sites--0', prop: 'circle-opacity', value: 0.25 },
      { kind: 'paint', layer: 'sites--0', prop: 'circle-stroke-opacity', value: 0.25 },
      { kind: 'paint', layer: 'sites--1', prop: 'text-opacity', value: 0.25 },
      { kind: 'paint', layer: 'sites--1', prop: 'icon-opacity', value: 0.25 },
    ]);
    // Dropping a layer's opacity from the record draws it as declared again.
    const from = { ...START, opacity: { roads: 0.5 } };
    expect(lookOps(CAT, from, START)).toEqual([
      { kind: 'paint', layer: 'roads--0', prop: 'line-opacity', value: 0.8 },
    ]);
  });

  it('filters the plan layers by phase and the site layers by the investor filter, keeping their own filter', () => {
    const phased = ops({ phases: ['existing'] });
    expect(phased.map((o) => o.layer)).toEqual(['sites--0', 'sites--1']);
    expect(phased[0]).toEqual({
      kind: 'filter',
      layer: 'sites--0',
      filter: ['all', ['==', ['get', 'kind'], 'park'], ['in', ['get', 'phase'], ['literal', ['existing']]]],
    });
    const sites = ops({ siteLayers: new Set(['sites']), siteShown: new Set(['a']) });
    expect(sites[1]).toEqual({
      kind: 'filter',
      layer: 'sites--1',
      filter: ['in', ['get', 'id'], ['literal', ['a']]],
    });
    // Back to all phases: the layers' own filters, and none where they declare none.
    const from = { ...START, phases: ['2030'] };
    expect(lookOps(CAT, from, START)).toEqual([
      { kind: 'filter', layer: 'sites--0', filter: ['==', ['get', 'kind'], 'park'] },
      { kind: 'filter', layer: 'sites--1', filter: null },
    ]);
    // The same sites in a new set cost nothing.
    const shown = { ...START, siteLayers: new Set(['sites']), siteShown: new Set(['a', 'b']) };
    expect(lookOps(CAT, shown, { ...shown, siteShown: new Set(['b', 'a']) })).toEqual([]);
  });

  it('writes filters MapLibre accepts', () => {
    const look = {
      ...START,
      phases: ['existing', '2030'],
      siteLayers: new Set(['sites']),
      siteShown: new Set(['a']),
    };
    const filters = lookOps(CAT, START, { ...look, unlabelled: 'x' }).flatMap((o) =>
      o.kind === 'filter' ? [o.filter] : [],
    );
    expect(filters).toHaveLength(3);
    for (const filter of filters) {
      const style = {
        version: 8,
        sources: { s: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
        layers: [{ id: 'l', type: 'circle', source: 's', ...(filter ? { filter } : {}) }],
      };
      expect(validateStyleMin(style as never)).toEqual([]);
    }
  });

  it('leaves one feature unlabelled on every label layer, base map included, for the print map', () => {
    expect(ops({ unlabelled: 'kcn-1' })).toEqual([
      { kind: 'filter', layer: 'sites--1', filter: ['!=', ['get', 'id'], 'kcn-1'] },
      { kind: 'filter', layer: 'towns--0', filter: ['!=', ['get', 'id'], 'kcn-1'] },
    ]);
  });

  it('hides the whole plan, and only the plan, for the base-map side of the divider', () => {
    expect(ops({ planHidden: true })).toEqual([
      { kind: 'visibility', layer: 'sites--0', visible: false },
      { kind: 'visibility', layer: 'sites--1', visible: false },
    ]);
  });

  it('reorders lines and fills under the labels, and labels by priority on top', () => {
    expect(ops({ order: ['sites', 'towns', 'roads', 'province'] })).toEqual<LookOp[]>([
      { kind: 'move', layer: 'sites--0', to: 'below-labels' },
      { kind: 'move', layer: 'roads--0', to: 'below-labels' },
      { kind: 'move', layer: 'province--0', to: 'below-labels' },
      { kind: 'move', layer: 'province--1', to: 'below-labels' },
      { kind: 'move', layer: 'towns--0', to: 'top' },
      { kind: 'move', layer: 'sites--1', to: 'top' },
    ]);
  });
});

/** A map that only records what it is asked to do. */
function recorder(layers: { id: string; type: string }[]) {
  const calls: unknown[][] = [];
  const map = {
    setLayoutProperty: (...a: unknown[]) => calls.push(['layout', ...a]),
    setPaintProperty: (...a: unknown[]) => calls.push(['paint', ...a]),
    setFilter: (...a: unknown[]) => calls.push(['filter', ...a]),
    moveLayer: (...a: unknown[]) => calls.push(['move', ...a]),
    getStyle: () => ({ layers }),
  } as unknown as LookTarget;
  return { map, calls };
}

describe('applyLookOps and MapLook', () => {
  it('turns each operation into its MapLibre call, labels moved above the first one', () => {
    const { map, calls } = recorder([
      { id: 'province--0', type: 'fill' },
      { id: 'towns--0', type: 'symbol' },
    ]);
    applyLookOps(map, [
      { kind: 'visibility', layer: 'a', visible: false },
      { kind: 'paint', layer: 'a', prop: 'line-opacity', value: 0.5 },
      { kind: 'filter', layer: 'a', filter: null },
      { kind: 'move', layer: 'a', to: 'below-labels' },
      { kind: 'move', layer: 'b', to: 'top' },
    ]);
    expect(calls).toEqual([
      ['layout', 'a', 'visibility', 'none'],
      ['paint', 'a', 'line-opacity', 0.5],
      ['filter', 'a', null],
      ['move', 'a', 'towns--0'],
      ['move', 'b', undefined],
    ]);
  });

  it('waits for the style, then sets only what changed since the map last looked', () => {
    const { map, calls } = recorder([]);
    const waiting: (() => void)[] = [];
    let ready = false;
    const look = new MapLook(map, CAT, (fn) => (ready ? fn() : waiting.push(fn)));
    look.set({ visible: new Set(['province']) });
    look.set({ visible: new Set(['province', 'sites']) });
    expect(calls).toEqual([]);
    ready = true;
    for (const fn of waiting) fn();
    expect(calls).toEqual([['layout', 'towns--0', 'visibility', 'none']]);
    look.set({ visible: new Set(['province', 'sites']) });
    expect(calls).toHaveLength(1);
    expect(look.current.visible.has('sites')).toBe(true);
  });
});

describe('themeOps: another map style in place', () => {
  const BOLD = CAT.map((d) =>
    d.id === 'roads'
      ? {
          ...d,
          styles: [{ type: 'line', paint: { 'line-opacity': 1, 'line-color': '#111' } } as StyleLayerDef],
        }
      : d.id === 'towns'
        ? {
            ...d,
            styles: [
              { type: 'symbol', layout: { 'text-field': ['get', 'name'], 'text-size': 14 } } as StyleLayerDef,
            ],
          }
        : d,
  );

  it('sets the paint and layout properties that differ, and nothing else', () => {
    expect(themeOps(CAT, CAT, START)).toEqual([]);
    expect(themeOps(CAT, BOLD, START)).toEqual<LookOp[]>([
      { kind: 'paint', layer: 'roads--0', prop: 'line-opacity', value: 1 },
      { kind: 'paint', layer: 'roads--0', prop: 'line-color', value: '#111' },
      { kind: 'layout', layer: 'towns--0', prop: 'text-size', value: 14 },
    ]);
    // Back again: a property the new style does not set is reset to MapLibre's default.
    expect(themeOps(BOLD, CAT, START)).toContainEqual({
      kind: 'paint',
      layer: 'roads--0',
      prop: 'line-color',
      value: undefined,
    });
  });

  it("keeps a layer's opacity: the new style's own opacity is scaled by it", () => {
    const half = { ...START, opacity: { roads: 0.5 } };
    expect(themeOps(CAT, BOLD, half)).toContainEqual({
      kind: 'paint',
      layer: 'roads--0',
      prop: 'line-opacity',
      value: 0.5,
    });
  });

  it('MapLook switches style once the style is parsed, then applies the look on the new one', () => {
    const { map, calls } = recorder([]);
    const look = new MapLook(map, CAT, (fn) => fn());
    look.set({ opacity: { roads: 0.5 } });
    calls.length = 0;
    look.setCatalog(BOLD);
    expect(calls).toContainEqual(['paint', 'roads--0', 'line-opacity', 0.5]);
    expect(calls).toContainEqual(['paint', 'roads--0', 'line-color', '#111']);
    calls.length = 0;
    look.setCatalog(BOLD);
    expect(calls).toEqual([]);
  });

  it('the high-contrast catalog is a valid style, switched to and from the usual one', async () => {
    const { contrastCatalog } = await import('../../geodata/contrast');
    const { buildStyle } = await import('./build-style');
    const contrast = contrastCatalog(CATALOG);
    expect(validateStyleMin(buildStyle(contrast, { lang: 'vi' }))).toEqual([]);
    const there = themeOps(CATALOG, contrast, styleLook(CATALOG));
    expect(there.length).toBeGreaterThan(40);
    expect(there.every((o) => o.kind === 'paint' || o.kind === 'layout')).toBe(true);
    expect(themeOps(contrast, contrast, styleLook(CATALOG))).toEqual([]);
  });
});
