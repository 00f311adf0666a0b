import type { ImportedLayer, StoreFailure } from '../import/imported-store';
import type { AppState } from '../state/app-state';
import { importedLoaded } from '../state/imported-actions';
import type { Store } from '../state/store';

/** The store (and idb-keyval) load after the page: nothing stored is needed for the first view. */
const storage = () => import('../import/imported-store');

/** How long a layer's look must stay unchanged before it is written (a dragged slider writes once). */
const SAVE_AFTER_MS = 400;

export type PersistFailure = StoreFailure | { skipped: number };

/**
 * Keeps the user's imported layers in this browser (IndexedDB), following the store: a new layer
 * or a new place in the order is written at once, a changed look a moment later, a removed layer
 * deleted. Every change shows at once; a storage failure goes to `onFailure`, losing nothing on
 * screen. Returns the function that stops it.
 */
export function persistImported(store: Store<AppState>, onFailure: (f: PersistFailure) => void): () => void {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const report = (r: StoreFailure | { ok: true }) => {
    if (!r.ok) onFailure(r);
  };
  const save = (layer: ImportedLayer, later: boolean) => {
    const pending = timers.get(layer.id);
    if (pending) clearTimeout(pending);
    const write = () => {
      timers.delete(layer.id);
      void storage()
        .then((m) => m.saveImportedLayer(layer))
        .then(report);
    };
    if (later) timers.set(layer.id, setTimeout(write, SAVE_AFTER_MS));
    else write();
  };
  return store.subscribe((next, previous) => {
    if (next.imported === previous.imported) return;
    const before = new Map(previous.imported.map((l) => [l.id, l]));
    for (const layer of next.imported) {
      const old = before.get(layer.id);
      before.delete(layer.id);
      if (old === layer || stored.has(layer)) continue;
      save(layer, old !== undefined && old.addedAt === layer.addedAt);
    }
    for (const id of before.keys()) {
      const pending = timers.get(id);
      if (pending) clearTimeout(pending);
      timers.delete(id);
      void storage()
        .then((m) => m.removeImportedLayer(id))
        .then(report);
    }
  });
}

/** Layers just read from storage: already stored, not to be written back. */
const stored = new WeakSet<ImportedLayer>();

/** Reads the layers stored in this browser into the store (after the first view is drawn). */
export async function loadStoredLayers(
  store: Store<AppState>,
  onFailure: (f: PersistFailure) => void,
): Promise<void> {
  const r = await (await storage()).loadImportedLayers();
  if (!r.ok) {
    onFailure(r);
    return;
  }
  for (const l of r.layers) stored.add(l);
  store.update((s) => importedLoaded(s, r.layers));
  if (r.skipped.length > 0) onFailure({ skipped: r.skipped.length });
}
