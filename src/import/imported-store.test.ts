import 'fake-indexeddb/auto';
import type { FeatureCollection, Geometry } from 'geojson';
import { createStore, get, keys, set, type UseStore } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureBytes } from '../../tests/fixtures/import-fixtures';
import {
  type ImportedLayer,
  isImportedLayer,
  loadImportedLayers,
  makeImportedLayer,
  newLayerId,
  openLayerStore,
  removeImportedLayer,
  saveImportedLayer,
} from './imported-store';
import { serialiseCollection } from './layer-data';
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
  makeImportedLayer(name, 'geojson', serialiseCollection(await sampleFc()), '#1971c2', new Date(addedAt));

/** The same layer as the versions before #15 stored it: the features as objects, `fc`. */
const asOldRecord = async (l: ImportedLayer) => {
  const { data: _bytes, ...rest } = l;
  return { ...rest, fc: await sampleFc() };
};

/** A store whose every transaction fails the way a full disk does. */
const fullDisk: UseStore = () =>
  Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

/**
 * An open request that fails the way a private window's does (Firefox: InvalidStateError), after
 * the caller has set its handlers.
 */
function failingOpen(name: string): IDBOpenDBRequest {
  const request = { error: new DOMException('A mutation operation was attempted.', name) } as {
    error: DOMException;
    onerror?: () => void;
  };
  setTimeout(() => request.onerror?.(), 0);
  return request as unknown as IDBOpenDBRequest;
}

/** A real (fake-indexeddb) store whose `put` throws QuotaExceededError above `limit` characters of JSON. */
function quotaOnPut(inner: UseStore, limit: number): UseStore {
  return (mode, callback) =>
    inner(mode, (os) =>
      callback(
        new Proxy(os, {
          get(target, prop) {
            if (prop === 'put')
              return (value: unknown, key?: IDBValidKey) => {
                if (JSON.stringify(value).length > limit)
                  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
                return target.put(value, key);
              };
            const v = Reflect.get(target, prop, target);
            return typeof v === 'function' ? v.bind(target) : v;
          },
        }),
      ),
    );
}

/** 2,000 points: some 100 KB of JSON. */
const bigFc = (): FeatureCollection<Geometry> => ({
  type: 'FeatureCollection',
  features: Array.from({ length: 2000 }, (_, i) => ({
    type: 'Feature',
    id: `p${i}`,
    properties: { name: `Điểm ${i}` },
    geometry: { type: 'Point', coordinates: [106.7 + i / 1e4, 21.8] },
  })),
});

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
    expect(loaded).toEqual({ ok: true, layers: [earlier, later], unreadable: [] });
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

  it('skips and names records that do not read as layers, keeps them, and loads the others', async () => {
    const store = freshStore();
    const good = await layer('Tốt', '2026-01-01T00:00:00.000Z');
    await saveImportedLayer(good, store);
    // Wrong shape (an older experiment), not a layer at all, another layer's id, and a record
    // whose GeoJSON fails the import's own check (an open ring, coordinates as text).
    await set('user-old', { id: 'user-old', name: 'Bản cũ', geojson: {} }, store);
    await set('user-text', '{"type":"FeatureCollection","features":[', store);
    await set('user-mismatch', { ...good, id: 'user-other' }, store);
    const openRing = {
      type: 'Feature',
      id: 'f1',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [106.7, 21.8],
            [106.8, 21.8],
            [106.8, 21.9],
          ],
        ],
      },
    };
    const old = await asOldRecord(good);
    await set(
      'user-ring',
      { ...old, id: 'user-ring', name: 'Ranh giới', fc: { ...old.fc, features: [openRing] } },
      store,
    );
    const textCoords = { ...openRing, geometry: { type: 'Point', coordinates: ['106.7', '21.8'] } };
    // The same, stored as bytes: text whose features fail the import's check.
    const bytesOf = (features: unknown[]) =>
      serialiseCollection({ type: 'FeatureCollection', features } as FeatureCollection<Geometry>);
    await set('user-coords', { ...good, id: 'user-coords', name: '  ', data: bytesOf([textCoords]) }, store);
    // A record cut short: its text ends mid-feature.
    const cut = { ...good.data, bytes: good.data.bytes.slice(0, good.data.bytes.length - 40) };
    cut.offsets = good.data.offsets.map((o) => Math.min(o, cut.bytes.length - 1));
    await set('user-cut', { ...good, id: 'user-cut', name: 'Cắt ngang', data: cut }, store);
    expect(await loadImportedLayers(store)).toEqual({
      ok: true,
      layers: [good],
      unreadable: [
        { key: 'user-coords', label: 'user-coords' },
        { key: 'user-cut', label: 'Cắt ngang' },
        { key: 'user-mismatch', label: 'Tốt' },
        { key: 'user-old', label: 'Bản cũ' },
        { key: 'user-ring', label: 'Ranh giới' },
        { key: 'user-text', label: 'user-text' },
      ],
    });
    // Skipping is not deleting: every record is still there for the user (or a newer version) to decide.
    expect((await keys(store)).length).toBe(7);
    expect(await removeImportedLayer('user-ring', store)).toEqual({ ok: true });
    expect((await keys(store)).length).toBe(6);
  });

  it('reads records of the versions that stored objects, and gives them as bytes', async () => {
    // Since the store began (commit f877e73) each layer is its own record under its id; the first
    // version's records lack the optional `notes`, and until #15 every record held its features
    // as objects (`fc`), not as GeoJSON bytes.
    const store = freshStore();
    const { notes: _none, ...first } = await layer('Bản đầu', '2025-12-01T00:00:00.000Z');
    await set(first.id, await asOldRecord(first), store);
    expect(await loadImportedLayers(store)).toEqual({ ok: true, layers: [first], unreadable: [] });
  });

  it('tells which record of how many it is reading', async () => {
    const store = freshStore();
    await saveImportedLayer(await layer('A', '2026-01-01T00:00:00.000Z'), store);
    await saveImportedLayer(await layer('B', '2026-01-02T00:00:00.000Z'), store);
    const seen: string[] = [];
    await loadImportedLayers(store, (done, total) => seen.push(`${done}/${total}`));
    expect(seen).toEqual(['1/2', '2/2']);
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

  it('a database that will not open (Firefox and Safari private windows) is unavailable, whatever the error', async () => {
    const l = await layer('A', '2026-01-01T00:00:00.000Z');
    // Firefox's private windows: `open` returns a request that fails with InvalidStateError.
    vi.stubGlobal('indexedDB', { open: () => failingOpen('InvalidStateError') });
    const firefox = openLayerStore('private-ff');
    expect(await saveImportedLayer(l, firefox)).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(await loadImportedLayers(firefox)).toMatchObject({ ok: false, reason: 'unavailable' });
    // Older Safari: an UnknownError, which on a write would only be "failed".
    vi.stubGlobal('indexedDB', { open: () => failingOpen('UnknownError') });
    expect(await loadImportedLayers(openLayerStore('private-safari'))).toMatchObject({
      reason: 'unavailable',
    });
    // Blocked storage: `open` itself throws.
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(await removeImportedLayer(l.id, openLayerStore('blocked'))).toEqual({
      ok: false,
      reason: 'unavailable',
      detail: 'The operation is insecure.',
    });
  });

  it('a write refused for a full disk changes nothing stored: earlier layers and versions stay', async () => {
    const store = quotaOnPut(freshStore(), 30_000);
    const small = await layer('Nhỏ', '2026-01-01T00:00:00.000Z');
    expect(await saveImportedLayer(small, store)).toEqual({ ok: true });
    const big = { ...small, id: newLayerId(), name: 'Lớn', data: serialiseCollection(bigFc()) };
    expect(await saveImportedLayer(big, store)).toEqual({
      ok: false,
      reason: 'quota-exceeded',
      detail: 'The quota has been exceeded.',
    });
    // A change that no longer fits is refused too; the version stored before is kept as it was.
    expect(
      await saveImportedLayer({ ...small, color: '#2f9e44', data: serialiseCollection(bigFc()) }, store),
    ).toMatchObject({
      reason: 'quota-exceeded',
    });
    expect(await loadImportedLayers(store)).toEqual({ ok: true, layers: [small], unreadable: [] });
    expect(await get(small.id, store)).toEqual(small);
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
    expect(isImportedLayer({ ...l, data: { ...l.data, count: l.data.count + 1 } })).toBe(false);
    expect(isImportedLayer({ ...l, data: { ...l.data, bytes: [1, 2, 3] } })).toBe(false);
    expect(isImportedLayer(null)).toBe(false);
    // The import's notes travel with the layer; anything else in their place is not a layer.
    const notes = [{ code: 'rows-skipped', params: { count: 3 } }];
    expect(isImportedLayer({ ...l, notes })).toBe(true);
    expect(isImportedLayer({ ...l, notes: 'ba dòng lỗi' })).toBe(false);
    expect(isImportedLayer({ ...l, notes: [{ code: 'no-such-code' }] })).toBe(false);
  });
});
