import type { ImportedLayer, StoreFailure } from '../import/imported-store';
import type { StoredResult } from '../import/stored-protocol';
import type { AppState } from '../state/app-state';
import { importedLoaded } from '../state/imported-actions';
import {
  layerKept,
  layerNotKept,
  storedLayersFailed,
  storedLoading,
  storedUnreadable,
} from '../state/storage-actions';
import type { Store } from '../state/store';

/** Where imported layers are kept: IndexedDB through imported-store (loaded after the page), or a stand-in in tests. */
export interface LayerStorage {
  /** Reads every stored layer, telling `onProgress` which record of how many it is reading. */
  loadImportedLayers: (onProgress?: (done: number, total: number) => void) => Promise<StoredResult>;
  saveImportedLayer: (layer: ImportedLayer) => Promise<StoreFailure | { ok: true }>;
  removeImportedLayer: (key: IDBValidKey) => Promise<StoreFailure | { ok: true }>;
}

/**
 * The store (and idb-keyval) load after the page: nothing stored is needed for the first view.
 * Stored layers are read and checked in a worker (stored-client.ts); writes are the page's own
 * (bytes are copied into IndexedDB, not cloned feature by feature).
 */
const indexedDb = async (): Promise<LayerStorage> => {
  const [store, client] = await Promise.all([
    import('../import/imported-store'),
    import('../import/stored-client'),
  ]);
  return {
    loadImportedLayers: client.loadStoredLayers,
    saveImportedLayer: (layer) => store.saveImportedLayer(layer),
    removeImportedLayer: (key) => store.removeImportedLayer(key),
  };
};

/** How long a layer's look must stay unchanged before it is written (a dragged slider writes once). */
export const SAVE_AFTER_MS = 400;

/**
 * Keeps the user's imported layers in this browser, following the store. Each layer is its own
 * record: a new layer (or one put back by an undo) and a new place in the order are written at
 * once, a changed look a moment later, a removed layer deleted; nothing else is ever written or
 * deleted, so a failing write (a full disk) costs at most that layer's latest version. Every change
 * shows at once; a failed write marks its layer "not saved" in the store (the user is told once
 * per cause), and a later successful write clears the mark. After a removal frees space, layers
 * refused for a full disk are tried again. `load()` reads the stored layers into the store (after
 * the first view) without writing them back; `stop()` ends it all.
 */
export function persistImported(
  store: Store<AppState>,
  storage: () => Promise<LayerStorage> = indexedDb,
): { load: () => Promise<void>; stop: () => void } {
  /** Looks waiting to be written, by layer id. */
  const pending = new Map<string, { timer: ReturnType<typeof setTimeout>; write: () => void }>();
  /** Ids with some version in storage (loaded, or written): a failure then loses only the latest changes. */
  const stored = new Set<string>();
  /** The layers of the load being put in the store: already stored. */
  let loading: ReadonlySet<ImportedLayer> = new Set();
  let stopped = false;
  const update = (f: (s: AppState) => AppState) => {
    if (!stopped) store.update(f);
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
        .then((r) => {
          if (r.ok) {
            stored.add(layer.id);
            update((s) => layerKept(s, layer.id));
          } else {
            const older = stored.has(layer.id);
            update((s) => layerNotKept(s, layer.id, r.reason, older));
          }
        })
        // The storage code itself could not be loaded (offline right after a new build was published).
        .catch(() => update((s) => layerNotKept(s, layer.id, 'failed', stored.has(layer.id))));
    };
    if (later) pending.set(layer.id, { timer: setTimeout(write, SAVE_AFTER_MS), write });
    else write();
  };
  /** Space was freed: layers a full disk refused get another try, as they are now. */
  const retryRefused = () => {
    const s = store.get();
    for (const layer of s.imported) {
      if (s.unsaved[layer.id]?.reason === 'quota-exceeded' && !pending.has(layer.id)) save(layer, false);
    }
  };
  const remove = (id: string) => {
    cancel(id);
    void storage()
      .then((m) => m.removeImportedLayer(id))
      .then((r) => {
        if (!r.ok) return;
        const had = stored.delete(id);
        if (had && !stopped) retryRefused();
      })
      .catch(() => undefined); // not removed: it comes back after a reload, as the user can see
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
    for (const id of before.keys()) remove(id);
  });
  const load = async () => {
    let m: Awaited<ReturnType<typeof storage>>;
    let r: Awaited<ReturnType<typeof m.loadImportedLayers>>;
    try {
      m = await storage();
      r = await m.loadImportedLayers((done, total) => update((s) => storedLoading(s, { done, total })));
    } catch (e) {
      r = { ok: false, reason: 'failed', detail: e instanceof Error ? e.message : String(e) };
    }
    update((s) => storedLoading(s, null));
    if (stopped) return;
    if (!r.ok) {
      update((s) => storedLayersFailed(s, r.reason, r.detail));
      return;
    }
    for (const l of r.layers) stored.add(l.id);
    loading = new Set(r.layers);
    update((s) => importedLoaded(s, r.layers));
    loading = new Set();
    // The damaged records stay until the user asks for them to go.
    const drop = () => {
      for (const { key } of r.unreadable) void m.removeImportedLayer(key).catch(() => undefined);
    };
    update((s) =>
      storedUnreadable(
        s,
        r.unreadable.map((u) => u.label),
        drop,
      ),
    );
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
