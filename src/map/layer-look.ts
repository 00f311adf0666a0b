import type { FilterSpecification } from 'maplibre-gl';
import type { LayerDef, StyleLayerDef } from '../data/catalog-types';
import { planFilterOf } from '../state/selectors';
import type { BaseMap } from '../types/core';
import { labelOrder, OSM_LAYER, styleLayerId, styleVisible } from './build-style';
import { composeFilter } from './plan-filter';

/**
 * How the catalog's layers look on one map. Every map the app creates (main, swipe, print) keeps
 * its own and reaches it through `lookOps`, so the three cannot drift apart on, say, which base
 * fills the online base map hides.
 */
export interface Look {
  /** Catalog layers ticked on. */
  visible: ReadonlySet<string>;
  baseMap: BaseMap;
  /** 0–1 by catalog layer id; a layer absent is drawn as its style declares (1). */
  opacity: Readonly<Record<string, number>>;
  /** Catalog layer ids, bottom to top. */
  order: readonly string[];
  /** The site layers, and which of their sites the investor filters let through (null: all). */
  siteLayers: ReadonlySet<string>;
  siteShown: ReadonlySet<string> | null;
  /** The plan phases drawn (null: all of them). */
  phases: readonly string[] | null;
  /** No plan layer at all: the swipe map's "base map alone" side. */
  planHidden: boolean;
  /** A feature whose label is left out: the print map names its focus once, in its own colour. */
  unlabelled: string | null;
}

/** One change to a MapLibre map; a list of them is what a change of look costs. */
export type LookOp =
  | { kind: 'visibility'; layer: string; visible: boolean }
  | { kind: 'paint'; layer: string; prop: string; value: unknown }
  | { kind: 'layout'; layer: string; prop: string; value: unknown }
  | { kind: 'filter'; layer: string; filter: FilterSpecification | null }
  /** `below-labels`: just under the map's first symbol layer; `top`: above everything. */
  | { kind: 'move'; layer: string; to: 'below-labels' | 'top' };

/** The paint properties that carry a style layer's opacity. */
const OPACITY_PROPS: Record<string, readonly string[]> = {
  fill: ['fill-opacity'],
  line: ['line-opacity'],
  circle: ['circle-opacity', 'circle-stroke-opacity'],
  symbol: ['text-opacity', 'icon-opacity'],
};

/** The look `buildStyle` gives a new map, so the first change only pays for what differs from it. */
export function styleLook(catalog: readonly LayerDef[]): Look {
  return {
    visible: new Set(catalog.filter((d) => d.visible).map((d) => d.id)),
    baseMap: 'embedded',
    opacity: {},
    order: catalog.map((d) => d.id),
    siteLayers: new Set(),
    siteShown: null,
    phases: null,
    planHidden: false,
    unlabelled: null,
  };
}

const shownOf = (def: LayerDef, i: number, look: Look) =>
  styleVisible(def, i, look.visible.has(def.id), look.baseMap) && !(look.planHidden && def.plan);

function filterOf(def: LayerDef, i: number, look: Look): FilterSpecification | null {
  const style = def.styles[i];
  const own = (style as { filter?: FilterSpecification } | undefined)?.filter;
  const plan = def.plan ? planFilterOf({ ...look, shownSites: look.siteShown }, def.id) : null;
  const filter = composeFilter(own, plan?.ids ?? null, plan?.phases ?? null);
  if (look.unlabelled === null || style?.type !== 'symbol') return filter;
  const notIt = ['!=', ['get', 'id'], look.unlabelled];
  return (filter ? ['all', filter, notIt] : notIt) as FilterSpecification;
}

const sameSet = (a: ReadonlySet<string> | null, b: ReadonlySet<string> | null) =>
  a === b || (a !== null && b !== null && a.size === b.size && [...a].every((x) => b.has(x)));

const sameList = (a: readonly string[] | null, b: readonly string[] | null) =>
  a === b || (a !== null && b !== null && a.join() === b.join());

const sameFilters = (a: Look, b: Look) =>
  sameSet(a.siteLayers, b.siteLayers) &&
  sameSet(a.siteShown, b.siteShown) &&
  sameList(a.phases, b.phases) &&
  a.unlabelled === b.unlabelled;

/**
 * What has to be set on a map that looks like `from` for it to look like `to`, and nothing more:
 * a layer toggle costs one layout call per style layer, not a pass over the whole catalog, and a
 * map can be changed in place however often the app re-renders.
 */
export function lookOps(catalog: readonly LayerDef[], from: Look, to: Look): LookOp[] {
  const ops: LookOp[] = [];
  if (from.baseMap !== to.baseMap)
    ops.push({ kind: 'visibility', layer: OSM_LAYER, visible: to.baseMap === 'osm' });
  const filters = !sameFilters(from, to);
  for (const def of catalog) {
    const before = from.opacity[def.id] ?? 1;
    const after = to.opacity[def.id] ?? 1;
    def.styles.forEach((style, i) => {
      const layer = styleLayerId(def.id, i);
      const shown = shownOf(def, i, to);
      if (shown !== shownOf(def, i, from)) ops.push({ kind: 'visibility', layer, visible: shown });
      if (before !== after) {
        const paint = (style.paint ?? {}) as Record<string, unknown>;
        for (const prop of OPACITY_PROPS[style.type] ?? []) {
          const own = typeof paint[prop] === 'number' ? (paint[prop] as number) : 1;
          ops.push({ kind: 'paint', layer, prop, value: own * after });
        }
      }
      if (filters) {
        const filter = filterOf(def, i, to);
        if (JSON.stringify(filter) !== JSON.stringify(filterOf(def, i, from)))
          ops.push({ kind: 'filter', layer, filter });
      }
    });
  }
  if (!sameList(from.order, to.order)) ops.push(...orderOps(catalog, to.order));
  return ops;
}

/** A paint property of a style layer as a look draws it: opacity properties scaled by the layer's opacity. */
function paintValue(style: StyleLayerDef, prop: string, layerOpacity: number): unknown {
  const own = ((style.paint ?? {}) as Record<string, unknown>)[prop];
  if (layerOpacity === 1 || !OPACITY_PROPS[style.type]?.includes(prop)) return own;
  return (typeof own === 'number' ? own : 1) * layerOpacity;
}

/**
 * What has to be set on a map drawn with the style layers of `from` for it to look like those of
 * `to` (another map style of the same catalog: same layers and filters, other colours and widths),
 * under the look it shows. Paint and layout properties only; visibility stays the look's.
 */
export function themeOps(from: readonly LayerDef[], to: readonly LayerDef[], look: Look): LookOp[] {
  const ops: LookOp[] = [];
  const before = new Map(from.map((d) => [d.id, d]));
  for (const def of to) {
    const old = before.get(def.id);
    const opacity = look.opacity[def.id] ?? 1;
    def.styles.forEach((style, i) => {
      const was = old?.styles[i];
      if (!was || was.type !== style.type) return;
      const layer = styleLayerId(def.id, i);
      const paint = { ...(was.paint ?? {}), ...(style.paint ?? {}) };
      for (const prop of Object.keys(paint)) {
        const value = paintValue(style, prop, opacity);
        if (JSON.stringify(value) !== JSON.stringify(paintValue(was, prop, opacity)))
          ops.push({ kind: 'paint', layer, prop, value });
      }
      const [a, b] = [
        (was.layout ?? {}) as Record<string, unknown>,
        (style.layout ?? {}) as Record<string, unknown>,
      ];
      for (const prop of Object.keys({ ...a, ...b }))
        if (prop !== 'visibility' && JSON.stringify(a[prop]) !== JSON.stringify(b[prop]))
          ops.push({ kind: 'layout', layer, prop, value: b[prop] });
    });
  }
  return ops;
}

/** Draws the layers in this order, bottom to top; labels stay above every line and fill. */
function orderOps(catalog: readonly LayerDef[], order: readonly string[]): LookOp[] {
  const byId = new Map(catalog.map((d) => [d.id, d]));
  const defs = order.map((id) => byId.get(id)).filter((d): d is LayerDef => d !== undefined);
  const ids = (list: readonly LayerDef[], symbols: boolean) =>
    list.flatMap((d) =>
      d.styles.flatMap((s, i) => ((s.type === 'symbol') === symbols ? [styleLayerId(d.id, i)] : [])),
    );
  return [
    ...ids(defs, false).map((layer): LookOp => ({ kind: 'move', layer, to: 'below-labels' })),
    ...ids(labelOrder(defs), true).map((layer): LookOp => ({ kind: 'move', layer, to: 'top' })),
  ];
}
