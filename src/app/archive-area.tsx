import { lazy, Suspense } from 'react';
import type { AppState } from '../state/app-state';
import type { Store } from '../state/store';
import type { Bounds } from '../types/core';
import { useAppState, useStore } from '../ui/use-store';
import { pickColor, uniqueName } from './new-layer';

/** The archives' code (and the pmtiles library after it) loads with the first archive, not with the page. */
const loadArchives = () => import('./archives');
// The address form loads once the first view is drawn: it is below the fold of "Your data".
const ArchiveAddress = lazy(() =>
  import('../ui/your-data/archive-address').then((m) => ({ default: m.ArchiveAddress })),
);
const ArchivePanel = lazy(() => import('./archive-panel').then((m) => ({ default: m.ArchivePanel })));

const isArchive = (f: File) => /\.pmtiles$/i.test(f.name);

/**
 * A new archive's name (its file's, made unique) and colour (one no layer wears), as imported layers
 * get theirs: computed here, where the page has these helpers already, not in the archives' chunk.
 */
const newLook = (store: Store<AppState>) => (fileName: string) => {
  const s = store.get();
  const layers = [...s.imported, ...s.archives];
  return {
    name: uniqueName(
      fileName.replace(/\.pmtiles$/i, '') || fileName,
      layers.map((l) => l.name),
    ),
    color: pickColor(layers.map((l) => l.color)),
  };
};

/**
 * Files from the picker or a drop: PMTiles archives are opened in place (with the browser's file
 * handles where a drop gave them), every other file goes to the import.
 */
export function routeFiles(
  store: Store<AppState>,
  importFiles: (files: File[]) => void,
  files: readonly File[],
  handles: readonly Promise<FileSystemHandle | null>[] = [],
): void {
  const archives = files.filter(isArchive);
  const others = files.filter((f) => !isArchive(f));
  if (others.length > 0) importFiles(others);
  if (archives.length > 0)
    void loadArchives().then((m) => m.openArchiveFiles(store, newLook(store), archives, handles));
}

/** The handles of a drop's files, asked for while the drop event lasts (Chromium; null elsewhere). */
export function dropHandles(items: DataTransferItemList): Promise<FileSystemHandle | null>[] {
  type WithHandle = DataTransferItem & { getAsFileSystemHandle?: () => Promise<FileSystemHandle | null> };
  return [...items]
    .filter((i) => i.kind === 'file')
    .map((i) => {
      try {
        return (i as WithHandle).getAsFileSystemHandle?.() ?? Promise.resolve(null);
      } catch {
        // A drop made by a script (or an item already read) has no handle to give.
        return Promise.resolve(null);
      }
    });
}

/** Remembered archives come back once the first view is drawn (the archives' code loads then). */
export const restoreArchives = (store: Store<AppState>) =>
  void loadArchives().then((m) => m.restoreArchives(store));

/** In "Your data": the address field for archives, then the archives opened, with their controls. */
export function ArchiveArea({ onZoom }: { onZoom: ((bounds: Bounds) => void) | null }) {
  const store = useStore();
  const archives = useAppState((s) => s.archives);
  const shown = useAppState((s) => s.firstIdle);
  return (
    <>
      {shown && (
        <Suspense fallback={null}>
          <ArchiveAddress
            onOpen={(address) =>
              loadArchives()
                .then((m) => m.openArchiveAddress(store, newLook(store), address))
                .catch(() => false)
            }
          />
        </Suspense>
      )}
      {archives.length > 0 && (
        <Suspense fallback={null}>
          {/* The page has the layer tools already: handed down, they are not split off the first load. */}
          <ArchivePanel store={store} archives={archives} onZoom={onZoom} />
        </Suspense>
      )}
    </>
  );
}
