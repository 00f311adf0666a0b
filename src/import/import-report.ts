import type { ClientProgress } from './import-client';
import type { ImportOutcome } from './layer-data';

export interface ImportProgressState {
  fileName: string;
  progress: ClientProgress;
}

/** A finished import, shown to the user: refused (with the reasons and fixes) or added with warnings. */
export interface ImportReport {
  fileName: string;
  result: ImportOutcome;
  /** The layer it made, when it was accepted. */
  layerId?: string;
}
