import { readFileSync } from 'node:fs';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { fromGrid, GRIDS, LANG_SON_GRID, toGrid, VN2000_GEOGRAPHIC } from './vn2000';

/** Made by tests/fixtures/vn2000/make-proj-reference.mjs with cs2cs (PROJ), EPSG:6960. */
const REFERENCE = JSON.parse(readFileSync('tests/fixtures/vn2000/proj-reference.json', 'utf8')) as {
  proj: string;
  operation: string;
  points: { place: string; lat: number; lng: number; en: Record<string, [number, number]> }[];
};
/** Published WGS 84 ↔ VN-2000 degrees; see the file for the source of each. */
const PUBLISHED = JSON.parse(readFileSync('tests/fixtures/vn2000/published-pairs.json', 'utf8')) as {
  sources: Record<string, { title: string; url: string; precisionArcSec: number }>;
  pairs: { source: string; point: string; wgs84: [string, string]; vn2000: [string, string] }[];
};

/** Metres between two WGS 84 positions this close (a local flat approximation is exact enough). */
const metresApart = (a: readonly number[], b: readonly number[]) => {
  const lat = (((a[1] ?? 0) + (b[1] ?? 0)) / 2) * (Math.PI / 180);
  const dx = ((a[0] ?? 0) - (b[0] ?? 0)) * 111_320 * Math.cos(lat);
  const dy = ((a[1] ?? 0) - (b[1] ?? 0)) * 110_574;
  return Math.hypot(dx, dy);
};

/** `15°22’32.7”` (as the circulars print it, decimal comma or point) → degrees. */
const dms = (text: string) => {
  const [d = 0, m = 0, s = 0] = (text.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) =>
    Number(n.replace(',', '.')),
  );
  return d + m / 60 + s / 3600;
};

describe('VN-2000 grids against PROJ’s EPSG pipeline', () => {
  it('the reference was made by PROJ with the grid-less coordinate-frame Helmert EPSG:6960', () => {
    expect(REFERENCE.proj).toMatch(/^Rel\. 9\./);
    expect(REFERENCE.operation).toMatch(/^EPSG:6960,/);
    expect(REFERENCE.points.length).toBeGreaterThan(40);
  });

  for (const grid of GRIDS) {
    it(`${grid.label} (EPSG:${grid.epsg}) agrees within 1 cm both ways at every reference point`, () => {
      let worst = 0;
      for (const p of REFERENCE.points) {
        const ref = p.en[grid.epsg];
        if (!ref) throw new Error(`no reference for EPSG:${grid.epsg}`);
        const { easting, northing } = toGrid(grid, [p.lng, p.lat]);
        worst = Math.max(worst, Math.hypot(easting - ref[0], northing - ref[1]));
        worst = Math.max(worst, metresApart(fromGrid(grid, ref[0], ref[1]), [p.lng, p.lat]));
      }
      expect(worst).toBeLessThan(0.01);
    });
  }

  it('pasting the decision’s rotations as proj4 reads them (the old definition) is off by decimetres', () => {
    const old = LANG_SON_GRID.proj4.replace(
      /\+towgs84=\S+/,
      '+towgs84=-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278',
    );
    const city = REFERENCE.points.find((p) => p.place === 'Lạng Sơn city');
    const ref = city?.en[9215] ?? [0, 0];
    const [e = 0, n = 0] = proj4('WGS84', old, [city?.lng ?? 0, city?.lat ?? 0]);
    const off = Math.hypot(e - ref[0], n - ref[1]);
    expect(off).toBeGreaterThan(0.3);
    expect(off).toBeLessThan(1);
  });
});

describe('VN-2000 degrees against pairs published in official notices', () => {
  it.each(PUBLISHED.pairs)('$source $point: within the printed precision', (pair) => {
    const precision = PUBLISHED.sources[pair.source]?.precisionArcSec ?? 0;
    const wgs = [dms(pair.wgs84[1]), dms(pair.wgs84[0])];
    const [lng = 0, lat = 0] = proj4('WGS84', VN2000_GEOGRAPHIC, wgs);
    const want = [dms(pair.vn2000[1]), dms(pair.vn2000[0])];
    // What the printed digits allow (see the fixture's note).
    expect(Math.abs(lng - (want[0] ?? 0)) * 3600).toBeLessThanOrEqual(precision);
    expect(Math.abs(lat - (want[1] ?? 0)) * 3600).toBeLessThanOrEqual(precision);
  });
});

describe('a converter’s published test pair made with the decision’s signs read as position-vector', () => {
  // namlunkaka/vn2000-converter, test/spec.js: Đồng Tháp (TM-3 105°), X/Y given as easting,
  // northing 557975.802, 1142228.861 → 105.53115606, 10.32843706, printed to 1e-8°. Its
  // src/config.js pastes +towgs84=…,-0.00928836,0.01975479,-0.00427372,… into proj4.
  // PROJ 9.1.1 with EPSG:6960 gives 105.53116060, 10.32843910:
  //   echo "557975.802 1142228.861 0 0" | cct -d 8 $(projinfo -s EPSG:5897 -t EPSG:4326 -o PROJ -q --single-line)
  const grid = GRIDS.find((g) => g.epsg === 5897);
  it('is PROJ’s answer moved about half a metre; ours is PROJ’s', () => {
    if (!grid) throw new Error('no TM-3 105°');
    const ours = fromGrid(grid, 557975.802, 1142228.861);
    expect(metresApart(ours, [105.5311606, 10.3284391])).toBeLessThan(0.01);
    const off = metresApart(ours, [105.53115606, 10.32843706]);
    expect(off).toBeGreaterThan(0.4);
    expect(off).toBeLessThan(0.7);
  });
});
