import { describe, expect, it } from 'vitest';
import { extensionOf, formatFromName, sizeProblem } from './file-types';
import { MAX_IMPORT_BYTES } from './problems';

describe('formatFromName', () => {
  it('maps supported extensions, in any case', () => {
    expect(
      ['a.geojson', 'b.JSON', 'c.kml', 'd.Gpx', 'e.csv', 'f.TXT', 'g.zip'].map((n) => {
        const r = formatFromName(n);
        return r.ok ? r.format : r.problem.code;
      }),
    ).toEqual(['geojson', 'geojson', 'kml', 'gpx', 'csv', 'csv', 'shapefile']);
  });

  it('gives advice for near misses and the list otherwise', () => {
    expect(formatFromName('ranh-gioi.dbf')).toEqual({ ok: false, problem: { code: 'shapefile-not-zipped' } });
    expect(formatFromName('README')).toEqual({
      ok: false,
      problem: {
        code: 'unsupported-type',
        params: { ext: 'README', supported: '.geojson, .json, .kml, .kmz, .gpx, .csv, .txt, .zip' },
      },
    });
  });
});

describe('extensionOf', () => {
  it('reads the last extension only, not dots in folders or leading dots', () => {
    expect(extensionOf('ban.do.v2.KML')).toBe('.kml');
    expect(extensionOf('thu.muc/tep')).toBe('');
    expect(extensionOf('.hidden')).toBe('');
  });
});

describe('sizeProblem', () => {
  it('refuses empty and oversized files only', () => {
    expect(sizeProblem(0)).toEqual({ code: 'empty-file' });
    expect(sizeProblem(1)).toBeUndefined();
    expect(sizeProblem(MAX_IMPORT_BYTES)).toBeUndefined();
    expect(sizeProblem(300 * 1024 * 1024)).toEqual({
      code: 'file-too-large',
      params: { sizeMb: 300, maxMb: 200 },
    });
  });
});
