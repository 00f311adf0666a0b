import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import bbox from '@turf/bbox';
import { describe, expect, it } from 'vitest';
import { MAX_BOUNDS, PROVINCE_BOUNDS } from '../src/data/boxes';
import { checkCollection } from '../src/data/validate';
import { CATALOG, TOWN_NAMES } from './catalog';

const ROOT = 'geodata';

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p, ext);
    return p.endsWith(ext) ? [relative(ROOT, p)] : [];
  });
}

const read = (file: string): unknown => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const GEOJSON = files(ROOT, '.geojson');

describe('every data file in geodata/', () => {
  it('exists', () => {
    expect(GEOJSON.length).toBeGreaterThanOrEqual(8);
  });

  it.each(GEOJSON)('%s is valid GeoJSON with unique string ids, inside the Lạng Sơn area', (file) => {
    const result = checkCollection(read(file));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it.each(GEOJSON)('%s is credited in SOURCES.md', (file) => {
    expect(readFileSync(join(ROOT, 'SOURCES.md'), 'utf8')).toContain(file);
  });
});

describe('the catalog', () => {
  it('names each layer once, with a URL-safe id and an existing file', () => {
    const ids = CATALOG.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const def of CATALOG) {
      expect(def.id).toMatch(/^[a-z0-9-]+$/);
      expect(GEOJSON).toContain(def.file);
      expect(def.title.vi && def.title.en && def.provenance.vi && def.provenance.en).toBeTruthy();
    }
  });

  it('frames the first view on the province as the data draws it', () => {
    const [w, s, e, n] = bbox(read('base/lang-son-province.geojson') as GeoJSON.FeatureCollection);
    const expected = [w, s, e, n];
    PROVINCE_BOUNDS.forEach((v, i) => {
      expect(Math.abs(v - (expected[i] ?? 0))).toBeLessThan(0.02);
    });
    // The camera limits leave room around the province on every side…
    expect(MAX_BOUNDS[0]).toBeLessThan(w - 0.2);
    expect(MAX_BOUNDS[1]).toBeLessThan(s - 0.2);
    expect(MAX_BOUNDS[2]).toBeGreaterThan(e + 0.2);
    expect(MAX_BOUNDS[3]).toBeGreaterThan(n + 0.2);
    // …but stay inside the box the base map covers, so no empty band shows past its edge.
    const [bw, bs, be, bn] = bbox(read('base/neighbour-provinces-2025.geojson') as GeoJSON.FeatureCollection);
    expect(MAX_BOUNDS[0]).toBeGreaterThanOrEqual(bw);
    expect(MAX_BOUNDS[1]).toBeGreaterThanOrEqual(bs);
    expect(MAX_BOUNDS[2]).toBeLessThanOrEqual(be);
    expect(MAX_BOUNDS[3]).toBeLessThanOrEqual(bn);
  });
});

describe('the 2025 commune points', () => {
  it('flag the five placed beside a namesake former commune of another district, and do not draw them', () => {
    const communes = read(
      'base/lang-son-communes-2025-points.geojson',
    ) as GeoJSON.FeatureCollection<GeoJSON.Point>;
    const flagged = communes.features
      .filter((f) => f.properties?.position_suspect !== undefined)
      .map((f) => String(f.properties?.name));
    expect(flagged.sort()).toEqual(['Chiến Thắng', 'Hồng Phong', 'Mẫu Sơn', 'Thụy Hùng', 'Tân Thành']);
    const style = CATALOG.find((d) => d.id === 'communes-2025')?.styles ?? [];
    for (const s of style) expect(JSON.stringify(s.filter)).toContain('position_suspect');
  });
});

describe('town labels', () => {
  it('are the towns the data holds in Lạng Sơn (the commune layer skips these names)', () => {
    const places = read('base/places.geojson') as GeoJSON.FeatureCollection;
    const names = places.features
      .filter((f) => f.properties?.in_lang_son)
      .map((f) => String(f.properties?.name_short))
      .sort((a, b) => a.localeCompare(b, 'vi'));
    expect(names).toEqual([...TOWN_NAMES].sort((a, b) => a.localeCompare(b, 'vi')));
  });
});
