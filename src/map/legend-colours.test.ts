import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../geodata/catalog';
import { CONTRAST_PLAN_COLORS, CONTRAST_TEXT, contrastCatalog } from '../../geodata/contrast';
import { contrastRatio, difference, luminance, VISIONS, type Vision } from '../analysis/colour-vision';
import type { LayerDef, StyleLayerDef, Swatch } from '../data/catalog-types';
import { legendOf } from '../data/legend';

/**
 * The smallest CIEDE2000 difference between the colours of two legend entries that can be on the
 * map together. ΔE00 ≈ 1–2.3 is a just-noticeable difference between two large patches side by
 * side (Sharma 2003, Digital Color Imaging Handbook); map symbols are small (10–20 px), apart, and
 * read against a legend, and small marks need several times that difference to be told apart
 * (Szafir 2017, "Modeling Color Difference for Visualization Design", IEEE TVCG 24(1)). 9 is about
 * four JNDs: the most a palette of 12 point colours can reach under all four visions and still be
 * dark enough (≥ 3:1 on white) is about 12 — a search over the sRGB cube found no better.
 */
const MIN_DELTA_E = 9;

interface Entry {
  layer: string;
  label: string;
  kind: Swatch['kind'];
  /** The colour that tells the entry apart: the darker of fill and outline (a hollow disc's ring, an area's edge). */
  color: string;
}

const BASE_FILLS = new Set(['neighbours', 'province']);

/**
 * The entries compared: every legend row of every layer, since any set of layers can be ticked on
 * together. Not compared: two rows of one layer (they share a colour by design and differ by
 * filled/hollow or solid/dashed), rows of different kinds (a disc, a line and an area differ by
 * shape), and the base map's land fills (background tints, told apart by the border and names).
 */
function entries(catalog: readonly LayerDef[]): Entry[] {
  return catalog
    .filter((d) => !BASE_FILLS.has(d.id))
    .flatMap((d) =>
      legendOf(d).map((row) => {
        const colors = [row.swatch.color, row.swatch.outline]
          .filter((c): c is string => c !== undefined)
          .map((c) => c.slice(0, 7))
          .sort((a, b) => luminance(a) - luminance(b));
        return { layer: d.id, label: row.label.en, kind: row.swatch.kind, color: colors[0] as string };
      }),
    );
}

interface Pair {
  a: Entry;
  b: Entry;
  dE: number;
}

function pairs(catalog: readonly LayerDef[], vision: Vision): Pair[] {
  const list = entries(catalog);
  const out: Pair[] = [];
  list.forEach((a, i) => {
    for (const b of list.slice(i + 1))
      if (a.layer !== b.layer && a.kind === b.kind)
        out.push({ a, b, dE: difference(a.color, b.color, vision) });
  });
  return out;
}

const describePair = (p: Pair) =>
  `${p.a.layer} ${p.a.color} ~ ${p.b.layer} ${p.b.color}: ΔE00 ${p.dE.toFixed(1)}`;
const closePairs = (catalog: readonly LayerDef[], vision: Vision) =>
  [
    ...new Set(
      pairs(catalog, vision)
        .filter((p) => p.dE < MIN_DELTA_E)
        .map(describePair),
    ),
  ].sort();
const smallest = (catalog: readonly LayerDef[], vision: Vision) =>
  Math.min(...pairs(catalog, vision).map((p) => p.dE));

const CONTRAST = contrastCatalog(CATALOG);

describe('the high-contrast palette', () => {
  it.each(VISIONS)('keeps every two legend entries of one kind apart with %s', (vision) => {
    expect(closePairs(CONTRAST, vision)).toEqual([]);
    expect(smallest(CONTRAST, vision)).toBeGreaterThanOrEqual(MIN_DELTA_E);
  });

  it('compares what it should: 12 kinds of disc, 5 of line, 2 of area', () => {
    const kinds = (k: Swatch['kind']) =>
      new Set(
        entries(CONTRAST)
          .filter((e) => e.kind === k)
          .map((e) => e.layer),
      );
    expect(kinds('circle').size).toBe(12);
    // The border gates have no line since their legend stopped showing a freight road they do not draw.
    expect(kinds('line').size).toBe(5);
    expect(kinds('fill').size).toBe(2);
  });

  it('draws the plan at least 3:1 against the white province, and every label dark on white', () => {
    for (const c of Object.values(CONTRAST_PLAN_COLORS))
      expect(contrastRatio(c, '#ffffff')).toBeGreaterThanOrEqual(3);
    const paints = CONTRAST.flatMap((d) => d.styles.map((s) => (s.paint ?? {}) as Record<string, unknown>));
    const texts = paints.filter((p) => 'text-color' in p);
    expect(texts.length).toBeGreaterThan(5);
    for (const p of texts) {
      expect(p['text-color']).toBe(CONTRAST_TEXT);
      expect(p['text-halo-color']).toBe('#ffffff');
    }
    expect(contrastRatio(CONTRAST_TEXT, '#ffffff')).toBeGreaterThan(15);
  });

  it('uses no colour of the usual palette, and keeps every layer, filter and style layer', () => {
    const colorsIn = (v: unknown): string[] =>
      typeof v === 'string' && v.startsWith('#') ? [v] : Array.isArray(v) ? v.flatMap(colorsIn) : [];
    const shape = (s: StyleLayerDef) => [s.type, JSON.stringify((s as { filter?: unknown }).filter)];
    CONTRAST.forEach((def, i) => {
      const usual = CATALOG[i] as LayerDef;
      expect(def.id).toBe(usual.id);
      expect(def.styles.map(shape)).toEqual(usual.styles.map(shape));
      expect(legendOf(def).map((r) => [r.label, r.swatch.kind, r.swatch.dash])).toEqual(
        legendOf(usual).map((r) => [r.label, r.swatch.kind, r.swatch.dash]),
      );
    });
    const used = new Set(
      CONTRAST.flatMap((d) => d.styles.flatMap((s) => colorsIn(Object.values(s.paint ?? {})))),
    );
    const usualOnly = new Set(
      CATALOG.flatMap((d) => d.styles.flatMap((s) => colorsIn(Object.values(s.paint ?? {})))).filter(
        (c) => c !== '#ffffff' && !used.has(c),
      ),
    );
    for (const c of used) expect(usualOnly.has(c)).toBe(false);
  });

  it('keeps provisional and schematic features hollow or dashed', () => {
    const rows = CONTRAST.flatMap((d) => legendOf(d));
    const loose = rows.filter((r) => /schematic|provisional/.test(r.label.en));
    expect(loose.length).toBeGreaterThan(10);
    for (const r of loose)
      expect(r.swatch.dash === true || r.swatch.color === '#ffffff' || r.swatch.kind === 'circle').toBe(true);
  });
});

describe('the usual palette', () => {
  it('keeps every two legend entries of one kind apart with normal vision', () => {
    expect(closePairs(CATALOG, 'normal')).toEqual([]);
  });
});
