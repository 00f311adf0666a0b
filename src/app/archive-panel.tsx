import { useMemo } from 'react';
import type { AppState } from '../state/app-state';
import { type ArchiveLayer, moveArchive, removeArchive, updateArchive } from '../state/archive-actions';
import type { Store } from '../state/store';
import type { Bounds } from '../types/core';
import { type ArchiveCommands, ArchiveList } from '../ui/your-data/archive-list';

/** The archives in "Your data", wired to the store: loaded with the first archive, not with the page. */
export function ArchivePanel({
  store,
  archives,
  onZoom,
}: {
  store: Store<AppState>;
  archives: readonly ArchiveLayer[];
  onZoom: ((bounds: Bounds) => void) | null;
}) {
  const commands: ArchiveCommands = useMemo(
    () => ({
      update: (id, patch) => store.update((s) => updateArchive(s, id, patch)),
      move: (id, dir) => store.update((s) => moveArchive(s, id, dir)),
      remove: (id) => store.update((s) => removeArchive(s, id)),
      zoom: onZoom && ((a) => a.info && onZoom(a.info.bounds)),
      reopen: (id, file) => void import('./archives').then((m) => m.reopenArchive(store, id, file)),
      pick:
        'showOpenFilePicker' in window
          ? (id) => void import('./archives').then((m) => m.pickAndReopen(store, id))
          : null,
    }),
    [store, onZoom],
  );
  return <ArchiveList archives={archives} commands={commands} />;
}
