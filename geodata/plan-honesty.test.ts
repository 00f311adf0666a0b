import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Color, createExpression, featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { Overview } from '../src/data/overview-schema';
import { type Fact, type PlanProps, type Quote, SourceRegistry } from '../src/data/plan-schema';
import { PLAN_LAYERS } from './plan-layers';

// The checks an editor of the plan data can break without noticing: what looks exact on the map,
// where sites lie, whether a status and each figure stand on a source's own words.

const read = (file: string): unknown => JSON.parse(readFileSync(join('geodata', file), 'utf8'));
const registry = SourceRegistry.parse(read('sources.json'));
type PlanFeature = Feature<Geometry, PlanProps> & { id: string };
const layers = PLAN_LAYERS.map((def) => ({
  def,
  features: (read(def.file) as FeatureCollection<Geometry, PlanProps>).features as PlanFeature[],
}));
const allFeatures = layers.flatMap((l) => l.features);
const overview = Overview.parse(read('plan/overview.json'));

/** Geometry the sources do not give as drawn: schematic, provisional, or resting on an inference. */
const INFERENCE_WORDS = /INFERENCE|SUY LUẬN|an inference|suy luận/;
const isLoose = (p: PlanProps) => p.provisional || p.accuracy === 'schematic' || p.inferred === true;

describe('what is schematic, provisional or inferred never looks sourced', () => {
  it('marks geometry whose note states an inference as inferred, schematic or provisional', () => {
    const wrong = allFeatures
      .filter((f) => INFERENCE_WORDS.test(f.properties.accuracy_note.en + f.properties.accuracy_note.vi))
      .filter((f) => !isLoose(f.properties))
      .map((f) => f.id);
    expect(wrong).toEqual([]);
  });

  it.each(layers.map((l) => [l.def.id, l] as const))('%s: draws loose geometry hollow or dashed', (_, l) => {
    const solid: string[] = [];
    l.def.styles.forEach((style, i) => {
      if (style.type !== 'circle' && style.type !== 'line') return;
      const key = `${l.def.id}[${i}]`;
      const filter = featureFilter(style.filter ?? undefined, `${key}.filter`);
      const paint = (style.paint ?? {}) as Record<string, unknown>;
      const evaluate = (prop: string, fallback: unknown, f: PlanFeature) => {
        const v = paint[prop];
        if (v === undefined) return fallback;
        const e = createExpression(v, `${key}.paint.${prop}`);
        if (e.result !== 'success') throw new Error(`${key}.paint.${prop} does not parse`);
        return e.value.evaluate({ zoom: 10 }, { type: 1, properties: f.properties } as never);
      };
      for (const f of l.features.filter((x) => isLoose(x.properties))) {
        const kind = f.geometry.type;
        const drawn =
          style.type === 'circle' ? kind === 'Point' || kind === 'MultiPoint' : !kind.includes('Point');
        if (!drawn || !filter.filter({ zoom: 10 }, { type: 1, properties: f.properties } as never)) continue;
        if (style.type === 'line' && paint['line-dasharray'] === undefined) solid.push(`${f.id} (${key})`);
        if (style.type === 'circle') {
          const raw = evaluate('circle-color', '#000000', f);
          const c = (typeof raw === 'string' ? Color.parse(raw) : raw) as Color;
          const opacity = evaluate('circle-opacity', 1, f) as number;
          const hollow = (c.r > 0.99 && c.g > 0.99 && c.b > 0.99) || opacity <= 0.15;
          if (!hollow) solid.push(`${f.id} (${key})`);
        }
      }
    });
    expect(solid).toEqual([]);
  });
});

describe('positions', () => {
  const province = (read('base/lang-son-province.geojson') as FeatureCollection<Polygon>).features[0];
  it('puts every point of a Lạng Sơn feature inside the province polygon', () => {
    if (!province) throw new Error('no province polygon');
    const outside = allFeatures
      .filter((f) => f.geometry.type === 'Point')
      .filter((f) => !booleanPointInPolygon((f.geometry as GeoJSON.Point).coordinates, province))
      .map((f) => `${f.id} ${(f.geometry as GeoJSON.Point).coordinates.join(',')}`);
    expect(outside).toEqual([]);
  });
});

describe('status', () => {
  /** Statuses that claim progress on the ground; each needs a dated fact saying so. */
  const CLAIMS = ['approved', 'under_construction', 'operating', 'completed'];
  it('dates every status that claims progress, with a dated fact of that date', () => {
    const undated = allFeatures
      .filter((f) => CLAIMS.includes(f.properties.status))
      .filter((f) => {
        const d = f.properties.status_date;
        return !d || !f.properties.facts.some((x) => x.date === d);
      })
      .map((f) => `${f.id}: ${f.properties.status} ${f.properties.status_date ?? '(no date)'}`);
    expect(undated).toEqual([]);
  });
});

// ---- figures and the passages that give them ----------------------------------------------------

/** The ways a source may write the number n: 1.444 / 1,444 / 1444; 86,14 / 86.14. */
function forms(n: number): string[] {
  const [int = '', dec] = String(n).split('.');
  const out = new Set<string>();
  for (const sep of ['', '.', ',', ' ', '\u00a0']) {
    const i = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    if (dec) {
      out.add(`${i},${dec}`);
      out.add(`${i}.${dec}`);
    } else out.add(i);
  }
  return [...out];
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SCALES: [number, string][] = [
  [1e3, '(nghìn|ngàn|thousand|k\\b)'],
  [1e6, '(triệu|million|m\\b|mn\\b)'],
  [1e9, '(tỷ|tỉ|billion|bn\\b)'],
  [1e12, '(nghìn tỷ|trillion)'],
];
/** Small whole numbers as an article may spell them out ("six lanes", "one million", "hai làn"). */
const SPELLED: Record<number, string> = {
  1: 'one|một',
  2: 'two|hai',
  3: 'three|ba',
  4: 'four|bốn',
  5: 'five|năm',
  6: 'six|sáu',
  7: 'seven|bảy',
  8: 'eight|tám',
  9: 'nine|chín',
  10: 'ten|mười',
};
/** Where the passage writes n, as the index just before it, or -1 (scale words in any case: "5 NGHÌN KM2"). */
function findFigure(text: string, n: number): number {
  const spelled = (m: number, after = '') =>
    SPELLED[m] ? [new RegExp(`(?<![\\p{L}\\d])(${SPELLED[m]})(?![\\p{L}])${after}`, 'iu')] : [];
  const candidates: RegExp[] = [
    ...forms(n).map((f) => new RegExp(`(?<![\\d.,])${escapeRe(f)}(?![\\d]|[.,]\\d)`)),
    ...spelled(n, '(?=[\\s-]*(lanes?|làn))'),
  ];
  for (const [scale, words] of SCALES) {
    const m = n / scale;
    if (m >= 0.1 && Number.isFinite(m) && Math.round(m * 1000) === m * 1000)
      for (const f of forms(m))
        candidates.push(
          // "1.5-2 million": a range's lower end takes the scale written after the upper one.
          new RegExp(
            `(?<![\\d.,])${escapeRe(f)}(?![\\d]|[.,]\\d)(?=(\\s*[-–]\\s*[\\d.,]+)?\\s*${words})`,
            'i',
          ),
        );
    if (m >= 1 && m <= 10 && Number.isInteger(m)) candidates.push(...spelled(m, `(?=\\s*${words})`));
  }
  for (const re of candidates) {
    const m = re.exec(text);
    if (m) return m.index;
  }
  return -1;
}
const numbers = (v: Fact['value']): number[] =>
  typeof v === 'number' ? [v] : typeof v === 'object' && 'min' in v ? [v.min, v.max] : [];

/** A qualifier the source puts right before a figure (or before the figure it converts). */
const QUALIFIED = [
  /(khoảng|hơn|gần|trên|vượt|ít nhất|tối thiểu|over|about|around|nearly|almost|approximately|more than|at least)\s*(US\$|VNĐ|VND|\$)?\s*$/iu,
  /(khoảng|hơn|gần|trên|vượt|over|about|around|nearly|almost|approximately|more than)\s+[^()\d]{0,4}[\d.,]+\s*[^()\d]{0,20}\(\s*(US\$|VNĐ|VND|\$)?\s*$/iu,
];

interface Cited {
  where: string;
  value: Fact['value'];
  unit?: string | undefined;
  qualifier?: string | undefined;
  key?: string;
  sources: string[];
  quotes?: Quote[] | undefined;
  unquoted?: { vi: string; en: string } | undefined;
}
const cited: Cited[] = [
  ...layers.flatMap((l) =>
    l.features.flatMap((f) => f.properties.facts.map((x) => ({ where: `${f.id} ${x.key}`, ...x }))),
  ),
  ...layers.flatMap((l) => {
    const meta = (read(l.def.file) as { metadata?: { facts?: Fact[] } }).metadata;
    return (meta?.facts ?? []).map((x) => ({ where: `${l.def.id} layer ${x.key}`, ...x }));
  }),
  ...overview.indicators.flatMap((i) =>
    i.values.map((v) => ({ where: `overview ${i.id} ${v.year}`, unit: i.unit, ...v })),
  ),
  ...overview.documents.map((d) => ({ where: `overview ${d.id}`, value: d.summary, ...d })),
  ...[...(overview.breakthroughs ?? []), ...(overview.key_projects ?? [])].map((d) => ({
    where: `overview ${d.id}`,
    value: d.title,
    ...d,
  })),
];

describe('every figure stands on the words of its source', () => {
  it('quotes only sources the fact cites and the registry lists', () => {
    const wrong = cited.flatMap((c) =>
      (c.quotes ?? [])
        .filter((q) => !c.sources.includes(q.source) || !registry[q.source])
        .map((q) => `${c.where}: ${q.source}`),
    );
    expect(wrong).toEqual([]);
  });

  /** A press, company or aggregator article, or a seed document not marked official: cited with its words. */
  const needsQuote = (s: string) =>
    ['press', 'company', 'aggregator'].includes(registry[s]?.kind ?? '') ||
    (s.startsWith('seeds/') && registry[s]?.kind !== 'official');

  it('quotes an article wherever it is cited for a fact (it is not served), or says why it cannot', () => {
    const unquoted = cited.flatMap((c) =>
      c.sources
        .filter(needsQuote)
        .filter((s) => !c.quotes?.some((q) => q.source === s))
        .filter((s) => s.startsWith('seeds/') || !c.unquoted)
        .map((s) => `${c.where}: ${registry[s]?.publisher}`),
    );
    expect(unquoted).toEqual([]);
  });

  it('finds each figure in every passage quoted for it', () => {
    const missing = cited.flatMap((c) =>
      (c.quotes ?? []).flatMap((q) =>
        numbers(c.value)
          // A figure counted in millions may be written out in full (6 million: 6.000.000).
          // A figure counted in billions may be written in trillions (5,490 bn: 5.49 trillion).
          .filter(
            (n) =>
              findFigure(q.text, n) < 0 &&
              !(c.unit?.startsWith('million') && findFigure(q.text, n * 1e6) >= 0) &&
              !(/^(bn|billion)/.test(c.unit ?? '') && findFigure(q.text, n * 1e9) >= 0),
          )
          .map((n) => `${c.where}: ${n} not in "${q.text}"`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('finds an investor or operator named as the passage names it', () => {
    const missing = cited
      .filter((c) => (c.key === 'investor' || c.key === 'operator') && typeof c.value === 'string')
      .flatMap((c) =>
        (c.quotes ?? [])
          .filter((q) => !q.text.includes(String(c.value).replace(/\s*\(.*\)$/, '')))
          .map((q) => `${c.where}: "${c.value}" not in "${q.text}"`),
      );
    expect(missing).toEqual([]);
  });

  it('keeps the qualifier (khoảng, hơn, gần, over, about…) a passage puts on a figure', () => {
    const dropped = cited
      .filter((c) => typeof c.value === 'number' && !c.qualifier)
      .flatMap((c) =>
        (c.quotes ?? [])
          .filter((q) => {
            const at = findFigure(q.text, c.value as number);
            const before = q.text.slice(Math.max(0, at - 40), at);
            return at >= 0 && QUALIFIED.some((re) => re.test(before));
          })
          .map((q) => `${c.where}: ${c.value} in "${q.text}"`),
      );
    expect(dropped).toEqual([]);
  });
});

describe('every figure, whatever kind of source it cites, has its passage or says why not', () => {
  const figures = cited.filter((c) => numbers(c.value).length > 0);
  it('gives every source a kind (official, press, company, aggregator, data, reference)', () => {
    expect(
      Object.entries(registry)
        .filter(([, s]) => !s.kind)
        .map(([k]) => k),
    ).toEqual([]);
  });

  const kinds = [...new Set(Object.values(registry).map((s) => s.kind ?? 'none'))].sort();
  it.each(kinds)('%s sources: each figure citing one quotes a passage or gives a reason', (kind) => {
    const bare = figures
      .filter((c) => c.sources.some((s) => (registry[s]?.kind ?? 'none') === kind))
      .filter((c) => !c.quotes?.length && !c.unquoted)
      .map((c) => c.where);
    expect(bare).toEqual([]);
  });

  it('quotes every seed document a figure cites (the seeds are at hand, so no reason will do)', () => {
    const unquoted = figures.flatMap((c) =>
      c.sources
        .filter((s) => s.startsWith('seeds/') || registry[s]?.title === undefined)
        .filter((s) => !c.quotes?.some((q) => q.source === s))
        .map((s) => `${c.where}: ${s}`),
    );
    expect(unquoted).toEqual([]);
  });

  // Every web page a figure cites was looked for again in the stored copies and its sentence quoted;
  // the few figures left say their page is not stored (7 Dec 2026: 130 of 136 quote a passage).
  it('quotes a passage for at least 95 % of the figures', () => {
    const quoted = figures.filter((c) => c.quotes?.length).length;
    expect(quoted / figures.length).toBeGreaterThanOrEqual(0.95);
  });

  it('says of each figure without a passage that its page could not be read again, not merely that none was kept', () => {
    const vague = figures
      .filter((c) => !c.quotes?.length)
      .filter((c) => !/stored copies|bản lưu/.test(`${c.unquoted?.en} ${c.unquoted?.vi}`))
      .map((c) => `${c.where}: ${c.unquoted?.en ?? '(no reason)'}`);
    expect(vague).toEqual([]);
  });

  it('gives a reason that matches the passages a fact has (none quoted, or some of its sources)', () => {
    const wrong = cited
      .filter((c) => c.unquoted)
      .filter((c) => (c.quotes?.length ? !/other sources|nguồn khác/.test(c.unquoted?.en ?? '') : false))
      .map((c) => c.where);
    expect(wrong).toEqual([]);
  });
});

describe('the official text served with the app', () => {
  const served = Object.fromEntries(
    readdirSync('public/seeds').map((f) => [`seeds/${f}`, readFileSync(join('public/seeds', f), 'utf8')]),
  );
  it('keeps the qualifier the official text puts on a figure cited from it', () => {
    const dropped = cited
      .filter((c) => typeof c.value === 'number' && !c.qualifier)
      .flatMap((c) =>
        c.sources
          .filter((s) => served[s] !== undefined)
          .filter((s) => {
            // A passage stored for the fact says which occurrence is meant; else any occurrence counts.
            const texts = c.quotes?.filter((q) => q.source === s).map((q) => q.text) ?? [served[s] as string];
            return texts.some((t) => {
              for (let from = 0; ; ) {
                const at = findFigure(t.slice(from), c.value as number);
                if (at < 0) return false;
                const before = t.slice(Math.max(0, from + at - 40), from + at);
                if (QUALIFIED.some((re) => re.test(before))) return true;
                from += at + 1;
              }
            });
          })
          .map((s) => `${c.where}: ${c.value} (${s})`),
      );
    expect(dropped).toEqual([]);
  });
});

describe('cite, do not republish', () => {
  it('serves only official documents from public/seeds', () => {
    const served = readdirSync('public/seeds').map((f) => `seeds/${f}`);
    for (const s of served) expect(registry[s]?.kind, s).toBe('official');
  });

  it('quotes at most a few sentences of any article', () => {
    const perSource = new Map<string, Set<string>>();
    for (const c of cited)
      for (const q of c.quotes ?? []) {
        expect(q.text.length, c.where).toBeLessThanOrEqual(400);
        perSource.set(q.source, (perSource.get(q.source) ?? new Set()).add(q.text));
      }
    for (const [s, texts] of perSource) {
      const n = [...texts].reduce((sum, t) => sum + t.length, 0);
      if (registry[s]?.kind !== 'official') expect(n, s).toBeLessThanOrEqual(2500);
    }
  });
});
