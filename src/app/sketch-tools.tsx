import { useCallback, useEffect, useRef, useState } from 'react';
import { sketchText } from '../i18n/strings-sketch';
import type { DrawCallbacks, DrawMode, DrawnFeature, DrawSession } from '../map/draw-session';
import type { AppState } from '../state/app-state';
import { setMeasure } from '../state/measure-actions';
import { type Sketch, type SketchGeometry, sketchBox, sketchesOf } from '../state/sketches';
import type { Store } from '../state/store';
import { exportSketches } from '../ui/sketch/export-sketches';
import { SketchPanel } from '../ui/sketch/sketch-panel';
import { useAppState, useStore } from '../ui/use-store';
import { defaultLabel, requestLandReport, setSketches, sketchSize } from './sketch-commands';
import { startSketchSync } from './sketch-sync';
import { useApp } from './use-app-data';

export { startSketchSync };

const toDrawn = (list: readonly Sketch[]): DrawnFeature[] =>
  list.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { id: f.properties.id } }));

/** Ids and shapes only: a label typed in the list does not redraw the tools. */
const shapes = (list: readonly Sketch[]) => JSON.stringify(toDrawn(list));

/** The tools' sketches with their labels and notes: those drawn now get a name of their kind. */
function fromDrawn(s: AppState, drawn: readonly DrawnFeature[]): Sketch[] {
  const known = new Map(sketchesOf(s).map((f) => [f.properties.id, f]));
  let added = 0;
  return drawn.map((d) => {
    const g = d.geometry as SketchGeometry;
    const old = known.get(d.properties.id);
    const label = old ? old.properties.label : defaultLabel(s, g, added++);
    return {
      type: 'Feature',
      geometry: g,
      properties: { id: d.properties.id, label, note: old?.properties.note ?? '' },
    };
  });
}

/** Undo: the sketches before each change made here (drawn, moved, reshaped, deleted), newest last. */
function useHistory(store: Store<AppState>) {
  const past = useRef<Sketch[][]>([]);
  const [size, setSize] = useState(0);
  const change = useCallback(
    (next: readonly Sketch[], remember = true) => {
      const now = sketchesOf(store.get());
      if (JSON.stringify(now) === JSON.stringify(next)) return;
      if (remember) {
        past.current = [...past.current.slice(-49), now];
        setSize(past.current.length);
      }
      setSketches(store, next);
    },
    [store],
  );
  const undo = useCallback((): boolean => {
    const last = past.current.pop();
    setSize(past.current.length);
    if (!last) return false;
    setSketches(store, last);
    return true;
  }, [store]);
  return { change, undo, size };
}

/**
 * The drawing tools, loaded when the user first presses "Draw": terra-draw on the main map
 * (map/draw-session.ts) and the sketch list beside it. The store holds the sketches; the tools show
 * them and report what the user drew, moved or reshaped. While they are open the sketch layer is
 * left to them (`sketching`).
 */
export function SketchTools({ onClose }: { onClose: () => void }) {
  const store = useStore();
  const app = useApp();
  const lang = useAppState((s) => s.lang);
  const imported = useAppState((s) => s.imported);
  const sketches = sketchesOf({ imported });
  const session = useRef<DrawSession | null>(null);
  const shown = useRef(shapes(sketches));
  const [mode, setMode] = useState<DrawMode>('polygon');
  const [selected, setSelected] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const history = useHistory(store);
  const t = (k: Parameters<typeof sketchText>[1], p?: Record<string, string | number>) =>
    sketchText(lang, k, p);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the tools start once; later sketches reach them through `replace`
  useEffect(() => {
    let stopped = false;
    const stopSync = startSketchSync(store);
    // Measuring and drawing both take the map's clicks: one at a time.
    store.update((s) => ({ ...setMeasure(s, null), sketching: true }));
    const ctrl = app.mapApi.current?.ctrl;
    const callbacks: DrawCallbacks = {
      onChange: (drawn) => {
        const next = fromDrawn(store.get(), drawn);
        shown.current = shapes(next);
        const before = sketchesOf(store.get()).length;
        history.change(next);
        const name = next.at(-1)?.properties.label ?? '';
        if (next.length > before) setStatus(sketchText(store.get().lang, 'sketch.added', { name }));
      },
      onSelect: setSelected,
    };
    if (ctrl)
      void import('../map/draw-session')
        .then((m) => m.startDrawing(ctrl, toDrawn(sketchesOf(store.get())), callbacks))
        .then((s) => {
          if (stopped) s.stop();
          else session.current = s;
        });
    return () => {
      stopped = true;
      session.current?.stop();
      session.current = null;
      stopSync();
      store.update((s) => ({ ...s, sketching: false }));
      // Focus goes back to the Draw button when it was in the tools (or nowhere).
      const at = document.activeElement;
      if (!at || at === document.body || !at.isConnected)
        document.querySelector<HTMLElement>('.map-tools > .measure-tool > button')?.focus();
    };
  }, []);

  const measuring = useAppState((s) => s.measure !== null);
  useEffect(() => {
    if (measuring) onClose();
  }, [measuring, onClose]);

  // Sketches changed elsewhere (deleted in the list, an undo, a link, the coordinates' box): shown anew.
  useEffect(() => {
    const now = shapes(sketches);
    if (now === shown.current) return;
    shown.current = now;
    session.current?.replace(toDrawn(sketches));
  }, [sketches]);

  const undo = () => {
    if (session.current?.undoVertex()) return;
    if (!history.undo()) setStatus(t('sketch.nothingToUndo'));
  };
  const undoRef = useRef(undo);
  undoRef.current = undo;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select')) return;
      if (e.key === 'Escape') {
        // A shape being drawn is dropped; with none, Escape ends drawing.
        const s = session.current;
        if (s?.drawing()) s.cancel();
        else onClose();
      } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') undoRef.current();
      else return;
      e.preventDefault();
      e.stopImmediatePropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onClose]);

  const edit = (id: string, patch: Partial<Sketch['properties']>) =>
    history.change(
      sketchesOf(store.get()).map((f) =>
        f.properties.id === id ? { ...f, properties: { ...f.properties, ...patch } } : f,
      ),
      false,
    );

  return (
    <SketchPanel
      mode={mode}
      onMode={(m) => {
        setMode(m);
        session.current?.setMode(m);
      }}
      onUndo={undo}
      canUndo={history.size > 0 || mode !== 'select'}
      onDone={onClose}
      sketches={sketches}
      selected={selected}
      sizeOf={(f) => sketchSize(lang, f)}
      onLabel={(id, label) => edit(id, { label })}
      onNote={(id, note) => edit(id, { note })}
      onRemove={(f) => {
        history.change(sketchesOf(store.get()).filter((x) => x.properties.id !== f.properties.id));
        setStatus(t('sketch.removed', { name: f.properties.label }));
      }}
      onZoom={(f) => app.mapApi.current?.fitBounds(sketchBox(f))}
      onEdit={(f) => {
        setMode('select');
        session.current?.setMode('select');
        session.current?.select(f.properties.id);
        setSelected(f.properties.id);
      }}
      onPlan={(f) => {
        onClose();
        requestLandReport(store, f);
      }}
      onExport={(format) => exportSketches(store.get(), format)}
      status={status}
    />
  );
}
