import { useCallback, useMemo, useRef, useState } from 'react';
import type { ImportProgressState, ImportReport } from '../import/import-report';
import type { ImportedLayer } from '../import/imported-store';
import type { ImportOutcome } from '../import/layer-data';
import type { ImportFix, ImportResult } from '../import/problems';
import { pickColor, uniqueName } from './new-layer';

const layerName = (fileName: string) => fileName.replace(/\.[^.]+$/, '') || fileName;

/** Outcomes shown at once; older ones give way (the newest is what the user just did). */
const MAX_REPORTS = 3;
/** A plain success (no notes to read) closes by itself after this long. */
const SUCCESS_MS = 8000;
/** How long "drawing" may show when the map never says the layer is drawn (no map, a hidden tab). */
const DRAWING_MS = 60_000;

/**
 * Imports files one after the other (a drop of several files, or the file picker), with progress.
 * An accepted file becomes a new layer through `onLayer`; every outcome is kept in `reports` until
 * dismissed. A refused file changes nothing else.
 */
export function useImport(
  onLayer: (layer: ImportedLayer) => void,
  layers: readonly Pick<ImportedLayer, 'name' | 'color'>[],
) {
  const [progress, setProgress] = useState<ImportProgressState | null>(null);
  const [reports, setReports] = useState<ImportReport[]>([]);
  const queue = useRef(Promise.resolve());
  // The layers there are, plus any added since the last render (several files dropped at once).
  const taken = useRef(layers);
  taken.current = layers;
  /** The layer whose drawing the progress bar shows. */
  const drawing = useRef<string | null>(null);

  /** The map drew a layer (or there is no map: no id): the import that made it is done. */
  const drawn = useCallback((layerId?: string) => {
    if (drawing.current === null || (layerId !== undefined && drawing.current !== layerId)) return;
    drawing.current = null;
    setProgress(null);
  }, []);

  const accept = useCallback(
    async (fileName: string, result: ImportOutcome): Promise<ImportReport> => {
      if (!result.ok) return { fileName, result };
      const { makeImportedLayer } = await import('../import/imported-store');
      // A colour no other layer wears, and a name no other layer has, so legends and exports tell
      // them apart.
      const color = pickColor(taken.current.map((l) => l.color));
      const name = uniqueName(
        layerName(fileName),
        taken.current.map((l) => l.name),
      );
      const layer = makeImportedLayer(name, result.format, result.data, color, undefined, result.warnings);
      taken.current = [...taken.current, layer];
      // Stored and drawn from here; the bar stays until the map says the layer is drawn.
      drawing.current = layer.id;
      setProgress({ fileName, progress: { stage: 'drawing' } });
      setTimeout(() => drawn(layer.id), DRAWING_MS);
      onLayer(layer);
      return { fileName, result, layerId: layer.id };
    },
    [onLayer, drawn],
  );

  const show = useCallback((report: ImportReport) => {
    setReports((r) => [report, ...r.filter((x) => x.fileName !== report.fileName)].slice(0, MAX_REPORTS));
    if (report.result.ok && report.result.warnings.length === 0)
      setTimeout(() => setReports((r) => r.filter((x) => x !== report)), SUCCESS_MS);
  }, []);

  const importFiles = useCallback(
    (files: readonly File[]) => {
      for (const file of files) {
        queue.current = queue.current.then(async () => {
          setProgress({ fileName: file.name, progress: { stage: 'reading', fraction: 0 } });
          // The import code loads with the first file, not with the page.
          const { importFile } = await import('../import/import-client');
          drawing.current = null;
          const result = await importFile(file, (p) => setProgress({ fileName: file.name, progress: p }));
          setProgress(null);
          show(await accept(file.name, result));
        });
      }
    },
    [accept, show],
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

  const dismiss = useCallback((report: ImportReport) => setReports((r) => r.filter((x) => x !== report)), []);

  return useMemo(
    () => ({ progress, reports, importFiles, fix, dismiss, drawn }),
    [progress, reports, importFiles, fix, dismiss, drawn],
  );
}
