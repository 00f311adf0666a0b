import type { ImportedLayer } from '../import/imported-store';
import type { AppState } from './app-state';

const byAddedAt = (a: ImportedLayer, b: ImportedLayer) => Date.parse(a.addedAt) - Date.parse(b.addedAt);

/**
 * Adds an imported layer (or puts a removed one back). The list stays in the order the layers were
 * added, which is their drawing order: a removal undone puts the layer back where it was.
 */
export function addImported(s: AppState, layer: ImportedLayer): AppState {
  return { ...s, imported: [...s.imported.filter((x) => x.id !== layer.id), layer].sort(byAddedAt) };
}

/** The layers stored in this browser, read after the first view: they go first, those imported meanwhile after. */
export function importedLoaded(s: AppState, stored: readonly ImportedLayer[]): AppState {
  const now = s.imported.filter((l) => !stored.some((x) => x.id === l.id));
  return { ...s, imported: [...stored, ...now] };
}

export type ImportedPatch = Partial<
  Pick<ImportedLayer, 'color' | 'opacity' | 'visible' | 'name' | 'style' | 'label'>
>;

/** Changes an imported layer's look or name; `style: undefined` puts it back in its one colour, `label: undefined` takes its labels off. */
export function updateImported(s: AppState, id: string, patch: ImportedPatch): AppState {
  return {
    ...s,
    imported: s.imported.map((l) => {
      if (l.id !== id) return l;
      const next = { ...l, ...patch };
      if ('style' in patch && patch.style === undefined) delete next.style;
      if ('label' in patch && patch.label === undefined) delete next.label;
      return next;
    }),
  };
}

/** Removes an imported layer (and its "not saved" mark: an undo stores it again, or marks it again). */
export function removeImported(s: AppState, id: string): AppState {
  const { [id]: _gone, ...unsaved } = s.unsaved;
  return {
    ...s,
    imported: s.imported.filter((l) => l.id !== id),
    unsaved,
    attributeTable: s.attributeTable === id ? null : s.attributeTable,
  };
}

/**
 * Moves an imported layer one place up (drawn later, on top) or down. The stored order is the
 * order of `addedAt`, so the two layers swap their places in it.
 */
export function moveImported(s: AppState, id: string, dir: 'up' | 'down'): AppState {
  const list = s.imported;
  const i = list.findIndex((l) => l.id === id);
  const j = dir === 'up' ? i + 1 : i - 1;
  const a = list[i];
  const b = list[j];
  if (!a || !b) return s;
  const next = [...list];
  next[i] = { ...b, addedAt: a.addedAt };
  next[j] = { ...a, addedAt: b.addedAt };
  return { ...s, imported: next };
}

/** Opens an imported layer's attribute table (one at a time), or closes it with null. */
export function setAttributeTable(s: AppState, id: string | null): AppState {
  return s.attributeTable === id ? s : { ...s, attributeTable: id };
}
