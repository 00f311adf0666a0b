import { lazy, Suspense, useMemo } from 'react';
import type { AppState } from '../state/app-state';
import { moveArchive, removeArchive, updateArchive } from '../state/archive-actions';
import type { Store } from '../state/store';
import type { Bounds } from '../types/core';
import { ArchiveAddress } from '../ui/archive-address';
import { useAppState, useStore } from '../ui/use-store';

/** The archives' code (and the pmtiles library after it) loads with the first archive, not with the page. */
const loadArchives = () => import('./archives');
const ArchiveList = lazy(() => import('../ui/archive-list').then((m) => ({ default: m.ArchiveList })));

const isArchive = (f: File) => /\.pmtiles$/i.test(f.name);

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
  if (archives.length > 0) void loadArchives().then((m) => m.openArchiveFiles(store, archives, handles));
}

/** The handles of a drop's files, asked for while the drop event lasts (Chromium; null elsewhere). */
export function dropHandles(items: DataTransferItemList): Promise<FileSystemHandle | null>[] {
  type WithHandle = DataTransferItem & { getAsFileSystemHandle?: () => Promise<FileSystemHandle | null> };
  return [...items]
    .filter((i) => i.kind === 'file')
    .map((i) => (i as WithHandle).getAsFileSystemHandle?.() ?? Promise.resolve(null));
}

/** Remembered archives come back once the first view is drawn (the archives' code loads then). */
export const restoreArchives = (store: Store<AppState>) =>
  void loadArchives().then((m) => m.restoreArchives(store));

/** In "Your data": the address field for archives, then the archives opened, with their controls. */
export function ArchiveArea({ onZoom }: { onZoom: ((bounds: Bounds) => void) | null }) {
  const store = useStore();
  const archives = useAppState((s) => s.archives);
  const commands = useMemo(
    () => ({
      update: (id: string, patch: Parameters<typeof updateArchive>[2]) =>
        store.update((s) => updateArchive(s, id, patch)),
      move: (id: string, dir: 'up' | 'down') => store.update((s) => moveArchive(s, id, dir)),
      remove: (id: string) => store.update((s) => removeArchive(s, id)),
      zoom: onZoom && ((a: { info: { bounds: Bounds } | null }) => a.info && onZoom(a.info.bounds)),
      reopen: (id: string, file?: File) => void loadArchives().then((m) => m.reopenArchive(store, id, file)),
    }),
    [store, onZoom],
  );
  return (
    <>
      <ArchiveAddress
        onOpen={(address) => void loadArchives().then((m) => m.openArchiveAddress(store, address))}
      />
      {archives.length > 0 && (
        <Suspense fallback={null}>
          <ArchiveList archives={archives} commands={commands} />
        </Suspense>
      )}
    </>
  );
}
