import type { ImportProgressState, ImportReport } from '../import/import-report';
import type { AppState } from './app-state';

/**
 * The import under way, as its status bar shows it: the file and how far it has got. At the
 * `drawing` stage `layerId` names the layer made from it: the bar stays until the map says that
 * layer is drawn (importDrawn).
 */
export type Importing = ImportProgressState & { layerId?: string };

/** Outcomes shown at once; older ones give way (the newest is what the user just did). */
export const MAX_REPORTS = 3;

/** An import goes on (reading, parsing, converting…), or ends (`null`) before anything is drawn. */
export function importProgress(s: AppState, importing: Importing | null): AppState {
  // Without a map nothing is drawn: an import is done once its layer is added.
  const next = s.mapFailure && importing?.progress.stage === 'drawing' ? null : importing;
  return s.importing === next ? s : { ...s, importing: next };
}

/**
 * The map drew a layer (or there is no map: no id): the import that made it is done. A layer
 * drawn that no import is waiting for (a stored one, a restyle) changes nothing.
 */
export function importDrawn(s: AppState, layerId?: string): AppState {
  const i = s.importing;
  if (i?.progress.stage !== 'drawing' || (layerId !== undefined && i.layerId !== layerId)) return s;
  return { ...s, importing: null };
}

/** An import's outcome is shown, newest first; a newer outcome for the same file replaces the older. */
export function importReported(s: AppState, report: ImportReport): AppState {
  const others = s.importReports.filter((x) => x.fileName !== report.fileName);
  return { ...s, importReports: [report, ...others].slice(0, MAX_REPORTS) };
}

/** An outcome is closed (by the user, or by itself after a while when there was nothing to read). */
export function importReportClosed(s: AppState, report: ImportReport): AppState {
  return s.importReports.includes(report)
    ? { ...s, importReports: s.importReports.filter((x) => x !== report) }
    : s;
}

/** The map drew its first view, or there is no map to wait for: what waits for it may start. */
export function firstViewShown(s: AppState): AppState {
  return s.firstIdle ? s : { ...s, firstIdle: true };
}
