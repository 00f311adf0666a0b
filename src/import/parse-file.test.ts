import { describe, expect, it } from 'vitest';
import {
  fixtureBytes as fixture,
  fixtureText,
  metres,
  PLACES,
  pointOf,
  ringOf,
} from '../../tests/fixtures/import-fixtures';
import { applyImportFix, decodeText, type ImportProgress, parseImport } from './parse-file';
import { MAX_IMPORT_BYTES } from './problems';

const bytesOf = (text: string) => new TextEncoder().encode(text).buffer;
const load = (name: string, as = name) => parseImport(as, fixture(name));

describe('parseImport', () => {
  it('imports GeoJSON, keeping unique ids as strings and numbering the rest f<n> by file position', async () => {
    const r = await load('valid.geojson');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.format).toBe('geojson');
    expect(r.fc.features.map((f) => f.id)).toEqual(['cho-dong-kinh', '7', 'f3', 'f5']);
    expect(r.warnings).toEqual([{ code: 'null-geometry', feature: 4 }]);
    expect(r.fc.features[3]?.properties).toEqual({});
  });

  it('refuses a broken GeoJSON file with every problem, numbered', async () => {
    const r = await load('broken.geojson');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map((p) => [p.code, p.feature])).toEqual([
      ['bad-features-summary', undefined],
      ['ring-not-closed', 2],
      ['coordinates-not-numbers', 3],
      ['line-too-short', 4],
      ['unknown-geometry-type', 5],
      ['missing-geometry', 6],
      ['ring-too-short', 8],
    ]);
  });

  it('offers to import the sound features of a broken GeoJSON, keeping the broken ones listed', async () => {
    const r = await load('broken.geojson');
    if (r.ok) throw new Error('accepted');
    expect(r.fix).toEqual([{ kind: 'skip-bad', unit: 'feature', keep: 2, skip: 6 }]);
    const kept = applyImportFix(r, r.fix?.[0] ?? { kind: 'swap' });
    if (!kept.ok) throw new Error(JSON.stringify(kept.problems));
    // Named by their place in the file, as before: the first and the ninth.
    expect(kept.fc.features.map((f) => [f.id, f.properties?.ten])).toEqual([
      ['f1', 'Điểm đúng'],
      ['f9', 'Điểm đúng thứ hai'],
    ]);
    expect(kept.warnings[0]).toEqual({ code: 'features-skipped', params: { count: 6 } });
    // Each reason stays; the refusal's summary ("nothing was imported") does not.
    expect(r.problems[0]?.code).toBe('bad-features-summary');
    expect(kept.warnings.slice(1, 7)).toEqual(r.problems.slice(1));
    expect(kept.warnings.map((w) => w.code)).not.toContain('bad-features-summary');
    expect(kept.warnings).toContainEqual({ code: 'null-geometry', feature: 7 });
  });

  it('gives the line and column of a JSON syntax error', async () => {
    const r = await load('invalid-json.geojson');
    expect(r).toEqual({
      ok: false,
      format: 'geojson',
      problems: [{ code: 'invalid-json', params: { line: 4, column: 55 } }],
    });
  });

  it('renames duplicated ids and says so, without clashing with ids the file uses', async () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 'a', properties: {}, geometry: { type: 'Point', coordinates: [106.7, 21.8] } },
        { type: 'Feature', id: 'a', properties: {}, geometry: { type: 'Point', coordinates: [106.7, 21.8] } },
        {
          type: 'Feature',
          id: 'f1',
          properties: {},
          geometry: { type: 'Point', coordinates: [106.7, 21.8] },
        },
        { type: 'Feature', id: '', properties: {}, geometry: { type: 'Point', coordinates: [106.7, 21.8] } },
      ],
    };
    const r = await parseImport('ids.geojson', bytesOf(JSON.stringify(fc)));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.fc.features.map((f) => f.id)).toEqual(['f1-2', 'f2', 'f1', 'f4']);
    expect(r.warnings).toEqual([{ code: 'duplicate-ids', params: { count: 2, id: 'a' } }]);
  });

  it('refuses UTM metres with the fixes, and applying the first brings the places back within 1 m', async () => {
    const r = await load('utm.geojson');
    if (r.ok) throw new Error('accepted metres');
    expect(r.problems.map((p) => p.code)).toEqual(['projected-metres', 'crs-not-wgs84']);
    expect(r.fix?.[0]).toMatchObject({ kind: 'reproject', crs: 'utm48n', swapXY: false });
    expect(r.fc?.features.map((f) => f.id)).toEqual(['f1', 'f2', 'f3', 'f4', 'f5']);
    const fixed = applyImportFix(r, r.fix?.[0] ?? { kind: 'swap' });
    if (!fixed.ok) throw new Error(JSON.stringify(fixed.problems));
    expect(metres(pointOf(fixed.fc.features[0]), [106.7612, 21.8537])).toBeLessThan(0.01);
    expect(metres(pointOf(fixed.fc.features[3]), [107.095, 21.542])).toBeLessThan(0.01);
    expect(fixed.warnings).toEqual([
      { code: 'fix-applied', params: { crs: 'WGS 84 / UTM 48N (EPSG:32648)' } },
    ]);
  });

  it('reads a VN-2000 CSV written X = northing, Y = easting and offers the swapped-axes conversion', async () => {
    const r = await load('vn2000.csv');
    if (r.ok) throw new Error('accepted metres');
    expect(r.format).toBe('csv');
    expect(r.problems).toEqual([{ code: 'projected-metres', params: { x: 2417549.79, y: 449283.37 } }]);
    expect(r.fix).toHaveLength(1);
    expect(r.fix?.[0]).toMatchObject({
      kind: 'reproject',
      crs: 'vn2000-lang-son',
      swapXY: true,
      distanceKm: 0,
    });
    const fixed = applyImportFix(r, r.fix?.[0] ?? { kind: 'swap' });
    if (!fixed.ok) throw new Error(JSON.stringify(fixed.problems));
    PLACES.forEach((p, i) => {
      expect(metres(pointOf(fixed.fc.features[i]), p)).toBeLessThan(0.01);
    });
    // The surveyor's own X and Y stay with the point, as written.
    expect(fixed.fc.features[0]?.properties).toEqual({
      STT: 1,
      'Tên điểm': 'Thành phố Lạng Sơn',
      X: 2417549.793,
      Y: 449283.369,
      'Ghi chú': 'mốc 1',
    });
  });

  it('refuses a swapped CSV with the swap fix, naming nothing by feature', async () => {
    const r = await load('swapped.csv');
    expect(r).toMatchObject({
      ok: false,
      format: 'csv',
      problems: [{ code: 'swapped' }],
      fix: [{ kind: 'swap' }],
    });
    if (r.ok) return;
    const fixed = applyImportFix(r, { kind: 'swap' });
    expect(fixed.ok && pointOf(fixed.fc.features[0])).toEqual([106.7598, 21.8468]);
    expect(fixed.ok && fixed.warnings).toEqual([{ code: 'swap-applied' }]);
  });

  it('names CSV rows, not features, when only some rows are off', async () => {
    const text = 'ten,lon,lat\nA,106.76,21.85\n\nB,21.85,106.76\n';
    const r = await parseImport('diem.csv', bytesOf(text));
    expect(!r.ok && r.problems).toEqual([
      { code: 'bad-features-summary', params: { bad: 1, total: 2 } },
      { code: 'swapped', params: { row: 4 } },
    ]);
  });

  it('refuses a CSV with bad rows, offering to import only its good rows, which keeps them listed', async () => {
    const r = await load('bad-rows.csv');
    if (r.ok) throw new Error('accepted bad rows');
    expect(r.problems.map((p) => p.params?.row)).toEqual([3, 5, 7, 7]);
    expect(r.fix).toEqual([{ kind: 'skip-bad', unit: 'row', keep: 3, skip: 3 }]);
    const kept = applyImportFix(r, { kind: 'skip-bad', unit: 'row', keep: 3, skip: 3 });
    if (!kept.ok) throw new Error(JSON.stringify(kept.problems));
    expect(kept.fc.features.map((f) => f.properties?.name)).toEqual(['A', 'C', 'E']);
    expect(pointOf(kept.fc.features[2])).toEqual([106.8, 21.85]);
    expect(kept.warnings.slice(0, 5)).toEqual([
      { code: 'rows-skipped', params: { count: 3 } },
      ...r.problems,
    ]);
  });

  it('converts the good rows of a VN-2000 table with a bad row, and says the bad row was left out', async () => {
    const text = `${fixtureText('vn2000.csv').trimEnd()}\r\n5,Mốc thiếu,,450000.000,mốc 5\r\n`;
    const r = await parseImport('khao-sat.csv', bytesOf(text));
    if (r.ok) throw new Error('accepted metres');
    expect(r.problems.map((p) => p.code)).toEqual(['csv-missing-longitude', 'projected-metres']);
    expect(r.bad).toMatchObject({ unit: 'row', count: 1 });
    expect(r.warnings ?? []).not.toContainEqual(expect.objectContaining({ code: 'rows-skipped' }));
    const convert = r.fix?.[0];
    expect(convert).toMatchObject({ kind: 'reproject', crs: 'vn2000-lang-son', swapXY: true });
    const fixed = applyImportFix(r, convert ?? { kind: 'swap' });
    if (!fixed.ok) throw new Error(JSON.stringify(fixed.problems));
    expect(fixed.fc.features).toHaveLength(4);
    expect(fixed.warnings[0]).toEqual({ code: 'rows-skipped', params: { count: 1 } });
    expect(fixed.warnings[1]).toMatchObject({ code: 'csv-missing-longitude', params: { row: 6 } });
  });

  it("imports a ';' CSV with decimal commas and an Excel UTF-16 text file", async () => {
    const csv = await load('points.csv');
    expect(csv.ok && csv.fc.features.map((f) => [f.id, pointOf(f)])).toEqual([
      ['f1', [106.7612, 21.8537]],
      ['f2', [106.7006, 21.9479]],
      ['f3', [106.3455, 21.505]],
    ]);
    const txt = await load('excel-unicode.txt');
    expect(txt.ok && txt.fc.features.map((f) => f.properties?.Tên)).toEqual([
      'Chợ Đông Kinh',
      'Ga Đồng Đăng',
    ]);
  });

  it('imports KML and GPX, leaving out a placemark without geometry', async () => {
    const kml = await load('sample.kml');
    if (!kml.ok) throw new Error(JSON.stringify(kml.problems));
    expect(kml.format).toBe('kml');
    expect(kml.fc.features.map((f) => f.geometry.type)).toEqual(['Point', 'LineString', 'Polygon']);
    expect(kml.warnings).toEqual([{ code: 'null-geometry', feature: 4 }]);
    const gpx = await load('sample.gpx');
    expect(gpx.ok && gpx.format).toBe('gpx');
    expect(gpx.ok && gpx.fc.features).toHaveLength(3);
  });

  it('imports a KMZ as Google Earth saves it: its doc.kml, deflated, with the same features as the KML', async () => {
    const kml = await load('sample.kml');
    const kmz = await load('sample.kmz');
    if (!kmz.ok || !kml.ok) throw new Error('not read');
    expect(kmz.format).toBe('kml');
    expect(kmz.fc).toEqual(kml.fc);
    expect(kmz.warnings).toEqual(kml.warnings);
    expect(pointOf(kmz.fc.features[0])).toEqual([106.7092, 21.9713, 0]);
  });

  it('reads a KMZ renamed to .zip as KMZ, and a KML renamed to .kmz as KML, saying so', async () => {
    const zipped = await load('sample.kmz', 'gui-kem.zip');
    expect(zipped.ok && zipped.fc.features).toHaveLength(3);
    expect(zipped.ok && zipped.warnings[0]).toEqual({
      code: 'extension-mismatch',
      params: { ext: '.zip', format: 'kml' },
    });
    const plain = await load('sample.kml', 'khao-sat.kmz');
    expect(plain.ok && plain.fc.features).toHaveLength(3);
  });

  it('reads doc.kml from a KMZ holding several KML files and names the one it skipped', async () => {
    const r = await load('several.kmz');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.fc.features).toHaveLength(3);
    expect(r.warnings).toContainEqual({
      code: 'kmz-other-kml',
      params: { used: 'doc.kml', count: 1, first: 'tuyen/khac.kml' },
    });
  });

  it('refuses a KMZ with no KML inside, and a damaged one', async () => {
    expect(await load('images-only.kmz')).toEqual({
      ok: false,
      format: 'kml',
      problems: [{ code: 'kmz-no-kml' }],
    });
    // A download cut short: the zip's directory at its end is missing.
    const cut = new Uint8Array(fixture('sample.kmz')).slice(0, 200);
    expect(await parseImport('cat-ngang.kmz', cut.buffer)).toEqual({
      ok: false,
      format: 'kml',
      problems: [{ code: 'zip-unreadable' }],
    });
  });

  it('refuses broken or empty KML with its line', async () => {
    expect(await load('broken.kml')).toMatchObject({
      ok: false,
      format: 'kml',
      problems: [{ code: 'xml-syntax', params: { line: 10 } }],
    });
    expect(await load('empty.kml')).toEqual({
      ok: false,
      format: 'kml',
      problems: [{ code: 'no-features' }],
    });
  });

  it('imports a zipped Shapefile with its warnings', async () => {
    const r = await load('shapefile.zip');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.format).toBe('shapefile');
    expect(r.fc.features.map((f) => f.id)).toEqual(['f1', 'f2', 'f3', 'f4']);
    expect(r.warnings).toEqual([{ code: 'shp-no-prj', params: { layer: 'vung' } }]);
  });

  it('catches a Shapefile in VN-2000 metres without .prj and converts it on request', async () => {
    const r = await load('shapefile-vn2000.zip');
    if (r.ok) throw new Error('accepted metres');
    expect(r.problems.map((p) => p.code)).toEqual(['projected-metres']);
    expect(r.fix?.[0]).toMatchObject({ kind: 'reproject', crs: 'vn2000-lang-son', swapXY: false });
    const fixed = applyImportFix(r, r.fix?.[0] ?? { kind: 'swap' });
    if (!fixed.ok) throw new Error(JSON.stringify(fixed.problems));
    const ring = ringOf(fixed.fc.features[0]);
    expect(metres(ring[0] ?? [], [106.7, 21.8])).toBeLessThan(0.01);
    expect(metres(ring[2] ?? [], [106.82, 21.9])).toBeLessThan(0.01);
    expect(fixed.warnings.map((w) => w.code)).toEqual(['shp-no-prj', 'fix-applied']);
  });

  it('refuses a zip without .shp, naming what is inside', async () => {
    expect(await load('no-shp.zip')).toEqual({
      ok: false,
      format: 'shapefile',
      problems: [{ code: 'zip-no-shp', params: { files: 'doc-truoc.txt' } }],
    });
  });

  it('warns about a far-away file but imports it', async () => {
    const r = await load('far.geojson');
    expect(r.ok && r.warnings).toEqual([
      { code: 'far-from-province', params: { km: 1160, lng: 106.7, lat: 10.78 } },
    ]);
  });

  it('reads by content when the extension lies, and says so', async () => {
    const r = await load('valid.geojson', 'du-lieu.txt');
    expect(r.ok && r.format).toBe('geojson');
    expect(r.ok && r.warnings[0]).toEqual({
      code: 'extension-mismatch',
      params: { ext: '.txt', format: 'geojson' },
    });
    const gpx = await load('sample.gpx', 'hanh-trinh.kml');
    expect(gpx.ok && gpx.warnings).toEqual([
      { code: 'extension-mismatch', params: { ext: '.kml', format: 'gpx' } },
    ]);
  });

  it('refuses types it cannot read, with the list or the right advice', async () => {
    expect(await parseImport('ban-do.dwg', bytesOf('x'))).toEqual({
      ok: false,
      format: 'unknown',
      problems: [
        {
          code: 'unsupported-type',
          params: { ext: '.dwg', supported: '.geojson, .json, .kml, .kmz, .gpx, .csv, .txt, .zip' },
        },
      ],
    });
    expect((await parseImport('ranh-gioi.shp', bytesOf('x'))).ok === false).toBe(true);
    expect(await parseImport('ranh-gioi.SHP', bytesOf('x'))).toMatchObject({
      problems: [{ code: 'shapefile-not-zipped' }],
    });
    expect(await parseImport('bang.xlsx', bytesOf('x'))).toMatchObject({
      problems: [{ code: 'spreadsheet-not-csv' }],
    });
  });

  it('refuses empty files and files over 200 MB before parsing', async () => {
    expect(await parseImport('a.geojson', new ArrayBuffer(0))).toEqual({
      ok: false,
      format: 'geojson',
      problems: [{ code: 'empty-file' }],
    });
    expect(await parseImport('a.csv', bytesOf(' \r\n '))).toMatchObject({
      problems: [{ code: 'empty-file' }],
    });
    const progress: ImportProgress[] = [];
    const big = await parseImport('a.geojson', new ArrayBuffer(MAX_IMPORT_BYTES + 1), (p) =>
      progress.push(p),
    );
    expect(big).toEqual({
      ok: false,
      format: 'geojson',
      problems: [{ code: 'file-too-large', params: { sizeMb: 200, maxMb: 200 } }],
    });
    expect(progress).toEqual([]);
  });

  it('reports its stages in order', async () => {
    const progress: ImportProgress[] = [];
    await parseImport('valid.geojson', fixture('valid.geojson'), (p) => progress.push(p));
    expect(progress).toEqual([
      { stage: 'parsing', fraction: 0 },
      { stage: 'parsing', fraction: 1 },
      { stage: 'checking', fraction: 0 },
      { stage: 'checking', fraction: 1 },
    ]);
  });

  it('never throws: an unexpected error becomes "unreadable"', async () => {
    const r = await parseImport('a.geojson', fixture('valid.geojson'), () => {
      throw new Error('progress bar gone');
    });
    expect(r).toEqual({
      ok: false,
      format: 'geojson',
      problems: [{ code: 'unreadable', params: { message: 'progress bar gone' } }],
    });
  });
});

describe('decodeText', () => {
  it('strips a UTF-8 BOM, follows UTF-16 BOMs, and falls back to Windows-1258', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: 'a' });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x10, 0x01]))).toEqual({ text: 'aĐ' });
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x61]))).toEqual({ text: 'a' });
    // "Hà Nội" in Windows-1258: a + combining grave (0xCC), ô + combining dot below (0xF2),
    // composed again into single letters.
    const cp1258 = new Uint8Array([0x48, 0x61, 0xcc, 0x20, 0x4e, 0xf4, 0xf2, 0x69]);
    const decoded = decodeText(cp1258);
    expect(decoded).toEqual({ text: 'Hà Nội', encoding: 'Windows-1258' });
    expect(decoded.text).toHaveLength(6);
  });

  it('tells the user when the text was not UTF-8', async () => {
    const cp1258 = new Uint8Array([
      ...new TextEncoder().encode('ten,lon,lat\nH'),
      0x61,
      0xcc,
      ...new TextEncoder().encode(',106.7,21.8\n'),
    ]);
    const r = await parseImport('a.csv', cp1258.buffer);
    expect(r.ok && r.warnings).toEqual([{ code: 'encoding-guessed', params: { encoding: 'Windows-1258' } }]);
  });
});
