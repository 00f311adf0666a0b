import { describe, expect, it } from 'vitest';
import { fixtureBytes as fixture } from '../../tests/fixtures/import-fixtures';
import { handleImportRequest, isWorkerMessage, type WorkerMessage } from './import-protocol';
import { parseImport } from './parse-file';

describe('handleImportRequest', () => {
  it('answers a request with progress, then the result, all under its id', async () => {
    const posted: WorkerMessage[] = [];
    const request = { type: 'import', id: 7, fileName: 'valid.geojson', bytes: fixture('valid.geojson') };
    await handleImportRequest(request, (m) => posted.push(m), parseImport);
    const stages = posted.map((m) => (m.type === 'progress' ? m.progress.stage : m.type));
    expect(stages.slice(0, 4)).toEqual(['parsing', 'parsing', 'checking', 'checking']);
    expect(stages.slice(4, -1).every((s) => s === 'converting')).toBe(true);
    expect(stages.at(-1)).toBe('result');
    expect(posted.every((m) => m.type !== 'ready' && m.id === 7)).toBe(true);
    const last = posted.at(-1);
    expect(last?.type === 'result' && last.result.ok && last.result.data.count).toBe(4);
    expect(posted.every(isWorkerMessage)).toBe(true);
  });

  it('ignores anything that is not an import request', async () => {
    const posted: WorkerMessage[] = [];
    for (const junk of [
      null,
      'import',
      { type: 'import', id: 1, fileName: 'a.csv', bytes: 'x' },
      { type: 'other' },
    ]) {
      await handleImportRequest(junk, (m) => posted.push(m), parseImport);
    }
    expect(posted).toEqual([]);
  });
});

describe('isWorkerMessage', () => {
  it('accepts our messages and nothing else', () => {
    expect(isWorkerMessage({ type: 'ready' })).toBe(true);
    expect(isWorkerMessage({ type: 'progress', id: 1, progress: { stage: 'parsing' } })).toBe(true);
    expect(
      isWorkerMessage({ type: 'result', id: 1, result: { ok: false, format: 'csv', problems: [] } }),
    ).toBe(true);
    expect(isWorkerMessage({ type: 'result', id: '1', result: { ok: true } })).toBe(false);
    expect(isWorkerMessage({ type: 'progress', id: 1 })).toBe(false);
    expect(isWorkerMessage({ type: 'webpackOk' })).toBe(false);
    expect(isWorkerMessage(undefined)).toBe(false);
  });
});
