import { describe, expect, it } from 'vitest';
import { fixtureText as fixture } from '../../tests/fixtures/import-fixtures';
import { normalizeHeader, parseCsv } from './parse-csv';

describe('parseCsv', () => {
  it("reads ';' with decimal commas and Vietnamese headers, keeping row numbers and other columns", () => {
    const r = parseCsv(fixture('points.csv'));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.rows).toEqual([2, 3, 5]);
    expect(r.fc.features.map((f) => f.geometry.coordinates)).toEqual([
      [106.7612, 21.8537],
      [106.7006, 21.9479],
      [106.3455, 21.505],
    ]);
    expect(r.fc.features[0]?.properties).toEqual({
      Tên: 'Thành phố Lạng Sơn',
      // The coordinate cells stay too, as written.
      'Kinh độ': '106,7612',
      'Vĩ độ': '21,8537',
      'Dân số': 200108,
      'Diện tích (km²)': '79,1',
      'Ghi chú': 'trung tâm; tỉnh lỵ',
    });
    expect(r.fc.features[1]?.properties).toMatchObject({ 'Dân số': 15000, 'Ghi chú': '' });
  });

  it("names each bad row: empty cells and values that are not numbers (21°51'N is read as degrees)", () => {
    const r = parseCsv(fixture('bad-rows.csv'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toEqual([
      { code: 'csv-missing-latitude', params: { row: 3, column: 'latitude' } },
      { code: 'csv-bad-longitude', params: { row: 5, column: 'longitude', value: 'abc' } },
      { code: 'csv-missing-longitude', params: { row: 7, column: 'longitude' } },
      { code: 'csv-missing-latitude', params: { row: 7, column: 'latitude' } },
    ]);
    // The good rows are kept aside, numbered as the spreadsheet numbers them, for the user to accept.
    expect(!r.ok && r.partial?.rows).toEqual([2, 4, 6]);
    expect(!r.ok && r.partial?.skipped).toBe(3);
    expect(!r.ok && r.partial?.fc.features.map((f) => f.properties?.name)).toEqual(['A', 'C', 'E']);
  });

  it('lists the columns it found when none holds coordinates', () => {
    expect(parseCsv(fixture('no-coordinates.csv'))).toEqual({
      ok: false,
      problems: [{ code: 'csv-no-coordinate-columns', params: { columns: '“ten”, “dia_chi”, “ghi_chu”' } }],
    });
  });

  it('keeps codes with leading zeros as text and reads the columns as given (swaps are found later)', () => {
    const r = parseCsv(fixture('swapped.csv'));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.fc.features[0]?.geometry.coordinates).toEqual([21.8468, 106.7598]);
    expect(r.fc.features[0]?.properties).toEqual({
      ten: 'Chợ Đông Kinh',
      lon: 21.8468,
      lat: 106.7598,
      ma_so: '001',
    });
  });

  it('reads tab-separated text and X/Y columns', () => {
    const r = parseCsv('STT\tX\tY\n1\t449284.109\t2417549.988\n');
    expect(r.ok && r.fc.features[0]?.geometry.coordinates).toEqual([449284.109, 2417549.988]);
    expect(r.ok && r.fc.features[0]?.properties).toEqual({ STT: 1, X: 449284.109, Y: 2417549.988 });
  });

  it('does not take a comma for a decimal mark in a comma-separated file', () => {
    const r = parseCsv('lon,lat\n"106,76",21.85\n');
    expect(!r.ok && r.problems).toEqual([
      { code: 'csv-bad-longitude', params: { row: 2, column: 'lon', value: '106,76' } },
    ]);
  });

  it('reports an unclosed quote and a table without data rows', () => {
    const quotes = parseCsv('lon,lat,ten\n106.7,21.8,"chưa đóng\n106.8,21.9,b\n');
    expect(!quotes.ok && quotes.problems[0]).toEqual({ code: 'csv-quotes', params: { row: 2 } });
    // An open quote shifts every cell after it: no row of such a table can be trusted.
    expect(!quotes.ok && quotes.partial).toBeUndefined();
    expect(parseCsv('lon,lat\n')).toEqual({ ok: false, problems: [{ code: 'no-features' }] });
  });
});

describe('normalizeHeader', () => {
  it('folds case, diacritics, units and separators', () => {
    expect(['Kinh độ', 'KINH_DO', 'kinh do (°)', 'Kinhdo', 'kinh-độ'].map(normalizeHeader)).toEqual(
      Array(5).fill('kinhdo'),
    );
    expect(['Vĩ độ', 'VI DO', 'vido [deg]'].map(normalizeHeader)).toEqual(['vido', 'vido', 'vido']);
    expect(normalizeHeader('Đường')).toBe('duong');
  });
});

describe('degrees, minutes and seconds', () => {
  it('reads the ways GPS receivers and Google Earth write them', async () => {
    const { readDms } = await import('./parse-csv');
    expect(readDms(`21°32'31.6"N`)).toBeCloseTo(21 + 32 / 60 + 31.6 / 3600, 9);
    expect(readDms(`106°45'12,3"E`)).toBeCloseTo(106 + 45 / 60 + 12.3 / 3600, 9);
    expect(readDms(`21°32.527'`)).toBeCloseTo(21 + 32.527 / 60, 9);
    expect(readDms(`21 32 31.6 S`)).toBeCloseTo(-(21 + 32 / 60 + 31.6 / 3600), 9);
    expect(readDms('106°')).toBe(106);
    expect(readDms('abc')).toBeUndefined();
    expect(readDms(`21°75'`)).toBeUndefined();
  });

  it('reads a table of such coordinates, and Easting/Northing columns as coordinates', async () => {
    const { parseCsv } = await import('./parse-csv');
    const dms = parseCsv(`Tên,Vĩ độ,Kinh độ\nA,"21°32'31.6""N","106°45'12.3""E"\n`);
    expect(dms.ok && dms.fc.features[0]?.geometry.coordinates[1]).toBeCloseTo(21.54211, 4);
    const utm = parseCsv('Point,Easting,Northing\nP1,681999.29,2417675.2\n');
    expect(utm.ok && utm.fc.features[0]?.geometry.coordinates).toEqual([681999.29, 2417675.2]);
  });
});
