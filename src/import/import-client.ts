import { formatFromName, sizeProblem } from './file-types';
import { type ImportRequest, isWorkerMessage } from './import-protocol';
import { type ImportOutcome, toOutcome } from './layer-data';
import type { ImportProgress, parseImport } from './parse-file';

/**
 * Progress of an import: reading the file from disk, the parser's own stages, then (shown by the
 * page once the layer is added) storing and drawing it.
 */
export type ClientProgress = { stage: 'reading' | ImportProgress['stage'] | 'drawing'; fraction?: number };

/** The part of a Worker `importFile` uses, so tests can stand in for one. */
export type WorkerLike = {
  listen(onMessage: (data: unknown) => void, onError: (why: string) => void): void;
  post(request: ImportRequest, transfer: Transferable[]): void;
  terminate(): void;
};

/** What `importFile` runs on; the defaults are the browser's. Tests pass stand-ins. */
export type ImportDeps = {
  /** Starts the worker; may throw (no Worker support, blocked script). */
  createWorker?: () => WorkerLike;
  /** The main-thread fallback; loaded on demand so the page's first load does not carry the parsers. */
  parse?: () => Promise<typeof parseImport>;
  /** How long to wait for the worker to say it is ready before parsing on the page instead. */
  startTimeoutMs?: number;
};

function browserWorker(): WorkerLike {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  return {
    listen(onMessage, onError) {
      worker.onmessage = (event) => onMessage(event.data);
      worker.onmessageerror = () => onError('message could not be read');
      worker.onerror = (event) => {
        event.preventDefault();
        onError(event.message || 'worker failed');
      };
    },
    post: (request, transfer) => worker.postMessage(request, transfer),
    terminate: () => worker.terminate(),
  };
}

const loadParser = async () => (await import('./parse-file')).parseImport;

/**
 * Reads a File through its stream, reporting the fraction read, into one ArrayBuffer allocated
 * once (a 200 MB file read as chunks and then joined would need twice the memory).
 */
export async function readWithProgress(
  file: Blob,
  onFraction: (fraction: number) => void,
): Promise<ArrayBuffer> {
  const size = file.size;
  const out = new Uint8Array(size);
  const reader = file.stream().getReader();
  let read = 0;
  let reported = -1;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (read + value.length > size) throw new Error('the file grew while it was being read');
    out.set(value, read);
    read += value.length;
    const fraction = size === 0 ? 1 : read / size;
    // Every percent, not every 64 KiB chunk: progress bars re-render on each call.
    if (Math.floor(fraction * 100) > reported) {
      reported = Math.floor(fraction * 100);
      onFraction(fraction);
    }
  }
  return read === size ? out.buffer : out.slice(0, read).buffer;
}

let nextId = 1;

/** Runs one import in a worker; resolves undefined when the worker cannot do it (then the page does). */
function inWorker(
  deps: ImportDeps,
  fileName: string,
  bytes: ArrayBuffer,
  onProgress: (p: ClientProgress) => void,
): Promise<{ result: ImportOutcome } | { failed: 'before-transfer' | 'after-transfer' }> {
  return new Promise((resolve) => {
    let worker: WorkerLike;
    try {
      worker = (deps.createWorker ?? browserWorker)();
    } catch {
      resolve({ failed: 'before-transfer' });
      return;
    }
    const id = nextId++;
    let sent = false;
    let settled = false;
    const finish = (
      outcome: { result: ImportOutcome } | { failed: 'before-transfer' | 'after-transfer' },
    ) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(() => {
      if (!sent) finish({ failed: 'before-transfer' });
    }, deps.startTimeoutMs ?? 20_000);
    worker.listen(
      (data) => {
        if (!isWorkerMessage(data)) return;
        if (data.type === 'ready') {
          if (sent) return;
          sent = true;
          clearTimeout(timer);
          worker.post({ type: 'import', id, fileName, bytes }, [bytes]);
        } else if (data.id !== id) {
          return;
        } else if (data.type === 'progress') {
          onProgress(data.progress);
        } else {
          finish({ result: data.result });
        }
      },
      () => finish({ failed: sent ? 'after-transfer' : 'before-transfer' }),
    );
  });
}

/**
 * Imports a dropped File: refuses by name and size before reading, reads it with progress, then
 * parses, checks and writes it as GeoJSON bytes in a module Web Worker so a large file does not
 * freeze the map. If the worker cannot
 * start or dies, the page parses the file itself (reading it again if its bytes went to the
 * worker). Never throws.
 */
export async function importFile(
  file: File,
  onProgress: (p: ClientProgress) => void = () => {},
  deps: ImportDeps = {},
): Promise<ImportOutcome> {
  const named = formatFromName(file.name);
  if (!named.ok) return { ok: false, format: 'unknown', problems: [named.problem] };
  const tooBig = sizeProblem(file.size);
  if (tooBig) return { ok: false, format: named.format, problems: [tooBig] };
  const unreadable = (err: unknown): ImportOutcome => ({
    ok: false,
    format: named.format,
    problems: [
      {
        code: 'unreadable',
        params: { message: (err instanceof Error ? err.message : String(err)).slice(0, 200) },
      },
    ],
  });
  try {
    let bytes = await readWithProgress(file, (fraction) => onProgress({ stage: 'reading', fraction }));
    const outcome =
      typeof Worker === 'undefined' && !deps.createWorker
        ? ({ failed: 'before-transfer' } as const)
        : await inWorker(deps, file.name, bytes, onProgress);
    if ('result' in outcome) return outcome.result;
    if (outcome.failed === 'after-transfer') bytes = await file.arrayBuffer();
    const parse = await (deps.parse ?? loadParser)();
    // No worker: the page parses and writes the bytes itself, in one go.
    const parsed = await parse(file.name, bytes, onProgress);
    return toOutcome(parsed, (fraction) => onProgress({ stage: 'converting', fraction }));
  } catch (err) {
    return unreadable(err);
  }
}
