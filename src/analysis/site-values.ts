import type { Fact } from '../data/plan-schema';

/** A figure as a range (a single number has min = max), in the unit the function names. */
export interface Figure {
  min: number;
  max: number;
  /** The fact it comes from: its sources, label (third-party…) and note go wherever it is shown. */
  fact: Fact;
}

export type Currency = 'vnd' | 'usd';

/** How many of the target unit one of the data's units is (bn VND or m USD, ha). */
const CAPITAL_UNITS: Record<Currency, Record<string, number>> = {
  vnd: { 'bn VND': 1, 'trillion VND': 1000, 'million VND': 0.001 },
  usd: { 'm USD': 1, 'bn USD': 1000 },
};
const AREA_UNITS: Record<string, Record<string, number>> = {
  area_ha: { ha: 1 },
  area_km2: { 'km²': 100 },
};

function figures(facts: readonly Fact[], scale: (f: Fact) => number | undefined): Figure[] {
  const out: Figure[] = [];
  for (const fact of facts) {
    // A figure that covers several projects together is not this project's own.
    if (fact.shared) continue;
    const k = scale(fact);
    if (k === undefined) continue;
    const v = fact.value;
    if (typeof v === 'number') out.push({ min: v * k, max: v * k, fact });
    else if (typeof v === 'object' && 'min' in v) out.push({ min: v.min * k, max: v.max * k, fact });
  }
  return out;
}

/** A site's area figures in hectares (km² converted), in the order the data gives them. */
export function areaFigures(facts: readonly Fact[]): Figure[] {
  return figures(facts, (f) => AREA_UNITS[f.key]?.[f.unit ?? '']);
}

/**
 * A site's investment figures in one currency: billion VND, or million USD. Figures are never
 * converted between currencies (that would need an exchange rate no source gives).
 */
export function capitalFigures(facts: readonly Fact[], currency: Currency): Figure[] {
  return figures(facts, (f) => (f.key === 'capital' ? CAPITAL_UNITS[currency][f.unit ?? ''] : undefined));
}

/** The value used to sort and rank by: the first figure the data gives (a range counts by its middle). */
export function leadValue(figs: readonly Figure[]): number | null {
  const f = figs[0];
  return f ? (f.min + f.max) / 2 : null;
}

/** True when some figure overlaps [min, max] (either end may be open). */
export function anyInRange(figs: readonly Figure[], min?: number, max?: number): boolean {
  return figs.some((f) => (min === undefined || f.max >= min) && (max === undefined || f.min <= max));
}
