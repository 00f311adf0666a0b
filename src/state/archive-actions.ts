import { landUseFieldByName } from '../analysis/land-use-fields';
import type { ArchiveInfo, ArchiveReader } from '../import/archive-info';
import type { LayerStyle } from '../import/layer-style';
import type { LngLat } from '../types/core';
import type { AppState } from './app-state';

/** Where an archive is read from: an address, or a file on this computer (by its name and size). */
export type ArchiveOrigin = { kind: 'url'; url: string } | { kind: 'file'; fileName: string; size: number };

/**
 * How far an archive is from being drawn: being opened; open (drawn); a remembered file the
 * browser must be asked again for (`needs-permission`: it kept a handle; `needs-file`: it did not,
 * the user opens the file again); or failed to open again (`failed`, the reason in a notice).
 */
export type ArchiveStatus = 'opening' | 'open' | 'needs-permission' | 'needs-file' | 'failed';

/**
 * A PMTiles archive the user opened: a layer of its own kind, drawn from tiles read in place,
 * never copied into the page. Bottom to top in `AppState.archives`.
 */
export interface ArchiveLayer {
  /** `archive-…`: also the key of its tiles (`pmtiles://<id>/{z}/{x}/{y}`). */
  id: string;
  name: string;
  /** The colour of a vector archive's features. */
  color: string;
  /** 0–1 */
  opacity: number;
  visible: boolean;
  origin: ArchiveOrigin;
  status: ArchiveStatus;
  /** Known once opened (header and metadata). */
  info: ArchiveInfo | null;
  /** Reads the tiles; only while open in this page. */
  reader: ArchiveReader | null;
  /** Coloured by the land-use code of a field of its source layers; absent: in `color`. */
  style?: ArchiveStyle;
  /** The file's handle the browser gave (a drop, a picker): kept with the layer, to ask again for the file. */
  handle?: FileSystemFileHandle;
  /** It has been open, or was read from the remembered list: remembered even while (re)opening. */
  remembered?: true;
}

/** A feature of an archive, clicked: its attributes as the tile gives them (shown as text only). */
export interface ArchivePick {
  layerId: string;
  sourceLayer: string | null;
  properties: Record<string, string | number | boolean | null>;
  at: LngLat;
}

export type ArchivePatch = Partial<Pick<ArchiveLayer, 'color' | 'opacity' | 'visible' | 'name' | 'style'>>;

/** How an archive is coloured by its attributes: by land-use code only (its values are not known beforehand). */
export type ArchiveStyle = Extract<LayerStyle, { by: 'land-use' }>;

const put = (s: AppState, id: string, change: (a: ArchiveLayer) => ArchiveLayer): AppState => ({
  ...s,
  archives: s.archives.map((a) => (a.id === id ? change(a) : a)),
});

/** Adds an archive on top, or replaces the one with its id in its place (a remembered file opened again). */
export function addArchive(s: AppState, layer: ArchiveLayer): AppState {
  const at = s.archives.findIndex((a) => a.id === layer.id);
  if (at < 0) return { ...s, archives: [...s.archives, layer] };
  const archives = [...s.archives];
  archives[at] = layer;
  return { ...s, archives };
}

/** The archives remembered by this browser, read after the first view: below those opened meanwhile. */
export function archivesRestored(s: AppState, stored: readonly ArchiveLayer[]): AppState {
  const now = s.archives.filter((a) => !stored.some((x) => x.id === a.id));
  return { ...s, archives: [...stored, ...now] };
}

/**
 * An archive is open: the map draws it from `reader`. Opened for the first time, a vector archive
 * with a field named as land-use codes are (KHLOAIDAT, MDSD…) starts coloured by them.
 */
export function archiveOpened(s: AppState, id: string, info: ArchiveInfo, reader: ArchiveReader): AppState {
  return put(s, id, (a) => {
    const field =
      a.remembered || a.style || info.kind !== 'vector'
        ? null
        : landUseFieldByName(info.layers.flatMap((l) => l.fields));
    return {
      ...a,
      status: 'open',
      info,
      reader,
      remembered: true,
      ...(field ? { style: { by: 'land-use' as const, field } } : {}),
    };
  });
}

/** Keeps the handle of an archive's file the browser gave (a picker), or lets it go (`null`). */
export function archiveHandle(s: AppState, id: string, handle: FileSystemFileHandle | null): AppState {
  return put(s, id, ({ handle: _old, ...a }) => (handle ? { ...a, handle } : a));
}

/**
 * The archives this browser remembers, bottom to top: not one being opened for the first time
 * (a refused file is never remembered), and of each only where to read it and its look.
 */
export function rememberedArchives(archives: readonly ArchiveLayer[]): RememberedArchive[] {
  return archives
    .filter((a) => a.status !== 'opening' || a.remembered)
    .map(({ id, name, color, opacity, visible, origin, handle, style }) => ({
      id,
      name,
      color,
      opacity,
      visible,
      origin,
      ...(handle ? { handle } : {}),
      ...(style ? { style } : {}),
    }));
}

/** What is remembered of an archive: never its tiles; for a file, the browser's handle when it gave one. */
export type RememberedArchive = Pick<
  ArchiveLayer,
  'id' | 'name' | 'color' | 'opacity' | 'visible' | 'origin' | 'handle' | 'style'
>;

/** An archive cannot be drawn now (see ArchiveStatus); it stays listed and remembered. */
export function archiveWaits(s: AppState, id: string, status: Exclude<ArchiveStatus, 'open'>): AppState {
  return put(s, id, (a) => ({ ...a, status, reader: null }));
}

/** Changes an archive's look or name; `style: undefined` puts it back in its one colour. */
export function updateArchive(s: AppState, id: string, patch: ArchivePatch): AppState {
  return put(s, id, (a) => {
    const next = { ...a, ...patch };
    if ('style' in patch && patch.style === undefined) delete next.style;
    return next;
  });
}

/** Moves an archive one place up (drawn later, on top) or down. */
export function moveArchive(s: AppState, id: string, dir: 'up' | 'down'): AppState {
  const i = s.archives.findIndex((a) => a.id === id);
  const j = dir === 'up' ? i + 1 : i - 1;
  const a = s.archives[i];
  const b = s.archives[j];
  if (!a || !b) return s;
  const archives = [...s.archives];
  archives[i] = b;
  archives[j] = a;
  return { ...s, archives };
}

/** Removes an archive, and its popup if one is open. */
export function removeArchive(s: AppState, id: string): AppState {
  return {
    ...s,
    archives: s.archives.filter((a) => a.id !== id),
    popup: s.popup?.kind === 'archive' && s.popup.layerId === id ? null : s.popup,
  };
}

/**
 * A click found a feature of an archive drawn above any other feature one can click there (the map
 * reports it only then, after its own report of the same click, since the archives' layers load
 * later): its popup replaces what that report chose (an area of the plan under it).
 */
export function pickArchiveFeature(s: AppState, pick: ArchivePick): AppState {
  // While measuring, a click is a point of the measure.
  if (s.measure) return s;
  return { ...s, popup: { kind: 'archive', ...pick } };
}
