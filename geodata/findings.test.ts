import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { type PlanProps, SourceRegistry } from '../src/data/plan-schema';
import { PLAN_LAYERS } from './plan-layers';

// The findings of the data audit of issue #26, each kept from coming back: a source that does not
// call a project key, a headline taken for a figure, a line leaving the province without saying so,
// a legend entry the layer cannot draw, urban areas without the 2025 reform.

const read = (file: string): unknown => JSON.parse(readFileSync(join('geodata', file), 'utf8'));
const registry = SourceRegistry.parse(read('sources.json'));
type PlanFeature = Feature<Geometry, PlanProps> & { id: string };
const layers = PLAN_LAYERS.map((def) => ({
  def,
  features: (read(def.file) as FeatureCollection<Geometry, PlanProps>).features as PlanFeature[],
}));
const all = layers.flatMap((l) => l.features);
const byId = (id: string) => {
  const f = all.find((x) => x.id === id);
  if (!f) throw new Error(`no feature ${id}`);
  return f;
};

describe('what a source says a project is', () => {
  it('types a feature a key project only where a cited source calls it key (trọng điểm)', () => {
    const KEY = /trọng điểm|\bkey\b/i;
    const unsupported = all
      .filter((f) => f.properties.kind === 'key_project')
      .filter((f) => {
        const passages = f.properties.facts.flatMap((x) => (x.quotes ?? []).map((q) => q.text));
        const titles = f.properties.sources.map((s) => registry[s]?.title ?? '');
        return ![...passages, ...titles].some((t) => KEY.test(t));
      })
      .map((f) => f.id);
    expect(unsupported).toEqual([]);
  });

  it('never gives a headline as the passage for a figure (headlines round: "gần 150" for 148)', () => {
    const headlines = all.flatMap((f) =>
      f.properties.facts.flatMap((x) =>
        (x.quotes ?? [])
          .filter((q) => q.text.trim() === registry[q.source]?.title.trim())
          .map((q) => `${f.id} ${x.key}: "${q.text}"`),
      ),
    );
    expect(headlines).toEqual([]);
  });

  it('cites the Hồ Sơn 1 investor to the page that names it (S27), not the founding decision (S26)', () => {
    const investor = byId('ccn-ho-son-1').properties.facts.find((x) => x.key === 'investor');
    expect(investor?.sources).toEqual([
      'https://news.laodong.vn/photo/lap-ruong-bat-doi-lam-cum-cong-nghiep-lon-nhat-lang-son-1386867.ldo',
    ]);
  });
});

describe('VSIP Lạng Sơn: each fact cites the pages that carry it', () => {
  const vsip = byId('kcn-vsip-huu-lung');
  const row = new Set(vsip.properties.sources);
  it('cites no fact of the park to all six pages of the research row', () => {
    const everyPage = vsip.properties.facts.filter(
      (x) => row.size === 6 && x.sources.length === 6 && x.sources.every((s) => row.has(s)),
    );
    expect(everyPage.map((x) => x.key)).toEqual([]);
  });

  // The pages of the row that have a stored copy to read again (VNS, Tài chính Plus, Nhịp sống nhà đất);
  // the other three (Vietnammoi, Lao Động ×2) have none.
  const READ = [
    'https://www.einpresswire.com/article/633956690/deputy-pm-greenlights-infrastructure-investment-at-vsip-l-ng-s-n',
    'https://taichinhplus.com.vn/vsip-dau-tu-6300-ty-dong-lap-kcn-rong-600-ha-o-lang-son-a8423.html',
    'https://nhipsongnhadat.vn/tag/kcn-huu-lung',
  ];
  it('cites a page that could be read again only with the passage of it that carries the fact', () => {
    const bare = vsip.properties.facts.flatMap((x) =>
      x.sources
        .filter((s) => READ.includes(s))
        .filter((s) => !x.quotes?.some((q) => q.source === s))
        .map((s) => `${x.key}: ${s}`),
    );
    expect(bare).toEqual([]);
  });
});

describe('what may be stale is dated, and what is not known is said', () => {
  it('dates the Hữu Nghị – Chi Lăng status by the latest dated report and says what is unknown since', () => {
    const p = byId('expressway-huu-nghi-chi-lang').properties;
    expect(p.status_date).toBe('2026-02-20');
    const latest = p.facts.find((x) => x.key === 'status_detail' && x.date === p.status_date);
    expect(latest?.quotes?.length).toBeGreaterThan(0);
    expect(latest?.note?.en).toMatch(/unknown/);
  });

  it('never dates a fact that stands only on a page whose stored copy shows no date or year', () => {
    const undatedPage = (s: string) => /không ghi (ngày|năm)/.test(registry[s]?.title ?? '');
    const dated = all.flatMap((f) =>
      f.properties.facts
        .filter((x) => x.date !== undefined && x.sources.every(undatedPage))
        .map((x) => `${f.id} ${x.key} ${x.date}`),
    );
    expect(dated).toEqual([]);
    expect(Object.keys(registry).filter(undatedPage).length).toBeGreaterThan(0);
  });

  it('places Cốc Nam in (former) Văn Lãng, in the words of the press page that says so', () => {
    const meta = (read('plan/border-gates.geojson') as { metadata: { facts: PlanProps['facts'] } }).metadata;
    const where = meta.facts.find((x) => x.key === 'location' && JSON.stringify(x.value).includes('Cốc Nam'));
    expect(where?.quotes?.some((q) => q.text.includes('Cốc Nam (huyện Văn Lãng)'))).toBe(true);
    expect(where?.note?.en).toMatch(/1 Jul 2025/);
  });
});

describe('where things are drawn', () => {
  const province = (read('base/lang-son-province.geojson') as FeatureCollection<Polygon>).features[0];
  const OUTSIDE = /outside the province|ngoài tỉnh/;
  const vertices = (g: Geometry): Position[] =>
    g.type === 'LineString' ? g.coordinates : g.type === 'MultiLineString' ? g.coordinates.flat() : [];

  it('draws every line inside the province, or says in its note that part of it lies outside', () => {
    if (!province) throw new Error('no province polygon');
    const unsaid = all
      .filter((f) => vertices(f.geometry).some((c) => !booleanPointInPolygon(c, province)))
      .filter(
        (f) => !OUTSIDE.test(f.properties.accuracy_note.en) || !OUTSIDE.test(f.properties.accuracy_note.vi),
      )
      .map((f) => f.id);
    expect(unsaid).toEqual([]);
  });

  it('starts the Đồng Đăng – Trà Lĩnh line at the Tân Thanh gate point the gate layer uses', () => {
    const line = byId('expressway-dong-dang-tra-linh').geometry;
    const gate = byId('gate-tan-thanh').geometry;
    expect(line.type === 'LineString' && gate.type === 'Point').toBe(true);
    if (line.type === 'LineString' && gate.type === 'Point')
      expect(line.coordinates[0]).toEqual(gate.coordinates);
  });

  it('draws Quỳnh Sơn, known only by its commune (12 km from Bắc Sơn town), as a schematic mark', () => {
    expect(byId('tourism-quynh-son').properties.accuracy).toBe('schematic');
  });

  it.each(layers.map((l) => [l.def.id, l] as const))(
    '%s: its legend shows only what the layer draws',
    (_, l) => {
      const kinds = new Set<string>(
        l.features.map((f) =>
          f.geometry.type.includes('Point') ? 'circle' : f.geometry.type.includes('Line') ? 'line' : 'fill',
        ),
      );
      const shown = (l.def.legend ?? []).map((e) => e.swatch.kind);
      expect(shown.filter((k) => !kinds.has(k))).toEqual([]);
    },
  );
});

describe('urban areas and the 2025 reform', () => {
  const urban = all.filter((f) => f.properties.kind === 'urban_area');
  it('says on every urban area that districts and towns ceased on 1 July 2025', () => {
    const without = urban
      .filter((f) => !f.properties.facts.some((x) => x.date === '2025-07-01' && x.key === 'status_detail'))
      .map((f) => f.id);
    expect(urban.length).toBeGreaterThan(0);
    expect(without).toEqual([]);
  });

  it('says on every urban area that Decision 339 (2026) adjusted the plan, quoting Plan 267', () => {
    const without = urban
      .filter(
        (f) =>
          !f.properties.facts.some((x) =>
            x.quotes?.some((q) => q.source.startsWith('seeds/002_') && q.text.includes('339/QĐ-UBND')),
          ),
      )
      .map((f) => f.id);
    expect(without).toEqual([]);
  });
});

describe('key projects the sources name', () => {
  it('lists the Lý Thái Tổ road extension, which the 2025 reports call key, among the key projects', () => {
    const overview = read('plan/overview.json') as { key_projects?: { id: string; sources: string[] }[] };
    const item = overview.key_projects?.find((k) => k.id === 'key-ly-thai-to-road');
    expect(item?.sources.length).toBeGreaterThan(0);
  });
});
