import { isStoredMessage, type StoredResult } from './stored-protocol';

/** How long to wait for the worker to say it is ready before reading on the page instead. */
const START_TIMEOUT_MS = 20_000;

function onPage(onProgress: (done: number, total: number) => void): Promise<StoredResult> {
  return import('./imported-store').then((m) => m.loadImportedLayers(undefined, onProgress));
}

/**
 * Reads the stored layers in a worker, which checks each one's features (a record cut short must
 * not reach the map), turns records of older versions into bytes, and hands the bytes over
 * without copying: the page is never held while a big layer is read. Where no worker can start,
 * the page reads them itself. Never throws.
 */
export function loadStoredLayers(
  onProgress: (done: number, total: number) => void = () => {},
): Promise<StoredResult> {
  if (typeof Worker === 'undefined') return onPage(onProgress);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./stored-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(onPage(onProgress));
      return;
    }
    let started = false;
    let settled = false;
    const finish = (result: Promise<StoredResult> | StoredResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => {
      if (!started) finish(onPage(onProgress));
    }, START_TIMEOUT_MS);
    worker.onmessage = (event) => {
      const m: unknown = event.data;
      if (!isStoredMessage(m)) return;
      if (m.type === 'ready') {
        started = true;
        worker.postMessage({ type: 'load-stored' });
      } else if (m.type === 'progress') onProgress(m.done, m.total);
      else finish(m.result);
    };
    // Reading twice is harmless: nothing is written.
    worker.onerror = (event) => {
      event.preventDefault();
      finish(onPage(onProgress));
    };
  });
}
