import { describe, expect, it } from 'vitest';
import { fixtureText as fixture } from '../../tests/fixtures/import-fixtures';
import { parseXml } from './parse-xml';

describe('parseXml', () => {
  it('reads KML placemarks, folders included, with their names and extended data', () => {
    const r = parseXml(fixture('sample.kml'));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.format).toBe('kml');
    expect(r.fc.features.map((f) => f.geometry?.type ?? null)).toEqual([
      'Point',
      'LineString',
      'Polygon',
      null,
    ]);
    expect(r.fc.features[0]?.properties).toMatchObject({ name: 'Cửa khẩu Hữu Nghị', loai: 'cửa khẩu' });
    expect(r.fc.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [106.7092, 21.9713, 0] });
  });

  it('reads GPX tracks and waypoints (togeojson puts tracks first)', () => {
    const r = parseXml(fixture('sample.gpx'));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.format).toBe('gpx');
    expect(r.fc.features.map((f) => [f.geometry?.type, f.properties?.name])).toEqual([
      ['LineString', 'Đường đi khảo sát'],
      ['Point', 'Điểm xuất phát'],
      ['Point', 'Đồng Đăng'],
    ]);
    expect(r.fc.features[0]?.geometry).toMatchObject({
      coordinates: [
        [106.7612, 21.8537, 260],
        [106.73, 21.9, 280],
        [106.7006, 21.9479, 300],
      ],
    });
  });

  it('gives the line and column of a syntax error', () => {
    const r = parseXml(fixture('broken.kml'));
    expect(!r.ok && r.problems).toEqual([
      {
        code: 'xml-syntax',
        params: { detail: 'Opening and ending tag mismatch: "Point" != "Pont"', line: 10, column: 27 },
      },
    ]);
  });

  it('refuses XML that is neither KML nor GPX, and KML without placemarks', () => {
    expect(parseXml(fixture('not-kml.kml'))).toEqual({
      ok: false,
      problems: [{ code: 'not-kml-or-gpx', params: { root: 'svg' } }],
    });
    expect(parseXml(fixture('empty.kml'))).toEqual({ ok: false, problems: [{ code: 'no-features' }] });
  });

  it('refuses text that is not XML at all', () => {
    const r = parseXml('106.7,21.8');
    expect(!r.ok && r.problems[0]?.code).toBe('xml-syntax');
  });
});
