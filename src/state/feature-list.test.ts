import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../geodata/catalog';
import { freshState } from '../../tests/fixtures/app-state';
import type { ImportedLayer } from '../import/imported-store';
import { serialiseCollection } from '../import/layer-data';
import {
  featureList,
  findUserFeature,
  type ListInput,
  listRows,
  listSummary,
  selectedKey,
  shownLayerCount,
  stepRow,
  stepTarget,
  targetOf,
} from './feature-list';

/** The plan's own data, as the app loads it. */
const DATA: ReadonlyMap<string, FeatureCollection> = new Map(
  CATALOG.filter((d) => d.plan).map((d) => [d.id, JSON.parse(readFileSync(`geodata/${d.file}`, 'utf8'))]),
);

const user: ImportedLayer = {
  id: 'user-abc',
  name: 'Khảo sát 2026',
  format: 'geojson',
  color: '#ff0000',
  opacity: 1,
  visible: true,
  addedAt: '2026-01-01T00:00:00Z',
  data: serialiseCollection({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'b',
        properties: { 'Tên điểm': 'Điểm B' },
        geometry: { type: 'Point', coordinates: [106.5, 21.6] },
      },
      {
        type: 'Feature',
        id: 'a',
        properties: { name: 'Điểm A' },
        geometry: { type: 'Point', coordinates: [106.6, 21.7] },
      },
    ],
  }),
};

function input(patch: Partial<ListInput> = {}): ListInput {
  const s = freshState();
  return {
    catalog: CATALOG,
    data: DATA,
    layers: s.layers,
    rule: { visible: s.layers.visible, phase: s.phase, siteLayers: ['industrial-parks'], shownSites: null },
    imported: [],
    lang: 'vi',
    ...patch,
  };
}

describe('featureList', () => {
  it('lists every drawn plan feature by layer, top first, each layer sorted by name', () => {
    const i = input();
    const groups = featureList(i);
    const plan = CATALOG.filter((d) => d.plan && i.layers.visible.has(d.id)).map((d) => d.id);
    expect(groups.map((g) => g.layerId).sort()).toEqual(plan.sort());
    const order = [...i.layers.order].reverse().filter((id) => plan.includes(id));
    expect(groups.map((g) => g.layerId)).toEqual(order);
    for (const g of groups) {
      const names = g.rows.map((r) => r.name);
      expect(names).toEqual([...names].sort(new Intl.Collator('vi', { sensitivity: 'base' }).compare));
    }
  });

  it('names each row as the popups do: name, kind, status, accuracy, in the language chosen', () => {
    const vsip = (lang: 'vi' | 'en') =>
      listRows(featureList(input({ lang }))).find((r) => r.key === 'kcn-vsip-huu-lung');
    expect(vsip('vi')).toEqual({
      key: 'kcn-vsip-huu-lung',
      layerId: 'industrial-parks',
      user: false,
      name: 'KCN Hữu Lũng (VSIP Lạng Sơn)',
      kind: 'Khu công nghiệp',
      status: expect.any(String),
      accuracy: expect.stringMatching(/^Vị trí|^Sơ đồ/),
    });
    expect(vsip('en')?.kind).toBe('Industrial park');
  });

  it('follows the map: hidden layers, other phases and the investor filters leave rows out', () => {
    const all = listRows(featureList(input()));
    const s = freshState();
    const visible = new Set([...s.layers.visible].filter((id) => id !== 'industrial-clusters'));
    const noClusters = featureList(
      input({ layers: { ...s.layers, visible }, rule: { ...input().rule, visible } }),
    );
    expect(noClusters.some((g) => g.layerId === 'industrial-clusters')).toBe(false);
    expect(all.some((r) => r.layerId === 'industrial-clusters')).toBe(true);

    const existing = listRows(featureList(input({ rule: { ...input().rule, phase: 'existing' } })));
    expect(existing.length).toBeLessThan(all.length);
    expect(existing.some((r) => r.key === 'kcn-vsip-huu-lung')).toBe(false);

    const onlyVsip = featureList(
      input({ rule: { ...input().rule, shownSites: new Set(['kcn-vsip-huu-lung']) } }),
    );
    expect(onlyVsip.find((g) => g.layerId === 'industrial-parks')?.rows.map((r) => r.key)).toEqual([
      'kcn-vsip-huu-lung',
    ]);
  });

  it("puts the user's visible layers first, named by their name column, and leaves hidden ones out", () => {
    const groups = featureList(input({ imported: [user] }));
    expect(groups[0]).toMatchObject({ layerId: 'user-abc', title: 'Khảo sát 2026', user: true });
    expect(groups[0]?.rows.map((r) => [r.key, r.name, r.kind])).toEqual([
      ['user-abc/1', 'Điểm A', 'Lớp của bạn: Khảo sát 2026'],
      ['user-abc/0', 'Điểm B', 'Lớp của bạn: Khảo sát 2026'],
    ]);
    expect(featureList(input({ imported: [{ ...user, visible: false }] }))[0]?.user).toBe(false);
    expect(findUserFeature([user], 'user-abc/0')?.feature.id).toBe('b');
    expect(findUserFeature([user], 'user-abc/9')).toBeNull();
    expect(targetOf([user], 'user-abc/1')).toEqual({ key: 'user-abc/1', at: [106.6, 21.7] });
    expect(targetOf([user], 'kcn-vsip-huu-lung')).toEqual({ key: 'kcn-vsip-huu-lung', at: null });
  });

  it('steps from the selected feature to the next one the map draws, the user’s included', () => {
    const i = input({ imported: [user] });
    expect(stepTarget(i, null, 1)).toEqual({ key: 'user-abc/1', at: [106.6, 21.7] });
    expect(stepTarget(i, 'user-abc/1', 1)?.key).toBe('user-abc/0');
    const rows = listRows(featureList(i));
    expect(stepTarget(i, 'user-abc/0', 1)?.key).toBe(rows[2]?.key);
    expect(stepTarget(i, 'user-abc/1', -1)?.key).toBe(rows[rows.length - 1]?.key);
    expect(stepTarget(input({ data: new Map() }), null, 1)).toBeNull();
  });

  it('leaves out layers that are not loaded or draw nothing', () => {
    expect(featureList(input({ data: new Map() }))).toEqual([]);
  });
});

describe('stepRow and selectedKey', () => {
  const rows = listRows(featureList(input()));
  it('walks the list round its ends, from nothing to the first or last', () => {
    expect(stepRow(rows, null, 1)).toBe(rows[0]);
    expect(stepRow(rows, null, -1)).toBe(rows[rows.length - 1]);
    expect(stepRow(rows, rows[0]?.key ?? '', 1)).toBe(rows[1]);
    expect(stepRow(rows, rows[0]?.key ?? '', -1)).toBe(rows[rows.length - 1]);
    expect(stepRow(rows, rows[rows.length - 1]?.key ?? '', 1)).toBe(rows[0]);
    expect(stepRow(rows, 'gone', 1)).toBe(rows[0]);
    expect(stepRow([], null, 1)).toBeNull();
  });

  it('names the selected plan feature, or else the picked feature of the user', () => {
    expect(selectedKey({ popup: { kind: 'plan', id: 'x', fly: false } })).toBe('x');
    expect(selectedKey({ popup: { kind: 'user', key: 'user-a/1', at: [0, 0] } })).toBe('user-a/1');
    expect(
      selectedKey({ popup: { kind: 'place', id: 'p', label: 'P', kindLabel: 'Town', at: [0, 0] } }),
    ).toBeNull();
    expect(selectedKey({ popup: null })).toBeNull();
  });
});

describe('listSummary', () => {
  it('says how many layers and sites, and what is selected, in both languages', () => {
    expect(listSummary('vi', { layers: 12, rows: 34, selected: 'KCN Hữu Lũng' })).toBe(
      '12 lớp đang hiện, 34 địa điểm; đang chọn: KCN Hữu Lũng',
    );
    expect(listSummary('en', { layers: 12, rows: 34, selected: 'KCN Hữu Lũng' })).toBe(
      '12 layers shown, 34 sites; selected: KCN Hữu Lũng',
    );
    expect(listSummary('en', { layers: 1, rows: 1, selected: null })).toBe('1 layer shown, 1 site');
    expect(listSummary('vi', { layers: 1234, rows: 0, selected: null })).toBe(
      '1.234 lớp đang hiện, 0 địa điểm',
    );
  });

  it('counts the drawn layers, base and user layers included', () => {
    const s = freshState();
    expect(shownLayerCount(CATALOG, s.layers, [user, { ...user, id: 'user-x', visible: false }])).toBe(
      s.layers.visible.size + 1,
    );
  });
});
