import type { ClientProgress } from './import-client';
import type { ImportResult } from './problems';

export interface ImportProgressState {
  fileName: string;
  progress: ClientProgress;
}

/** A finished import, shown to the user: refused (with the reasons and fixes) or added with warnings. */
export interface ImportReport {
  fileName: string;
  result: ImportResult;
  /** The layer it made, when it was accepted. */
  layerId?: string;
}
