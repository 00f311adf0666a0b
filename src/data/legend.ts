import type { LayerDef, LegendRow, StyleLayerDef, Swatch } from './catalog-types';

function asColor(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** The swatch that a style layer draws, read from its own paint properties. */
export function swatchOf(style: StyleLayerDef): Swatch | undefined {
  const paint = (style.paint ?? {}) as Record<string, unknown>;
  switch (style.type) {
    case 'fill': {
      const color = asColor(paint['fill-color']);
      return color ? { kind: 'fill', color, outline: asColor(paint['fill-outline-color']) } : undefined;
    }
    case 'line': {
      const color = asColor(paint['line-color']);
      const width = typeof paint['line-width'] === 'number' ? paint['line-width'] : undefined;
      return color ? { kind: 'line', color, dash: paint['line-dasharray'] !== undefined, width } : undefined;
    }
    case 'circle': {
      const color = asColor(paint['circle-color']);
      return color ? { kind: 'circle', color, outline: asColor(paint['circle-stroke-color']) } : undefined;
    }
    case 'symbol': {
      const color = asColor(paint['text-color']);
      return color ? { kind: 'symbol', color } : undefined;
    }
  }
}

/**
 * The legend rows of a layer: its declared rows, or one row titled like the layer and drawn from
 * its first style layer that has a plain colour, so legend and map cannot disagree.
 */
export function legendOf(def: LayerDef): LegendRow[] {
  if (def.legend) return def.legend;
  for (const style of def.styles) {
    const swatch = swatchOf(style);
    if (swatch) return [{ label: def.title, swatch }];
  }
  return [];
}
