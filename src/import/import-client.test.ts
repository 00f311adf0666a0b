import { describe, expect, it } from 'vitest';
import { fixtureBytes } from '../../tests/fixtures/import-fixtures';
import { type ClientProgress, importFile, readWithProgress, type WorkerLike } from './import-client';
import { handleImportRequest, type ImportRequest } from './import-protocol';
import { parseImport } from './parse-file';
import { MAX_IMPORT_BYTES } from './problems';

const file = (name: string, as = name) => new File([fixtureBytes(name)], as);

type Script = { ready?: boolean; crashAfterTransfer?: boolean; throwOnCreate?: boolean };

/** A stand-in worker running the real protocol handler in-process, or failing as told. */
function fakeWorker(script: Script, log: string[]) {
  return (): WorkerLike => {
    if (script.throwOnCreate) throw new Error('Worker is not defined');
    let onMessage: (data: unknown) => void = () => {};
    let onError: (why: string) => void = () => {};
    const fake: WorkerLike = {
      listen(m, e) {
        onMessage = m;
        onError = e;
        if (script.ready !== false) queueMicrotask(() => onMessage({ type: 'ready' }));
      },
      post(request: ImportRequest, transfer) {
        log.push(`post ${request.fileName} transfer=${transfer.length}`);
        // Transfer detaches the buffer on the page's side, as postMessage would.
        const bytes = structuredClone(request.bytes, { transfer: [request.bytes] });
        if (script.crashAfterTransfer) {
          queueMicrotask(() => onError('worker crashed'));
          return;
        }
        void handleImportRequest({ ...request, bytes }, (m) => onMessage(m), parseImport);
      },
      terminate() {
        log.push('terminate');
      },
    };
    return fake;
  };
}

const fallback = (log: string[]) => async () => {
  log.push('main thread');
  return parseImport;
};

describe('importFile', () => {
  it('reads with progress, parses in the worker, relays its progress, and ends the worker', async () => {
    const log: string[] = [];
    const progress: ClientProgress[] = [];
    const r = await importFile(file('valid.geojson'), (p) => progress.push(p), {
      createWorker: fakeWorker({}, log),
      parse: fallback(log),
    });
    expect(r.ok && r.data.count).toBe(4);
    expect(log).toEqual(['post valid.geojson transfer=1', 'terminate']);
    expect(progress[0]).toEqual({ stage: 'reading', fraction: 1 });
    const stages = progress.map((p) => p.stage);
    expect(stages.filter((s) => s !== 'converting')).toEqual([
      'reading',
      'parsing',
      'parsing',
      'checking',
      'checking',
    ]);
    // The worker writes the features as bytes last, with progress of its own.
    expect(stages.at(-1)).toBe('converting');
  });

  it('parses on the page when the worker cannot be created', async () => {
    const log: string[] = [];
    const r = await importFile(file('sample.kml'), undefined, {
      createWorker: fakeWorker({ throwOnCreate: true }, log),
      parse: fallback(log),
    });
    expect(r.ok && r.format).toBe('kml');
    expect(log).toEqual(['main thread']);
  });

  it('parses on the page when the worker never says it is ready, without having sent the bytes', async () => {
    const log: string[] = [];
    const r = await importFile(file('points.csv'), undefined, {
      createWorker: fakeWorker({ ready: false }, log),
      parse: fallback(log),
      startTimeoutMs: 20,
    });
    expect(r.ok && r.data.count).toBe(3);
    expect(log).toEqual(['terminate', 'main thread']);
  });

  it('reads the file again and parses on the page when the worker dies holding the bytes', async () => {
    const log: string[] = [];
    const r = await importFile(file('sample.gpx'), undefined, {
      createWorker: fakeWorker({ crashAfterTransfer: true }, log),
      parse: fallback(log),
    });
    expect(r.ok && r.format).toBe('gpx');
    expect(log).toEqual(['post sample.gpx transfer=1', 'terminate', 'main thread']);
  });

  it('refuses by name or size before reading a byte', async () => {
    const log: string[] = [];
    const deps = { createWorker: fakeWorker({}, log), parse: fallback(log) };
    expect(await importFile(new File(['x'], 'bang.xlsx'), undefined, deps)).toEqual({
      ok: false,
      format: 'unknown',
      problems: [{ code: 'spreadsheet-not-csv' }],
    });
    expect(await importFile(new File([], 'rong.geojson'), undefined, deps)).toEqual({
      ok: false,
      format: 'geojson',
      problems: [{ code: 'empty-file' }],
    });
    const huge = { name: 'lon.geojson', size: MAX_IMPORT_BYTES + 1 } as File;
    expect(await importFile(huge, undefined, deps)).toMatchObject({ problems: [{ code: 'file-too-large' }] });
    expect(log).toEqual([]);
  });

  it('turns a read failure into "unreadable"', async () => {
    const broken = new File(['abc'], 'a.csv');
    Object.defineProperty(broken, 'stream', {
      value: () => {
        throw new DOMException('The file was moved', 'NotReadableError');
      },
    });
    expect(await importFile(broken)).toEqual({
      ok: false,
      format: 'csv',
      problems: [{ code: 'unreadable', params: { message: 'The file was moved' } }],
    });
  });
});

describe('readWithProgress', () => {
  it('reads all chunks into one buffer, reporting each percent once', async () => {
    const parts = Array.from({ length: 300 }, (_, i) => new Uint8Array(1000).fill(i % 256));
    const blob = new Blob(parts);
    const fractions: number[] = [];
    const buffer = await readWithProgress(blob, (f) => fractions.push(f));
    expect(buffer.byteLength).toBe(300_000);
    expect(new Uint8Array(buffer)[299_999]).toBe(299 % 256);
    expect(fractions.at(-1)).toBe(1);
    expect(new Set(fractions.map((f) => Math.floor(f * 100))).size).toBe(fractions.length);
  });
});
