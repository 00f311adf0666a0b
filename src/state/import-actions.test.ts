import { describe, expect, it } from 'vitest';
import { freshState } from '../../tests/fixtures/app-state';
import type { ImportReport } from '../import/import-report';
import {
  firstViewShown,
  importDrawn,
  importProgress,
  importReportClosed,
  importReported,
  MAX_REPORTS,
} from './import-actions';
import { mapUnavailable } from './map-actions';

const refused = (fileName: string): ImportReport => ({
  fileName,
  result: { ok: false, format: 'csv', errors: [], fixes: [] } as unknown as ImportReport['result'],
});

describe('import actions', () => {
  it('the bar follows the import, and stays at drawing until the map draws that layer', () => {
    let s = importProgress(freshState(), {
      fileName: 'a.csv',
      progress: { stage: 'reading', fraction: 0.5 },
    });
    expect(s.importing?.fileName).toBe('a.csv');
    // Drawn reports while reading (a stored layer, a restyle) change nothing.
    expect(importDrawn(s, 'user-a')).toBe(s);
    expect(importDrawn(s)).toBe(s);
    s = importProgress(s, { fileName: 'a.csv', progress: { stage: 'drawing' }, layerId: 'user-a' });
    expect(importDrawn(s, 'user-b')).toBe(s);
    expect(importDrawn(s, 'user-a').importing).toBeNull();
    // Without a map there is no id to wait for: done once the layer is added.
    expect(importDrawn(s).importing).toBeNull();
    const none = importProgress(s, null);
    expect(none.importing).toBeNull();
    expect(importProgress(none, null)).toBe(none);
  });

  it('outcomes: newest first, one per file, at most a few, closed one by one', () => {
    let s = freshState();
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(refused) as [
      ImportReport,
      ImportReport,
      ImportReport,
      ImportReport,
    ];
    for (const r of [a, b, c, d]) s = importReported(s, r);
    expect(s.importReports.map((r) => r.fileName)).toEqual(['d', 'c', 'b']);
    expect(s.importReports).toHaveLength(MAX_REPORTS);
    const again = refused('c');
    s = importReported(s, again);
    expect(s.importReports).toEqual([again, d, b]);
    s = importReportClosed(s, d);
    expect(s.importReports).toEqual([again, b]);
    expect(importReportClosed(s, a)).toBe(s);
  });

  it('without a map nothing is drawn: an import is done once its layer is added', () => {
    const drawing = { fileName: 'a.csv', progress: { stage: 'drawing' as const }, layerId: 'user-a' };
    const failure = { reason: 'no-webgl' as const, detail: null };
    expect(importProgress(mapUnavailable(freshState(), failure), drawing).importing).toBeNull();
    const late = mapUnavailable(importProgress(freshState(), drawing), failure);
    expect(late.importing).toBeNull();
    expect(late.firstIdle).toBe(true);
    const reading = { fileName: 'a.csv', progress: { stage: 'reading' as const, fraction: 0 } };
    expect(mapUnavailable(importProgress(freshState(), reading), failure).importing).toEqual(reading);
  });

  it('the first view is shown once', () => {
    const s = firstViewShown(freshState());
    expect(freshState().firstIdle).toBe(false);
    expect(s.firstIdle).toBe(true);
    expect(firstViewShown(s)).toBe(s);
  });
});
