import { describe, expect, it } from 'vitest';
import {
  fixtureBytes as fixture,
  metres,
  PLACES,
  pointOf,
  ringOf,
} from '../../tests/fixtures/import-fixtures';
import { parseShapefile } from './parse-shapefile';

describe('parseShapefile', () => {
  it('merges the layers of a zip, naming each in _layer, reprojecting from the .prj', async () => {
    const r = await parseShapefile(fixture('shapefile.zip'));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.fc.features.map((f) => [f.properties?._layer, f.geometry?.type])).toEqual([
      ['diem', 'Point'],
      ['diem', 'Point'],
      ['diem', 'Point'],
      ['vung', 'Polygon'],
    ]);
    // diem is stored in UTM 48N metres; its .prj brings it back to these degrees.
    PLACES.slice(0, 3).forEach((p, i) => {
      expect(metres(pointOf(r.fc.features[i]), p)).toBeLessThan(0.01);
    });
    expect(r.fc.features[0]?.properties).toEqual({
      TEN: 'Thành phố Lạng Sơn',
      DAN_SO: 200108,
      NGAY: '2024-03-19',
      _layer: 'diem',
    });
    expect(r.fc.features[2]?.properties).toMatchObject({ DAN_SO: null, NGAY: null });
    expect(ringOf(r.fc.features[3])[2]).toEqual([106.82, 21.9]);
    expect(r.warnings).toEqual([{ code: 'shp-no-prj', params: { layer: 'vung' } }]);
  });

  it('reads a single layer without _layer, and warns that without .prj the system is assumed', async () => {
    const r = await parseShapefile(fixture('shapefile-vn2000.zip'));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.fc.features).toHaveLength(1);
    expect(r.fc.features[0]?.properties).toEqual({ TEN: 'Ranh giới khu trung tâm' });
    expect(ringOf(r.fc.features[0])[0]).toEqual([442936.509, 2411625.466]);
    expect(r.warnings).toEqual([{ code: 'shp-no-prj', params: { layer: 'ranh-gioi' } }]);
  });

  it('completes a VN-2000 .prj written without its datum shift, and says so', async () => {
    const r = await parseShapefile(fixture('shapefile-vn2000-prj.zip'));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    // Without the shift the ring would sit some 220 m off; with it, within a metre.
    const ring = ringOf(r.fc.features[0]);
    [
      [106.7, 21.8],
      [106.7, 21.9],
      [106.82, 21.9],
    ].forEach((p, i) => {
      expect(metres(ring[i] ?? [0, 0], p)).toBeLessThan(0.01);
    });
    expect(r.warnings).toEqual([{ code: 'prj-vn2000-completed', params: { layer: 'ranh-gioi-ccn' } }]);
  });

  it('says what a zip without a .shp holds', async () => {
    expect(await parseShapefile(fixture('no-shp.zip'))).toEqual({
      ok: false,
      problems: [{ code: 'zip-no-shp', params: { files: 'doc-truoc.txt' } }],
    });
  });

  it('refuses bytes that are not a zip', async () => {
    expect(await parseShapefile(fixture('valid.geojson'))).toEqual({
      ok: false,
      problems: [{ code: 'zip-unreadable' }],
    });
  });
});
