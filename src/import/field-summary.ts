import type { Feature, Geometry } from 'geojson';
import { polygonsArea } from '../analysis/ellipsoid-area';

/** One value of a field, as text, with how many features have it and the area of its polygons. */
export interface FieldValue {
  value: string;
  count: number;
  /** m² of the polygons that have this value, on the ellipsoid; 0 for points and lines. */
  areaM2: number;
}

/**
 * What a layer's attribute holds, read once when the layer is written (in a worker): how many
 * features have it, and its values with their counts and areas when there are few enough to list
 * (a code, a category), or null when there are more (a name, an id). Styling by attribute, a
 * legend of land-use codes and the area-by-code table read this, never the features again.
 */
export interface FieldSummary {
  name: string;
  /** Features with a value (not null, not empty text). */
  count: number;
  /** Every distinct value, most features first; null past MAX_VALUES distinct ones. */
  values: FieldValue[] | null;
  /** The smallest and largest value when every value is a finite number (or numeric text). */
  range: [number, number] | null;
  /**
   * For a numeric field: its percentiles 0, 1 … 100 (101 values), for classes of equal counts;
   * exact up to RESERVOIR values, from an even sample of them past that.
   */
  percentiles?: number[];
  /** The features without a value (drawn grey, counted in legends): how many, and their polygons' m². */
  missing: { count: number; areaM2: number };
}

/** Past this many distinct values a field is not a category: its values are not listed. */
export const MAX_VALUES = 200;
/** Fields read per layer (the first ones met): a table of hundreds of columns is not styled by. */
export const MAX_FIELDS = 64;
/** The numbers of a field kept for its percentiles: past this many, an even random sample of them. */
export const RESERVOIR = 20_000;

/** A value as the summary and the map's styling read it: text, or null when there is none. */
export function valueText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
  if (typeof v === 'boolean') return String(v);
  return null;
}

const asNumber = (v: unknown): number | null => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return null;
};

/** Area in m² of a feature's polygons (0 for anything else). */
export function featureAreaM2(g: Geometry | null): number {
  if (!g) return 0;
  if (g.type === 'Polygon') return polygonsArea([g.coordinates]);
  if (g.type === 'MultiPolygon') return polygonsArea(g.coordinates);
  if (g.type === 'GeometryCollection') return g.geometries.reduce((s, p) => s + featureAreaM2(p), 0);
  return 0;
}

interface Tally {
  count: number;
  values: Map<string, FieldValue> | null;
  numeric: boolean;
  min: number;
  max: number;
  /** The field's numbers while it is numeric (a sample past RESERVOIR), for its percentiles. */
  numbers: Float64Array | null;
  /** Numbers met so far. */
  seen: number;
  /** m² of the polygons that have a value. */
  areaM2: number;
}

/** The percentiles 0 … 100 of sorted numbers (nearest rank). */
function percentilesOf(sorted: Float64Array): number[] {
  const last = sorted.length - 1;
  return Array.from({ length: 101 }, (_, p) => sorted[Math.round((p / 100) * last)] as number);
}

/** A small seeded generator (mulberry32): the same file gives the same sample, hence the same classes. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The summary of every field of these features (the first MAX_FIELDS met), in the order met. */
export class FieldTally {
  private fields = new Map<string, Tally>();
  private features = 0;
  private areaM2 = 0;
  private random = seeded(1);

  add(f: Feature<Geometry | null>): void {
    this.features++;
    const area = featureAreaM2(f.geometry);
    this.areaM2 += area;
    const props = f.properties;
    if (!props) return;
    for (const [name, raw] of Object.entries(props)) {
      const text = valueText(raw);
      if (text === null) continue;
      let t = this.fields.get(name);
      if (!t) {
        if (this.fields.size >= MAX_FIELDS) continue;
        t = {
          count: 0,
          values: new Map(),
          numeric: true,
          min: Infinity,
          max: -Infinity,
          numbers: new Float64Array(64),
          seen: 0,
          areaM2: 0,
        };
        this.fields.set(name, t);
      }
      t.count++;
      t.areaM2 += area;
      const n = t.numeric ? asNumber(raw) : null;
      if (n === null) {
        t.numeric = false;
        t.numbers = null;
      } else {
        if (n < t.min) t.min = n;
        if (n > t.max) t.max = n;
        this.keep(t, n);
      }
      if (!t.values) continue;
      const v = t.values.get(text);
      if (v) {
        v.count++;
        v.areaM2 += area;
      } else if (t.values.size < MAX_VALUES) t.values.set(text, { value: text, count: 1, areaM2: area });
      else t.values = null;
    }
  }

  /** Keeps a number for the percentiles: all of them up to RESERVOIR, then an even sample (Vitter's R). */
  private keep(t: Tally, n: number): void {
    const seen = t.seen++;
    if (!t.numbers) return;
    if (seen < RESERVOIR) {
      if (seen >= t.numbers.length) {
        const bigger = new Float64Array(Math.min(RESERVOIR, t.numbers.length * 2));
        bigger.set(t.numbers);
        t.numbers = bigger;
      }
      t.numbers[seen] = n;
      return;
    }
    const j = Math.floor(this.random() * (seen + 1));
    if (j < RESERVOIR) t.numbers[j] = n;
  }

  result(): FieldSummary[] {
    return [...this.fields].map(([name, t]) => ({
      name,
      count: t.count,
      values: t.values
        ? [...t.values.values()].sort((a, b) => b.count - a.count || b.areaM2 - a.areaM2)
        : null,
      range: t.numeric && t.count > 0 ? [t.min, t.max] : null,
      ...(t.numeric && t.numbers && t.count > 0
        ? { percentiles: percentilesOf(t.numbers.slice(0, Math.min(t.seen, RESERVOIR)).sort()) }
        : {}),
      missing: { count: this.features - t.count, areaM2: Math.max(0, this.areaM2 - t.areaM2) },
    }));
  }
}

/** The summary of every field of these features. */
export function summariseFields(features: readonly Feature<Geometry | null>[]): FieldSummary[] {
  const tally = new FieldTally();
  for (const f of features) tally.add(f);
  return tally.result();
}
