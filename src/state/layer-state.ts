import type { LayerDef } from '../data/catalog-types';
import type { LayerState } from './url';

export interface LayerSetup {
  visible: ReadonlySet<string>;
  /** All catalog ids, bottom to top. */
  order: readonly string[];
  opacity: Readonly<Record<string, number>>;
}

export function defaultLayers(catalog: readonly LayerDef[]): LayerSetup {
  return {
    visible: new Set(catalog.filter((d) => d.visible).map((d) => d.id)),
    order: catalog.map((d) => d.id),
    opacity: {},
  };
}

/**
 * The layer setup a link describes: its layers visible, in its order, at its opacity. Hidden layers
 * keep their catalog places; the visible ones fill the places they hold in the catalog, in the
 * link's order.
 */
export function layersFromLink(list: readonly LayerState[] | null, catalog: readonly LayerDef[]): LayerSetup {
  if (!list) return defaultLayers(catalog);
  const ids = catalog.map((d) => d.id);
  const listed = list.map((l) => l.id).filter((id) => ids.includes(id));
  const queue = [...listed];
  const order = ids.map((id) => (listed.includes(id) ? (queue.shift() ?? id) : id));
  const opacity: Record<string, number> = {};
  for (const l of list) if (l.opacity < 1) opacity[l.id] = l.opacity;
  return { visible: new Set(listed), order, opacity };
}

/** The layers to write in a link, or null when they are the catalog's defaults (a shorter link). */
export function layersToLink(setup: LayerSetup, catalog: readonly LayerDef[]): LayerState[] | null {
  const list = setup.order
    .filter((id) => setup.visible.has(id))
    .map((id) => ({ id, opacity: setup.opacity[id] ?? 1 }));
  const d = defaultLayers(catalog);
  const isDefault =
    setup.order.join() === d.order.join() &&
    list.length === d.visible.size &&
    list.every((l) => d.visible.has(l.id) && l.opacity === 1);
  return isDefault ? null : list;
}

/** Swaps a layer with its neighbour of the same group in the draw order (up = drawn later, on top); the same order when it cannot move. */
export function moveInOrder(
  order: readonly string[],
  catalog: readonly LayerDef[],
  id: string,
  dir: 'up' | 'down',
): readonly string[] {
  const group = catalog.find((d) => d.id === id)?.group;
  const same = order.filter((x) => catalog.find((d) => d.id === x)?.group === group);
  const i = same.indexOf(id);
  const j = dir === 'up' ? i + 1 : i - 1;
  const other = same[j];
  if (i < 0 || other === undefined) return order;
  return order.map((x) => (x === id ? other : x === other ? id : x));
}
