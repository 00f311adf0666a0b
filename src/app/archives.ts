import { createStore, get, set } from 'idb-keyval';
import { archiveBoth, type Refusal, refusalText } from '../i18n/strings-archive';
import { addressName, archiveAddress, archiveOutOfView } from '../import/archive-info';
import type { OpenResult } from '../import/archive-open';
import { isLayerStyle } from '../import/layer-style';
import type { AppState } from '../state/app-state';
import {
  type ArchiveLayer,
  type ArchiveOrigin,
  addArchive,
  archiveHandle,
  archiveOpened,
  archivesRestored,
  archiveWaits,
  type RememberedArchive,
  rememberedArchives,
  removeArchive,
} from '../state/archive-actions';
import { notify } from '../state/notice-actions';
import type { Store } from '../state/store';

/** The parts of the File System Access API used here (Chromium's; not in TypeScript's DOM library yet). */
interface ReadHandle extends FileSystemFileHandle {
  queryPermission?(d: { mode: 'read' }): Promise<PermissionState>;
  requestPermission?(d: { mode: 'read' }): Promise<PermissionState>;
}

/**
 * A database of its own, apart from the imported layers' ("ls-archives"): no version upgrade of
 * theirs, and archives hold no data, only where to read it.
 */
let idbStore: ReturnType<typeof createStore> | null = null;
/** Opened once, when first needed: every save through the same connection. */
const db = () => {
  idbStore ??= createStore('ls-archives', 'archives');
  return idbStore;
};
const LIST_KEY = 'list';

/** The name and colour of a new layer, none other has (the page computes them: see archive-area). */
export type NewLook = (fileName: string) => { name: string; color: string };

const newId = () => `archive-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

const refused = (name: string, refusal: Refusal) => ({
  id: `archive-refused-${name}`,
  key: 'store.notice' as const,
  text: refusalText(name, refusal),
});

/** An opened archive goes on the map; one the map cannot show where it lies is named, as imports are. */
function opened(store: Store<AppState>, layer: ArchiveLayer, r: Extract<OpenResult, { ok: true }>): void {
  const away = archiveOutOfView(r.info.bounds);
  store.update((s) => {
    const next = archiveOpened(s, layer.id, r.info, r.reader);
    if (!away) return next;
    const text =
      away.code === 'far-from-province'
        ? archiveBoth('archive.far', { name: layer.name, ...away.params })
        : archiveBoth('archive.outside', { name: layer.name });
    return notify(next, { id: `archive-away-${layer.id}`, key: 'store.notice', text });
  });
}

async function open(from: { file: Blob } | { url: string }, id: string): Promise<OpenResult> {
  const { openArchive } = await import('../import/archive-open');
  return openArchive(id, from);
}

/** Opens a new archive, listed at once as "opening"; a refused one is taken out again, with the reason. */
async function openNew(
  store: Store<AppState>,
  look: NewLook,
  fileName: string,
  origin: ArchiveOrigin,
  from: { file: Blob } | { url: string },
  handle: ReadHandle | null,
): Promise<boolean> {
  const layer: ArchiveLayer = {
    id: newId(),
    ...look(fileName),
    opacity: 1,
    visible: true,
    origin,
    status: 'opening',
    info: null,
    reader: null,
    ...(handle ? { handle } : {}),
  };
  store.update((x) => addArchive(x, layer));
  const r = await open(from, layer.id);
  if (r.ok) {
    opened(store, layer, r);
    return true;
  }
  store.update((x) => notify(removeArchive(x, layer.id), refused(fileName, r.refusal)));
  return false;
}

/** Opens `.pmtiles` files (a drop, the file picker), read in place; `fileHandles` where the browser gave them. */
export async function openArchiveFiles(
  store: Store<AppState>,
  look: NewLook,
  files: readonly File[],
  fileHandles: readonly Promise<FileSystemHandle | null>[] = [],
): Promise<void> {
  const given = (await Promise.all(fileHandles.map((h) => h.catch(() => null)))).filter(
    (h): h is ReadHandle => h?.kind === 'file',
  );
  for (const file of files) {
    const handle = given.find((h) => h.name === file.name) ?? null;
    await openNew(
      store,
      look,
      file.name,
      { kind: 'file', fileName: file.name, size: file.size },
      { file },
      handle,
    );
  }
}

/** Whether the page's policy lets it read http on this computer (no policy: the dev server). */
function localHttpAllowed(): boolean {
  const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
  return meta == null || meta.includes('http://127.0.0.1:*');
}

/** Opens an archive at an address the user typed (https, or http on this computer); false if it is refused. */
export async function openArchiveAddress(
  store: Store<AppState>,
  look: NewLook,
  text: string,
): Promise<boolean> {
  const address = archiveAddress(text, localHttpAllowed());
  if (!address.ok) {
    store.update((s) => notify(s, refused(text.trim() || '…', { code: 'archive-address' })));
    return false;
  }
  const name = addressName(address.url);
  return openNew(store, look, name, { kind: 'url', url: address.url }, { url: address.url }, null);
}

/** Opens a remembered archive again; it stays listed, marked failed, if it cannot be. */
async function reopen(store: Store<AppState>, layer: ArchiveLayer, from: { file: Blob } | { url: string }) {
  store.update((s) => archiveWaits(s, layer.id, 'opening'));
  const r = await open(from, layer.id);
  if (r.ok) return opened(store, layer, r);
  store.update((s) => notify(archiveWaits(s, layer.id, 'failed'), refused(layer.name, r.refusal)));
}

/**
 * Asks again for a remembered file (a click: browsers ask permission only on a user's gesture):
 * through its handle, or `file` chosen by the user. A file of another name is not taken for it.
 * An address that failed is simply tried again.
 */
export async function reopenArchive(store: Store<AppState>, id: string, file?: File): Promise<void> {
  const layer = store.get().archives.find((a) => a.id === id);
  if (!layer) return;
  if (layer.origin.kind === 'url') return reopen(store, layer, { url: layer.origin.url });
  const { fileName } = layer.origin;
  if (file) {
    if (file.name !== fileName) {
      const text = archiveBoth('archive.wrongFile', { got: file.name, file: fileName });
      store.update((s) => notify(s, { id: `archive-wrong-${id}`, key: 'store.notice', text }));
      return;
    }
    return reopen(store, layer, { file });
  }
  const handle = layer.handle as ReadHandle | undefined;
  if (handle && (await handle.requestPermission?.({ mode: 'read' }).catch(() => 'denied')) === 'granted')
    return reopenHandle(store, layer, handle);
}

/**
 * Reopens through a kept handle: a file moved or deleted since (NotFoundError) or a permission
 * taken back makes `getFile` throw; that archive is marked failed with the reason, the others go on.
 */
async function reopenHandle(store: Store<AppState>, layer: ArchiveLayer, handle: ReadHandle): Promise<void> {
  let file: File;
  try {
    file = await handle.getFile();
  } catch (e) {
    const refusal: Refusal = {
      code: 'archive-unreadable',
      params: { detail: e instanceof Error ? e.name || e.message : String(e) },
    };
    store.update((s) => notify(archiveWaits(s, layer.id, 'failed'), refused(layer.name, refusal)));
    return;
  }
  return reopen(store, layer, { file });
}

type Picker = (o: {
  types: { description: string; accept: Record<string, string[]> }[];
}) => Promise<ReadHandle[]>;

/**
 * Chooses a remembered archive's file again through the browser's picker (on the user's click):
 * the handle it gives is kept, so the next visit may only have to ask for permission.
 */
export async function pickAndReopen(store: Store<AppState>, id: string): Promise<void> {
  const picker = (window as unknown as { showOpenFilePicker?: Picker }).showOpenFilePicker;
  if (!picker) return;
  let handle: ReadHandle | undefined;
  try {
    [handle] = await picker({
      types: [{ description: 'PMTiles', accept: { 'application/vnd.pmtiles': ['.pmtiles'] } }],
    });
  } catch {
    return; // The user closed the picker.
  }
  if (!handle) return;
  let file: File;
  try {
    file = await handle.getFile();
  } catch {
    return; // The chosen file went away at once: nothing changes.
  }
  const before = store.get().archives.find((a) => a.id === id)?.handle ?? null;
  store.update((s) => archiveHandle(s, id, handle));
  await reopenArchive(store, id, file);
  // Not the layer's file after all: its handle stays the one it had.
  if (store.get().archives.find((a) => a.id === id)?.status !== 'open')
    store.update((s) => archiveHandle(s, id, before));
}

/** Reads the remembered archives (after the first view): addresses open again, files when the browser allows. */
export async function restoreArchives(store: Store<AppState>): Promise<void> {
  let list: RememberedArchive[] | undefined;
  let read = true;
  try {
    list = await get<RememberedArchive[]>(LIST_KEY, db());
  } catch {
    // Not readable now (a private window, a broken database): nothing is written over it either.
    read = false;
  }
  // Archives opened before the list was read are remembered from now on.
  if (read) startPersisting(store);
  if (!list || list.length === 0) return;
  const layers: ArchiveLayer[] = list.map((r) => ({
    id: r.id,
    name: r.name,
    color: r.color,
    opacity: r.opacity,
    visible: r.visible,
    origin: r.origin,
    status: r.origin.kind === 'url' ? 'opening' : r.handle ? 'needs-permission' : 'needs-file',
    info: null,
    reader: null,
    remembered: true,
    ...(r.handle ? { handle: r.handle } : {}),
    // A style this version does not draw leaves the archive in its one colour.
    ...(isLayerStyle(r.style) && r.style.by === 'land-use' ? { style: r.style } : {}),
  }));
  store.update((s) => archivesRestored(s, layers));
  for (const layer of layers) {
    if (layer.origin.kind === 'url') void reopen(store, layer, { url: layer.origin.url });
    else {
      const handle = layer.handle as ReadHandle | undefined;
      const permission = await handle?.queryPermission?.({ mode: 'read' }).catch(() => 'denied');
      if (handle && permission === 'granted') void reopenHandle(store, layer, handle);
    }
  }
}

const recordKey = (a: RememberedArchive) =>
  JSON.stringify([
    a.id,
    a.name,
    a.color,
    a.opacity,
    a.visible,
    a.origin,
    a.handle !== undefined,
    a.style ?? null,
  ]);

/** The stores whose archives are being remembered: each is followed once. */
const persisting = new WeakSet<Store<AppState>>();

/**
 * Keeps the list of archives in this browser, following the store (a moment after each change).
 * Started once the stored list has been read, so that an archive opened before then never
 * overwrites the archives remembered from before.
 */
function startPersisting(store: Store<AppState>): void {
  if (persisting.has(store)) return;
  persisting.add(store);
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    const list = rememberedArchives(store.get().archives);
    const key = list.map(recordKey).join('|');
    if (key === last) return;
    last = key;
    void set(LIST_KEY, list, db()).catch(() => {
      last = '';
    });
  };
  store.subscribe((next, prev) => {
    if (next.archives === prev.archives) return;
    clearTimeout(timer);
    timer = setTimeout(write, 300);
  });
  timer = setTimeout(write, 300);
}
