import 'fake-indexeddb/auto';
import type { FeatureCollection, Geometry } from 'geojson';
import { createStore, set, type UseStore } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureBytes } from '../../tests/fixtures/import-fixtures';
import {
  type ImportedLayer,
  isImportedLayer,
  loadImportedLayers,
  makeImportedLayer,
  newLayerId,
  removeImportedLayer,
  saveImportedLayer,
} from './imported-store';
import { parseImport } from './parse-file';

let dbCount = 0;
/** A fresh database per test, so tests do not see each other's layers. */
const freshStore = () => createStore(`test-${++dbCount}`, 'imported-layers');

const sampleFc = async (): Promise<FeatureCollection<Geometry>> => {
  const r = await parseImport('valid.geojson', fixtureBytes('valid.geojson'));
  if (!r.ok) throw new Error('fixture refused');
  return r.fc;
};

const layer = async (name: string, addedAt: string): Promise<ImportedLayer> =>
  makeImportedLayer(name, 'geojson', await sampleFc(), '#1971c2', new Date(addedAt));

/** A store whose every transaction fails the way a full disk does. */
const fullDisk: UseStore = () =>
  Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('imported layers in IndexedDB', () => {
  it('saves, lists oldest first, and removes', async () => {
    const store = freshStore();
    const later = await layer('Khảo sát tháng 7', '2026-07-08T09:00:00.000Z');
    const earlier = await layer('Khảo sát tháng 3', '2026-03-19T09:00:00.000Z');
    expect(await saveImportedLayer(later, store)).toEqual({ ok: true });
    expect(await saveImportedLayer(earlier, store)).toEqual({ ok: true });
    const loaded = await loadImportedLayers(store);
    expect(loaded).toEqual({ ok: true, layers: [earlier, later], skipped: [] });
    expect(await removeImportedLayer(earlier.id, store)).toEqual({ ok: true });
    expect(await removeImportedLayer('user-not-there', store)).toEqual({ ok: true });
    const after = await loadImportedLayers(store);
    expect(after.ok && after.layers.map((l) => l.name)).toEqual(['Khảo sát tháng 7']);
  });

  it('replaces a layer saved again under the same id (a colour change, say)', async () => {
    const store = freshStore();
    const l = await layer('A', '2026-01-01T00:00:00.000Z');
    await saveImportedLayer(l, store);
    await saveImportedLayer({ ...l, color: '#2f9e44', visible: false }, store);
    const loaded = await loadImportedLayers(store);
    expect(loaded.ok && loaded.layers.map((x) => [x.color, x.visible])).toEqual([['#2f9e44', false]]);
  });

  it('skips and reports entries that no longer read as layers', async () => {
    const store = freshStore();
    const good = await layer('Tốt', '2026-01-01T00:00:00.000Z');
    await saveImportedLayer(good, store);
    await set('user-old', { id: 'user-old', name: 'Bản cũ', geojson: {} }, store);
    await set('user-mismatch', { ...good, id: 'user-other' }, store);
    expect(await loadImportedLayers(store)).toEqual({
      ok: true,
      layers: [good],
      skipped: ['user-mismatch', 'user-old'],
    });
  });

  it('uses the app database when no store is given', async () => {
    const l = await layer('Mặc định', '2026-02-02T00:00:00.000Z');
    expect(await saveImportedLayer(l)).toEqual({ ok: true });
    const loaded = await loadImportedLayers();
    expect(loaded.ok && loaded.layers.some((x) => x.id === l.id)).toBe(true);
    expect(await removeImportedLayer(l.id)).toEqual({ ok: true });
  });

  it('turns a full disk into a reason, never an exception', async () => {
    const l = await layer('Lớn', '2026-01-01T00:00:00.000Z');
    expect(await saveImportedLayer(l, fullDisk)).toEqual({
      ok: false,
      reason: 'quota-exceeded',
      detail: 'The quota has been exceeded.',
    });
    expect(await loadImportedLayers(fullDisk)).toMatchObject({ ok: false, reason: 'quota-exceeded' });
    expect(await removeImportedLayer(l.id, fullDisk)).toMatchObject({ ok: false, reason: 'quota-exceeded' });
  });

  it('reports IndexedDB missing (some private windows) or blocked as unavailable', async () => {
    vi.stubGlobal('indexedDB', undefined);
    expect(await loadImportedLayers()).toEqual({
      ok: false,
      reason: 'unavailable',
      detail: 'IndexedDB is not available',
    });
    expect(await saveImportedLayer(await layer('A', '2026-01-01T00:00:00.000Z'))).toMatchObject({
      reason: 'unavailable',
    });
    vi.unstubAllGlobals();
    const blocked: UseStore = () => Promise.reject(new DOMException('denied', 'SecurityError'));
    expect(await loadImportedLayers(blocked)).toEqual({ ok: false, reason: 'unavailable', detail: 'denied' });
    const broken: UseStore = () => Promise.reject(new TypeError('boom'));
    expect(await removeImportedLayer('user-x', broken)).toEqual({
      ok: false,
      reason: 'failed',
      detail: 'boom',
    });
  });

  it('refuses to save a malformed layer', async () => {
    const l = await layer('A', '2026-01-01T00:00:00.000Z');
    expect(await saveImportedLayer({ ...l, color: 'red' }, freshStore())).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await saveImportedLayer({ ...l, opacity: 2 }, freshStore())).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await saveImportedLayer({ ...l, id: 'kcn-vsip-huu-lung' }, freshStore())).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });
});

describe('layer ids and guards', () => {
  it('makes URL-safe random ids with the user- prefix', () => {
    const ids = Array.from({ length: 200 }, newLayerId);
    for (const id of ids) expect(id).toMatch(/^user-[A-Za-z0-9_-]{16}$/);
    expect(new Set(ids).size).toBe(200);
  });

  it('checks every field of a stored layer', async () => {
    const l = await layer('A', '2026-01-01T00:00:00.000Z');
    expect(isImportedLayer(l)).toBe(true);
    expect(isImportedLayer({ ...l, format: 'dwg' })).toBe(false);
    expect(isImportedLayer({ ...l, addedAt: 'hôm qua' })).toBe(false);
    expect(isImportedLayer({ ...l, visible: 'yes' })).toBe(false);
    expect(
      isImportedLayer({
        ...l,
        fc: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null }] },
      }),
    ).toBe(false);
    expect(isImportedLayer(null)).toBe(false);
    // The import's notes travel with the layer; anything else in their place is not a layer.
    const notes = [{ code: 'rows-skipped', params: { count: 3 } }];
    expect(isImportedLayer({ ...l, notes })).toBe(true);
    expect(isImportedLayer({ ...l, notes: 'ba dòng lỗi' })).toBe(false);
    expect(isImportedLayer({ ...l, notes: [{ code: 'no-such-code' }] })).toBe(false);
  });
});
