import type { LayerDef, LegendRow, StyleLayerDef } from '../src/data/catalog-types';
import { BASE_COLORS, PLAN_COLORS } from './colors';

/**
 * The high-contrast map: the same layers, drawn with stronger lines and outlines, on a plain light
 * base, with dark labels on white halos, and a plan palette chosen so that any two legend entries
 * of one kind stay apart under protanopia, deuteranopia and tritanopia (tested in
 * src/map/legend-colours.test.ts). Provisional and schematic features stay hollow or dashed: only
 * colours, widths and halos change, never a filter or the number of style layers, so a map switches
 * style in place (src/map/layer-look.ts, themeOps).
 *
 * Loaded only when the high-contrast style is asked for.
 */

/**
 * Plan colours, found by a search over the sRGB cube for the largest smallest CIEDE2000 difference
 * under the four visions, pulled towards the usual palette's hues (so the two styles read alike),
 * each at least 3:1 against white (WCAG 1.4.11, the symbols on the light base).
 */
export const CONTRAST_PLAN_COLORS: Record<keyof typeof PLAN_COLORS, string> = {
  axis: '#aa2233',
  corridor: '#ee6600',
  zone: '#330077',
  economicZone: '#bb2277',
  kcn: '#7733aa',
  ccn: '#cc6622',
  wind: '#229977',
  geopark: '#449922',
  geosite: '#227744',
  gate: '#cc0011',
  logistics: '#0088ff',
  tourism: '#ff22aa',
  expressway: '#552288',
  railway: '#1a1a1a',
  urban: '#662200',
  keyProject: '#005555',
};

/** A plain light base: white province, grey neighbours, near-black lines and labels. */
export const CONTRAST_BASE_COLORS: Record<keyof typeof BASE_COLORS, string> = {
  background: BASE_COLORS.background,
  china: '#dedede',
  neighbour: '#f0f0f0',
  neighbourLine: '#767676',
  province: '#ffffff',
  provinceLine: '#1a1a1a',
  border: '#880000',
  rail: '#1a1a1a',
  town: '#1a1a1a',
  commune: '#556677',
};

/** Every label: near-black on a wide white halo. */
export const CONTRAST_TEXT = '#111111';
const HALO = '#ffffff';

/** Colours the usual style uses outside the two palettes, and what they become. */
const OTHER_COLORS: Record<string, string> = {
  '#7d7262': CONTRAST_TEXT, // neighbour names
  '#857a6c': CONTRAST_TEXT, // towns abroad
  '#f2c9c4': '#ffffff', // the border's glow: a white casing under the dark red line
  '#efeaf5': '#ebe6f2', // the zones' legend disc
  '#ffffff': '#ffffff',
};

const COLOR_MAP: ReadonlyMap<string, string> = new Map([
  ...Object.entries(OTHER_COLORS),
  ...(Object.keys(PLAN_COLORS) as (keyof typeof PLAN_COLORS)[]).map(
    (k) => [PLAN_COLORS[k], CONTRAST_PLAN_COLORS[k]] as const,
  ),
  ...(Object.keys(BASE_COLORS) as (keyof typeof BASE_COLORS)[]).map(
    (k) => [BASE_COLORS[k], CONTRAST_BASE_COLORS[k]] as const,
  ),
]);

/** A colour of the usual style in the high-contrast one; `#rrggbbaa` keeps its alpha. */
export function contrastColor(color: string): string {
  const hex = color.toLowerCase();
  const mapped = COLOR_MAP.get(hex.slice(0, 7));
  return mapped === undefined ? color : mapped + hex.slice(7);
}

/** Lines and outlines are this much wider. */
const WIDER = 1.5;

/** Every colour in a paint value (a plain value or an expression) mapped; numbers scaled by `scale`. */
function mapValue(v: unknown, scale = 1): unknown {
  if (typeof v === 'string') return v.startsWith('#') ? contrastColor(v) : v;
  if (typeof v === 'number') return Math.round(v * scale * 100) / 100;
  if (Array.isArray(v)) return v.map((x) => mapValue(x, scale));
  return v;
}

function contrastPaint(paint: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [prop, value] of Object.entries(paint)) {
    if (prop === 'text-color') out[prop] = CONTRAST_TEXT;
    else if (prop === 'text-halo-color') out[prop] = HALO;
    else if (prop === 'text-halo-width') out[prop] = 2.2;
    else if (prop === 'line-width' || prop === 'circle-stroke-width') out[prop] = mapValue(value, WIDER);
    // Lines, rings and the province's fill are drawn solid: no see-through strokes.
    else if (prop === 'line-opacity' || prop === 'circle-stroke-opacity') out[prop] = 1;
    else if (prop === 'fill-opacity' && typeof value === 'number' && value > 0.5) out[prop] = 1;
    else out[prop] = mapValue(value);
  }
  return out;
}

function contrastStyle(style: StyleLayerDef): StyleLayerDef {
  return { ...style, paint: contrastPaint((style.paint ?? {}) as Record<string, unknown>) } as StyleLayerDef;
}

function contrastRow(row: LegendRow): LegendRow {
  const { swatch } = row;
  return {
    ...row,
    swatch: {
      ...swatch,
      color: contrastColor(swatch.color),
      ...(swatch.outline ? { outline: contrastColor(swatch.outline) } : {}),
      ...(swatch.width ? { width: swatch.width * WIDER } : {}),
    },
  };
}

/** The catalog drawn high contrast: the same layers, ids, filters and legend rows, other colours and widths. */
export function contrastCatalog(catalog: readonly LayerDef[]): LayerDef[] {
  return catalog.map((def) => ({
    ...def,
    styles: def.styles.map(contrastStyle),
    ...(def.legend ? { legend: def.legend.map(contrastRow) } : {}),
  }));
}
