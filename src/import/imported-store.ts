import type { FeatureCollection, Geometry } from 'geojson';
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import { IMPORT_FORMATS, type ImportFormat, PROBLEM_CODES, type Problem } from './problems';

/** A layer the user imported, kept on this device only (never sent anywhere, never in the URL). */
export type ImportedLayer = {
  /** `user-` and a random URL-safe part: never collides with the plan's own layer ids. */
  id: string;
  name: string;
  format: ImportFormat;
  /** `#rrggbb` */
  color: string;
  /** 0–1 */
  opacity: number;
  visible: boolean;
  /** ISO 8601; layers are listed in the order they were added. */
  addedAt: string;
  fc: FeatureCollection<Geometry>;
  /** What the import said about the file (rows skipped, data out of view…), kept with the layer. */
  notes?: Problem[];
};

/**
 * Why storage failed: `unavailable` (no IndexedDB, e.g. some private windows, or blocked),
 * `quota-exceeded` (the device is out of space for this site), `invalid` (the layer is malformed),
 * `failed` (anything else; `detail` has the browser's words).
 */
export type StoreFailure = {
  ok: false;
  reason: 'unavailable' | 'quota-exceeded' | 'invalid' | 'failed';
  detail?: string;
};

let defaultStore: UseStore | undefined;

/** One database and object store for all imported layers; opened on first use, not on import. */
function storeOrFailure(store: UseStore | undefined): UseStore | StoreFailure {
  if (store) return store;
  try {
    // Some browsers throw on merely reading `indexedDB` when storage is blocked.
    if (typeof indexedDB === 'undefined')
      return { ok: false, reason: 'unavailable', detail: 'IndexedDB is not available' };
    defaultStore ??= createStore('lang-son-viewer', 'imported-layers');
    return defaultStore;
  } catch (err) {
    return failure(err);
  }
}

function failure(err: unknown): StoreFailure {
  const name = err instanceof Error || err instanceof DOMException ? err.name : '';
  const detail = err instanceof Error || err instanceof DOMException ? err.message : String(err);
  if (name === 'QuotaExceededError') return { ok: false, reason: 'quota-exceeded', detail };
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'NotAllowedError') {
    return { ok: false, reason: 'unavailable', detail };
  }
  return { ok: false, reason: 'failed', detail };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function isGeometry(g: unknown): boolean {
  if (!isRecord(g) || typeof g.type !== 'string') return false;
  return g.type === 'GeometryCollection' ? Array.isArray(g.geometries) : Array.isArray(g.coordinates);
}

/**
 * Whether a stored value is still an ImportedLayer: entries written by an older version, or damaged,
 * must be skipped rather than handed to the map.
 */
export function isImportedLayer(v: unknown): v is ImportedLayer {
  if (!isRecord(v)) return false;
  const { id, name, format, color, opacity, visible, addedAt, fc, notes } = v;
  return (
    (notes === undefined || (Array.isArray(notes) && notes.every(isProblem))) &&
    typeof id === 'string' &&
    /^user-[A-Za-z0-9_-]+$/.test(id) &&
    typeof name === 'string' &&
    typeof format === 'string' &&
    (IMPORT_FORMATS as readonly string[]).includes(format) &&
    typeof color === 'string' &&
    /^#[0-9a-fA-F]{6}$/.test(color) &&
    typeof opacity === 'number' &&
    opacity >= 0 &&
    opacity <= 1 &&
    typeof visible === 'boolean' &&
    typeof addedAt === 'string' &&
    !Number.isNaN(Date.parse(addedAt)) &&
    isRecord(fc) &&
    fc.type === 'FeatureCollection' &&
    Array.isArray(fc.features) &&
    fc.features.every(
      (f) => isRecord(f) && f.type === 'Feature' && typeof f.id === 'string' && isGeometry(f.geometry),
    )
  );
}

const isProblem = (p: unknown): boolean =>
  isRecord(p) && typeof p.code === 'string' && (PROBLEM_CODES as readonly string[]).includes(p.code);

/** A new layer id: `user-` and 16 random URL-safe characters (96 bits). */
export function newLayerId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  const base64 = btoa(String.fromCharCode(...bytes));
  return `user-${base64.replace(/\+/g, '-').replace(/\//g, '_')}`;
}

/** A layer for freshly imported features, visible, with the given colour. */
export function makeImportedLayer(
  name: string,
  format: ImportFormat,
  fc: FeatureCollection<Geometry>,
  color = '#c2255c',
  now: Date = new Date(),
  notes: readonly Problem[] = [],
): ImportedLayer {
  return {
    id: newLayerId(),
    name,
    format,
    color,
    opacity: 0.8,
    visible: true,
    addedAt: now.toISOString(),
    fc,
    ...(notes.length > 0 ? { notes: [...notes] } : {}),
  };
}

/**
 * Every stored layer, oldest first. Entries that no longer read as layers are left in place but
 * skipped, and their keys reported, so one damaged entry does not hide the others. Never throws.
 */
export async function loadImportedLayers(
  store?: UseStore,
): Promise<{ ok: true; layers: ImportedLayer[]; skipped: string[] } | StoreFailure> {
  const s = storeOrFailure(store);
  if (typeof s !== 'function') return s;
  try {
    const all = await entries<IDBValidKey, unknown>(s);
    const layers: ImportedLayer[] = [];
    const skipped: string[] = [];
    for (const [key, value] of all) {
      if (isImportedLayer(value) && value.id === key) layers.push(value);
      else skipped.push(String(key));
    }
    layers.sort((a, b) => Date.parse(a.addedAt) - Date.parse(b.addedAt) || a.id.localeCompare(b.id));
    return { ok: true, layers, skipped };
  } catch (err) {
    return failure(err);
  }
}

/** Stores (or replaces) a layer under its id. Never throws: a full disk is a result, not a crash. */
export async function saveImportedLayer(
  layer: ImportedLayer,
  store?: UseStore,
): Promise<{ ok: true } | StoreFailure> {
  if (!isImportedLayer(layer)) return { ok: false, reason: 'invalid' };
  const s = storeOrFailure(store);
  if (typeof s !== 'function') return s;
  try {
    await set(layer.id, layer, s);
    return { ok: true };
  } catch (err) {
    return failure(err);
  }
}

/** Deletes a stored layer; deleting one that is not there is not an error. Never throws. */
export async function removeImportedLayer(
  id: string,
  store?: UseStore,
): Promise<{ ok: true } | StoreFailure> {
  const s = storeOrFailure(store);
  if (typeof s !== 'function') return s;
  try {
    await del(id, s);
    return { ok: true };
  } catch (err) {
    return failure(err);
  }
}
