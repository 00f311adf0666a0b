import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { landUseEntry } from '../analysis/land-use-codes';
import { CSV_STYLES } from './export-data';
import { landUseCsv } from './land-use-csv';

const rows = [
  { code: 'LUC', entry: landUseEntry('LUC') ?? null, count: 3, areaM2: 34_419.4, share: 0.279 },
  { code: '=1+', entry: null, count: 1, areaM2: 0, share: 0 },
];
const head = ['Mã', 'Loại đất', 'Số đối tượng', 'Diện tích (ha)', 'Tỷ lệ (%)'];

describe('landUseCsv', () => {
  it('writes Vietnamese CSV with ; and decimal commas, a BOM, and every row', () => {
    const text = landUseCsv(rows, 'vi', head, CSV_STYLES.vi);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1).trim(), { delimiter: ';' }).data;
    expect(parsed[0]).toEqual(head);
    expect(parsed[1]).toEqual(['LUC', 'Đất chuyên trồng lúa', '3', '3,4419', '27,90']);
  });

  it('escapes a cell a spreadsheet would run as a formula', () => {
    const text = landUseCsv(rows, 'en', head, CSV_STYLES.en);
    expect(text).toContain("'=1+");
    expect(text).not.toMatch(/(^|,)=1\+/m);
  });
});
