import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportedLayer, StoreFailure } from '../import/imported-store';

/** The store (and idb-keyval) load after the page: nothing stored is needed for the first view. */
const store = () => import('../import/imported-store');

/** How long a layer's look must stay unchanged before it is written (a dragged slider writes once). */
const SAVE_AFTER_MS = 400;

/**
 * The user's imported layers, bottom to top, kept in the browser (IndexedDB) and back after a
 * reload. Every change shows at once; writing it happens after, and a storage failure is reported
 * through `onStoreFailure` without losing anything on screen.
 */
export function useImportedLayers(
  onStoreFailure: (f: StoreFailure | { skipped: number }) => void,
  /** False until the first view is drawn: the stored layers come after it, not before. */
  start: boolean,
) {
  const [layers, setLayers] = useState<ImportedLayer[]>([]);
  const [loaded, setLoaded] = useState(false);
  const report = useRef(onStoreFailure);
  report.current = onStoreFailure;
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  useEffect(() => {
    if (!start) return;
    let live = true;
    void store()
      .then((m) => m.loadImportedLayers())
      .then((r) => {
        if (!live) return;
        if (r.ok) {
          // Layers imported during the load (a quick drop) stay, after the stored ones.
          setLayers((now) => [...r.layers, ...now.filter((l) => !r.layers.some((x) => x.id === l.id))]);
          if (r.skipped.length > 0) report.current({ skipped: r.skipped.length });
        } else report.current(r);
        setLoaded(true);
      });
    return () => {
      live = false;
    };
  }, [start]);

  const save = useCallback((layer: ImportedLayer, later = false) => {
    const pending = timers.current.get(layer.id);
    if (pending) clearTimeout(pending);
    const write = () => {
      timers.current.delete(layer.id);
      void store()
        .then((m) => m.saveImportedLayer(layer))
        .then((r) => {
          if (!r.ok) report.current(r);
        });
    };
    if (later) timers.current.set(layer.id, setTimeout(write, SAVE_AFTER_MS));
    else write();
  }, []);

  const add = useCallback(
    (layer: ImportedLayer) => {
      // In the order they were added, which is their drawing order: a removal undone puts the
      // layer back where it was, not on top.
      setLayers((l) => [...l.filter((x) => x.id !== layer.id), layer].sort(byAddedAt));
      save(layer);
    },
    [save],
  );

  const update = useCallback(
    (id: string, patch: Partial<Pick<ImportedLayer, 'color' | 'opacity' | 'visible' | 'name'>>) => {
      setLayers((list) =>
        list.map((l) => {
          if (l.id !== id) return l;
          const next = { ...l, ...patch };
          save(next, true);
          return next;
        }),
      );
    },
    [save],
  );

  const remove = useCallback((id: string) => {
    const pending = timers.current.get(id);
    if (pending) clearTimeout(pending);
    setLayers((l) => l.filter((x) => x.id !== id));
    void store()
      .then((m) => m.removeImportedLayer(id))
      .then((r) => {
        if (!r.ok) report.current(r);
      });
  }, []);

  /** Moves a layer one place up (drawn later, on top) or down; the stored order follows. */
  const move = useCallback(
    (id: string, dir: 'up' | 'down') => {
      setLayers((list) => {
        const i = list.findIndex((l) => l.id === id);
        const j = dir === 'up' ? i + 1 : i - 1;
        const a = list[i];
        const b = list[j];
        if (!a || !b) return list;
        // The stored order is the order of addedAt: the two swap their places in it.
        const a2 = { ...a, addedAt: b.addedAt };
        const b2 = { ...b, addedAt: a.addedAt };
        save(a2);
        save(b2);
        const next = [...list];
        next[i] = b2;
        next[j] = a2;
        return next;
      });
    },
    [save],
  );

  return { layers, loaded, add, update, remove, move };
}

export type ImportedLayers = ReturnType<typeof useImportedLayers>;

const byAddedAt = (a: ImportedLayer, b: ImportedLayer) => Date.parse(a.addedAt) - Date.parse(b.addedAt);
