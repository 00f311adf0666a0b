import type { ImportedLayer, StoreFailure } from '../import/imported-store';
import type { AppState } from '../state/app-state';
import { importedLoaded } from '../state/imported-actions';
import type { Store } from '../state/store';

/** Where imported layers are kept: IndexedDB through imported-store (loaded after the page), or a stand-in in tests. */
export interface LayerStorage {
  loadImportedLayers: typeof import('../import/imported-store').loadImportedLayers;
  saveImportedLayer: (layer: ImportedLayer) => Promise<StoreFailure | { ok: true }>;
  removeImportedLayer: (id: string) => Promise<StoreFailure | { ok: true }>;
}

/** The store (and idb-keyval) load after the page: nothing stored is needed for the first view. */
const indexedDb = (): Promise<LayerStorage> => import('../import/imported-store');

/** How long a layer's look must stay unchanged before it is written (a dragged slider writes once). */
export const SAVE_AFTER_MS = 400;

export type PersistFailure = StoreFailure | { skipped: number };

/**
 * Keeps the user's imported layers in this browser, following the store: a new layer (or one put
 * back by an undo) and a new place in the order are written at once, a changed look a moment
 * later, a removed layer deleted. Every change shows at once; a storage failure goes to
 * `onFailure`, losing nothing on screen. `load()` reads the stored layers into the store (after
 * the first view) without writing them back; `stop()` ends it all.
 */
export function persistImported(
  store: Store<AppState>,
  onFailure: (f: PersistFailure) => void,
  storage: () => Promise<LayerStorage> = indexedDb,
): { load: () => Promise<void>; stop: () => void } {
  /** Looks waiting to be written, by layer id. */
  const pending = new Map<string, { timer: ReturnType<typeof setTimeout>; write: () => void }>();
  /** The layers of the load being put in the store: already stored. */
  let loading: ReadonlySet<ImportedLayer> = new Set();
  let stopped = false;
  const report = (r: StoreFailure | { ok: true }) => {
    if (!r.ok && !stopped) onFailure(r);
  };
  const cancel = (id: string) => {
    const p = pending.get(id);
    if (p) clearTimeout(p.timer);
    pending.delete(id);
  };
  const save = (layer: ImportedLayer, later: boolean) => {
    cancel(layer.id);
    const write = () => {
      pending.delete(layer.id);
      void storage()
        .then((m) => m.saveImportedLayer(layer))
        .then(report);
    };
    if (later) pending.set(layer.id, { timer: setTimeout(write, SAVE_AFTER_MS), write });
    else write();
  };
  const unsubscribe = store.subscribe((next, previous) => {
    if (next.imported === previous.imported) return;
    const before = new Map(previous.imported.map((l) => [l.id, l]));
    for (const layer of next.imported) {
      const old = before.get(layer.id);
      before.delete(layer.id);
      if (old === layer || loading.has(layer)) continue;
      save(layer, old !== undefined && old.addedAt === layer.addedAt);
    }
    for (const id of before.keys()) {
      cancel(id);
      void storage()
        .then((m) => m.removeImportedLayer(id))
        .then(report);
    }
  });
  const load = async () => {
    const r = await (await storage()).loadImportedLayers();
    if (stopped) return;
    if (!r.ok) {
      onFailure(r);
      return;
    }
    loading = new Set(r.layers);
    store.update((s) => importedLoaded(s, r.layers));
    loading = new Set();
    if (r.skipped.length > 0) onFailure({ skipped: r.skipped.length });
  };
  /** Stops following the store; a look still waiting is written now rather than lost. */
  const stop = () => {
    unsubscribe();
    for (const [id, p] of [...pending]) {
      cancel(id);
      p.write();
    }
    stopped = true;
  };
  return { load, stop };
}
