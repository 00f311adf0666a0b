import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES, PROBLEM_PARAMS, type Problem } from '../import/problems';
import { fixLabel, importMessage } from './import-messages';

/** A distinctive value for each param, so the test can find it in the sentence. */
const sample = (name: string, i: number): string | number =>
  ['row', 'line', 'column', 'bad', 'total', 'count', 'km', 'sizeMb', 'maxMb'].includes(name)
    ? 700 + i
    : `«${name}»`;

describe('importMessage', () => {
  it('words every problem code in Vietnamese and English, filling every param', () => {
    for (const code of PROBLEM_CODES) {
      const names = PROBLEM_PARAMS[code];
      const params = Object.fromEntries(names.map((n, i) => [n, sample(n, i)]));
      for (const lang of ['vi', 'en'] as const) {
        const text = importMessage(lang, { code, params });
        expect(text.length, `${lang} ${code}`).toBeGreaterThan(15);
        expect(text, `${lang} ${code}`).not.toMatch(/undefined|NaN|\{\w+\}|\[object/);
        for (const [i, n] of names.entries()) {
          const v = sample(n, i);
          const shown = n === 'format' ? v : String(v);
          expect(text, `${lang} ${code} ${n}`).toContain(shown);
        }
      }
      expect(importMessage('vi', { code })).not.toBe(importMessage('en', { code }));
    }
  });

  it('never prints "undefined" when optional params are missing', () => {
    for (const code of PROBLEM_CODES) {
      for (const lang of ['vi', 'en'] as const)
        expect(importMessage(lang, { code })).not.toMatch(/undefined|NaN/);
    }
  });

  it('names the feature, row or line first', () => {
    const p: Problem = { code: 'ring-not-closed', feature: 3 };
    expect(importMessage('vi', p)).toBe(
      'Đối tượng số 3: Vòng của vùng phải khép kín: điểm đầu và điểm cuối đang khác nhau.',
    );
    expect(importMessage('en', p)).toBe(
      'Feature 3: A polygon ring must close: its first and last points differ.',
    );
    const row: Problem = { code: 'csv-bad-latitude', params: { row: 7, column: 'vĩ độ', value: 'abc' } };
    expect(importMessage('vi', row)).toBe(
      'Dòng 7: Vĩ độ “abc” (cột “vĩ độ”) không phải là số; hãy ghi độ thập phân, ví dụ 21,8537.',
    );
    expect(importMessage('en', row)).toBe(
      'Row 7: Latitude “abc” (column “vĩ độ”) is not a number; write decimal degrees such as 21.8537.',
    );
    expect(importMessage('en', { code: 'invalid-json', params: { line: 4, column: 55 } })).toBe(
      'Line 4, column 55: The file is not valid JSON (a missing comma, bracket or quote?).',
    );
    expect(importMessage('vi', { code: 'xml-syntax', params: { line: 10, detail: 'x' } })).toBe(
      'Dòng 10: Tệp XML bị lỗi cú pháp (x).',
    );
  });

  it('formats numbers for the language', () => {
    const p: Problem = { code: 'projected-metres', params: { x: 449284.11, y: 2417549.99 } };
    expect(importMessage('vi', p)).toContain('449.284,11; 2.417.549,99');
    expect(importMessage('en', p)).toContain('449,284.11, 2,417,549.99');
    const far: Problem = { code: 'far-from-province', params: { km: 1160, lng: 106.7, lat: 10.78 } };
    expect(importMessage('vi', far)).toBe(
      'Dữ liệu nằm cách Lạng Sơn khoảng 1.160 km (quanh 10,78° B, 106,7° Đ), ngoài vùng bản đồ này hiển thị (105,8–107,6° Đ, 21,1–22,7° B) nên không nhìn thấy được. Lớp vẫn được giữ nguyên và xuất ra được.',
    );
    expect(importMessage('en', { code: 'outside-view', params: { count: 1, total: 3 } })).toBe(
      '1 of 3 features lies outside the area this map shows (105.8–107.6° E, 21.1–22.7° N), so it cannot be seen; it stays in the layer and its exports.',
    );
  });

  it('reads an unknown geometry type with or without its name', () => {
    expect(
      importMessage('en', { code: 'unknown-geometry-type', feature: 5, params: { type: 'Circle' } }),
    ).toMatch(/^Feature 5: Unknown geometry type “Circle”;/);
    expect(importMessage('vi', { code: 'unknown-geometry-type', feature: 5 })).toMatch(
      /^Đối tượng số 5: Hình học không có trường “type”;/,
    );
  });
});

describe('fixLabel', () => {
  it('describes each fix in both languages', () => {
    expect(fixLabel('vi', { kind: 'swap' })).toBe('Đổi chỗ kinh độ và vĩ độ');
    const fix = {
      kind: 'reproject',
      crs: 'vn2000-lang-son',
      swapXY: true,
      label: 'VN-2000 / TM-3 107-15 (EPSG:9215)',
      bbox: [106.3, 21.5, 107.1, 21.9],
      distanceKm: 0,
    } as const;
    expect(fixLabel('vi', { ...fix, bbox: [...fix.bbox] })).toBe(
      'Chuyển từ VN-2000, kinh tuyến trục 107°15′, múi 3° (hệ tọa độ của tỉnh Lạng Sơn), với X là tọa độ Bắc và Y là tọa độ Đông',
    );
    expect(fixLabel('en', { ...fix, bbox: [...fix.bbox], crs: 'utm48n', swapXY: false })).toBe(
      'Convert from WGS 84, UTM zone 48N (EPSG:32648), common on GPS receivers',
    );
  });

  it('counts the parts a skip leaves out, in words that agree with the numbers', () => {
    expect(fixLabel('vi', { kind: 'skip-bad', unit: 'row', keep: 3, skip: 1 })).toBe(
      'Chỉ nhập 3 dòng hợp lệ, bỏ qua 1 dòng lỗi',
    );
    expect(fixLabel('en', { kind: 'skip-bad', unit: 'row', keep: 3, skip: 1 })).toBe(
      'Import only the 3 good rows, skipping the 1 bad row',
    );
    expect(fixLabel('en', { kind: 'skip-bad', unit: 'feature', keep: 1, skip: 6 })).toBe(
      'Import only the 1 good feature, skipping the 6 bad features',
    );
    expect(importMessage('en', { code: 'rows-skipped', params: { count: 1 } })).toBe(
      '1 bad row was skipped and is not on the map (listed below).',
    );
    expect(importMessage('en', { code: 'features-skipped', params: { count: 6 } })).toBe(
      '6 broken features were skipped and are not on the map (listed below).',
    );
  });
});
