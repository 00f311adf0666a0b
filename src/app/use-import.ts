import { useCallback, useMemo, useRef } from 'react';
import type { ImportReport } from '../import/import-report';
import type { ImportedLayer } from '../import/imported-store';
import type { ImportOutcome } from '../import/layer-data';
import type { ImportFix, ImportResult } from '../import/problems';
import type { AppState } from '../state/app-state';
import { importDrawn, importProgress, importReportClosed, importReported } from '../state/import-actions';
import type { Store } from '../state/store';
import { pickColor, uniqueName } from './new-layer';

const layerName = (fileName: string) => fileName.replace(/\.[^.]+$/, '') || fileName;

/** A plain success (no notes to read) closes by itself after this long. */
const SUCCESS_MS = 8000;
/** How long "drawing" may show when the map never says the layer is drawn (no map, a hidden tab). */
const DRAWING_MS = 60_000;

/**
 * Imports files one after the other (a drop of several files, or the file picker), with progress.
 * An accepted file becomes a new layer through `onLayer`; the progress and every outcome are in the
 * store (`importing`, `importReports`: import-actions.ts) until closed. A refused file changes
 * nothing else. What it returns never changes: reading it re-renders nothing.
 */
export function useImport(store: Store<AppState>, onLayer: (layer: ImportedLayer) => void) {
  const queue = useRef(Promise.resolve());
  /** The map drew a layer (or there is no map: no id): the import that made it is done. */
  const drawn = useCallback((layerId?: string) => store.update((s) => importDrawn(s, layerId)), [store]);

  const accept = useCallback(
    async (fileName: string, result: ImportOutcome): Promise<ImportReport> => {
      if (!result.ok) return { fileName, result };
      const { makeImportedLayer } = await import('../import/imported-store');
      // A colour no other layer wears, and a name no other layer has, so legends and exports tell
      // them apart.
      // The layers there are now (several files dropped at once are added one after the other).
      const taken = store.get().imported;
      const color = pickColor(taken.map((l) => l.color));
      const name = uniqueName(
        layerName(fileName),
        taken.map((l) => l.name),
      );
      const layer = makeImportedLayer(name, result.format, result.data, color, undefined, result.warnings);
      // Stored and drawn from here; the bar stays until the map says the layer is drawn.
      store.update((s) => importProgress(s, { fileName, progress: { stage: 'drawing' }, layerId: layer.id }));
      setTimeout(() => drawn(layer.id), DRAWING_MS);
      onLayer(layer);
      return { fileName, result, layerId: layer.id };
    },
    [store, onLayer, drawn],
  );

  const dismiss = useCallback(
    (report: ImportReport) => store.update((s) => importReportClosed(s, report)),
    [store],
  );
  const show = useCallback(
    (report: ImportReport) => {
      store.update((s) => importReported(s, report));
      if (report.result.ok && report.result.warnings.length === 0)
        setTimeout(() => dismiss(report), SUCCESS_MS);
    },
    [store, dismiss],
  );

  const importFiles = useCallback(
    (files: readonly File[]) => {
      for (const file of files) {
        queue.current = queue.current.then(async () => {
          const progress = (p: AppState['importing']) => store.update((s) => importProgress(s, p));
          progress({ fileName: file.name, progress: { stage: 'reading', fraction: 0 } });
          // The import code loads with the first file, not with the page.
          const { importFile } = await import('../import/import-client');
          const result = await importFile(file, (p) => progress({ fileName: file.name, progress: p }));
          progress(null);
          show(await accept(file.name, result));
        });
      }
    },
    [store, accept, show],
  );

  /** Accepts a refused file with one of the fixes it offered (a conversion, or its good rows only). */
  const fix = useCallback(
    async (report: ImportReport, chosen: ImportFix) => {
      // The parsers (and proj4) load with the first import, not with the page.
      const [{ applyImportFix }, { toOutcome }] = await Promise.all([
        import('../import/parse-file'),
        import('../import/layer-data'),
      ]);
      if (report.result.ok) return;
      const result = applyImportFix(report.result, chosen);
      // Once converted, "no .prj: read as WGS 84" no longer holds.
      const settled: ImportResult = result.ok
        ? {
            ...result,
            warnings: result.warnings.filter((w) => w.code !== 'shp-no-prj' && w.code !== 'shp-bad-prj'),
          }
        : result;
      show(await accept(report.fileName, toOutcome(settled)));
    },
    [accept, show],
  );

  return useMemo(() => ({ importFiles, fix, dismiss, drawn }), [importFiles, fix, dismiss, drawn]);
}
