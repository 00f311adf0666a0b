import type { FieldSummary } from '../import/field-summary';
import type { ClassCount, ClassMethod } from '../import/layer-style';

/**
 * Colours for a layer styled by an attribute, and the legend they make. Pure: the map's paint
 * (`map/style-paint.ts`) and the layer's legend read the same answers.
 */

/**
 * Categories: Tableau 10 (Tableau's default palette since 2016, published with its colour values),
 * made to tell apart up to ten things; values past the tenth are "other".
 */
export const CATEGORY_COLOURS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
] as const;
/** The colour of a value past the palette, or of a feature without a value. */
export const OTHER_COLOUR = '#d9d9d9';

/** Classes: ColorBrewer's YlGnBu (Cynthia Brewer, Apache-2.0), light to dark, for 3, 5 and 7 classes. */
export const CLASS_COLOURS: Record<ClassCount, readonly string[]> = {
  3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  7: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
};

export interface CategoryRow {
  /** The value as text; null for "other" (past the palette), '' for the features without one. */
  value: string | null;
  colour: string;
  count: number;
  areaM2: number;
}

/**
 * A field's values, most features first, each in its colour; those past the palette as one "other"
 * row, and the features without a value as the last, grey as "other" is.
 */
export function categoryRows(f: FieldSummary): CategoryRow[] {
  const values = f.values ?? [];
  const rows: CategoryRow[] = values.slice(0, CATEGORY_COLOURS.length).map((v, i) => ({
    value: v.value,
    colour: CATEGORY_COLOURS[i] as string,
    count: v.count,
    areaM2: v.areaM2,
  }));
  const rest = values.slice(CATEGORY_COLOURS.length);
  if (rest.length > 0)
    rows.push({
      value: null,
      colour: OTHER_COLOUR,
      count: rest.reduce((s, v) => s + v.count, 0),
      areaM2: rest.reduce((s, v) => s + v.areaM2, 0),
    });
  if (f.missing.count > 0) rows.push({ value: '', colour: OTHER_COLOUR, ...f.missing });
  return rows;
}

/** Whether a field can be cut into classes: numeric, with more than one value. */
export const canClassify = (f: FieldSummary): boolean =>
  f.range !== null && f.range[0] < f.range[1] && (f.percentiles?.length ?? 0) === 101;

/**
 * The inner breaks of `count` classes (count − 1 numbers, rising; a value at a break falls in the
 * class above it, as MapLibre's `step` puts it): equal widths across the range, or the percentiles
 * that give classes of equal counts (breaks that coincide, where many features share a value, are
 * merged, so there may be fewer classes than asked).
 */
export function classBreaks(f: FieldSummary, method: ClassMethod, count: ClassCount): number[] {
  if (!f.range) return [];
  const [min, max] = f.range;
  const raw = Array.from({ length: count - 1 }, (_, i) => {
    const k = (i + 1) / count;
    if (method === 'equal') return min + k * (max - min);
    return f.percentiles?.[Math.round(k * 100)] ?? min;
  });
  return raw.filter((b, i) => b > min && b <= max && (i === 0 || b > (raw[i - 1] as number)));
}

export interface ClassRow {
  /** The class holds values from `from` (inclusive) to `to` (exclusive, inclusive for the last). */
  from: number;
  to: number;
  colour: string;
}

/** The classes the breaks make, each in its colour of the palette (spread when breaks merged). */
export function classRows(f: FieldSummary, method: ClassMethod, count: ClassCount): ClassRow[] {
  if (!f.range) return [];
  const breaks = classBreaks(f, method, count);
  const edges = [f.range[0], ...breaks, f.range[1]];
  const n = edges.length - 1;
  const palette = CLASS_COLOURS[count];
  return Array.from({ length: n }, (_, i) => ({
    from: edges[i] as number,
    to: edges[i + 1] as number,
    // With fewer classes than asked, the palette's ends are kept and the middle thinned.
    colour: palette[
      n === 1 ? palette.length - 1 : Math.round((i * (palette.length - 1)) / (n - 1))
    ] as string,
  }));
}
