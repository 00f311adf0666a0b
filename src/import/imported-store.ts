import type { FeatureCollection, Geometry } from 'geojson';
import { del, entries, promisifyRequest, set, type UseStore } from 'idb-keyval';
import { landUseFieldOf } from '../analysis/land-use-codes';
import { checkGeoJson } from './check-geojson';
import { isLayerData, type LayerData, serialiseCollection } from './layer-data';
import { isLayerStyle, type LayerStyle } from './layer-style';
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
  /** The features as GeoJSON bytes with their offsets and a summary; stored as bytes, not objects. */
  data: LayerData;
  /** What the import said about the file (rows skipped, data out of view…), kept with the layer. */
  notes?: Problem[];
  /** Coloured by an attribute (land-use codes, categories, classes); absent: in `color`. */
  style?: LayerStyle;
  /** The field whose values are written beside each feature; '' none; absent: a land-use layer's codes, else none. */
  label?: string;
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

/** The database and its one object store: each layer is its own record, keyed by its id. */
const DB_NAME = 'lang-son-viewer';
const STORE_NAME = 'imported-layers';

/** IndexedDB refused to open at all (private windows, blocked storage): every later call would fail too. */
class Unavailable extends Error {
  override name = 'Unavailable';
}

/**
 * Like idb-keyval's createStore, but a database that cannot be opened (Firefox's and older Safari's
 * private windows fire an error on `open`, whatever its name) is told apart from a failing write:
 * the first means nothing can be stored this session, the second may be one write too many.
 */
export function openLayerStore(dbName = DB_NAME, storeName = STORE_NAME): UseStore {
  let dbp: Promise<IDBDatabase> | undefined;
  const db = () => {
    if (dbp) return dbp;
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(dbName);
    } catch (err) {
      return Promise.reject(new Unavailable(messageOf(err)));
    }
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    const opening = promisifyRequest(request).catch((err: unknown) => {
      throw new Unavailable(messageOf(err));
    });
    dbp = opening;
    opening.then(
      (d) => {
        // Safari may close the connection under us; open again next time.
        d.onclose = () => {
          dbp = undefined;
        };
      },
      () => {
        dbp = undefined;
      },
    );
    return opening;
  };
  return (mode, callback) =>
    db().then((d) => callback(d.transaction(storeName, mode).objectStore(storeName)));
}

let defaultStore: UseStore | undefined;

/** One database and object store for all imported layers; opened on first use, not on import. */
function storeOrFailure(store: UseStore | undefined): UseStore | StoreFailure {
  if (store) return store;
  try {
    // Some browsers throw on merely reading `indexedDB` when storage is blocked.
    if (typeof indexedDB === 'undefined' || indexedDB === null)
      return { ok: false, reason: 'unavailable', detail: 'IndexedDB is not available' };
    defaultStore ??= openLayerStore();
    return defaultStore;
  } catch (err) {
    return failure(err);
  }
}

const messageOf = (err: unknown) =>
  err instanceof Error || err instanceof DOMException ? err.message || err.name : String(err);

function failure(err: unknown): StoreFailure {
  const name = err instanceof Error || err instanceof DOMException ? err.name : '';
  const detail = messageOf(err);
  if (name === 'Unavailable') return { ok: false, reason: 'unavailable', detail };
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

/** Whether the fields other than the features are a layer's. */
function hasLayerFields(v: Record<string, unknown>): boolean {
  const { id, name, format, color, opacity, visible, addedAt, notes } = v;
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
    !Number.isNaN(Date.parse(addedAt))
  );
}

/**
 * Whether a value is an ImportedLayer by its shape (its text is checked when it is loaded, in a
 * worker): entries written by an older version, or damaged, must be skipped rather than drawn.
 */
export function isImportedLayer(v: unknown): v is ImportedLayer {
  return isRecord(v) && hasLayerFields(v) && isLayerData(v.data);
}

/** A record of the versions that stored the features as objects (`fc`), before #15. */
type OldRecord = Omit<ImportedLayer, 'data'> & { fc: FeatureCollection<Geometry> };

function isOldRecord(v: unknown): v is OldRecord {
  if (!isRecord(v) || !hasLayerFields(v) || v.data !== undefined) return false;
  const { fc } = v;
  return (
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
  data: LayerData,
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
    data,
    ...(notes.length > 0 ? { notes: [...notes] } : {}),
    ...landUseStyle(data),
  };
}

/** A layer whose attribute holds land-use codes starts coloured by them, as a land-use map. */
function landUseStyle(data: LayerData): { style?: LayerStyle } {
  const field = landUseFieldOf(data.fields ?? []);
  return field ? { style: { by: 'land-use', field } } : {};
}

/** A stored record that does not read as a layer: its key, and its name when it still has one. */
export type UnreadableRecord = { key: IDBValidKey; label: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * A stored record as a layer this version can draw, or null: the right shape, under its own id,
 * and features that pass the same GeoJSON check as an import (a record cut short or edited by
 * hand must not reach the map). The features are written again, so their offsets are this
 * version's own; a record of the older versions (objects, `fc`) becomes bytes the same way.
 * Meant for a worker: it parses every feature.
 */
function readAsLayer(key: IDBValidKey, value: unknown): ImportedLayer | null {
  let json: unknown;
  let meta: Record<string, unknown>;
  if (isImportedLayer(value)) {
    const { data: stored, ...rest } = value;
    try {
      json = JSON.parse(decoder.decode(stored.bytes));
    } catch {
      return null;
    }
    if (!isRecord(json) || !Array.isArray(json.features) || json.features.length !== stored.count)
      return null;
    meta = rest;
  } else if (isOldRecord(value)) {
    const { fc, ...rest } = value;
    json = fc;
    meta = rest;
  } else return null;
  if (meta.id !== key) return null;
  const fc = json as FeatureCollection<Geometry>;
  if (fc.features.length > 0) {
    const checked = checkGeoJson(fc);
    if (!checked.ok || checked.fc.features.length !== fc.features.length) return null;
    if (!fc.features.every((f) => typeof f.id === 'string')) return null;
  }
  // A style this version does not draw (a newer one's) leaves the layer in its one colour.
  const { style, label, ...others } = meta as Omit<ImportedLayer, 'data'>;
  return {
    ...others,
    ...(isLayerStyle(style) ? { style } : {}),
    ...(typeof label === 'string' ? { label } : {}),
    data: serialiseCollection(fc),
  };
}

const labelOf = (key: IDBValidKey, value: unknown): string =>
  isRecord(value) && typeof value.name === 'string' && value.name.trim() !== ''
    ? value.name.trim().slice(0, 80)
    : String(key);

/**
 * Every stored layer, oldest first. Records that do not read as layers are skipped and named, and
 * left where they are: one damaged record must not hide the others, and deleting it is the user's
 * call (a newer version of the app may have written it). Parses every feature, so the page runs it
 * in a worker (`stored-client.ts`); `onProgress` is told each record read. Never throws.
 */
export async function loadImportedLayers(
  store?: UseStore,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<{ ok: true; layers: ImportedLayer[]; unreadable: UnreadableRecord[] } | StoreFailure> {
  const s = storeOrFailure(store);
  if (typeof s !== 'function') return s;
  try {
    const all = await entries<IDBValidKey, unknown>(s);
    const layers: ImportedLayer[] = [];
    const unreadable: UnreadableRecord[] = [];
    for (const [key, value] of all) {
      onProgress(layers.length + unreadable.length + 1, all.length);
      const layer = readAsLayer(key, value);
      if (layer) layers.push(layer);
      else unreadable.push({ key, label: labelOf(key, value) });
    }
    layers.sort((a, b) => Date.parse(a.addedAt) - Date.parse(b.addedAt) || a.id.localeCompare(b.id));
    return { ok: true, layers, unreadable };
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

/** Deletes a stored layer (or a record the user chose to drop); one that is not there is not an error. Never throws. */
export async function removeImportedLayer(
  id: IDBValidKey,
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
