import { readFileSync } from 'node:fs';
import pointToLineDistance from '@turf/point-to-line-distance';
import type { FeatureCollection, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../geodata/catalog';
import type { PlanFeature } from '../data/plan-check';
import { PROXIMITY_LAYERS } from '../data/proximity-layers';
import { anchorOf } from './anchor';
import { measuredKinds } from './measured-kinds';
import { createProximity } from './proximity';
import { proximityTargets } from './proximity-targets';
import type { SiteLocation } from './targets';

const read = (file: string) => JSON.parse(readFileSync(`geodata/${file}`, 'utf8')) as FeatureCollection;
const data = new Map(CATALOG.map((d) => [d.id, read(d.file)]));
const targets = proximityTargets(data);
const proximity = createProximity(targets);

const planFeature = (layer: string, id: string) => {
  const f = ((data.get(layer)?.features ?? []) as PlanFeature[]).find((x) => x.id === id);
  if (!f) throw new Error(`no ${id}`);
  return f;
};
const siteOf = (layer: string, id: string): SiteLocation => {
  const f = planFeature(layer, id);
  return {
    at: anchorOf(f),
    accuracy: f.properties.accuracy,
    provisional: f.properties.provisional,
  };
};

describe('proximity of the real sites', () => {
  it('finds every kind of target in the data', () => {
    expect(PROXIMITY_LAYERS.every((id) => data.has(id))).toBe(true);
    // Gates with a sourced position only; Chi Ma and Bình Nghi are named as unplaced.
    expect(targets.targets.gate.map((t) => t.id).sort()).toEqual([
      'gate-dong-dang-station',
      'gate-huu-nghi',
      'gate-tan-thanh',
    ]);
    expect(targets.unplaced?.map((t) => t.id).sort()).toEqual(['gate-binh-nghi', 'gate-chi-ma']);
    expect(targets.targets.huu_nghi.map((t) => t.id)).toEqual(['gate-huu-nghi']);
    expect(targets.targets.expressway).toHaveLength(3);
    // No road layer is shipped (no openly licensed road data): no road targets, distances unknown.
    expect(targets.targets.road).toHaveLength(0);
    expect(targets.targets.railway.length).toBeGreaterThan(10);
    expect(targets.targets.city).toHaveLength(1);
    expect(targets.geopark?.length).toBe(3);
  });

  it('measures every kind but national roads, which the tools then leave out', () => {
    expect(measuredKinds(targets.targets)).toEqual(['gate', 'huu_nghi', 'expressway', 'railway', 'city']);
  });

  // Hand-checked with the haversine formula, R = 6,371.0088 km, from the coordinates in the data:
  // VSIP (106.347, 21.481), Hữu Nghị (106.7112, 21.97515), Đồng Đăng station (106.698, 21.9508),
  // Lạng Sơn city (106.76101, 21.85264), Viettel park (106.698, 21.943), Mẫu Sơn (106.96667, 21.85),
  // Chi Ma (106.943, 21.6901).
  it('pins the distances of VSIP Hữu Lũng', () => {
    const p = proximity(siteOf('industrial-parks', 'kcn-vsip-huu-lung'));
    expect(p.distances.gate?.target.id).toBe('gate-dong-dang-station');
    expect(p.distances.gate?.km).toBeCloseTo(63.59, 1);
    expect(p.distances.huu_nghi?.km).toBeCloseTo(66.591, 1);
    expect(p.distances.city?.km).toBeCloseTo(59.482, 1);
    // The site is placed at its communes (approximate), the gate by GeoNames (approximate).
    expect(p.distances.gate?.accuracy).toBe('approximate');
    // VSIP borders the Hà Nội – Đồng Đăng railway on its east side (research note [S20]); placed at
    // the middle of its two communes, it is drawn some 3 km from the line.
    expect(p.distances.railway?.target.name.vi).toBe('Đường sắt Hà Nội - Đồng Đăng');
    expect(p.distances.railway?.km).toBeLessThan(4);
    expect(p.geopark).toBe('inside');
  });

  it('pins the distances of the Viettel logistics park', () => {
    const p = proximity(siteOf('logistics', 'logistics-viettel-lang-son'));
    expect(p.distances.gate?.target.id).toBe('gate-dong-dang-station');
    expect(p.distances.gate?.km).toBeCloseTo(0.867, 2);
    expect(p.distances.huu_nghi?.km).toBeCloseTo(3.825, 2);
    expect(p.distances.city?.km).toBeCloseTo(11.967, 2);
  });

  it('pins the distances of the Mẫu Sơn tourist area, never to a gate without a position', () => {
    const p = proximity(siteOf('tourism', 'tourism-mau-son'));
    // Chi Ma (17.9 km by its placeholder point) has no sourced position: not measured to.
    expect(p.distances.gate?.target.id).toBe('gate-huu-nghi');
    expect(p.distances.gate?.km).toBeCloseTo(29.803, 2);
    expect(p.distances.gate?.accuracy).toBe('approximate');
    expect(p.distances.gate?.provisional).toBe(false);
    expect(p.distances.city?.km).toBeCloseTo(21.227, 2);
  });

  it('measures railways and expressways as turf does, one line at a time; roads stay unknown', () => {
    for (const [layer, id] of [
      ['industrial-parks', 'kcn-vsip-huu-lung'],
      ['industrial-clusters', 'ccn-na-duong-2'],
      ['tourism', 'tourism-quynh-son'],
      ['wind', 'wind-trang-dinh-1'],
    ] as const) {
      const site = siteOf(layer, id);
      const p = proximity(site);
      // No road data is shipped (no openly licensed source): the distance is unknown, not zero.
      expect(p.distances.road, id).toBeUndefined();
      for (const kind of ['railway', 'expressway'] as const) {
        // turf measures one LineString at a time: split the multi-lines.
        const lines = targets.targets[kind].flatMap((t) =>
          t.geometry.type === 'MultiLineString'
            ? t.geometry.coordinates.map((coordinates): LineString => ({ type: 'LineString', coordinates }))
            : [t.geometry as LineString],
        );
        const brute = Math.min(...lines.map((l) => pointToLineDistance(site.at, l, { units: 'kilometers' })));
        expect(Math.abs((p.distances[kind]?.km ?? Number.NaN) - brute), `${id} → ${kind}`).toBeLessThan(
          brute * 0.005 + 0.01,
        );
      }
    }
  });

  it('says whether a site lies in the geopark, and when only a provisional part covers it', () => {
    // Quỳnh Sơn (Bắc Sơn) lies in a district wholly inside the geopark.
    expect(proximity(siteOf('tourism', 'tourism-quynh-son')).geopark).toBe('inside');
    // Tràng Định is not part of the geopark.
    expect(proximity(siteOf('wind', 'wind-trang-dinh-1')).geopark).toBe('outside');
    // The Hồng Phong park (old Cao Lộc) can only be in the Cao Lộc part, whose extent is unknown.
    expect(proximity(siteOf('industrial-parks', 'kcn-hong-phong')).geopark).toBe('inside-provisional');
  });

  it('calls each railway line by one English name on every piece', () => {
    const byVi = new Map<string, Set<string>>();
    for (const t of targets.targets.railway)
      byVi.set(t.name.vi, (byVi.get(t.name.vi) ?? new Set()).add(t.name.en));
    expect([...(byVi.get('Đường sắt Hà Nội - Đồng Đăng') ?? [])]).toEqual(['Hanoi - Dong Dang Railway']);
    for (const names of byVi.values()) expect(names.size).toBe(1);
  });

  it('leaves distances unknown, not zero, when a layer is missing', () => {
    const partial = new Map(data);
    partial.delete('roads');
    partial.delete('geopark');
    const p = createProximity(proximityTargets(partial))(siteOf('industrial-parks', 'kcn-vsip-huu-lung'));
    expect(p.distances.road).toBeUndefined();
    expect(p.distances.gate).toBeDefined();
    expect(p.geopark).toBe('unknown');
  });
});
