import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../geodata/catalog';
import type { PlanFeature } from '../data/plan-check';
import { anchorOf } from './anchor';
import { NEAREST_SITES, reportDistances } from './report-distances';

const read = (file: string) => JSON.parse(readFileSync(`geodata/${file}`, 'utf8')) as FeatureCollection;
const data = new Map(CATALOG.map((d) => [d.id, read(d.file)]));
const all = [...data.values()].flatMap((fc) => fc.features as PlanFeature[]);

describe('reportDistances', () => {
  it('measures from the Hữu Nghị gate as the site table does: 0 km to it', () => {
    const gate = all.find((f) => f.id === 'gate-huu-nghi');
    if (!gate) throw new Error('no gate');
    const d = reportDistances(anchorOf(gate), data);
    expect(d.proximity.distances.huu_nghi?.km).toBeCloseTo(0, 6);
    expect(d.proximity.distances.city?.km).toBeGreaterThan(5);
  });

  it('names the nearest industrial parks and clusters, closest first, a park itself at 0 km', () => {
    const park = all.find((f) => f.properties?.kind === 'kcn');
    if (!park) throw new Error('no park');
    const d = reportDistances(anchorOf(park), data);
    expect(d.kcn[0]?.id).toBe(park.id);
    expect(d.kcn[0]?.km).toBeCloseTo(0, 6);
    expect(d.kcn.length).toBeLessThanOrEqual(NEAREST_SITES);
    const km = [...d.kcn, ...d.ccn].map((s) => s.km);
    expect(d.kcn.map((s) => s.km)).toEqual([...d.kcn.map((s) => s.km)].sort((a, b) => a - b));
    expect(km.every(Number.isFinite)).toBe(true);
    expect(d.ccn.length).toBeGreaterThan(0);
  });
});
