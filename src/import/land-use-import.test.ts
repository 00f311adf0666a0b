import { describe, expect, it } from 'vitest';
import { LAND_USE_STRIPS } from '../../tests/fixtures/import/land-use-strips.mjs';
import { fixtureBytes } from '../../tests/fixtures/import-fixtures';
import { landUseRows } from '../analysis/land-use-codes';
import { makeImportedLayer } from './imported-store';
import { toOutcome } from './layer-data';
import { parseImport } from './parse-file';

const TOTAL = LAND_USE_STRIPS.reduce((s, [, w]) => s + w, 0);

describe('a land-use shapefile, imported', () => {
  it('starts coloured by the field of codes, with each code’s area and share', async () => {
    const result = toOutcome(await parseImport('hien-trang-sdd.zip', fixtureBytes('land-use.zip')));
    if (!result.ok) throw new Error(JSON.stringify(result));
    const layer = makeImportedLayer('hien-trang-sdd', result.format, result.data);
    // MALOAIDAT is a number in this table, like a cadastral one's: the codes are in KHLOAIDAT.
    expect(layer.style).toEqual({ by: 'land-use', field: 'KHLOAIDAT' });
    const summary = result.data.fields?.find((f) => f.name === 'KHLOAIDAT');
    if (!summary) throw new Error('no summary');
    const rows = landUseRows(summary);
    expect(rows.map((r) => r.code)).toEqual(['SKK', 'LUC', 'TMD', 'ONT', 'CNT']);
    // Strips of one latitude band: their areas are as their widths (to the metre's rounding of the fixture).
    const share = (code: string) => rows.find((r) => r.code === code)?.share ?? 0;
    expect(share('SKK')).toBeCloseTo(4 / TOTAL, 3);
    expect(share('ONT')).toBeCloseTo(1.5 / TOTAL, 3);
    // 0.001° of latitude by 0.001° of longitude at 21.5° N: about 103.6 m × 110.7 m.
    const skk = rows[0]?.areaM2 ?? 0;
    expect(skk / 4).toBeGreaterThan(11_400);
    expect(skk / 4).toBeLessThan(11_550);
  });

  it('starts in one colour when no field holds codes', async () => {
    const result = toOutcome(await parseImport('shapefile.zip', fixtureBytes('shapefile.zip')));
    if (!result.ok) throw new Error('refused');
    expect(makeImportedLayer('x', result.format, result.data).style).toBeUndefined();
  });
});
