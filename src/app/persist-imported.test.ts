import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshState } from '../../tests/fixtures/app-state';
import type { ImportedLayer } from '../import/imported-store';
import type { AppState } from '../state/app-state';
import { addImported, moveImported, removeImported, updateImported } from '../state/imported-actions';
import { createStore } from '../state/store';
import { type LayerStorage, persistImported, SAVE_AFTER_MS } from './persist-imported';

const layer = (id: string, day: number): ImportedLayer =>
  ({
    id,
    name: id,
    addedAt: `2026-01-0${day}T00:00:00Z`,
    color: '#000',
    opacity: 1,
    visible: true,
    fc: { type: 'FeatureCollection', features: [] },
  }) as unknown as ImportedLayer;

/** An in-memory stand-in for IndexedDB that logs every call. */
function fakeStorage(stored: ImportedLayer[] = []) {
  const log: string[] = [];
  const storage: LayerStorage = {
    loadImportedLayers: async () => ({ ok: true, layers: stored, skipped: [] }),
    saveImportedLayer: async (l) => {
      log.push(`save ${l.id} ${l.opacity}`);
      return { ok: true };
    },
    removeImportedLayer: async (id) => {
      log.push(`remove ${id}`);
      return { ok: true };
    },
  };
  return { log, storage: async () => storage };
}

const flush = () => vi.advanceTimersByTimeAsync(0);

describe('persistImported', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes a new layer at once, a changed look once after the user stops, a removal at once', async () => {
    const { log, storage } = fakeStorage();
    const store = createStore<AppState>(freshState());
    const p = persistImported(store, () => {}, storage);
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

  it('does not write back what it loaded, but writes a loaded layer put back by an undo', async () => {
    const stored = layer('a', 1);
    const { log, storage } = fakeStorage([stored]);
    const store = createStore<AppState>(freshState());
    const p = persistImported(store, () => {}, storage);
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
    const p = persistImported(store, () => {}, storage);
    store.update((s) => moveImported(s, 'a', 'up'));
    await flush();
    expect(log.sort()).toEqual(['save a 1', 'save b 1']);
    store.update((s) => updateImported(s, 'b', { opacity: 0.3 }));
    p.stop();
    await flush();
    expect(log.at(-1)).toBe('save b 0.3');
  });

  it('reports a failed write without touching what is on screen', async () => {
    const failures: unknown[] = [];
    const storage = async (): Promise<LayerStorage> => ({
      loadImportedLayers: async () => ({ ok: false, reason: 'unavailable' }),
      saveImportedLayer: async () => ({ ok: false, reason: 'quota-exceeded' }),
      removeImportedLayer: async () => ({ ok: true }),
    });
    const store = createStore<AppState>(freshState());
    const p = persistImported(store, (f) => failures.push(f), storage);
    store.update((s) => addImported(s, layer('a', 1)));
    await flush();
    await p.load();
    expect(failures).toEqual([
      { ok: false, reason: 'quota-exceeded' },
      { ok: false, reason: 'unavailable' },
    ]);
    expect(store.get().imported.map((l) => l.id)).toEqual(['a']);
    p.stop();
  });
});
