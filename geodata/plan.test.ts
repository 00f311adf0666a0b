import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Overview } from '../src/data/overview-schema';
import { checkPlanCollection } from '../src/data/plan-check';
import { LayerMeta, SourceRegistry } from '../src/data/plan-schema';
import { CATALOG } from './catalog';

const read = (file: string): unknown => JSON.parse(readFileSync(join('geodata', file), 'utf8'));
const PLAN_FILES = readdirSync('geodata/plan').filter((f) => f.endsWith('.geojson'));
const registry = SourceRegistry.parse(read('sources.json'));
const seeds = new Set(readdirSync('public/seeds').map((f) => `seeds/${f}`));

function allSources(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allSources);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      k === 'sources' && Array.isArray(v) ? (v as string[]) : allSources(v),
    );
  }
  return [];
}

describe('plan data', () => {
  it('has a catalog layer for every plan file, and a file for every plan layer', () => {
    const planLayers = CATALOG.filter((d) => d.plan).map((d) => d.file.replace('plan/', ''));
    expect(planLayers.sort()).toEqual([...PLAN_FILES].sort());
  });

  it.each(PLAN_FILES)('%s: every feature has sources, accuracy and valid facts', (file) => {
    const fc = read(`plan/${file}`) as GeoJSON.FeatureCollection;
    const r = checkPlanCollection(fc);
    expect(r.ok ? [] : r.problems).toEqual([]);
    expect(fc.features.length).toBeGreaterThan(0);
  });

  it.each(PLAN_FILES)('%s: describes the layer in both languages, with sources for its figures', (file) => {
    const meta = LayerMeta.parse((read(`plan/${file}`) as { metadata: unknown }).metadata);
    if (meta.description && /\d/.test(meta.description.vi))
      expect(meta.sources?.length ?? 0, file).toBeGreaterThan(0);
  });

  it('gives every feature a unique id across all plan files', () => {
    const ids = PLAN_FILES.flatMap((f) =>
      (read(`plan/${f}`) as GeoJSON.FeatureCollection).features.map((x) => x.id),
    );
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it('cites only sources listed in sources.json, and seed documents that the app serves', () => {
    const used = [...PLAN_FILES.map((f) => read(`plan/${f}`)), read('plan/overview.json')].flatMap(
      allSources,
    );
    expect(used.length).toBeGreaterThan(100);
    for (const s of new Set(used)) {
      expect(registry[s], s).toBeDefined();
      if (s.startsWith('seeds/')) expect(seeds.has(s), s).toBe(true);
    }
  });

  it('marks what the sources leave open as provisional, with a note', () => {
    const zones = read('plan/zones.geojson') as GeoJSON.FeatureCollection;
    for (const z of zones.features) {
      expect(z.properties?.provisional).toBe(true);
      expect(z.properties?.accuracy).toBe('schematic');
      expect(z.geometry.type).toBe('Point');
    }
    const wind = read('plan/wind.geojson') as GeoJSON.FeatureCollection;
    for (const w of wind.features) expect(w.properties?.provisional).toBe(true);
  });

  it('has an overview whose every figure has a source', () => {
    const o = Overview.parse(read('plan/overview.json'));
    expect(o.indicators.map((i) => i.id)).toEqual(
      expect.arrayContaining(['grdp-growth', 'grdp-per-capita', 'border-trade', 'tourists', 'forest-cover']),
    );
    for (const i of o.indicators) for (const v of i.values) expect(v.sources.length).toBeGreaterThan(0);
  });
});
