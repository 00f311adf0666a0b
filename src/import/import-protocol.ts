import { type ImportOutcome, toOutcome, transferOf } from './layer-data';
import type { ImportProgress, parseImport } from './parse-file';

/** Page → worker: parse these bytes (transferred, not copied) as a file with this name. */
export type ImportRequest = { type: 'import'; id: number; fileName: string; bytes: ArrayBuffer };

/**
 * Worker → page. `ready` is posted once the worker's code has loaded, so the page transfers the
 * bytes only to a worker that runs and can still parse them itself if it never says so. An
 * accepted result carries its features as GeoJSON bytes, transferred, not cloned.
 */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'progress'; id: number; progress: ImportProgress }
  | { type: 'result'; id: number; result: ImportOutcome };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Whether a message from the worker is one of ours (anything else is ignored, never trusted). */
export function isWorkerMessage(v: unknown): v is WorkerMessage {
  if (!isRecord(v)) return false;
  if (v.type === 'ready') return true;
  if (typeof v.id !== 'number') return false;
  if (v.type === 'progress') return isRecord(v.progress) && typeof v.progress.stage === 'string';
  if (v.type !== 'result' || !isRecord(v.result) || typeof v.result.ok !== 'boolean') return false;
  return !v.result.ok || isRecord(v.result.data);
}

function isImportRequest(v: unknown): v is ImportRequest {
  return (
    isRecord(v) &&
    v.type === 'import' &&
    typeof v.id === 'number' &&
    typeof v.fileName === 'string' &&
    v.bytes instanceof ArrayBuffer
  );
}

/**
 * The worker's side, apart from the worker global so it can be tested: answers one import
 * request with progress messages and a result, whose features it writes as GeoJSON bytes and
 * transfers. `parse` is passed in (it is `parseImport` in the worker) to keep this module, which
 * the page also loads, free of the parsers.
 */
export async function handleImportRequest(
  data: unknown,
  post: (message: WorkerMessage, transfer?: Transferable[]) => void,
  parse: typeof parseImport,
): Promise<void> {
  if (!isImportRequest(data)) return;
  const { id } = data;
  const progress = (p: ImportProgress) => post({ type: 'progress', id, progress: p });
  const parsed = await parse(data.fileName, data.bytes, progress);
  const result = toOutcome(parsed, (fraction) => progress({ stage: 'converting', fraction }));
  post({ type: 'result', id, result }, result.ok ? transferOf(result.data) : []);
}
