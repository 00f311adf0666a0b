import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshState } from '../../tests/fixtures/app-state';
import type { ImportedLayer, StoreFailure } from '../import/imported-store';
import { serialiseCollection } from '../import/layer-data';
import type { AppState } from '../state/app-state';
import { addImported, moveImported, removeImported, updateImported } from '../state/imported-actions';
import { createStore } from '../state/store';
import { type LayerStorage, persistImported, SAVE_AFTER_MS } from './persist-imported';

const layer = (id: string, day: number): ImportedLayer => ({
  id,
  name: id,
  format: 'geojson',
  addedAt: `2026-01-0${day}T00:00:00Z`,
  color: '#000',
  opacity: 1,
  visible: true,
  data: serialiseCollection({ type: 'FeatureCollection', features: [] }),
});

/**
 * An in-memory stand-in for IndexedDB that logs every call. `refuse(layer)` names a failure for a
 * write (a full disk, say), which then changes nothing stored, as a failed transaction does.
 */
function fakeStorage(
  stored: ImportedLayer[] = [],
  refuse: (l: ImportedLayer) => StoreFailure | undefined = () => undefined,
) {
  const log: string[] = [];
  const records = new Map<IDBValidKey, unknown>(stored.map((l) => [l.id, l]));
  const storage: LayerStorage = {
    loadImportedLayers: async () => ({
      ok: true,
      layers: [...records.values()].filter((l) => stored.includes(l as ImportedLayer)) as ImportedLayer[],
      unreadable: [],
    }),
    saveImportedLayer: async (l) => {
      const no = refuse(l);
      log.push(`${no ? 'refused' : 'save'} ${l.id} ${l.opacity}`);
      if (no) return no;
      records.set(l.id, l);
      return { ok: true };
    },
    removeImportedLayer: async (id) => {
      log.push(`remove ${String(id)}`);
      records.delete(id);
      return { ok: true };
    },
  };
  return { log, records, storage: async () => storage };
}

const flush = () => vi.advanceTimersByTimeAsync(0);
const full: StoreFailure = { ok: false, reason: 'quota-exceeded', detail: 'QuotaExceededError' };

describe('persistImported', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes a new layer at once, a changed look once after the user stops, a removal at once', async () => {
    const { log, storage } = fakeStorage();
    const store = createStore<AppState>(freshState());
    const p = persistImported(store, storage);
    store.update((s) => addImported(s, layer('a', 1)));
    await flush();
    expect(log).toEqual(['save a 1']);
    for (const opacity of [0.9, 0.7, 0.5]) store.update((s) => updateImported(s, 'a', { opacity }));
    await flush();
    expect(log).toEqual(['save a 1']);
    await vi.advanceTimersByTimeAsync(SAVE_AFTER_MS);
    expect(log).toEqual(['save a 1', 'save a 0.5']);
    store.update((s) => removeImported(s, 'a'));
    await flush();
    expect(log.at(-1)).toBe('remove a');
    p.stop();
  });

  it('when the storage code cannot be loaded (offline after an update), the layer is marked, not lost silently', async () => {
    const store = createStore<AppState>(freshState());
    const p = persistImported(store, () =>
      Promise.reject(new Error('Failed to fetch dynamically imported module')),
    );
    store.update((s) => addImported(s, layer('a', 1)));
    await flush();
    expect(store.get().unsaved.a?.reason).toBe('failed');
    expect(store.get().imported.map((l) => l.id)).toEqual(['a']);
    // Reading the stored layers fails the same way: the user is told, with the browser's words.
    const before = store.get().notices.map((n) => n.id);
    await p.load();
    expect(before).not.toContain('store-load');
    expect(store.get().notices.find((n) => n.id === 'store-load')?.params).toEqual({
      detail: 'Failed to fetch dynamically imported module',
    });
    expect(store.get().imported.map((l) => l.id)).toEqual(['a']);
    p.stop();
  });

  it('does not write back what it loaded, but writes a loaded layer put back by an undo', async () => {
    const stored = layer('a', 1);
    const { log, storage } = fakeStorage([stored]);
    const store = createStore<AppState>(freshState());
    const p = persistImported(store, storage);
    await p.load();
    await flush();
    expect(store.get().imported).toEqual([stored]);
    expect(log).toEqual([]);
    store.update((s) => removeImported(s, 'a'));
    store.update((s) => addImported(s, stored));
    await flush();
    expect(log).toEqual(['remove a', 'save a 1']);
    p.stop();
  });

  it('writes both layers of a move at once, and a look still waiting when it stops', async () => {
    const { log, storage } = fakeStorage();
    const store = createStore<AppState>(addImported(addImported(freshState(), layer('a', 1)), layer('b', 2)));
    const p = persistImported(store, storage);
    store.update((s) => moveImported(s, 'a', 'up'));
    await flush();
    expect(log.sort()).toEqual(['save a 1', 'save b 1']);
    store.update((s) => updateImported(s, 'b', { opacity: 0.3 }));
    p.stop();
    await flush();
    expect(log.at(-1)).toBe('save b 0.3');
  });

  it('a full disk: the new layer stays on screen, marked, the user told once; the stored one is untouched', async () => {
    const small = layer('small', 1);
    const { log, records, storage } = fakeStorage([small], (l) =>
      l.id.startsWith('big') ? full : undefined,
    );
    const store = createStore<AppState>(freshState());
    const p = persistImported(store, storage);
    await p.load();
    store.update((s) => addImported(s, layer('big', 2)));
    await flush();
    store.update((s) => addImported(s, layer('big2', 3)));
    await flush();
    const s = store.get();
    expect(s.imported.map((l) => l.id)).toEqual(['small', 'big', 'big2']);
    expect(s.unsaved).toEqual({
      big: { reason: 'quota-exceeded', olderStored: false },
      big2: { reason: 'quota-exceeded', olderStored: false },
    });
    // Told once, naming the first layer that could not be kept; the second is only marked.
    expect(s.notices.map((n) => n.id)).toEqual(['store-quota-exceeded']);
    expect(JSON.stringify(s.notices[0]?.params)).toContain('Lớp “big” sẽ không được giữ lại');
    expect([...records.keys()]).toEqual(['small']);
    expect(records.get('small')).toBe(small);
    expect(log).toEqual(['refused big 1', 'refused big2 1']);
    p.stop();
  });

  it('a refused change of a stored layer keeps the stored version, and says only the change is lost', async () => {
    const a = layer('a', 1);
    let diskFull = false;
    const { records, storage } = fakeStorage([a], () => (diskFull ? full : undefined));
    const store = createStore<AppState>(freshState());
    const p = persistImported(store, storage);
    await p.load();
    diskFull = true;
    store.update((s) => updateImported(s, 'a', { opacity: 0.2 }));
    await vi.advanceTimersByTimeAsync(SAVE_AFTER_MS);
    expect(store.get().unsaved).toEqual({ a: { reason: 'quota-exceeded', olderStored: true } });
    expect(records.get('a')).toBe(a);
    // Once a write goes through, the mark goes.
    diskFull = false;
    store.update((s) => updateImported(s, 'a', { opacity: 0.3 }));
    await vi.advanceTimersByTimeAsync(SAVE_AFTER_MS);
    expect(store.get().unsaved).toEqual({});
    expect((records.get('a') as ImportedLayer).opacity).toBe(0.3);
    p.stop();
  });

  it('after a removal frees space, a layer the full disk refused is tried again', async () => {
    const old = layer('old', 1);
    let diskFull = true;
    const { log, records, storage } = fakeStorage([old], (l) =>
      diskFull && l.id === 'new' ? full : undefined,
    );
    const store = createStore<AppState>(freshState());
    const p = persistImported(store, storage);
    await p.load();
    store.update((s) => addImported(s, layer('new', 2)));
    await flush();
    expect(store.get().unsaved.new?.reason).toBe('quota-exceeded');
    diskFull = false;
    store.update((s) => removeImported(s, 'old'));
    await flush();
    expect(log).toEqual(['refused new 1', 'remove old', 'save new 1']);
    expect(store.get().unsaved).toEqual({});
    expect([...records.keys()]).toEqual(['new']);
    p.stop();
  });

  it('storage unavailable: imports work and are marked; the load says nothing, the first failed write tells', async () => {
    const unavailable: StoreFailure = { ok: false, reason: 'unavailable', detail: 'InvalidStateError' };
    const storage = async (): Promise<LayerStorage> => ({
      loadImportedLayers: async () => unavailable,
      saveImportedLayer: async () => unavailable,
      removeImportedLayer: async () => unavailable,
    });
    const store = createStore<AppState>(freshState());
    const p = persistImported(store, storage);
    await p.load();
    expect(store.get().notices).toEqual([]);
    store.update((s) => addImported(s, layer('a', 1)));
    await flush();
    store.update((s) => updateImported(s, 'a', { opacity: 0.5 }));
    await vi.advanceTimersByTimeAsync(SAVE_AFTER_MS);
    store.update((s) => addImported(s, layer('b', 2)));
    await flush();
    const s = store.get();
    expect(s.imported.map((l) => [l.id, l.opacity])).toEqual([
      ['a', 0.5],
      ['b', 1],
    ]);
    expect(s.notices.map((n) => n.id)).toEqual(['store-unavailable']);
    expect(Object.keys(s.unsaved)).toEqual(['a', 'b']);
    p.stop();
  });

  it('names damaged records in a notice, loads the others, and deletes the damaged ones only when asked', async () => {
    const good = layer('good', 1);
    const removed: IDBValidKey[] = [];
    const storage = async (): Promise<LayerStorage> => ({
      loadImportedLayers: async () => ({
        ok: true,
        layers: [good],
        unreadable: [{ key: 'user-x', label: 'Khảo sát cũ' }],
      }),
      saveImportedLayer: async () => ({ ok: true }),
      removeImportedLayer: async (key) => {
        removed.push(key);
        return { ok: true };
      },
    });
    const store = createStore<AppState>(freshState());
    const p = persistImported(store, storage);
    await p.load();
    const s = store.get();
    expect(s.imported).toEqual([good]);
    const [notice] = s.notices;
    expect(notice?.key).toBe('store.unreadableOne');
    expect(notice?.params).toEqual({ n: 1, names: '“Khảo sát cũ”' });
    expect(removed).toEqual([]);
    notice?.action?.run();
    await flush();
    expect(removed).toEqual(['user-x']);
    p.stop();
  });

  it('a load that fails for another reason says so, and deletes nothing', async () => {
    const removed: IDBValidKey[] = [];
    const storage = async (): Promise<LayerStorage> => ({
      loadImportedLayers: async () => ({ ok: false, reason: 'failed', detail: 'UnknownError' }),
      saveImportedLayer: async () => ({ ok: true }),
      removeImportedLayer: async (key) => {
        removed.push(key);
        return { ok: true };
      },
    });
    const store = createStore<AppState>(freshState());
    const p = persistImported(store, storage);
    await p.load();
    expect(store.get().notices.map((n) => [n.key, n.params])).toEqual([
      ['store.loadFailed', { detail: 'UnknownError' }],
    ]);
    expect(removed).toEqual([]);
    p.stop();
  });
});
