import type { ExpressionSpecification } from 'maplibre-gl';
import { CATEGORY_COLOURS, classRows, OTHER_COLOUR } from '../analysis/classify';
import { LAND_USE_CODES, landUseColour, UNKNOWN_CODE_COLOUR } from '../analysis/land-use-codes';
import { FONT_BOLD } from '../data/fonts';
import type { FieldSummary } from '../import/field-summary';
import type { LayerStyle } from '../import/layer-style';
import type { UserPart } from './user-paint';

/**
 * The paint of an imported layer coloured by an attribute (land-use code, category, class). Its
 * own module, loaded with the first such layer: the land-use table is not in the first load.
 */

/**
 * A feature's land-use code as the map reads it, by the same rule as `landUseCodeOf`: the field's
 * value as text, upper case, its first three letters ("ONT+CLN" is drawn as ONT).
 */
export const codeOf = (field: string): ExpressionSpecification => [
  'slice',
  ['upcase', ['to-string', ['coalesce', ['get', field], '']]],
  0,
  3,
];

/** Whether a feature is an area (its line part is then its outline). */
const AREA = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]] as ExpressionSpecification;

/** What to-number gives text that is not a number: below any value a file holds. */
const NOT_A_NUMBER = -1e300;

/** A `match` of these [value, colour] pairs, `fallback` for any other. */
const match = (input: ExpressionSpecification, pairs: [string, string][], fallback: string) =>
  (pairs.length === 0
    ? fallback
    : ['match', input, ...pairs.flat(), fallback]) as unknown as ExpressionSpecification;

/** The fill colour of each feature as the style says, from the layer's field summaries. */
export function colourOf(
  style: LayerStyle,
  fields: readonly FieldSummary[],
  contrast: boolean,
): ExpressionSpecification | string {
  const summary = fields.find((f) => f.name === style.field);
  switch (style.by) {
    case 'land-use':
      return match(
        codeOf(style.field),
        LAND_USE_CODES.map((c) => [c.code, landUseColour(c, contrast)]),
        UNKNOWN_CODE_COLOUR,
      );
    case 'categories':
      // Values as the summary wrote them (valueText): numbers and booleans as text.
      return match(
        ['to-string', ['get', style.field]],
        (summary?.values ?? [])
          .slice(0, CATEGORY_COLOURS.length)
          .map((v, i) => [v.value, CATEGORY_COLOURS[i] as string]),
        OTHER_COLOUR,
      );
    case 'classes': {
      const rows = summary ? classRows(summary, style.method, style.count) : [];
      const first = rows[0];
      if (!first) return OTHER_COLOUR;
      const value = ['get', style.field] as ExpressionSpecification;
      // A feature without a number (missing, or text that is not one) is "no value", not the lowest class.
      const steps = rows.slice(1).flatMap((r) => [r.from, r.colour]);
      // to-number gives null 0 and text that is no number the fallback, far below any value.
      return [
        'case',
        ['==', value, null],
        OTHER_COLOUR,
        // Empty text is no value (to-number would make it 0), as the summary counts it.
        ['==', ['to-string', value], ''],
        OTHER_COLOUR,
        ['<', ['to-number', value, NOT_A_NUMBER], NOT_A_NUMBER / 2],
        OTHER_COLOUR,
        ['step', ['to-number', value, 0], first.colour, ...steps],
      ] as unknown as ExpressionSpecification;
    }
  }
}

/**
 * The paint of one part of a layer coloured by an attribute: areas filled in their colour (the
 * base map showing faintly through), outlined thinly in grey; points in their colour; lines in it.
 * `contrast`: the colour-vision-safe palette of the high-contrast style (land-use codes).
 */
export function stylePaint(
  part: UserPart,
  style: LayerStyle,
  fields: readonly FieldSummary[],
  opacity: number,
  contrast: boolean,
) {
  const colour = colourOf(style, fields, contrast);
  switch (part) {
    case 'fill':
      return { 'fill-color': colour, 'fill-opacity': 0.75 * opacity };
    case 'line':
      // An area's outline thin and grey; a line (a road, a pipe) in its own colour, as wide as usual.
      return {
        'line-color': ['case', AREA, contrast ? '#000000' : '#5f5f5f', colour] as ExpressionSpecification,
        'line-width': ['case', AREA, contrast ? 1.2 : 0.8, 2] as ExpressionSpecification,
        'line-opacity': opacity,
      };
    case 'circle':
      return {
        'circle-color': colour,
        'circle-radius': 5,
        'circle-opacity': opacity,
        'circle-stroke-color': '#333333',
        'circle-stroke-width': 1,
        'circle-stroke-opacity': opacity,
      };
  }
}

/**
 * The text written beside each feature: the field the user chose, or a land-use layer's codes (so
 * two codes of one colour are told apart and a colour-blind reader needs no colour). From zoom 13
 * (a commune's scale), at every zoom in high contrast; one label a polygon, at a point inside it.
 */
export function labelLayer(layerId: string, field: string, contrast: boolean) {
  return {
    id: `${layerId}--label`,
    type: 'symbol' as const,
    source: layerId,
    // In high contrast from a district's scale: at the province's, a big layer's labels would only collide.
    minzoom: contrast ? 11 : 13,
    layout: {
      'text-field': ['to-string', ['coalesce', ['get', field], '']] as ExpressionSpecification,
      'text-font': [FONT_BOLD],
      'text-size': 11,
      'text-max-width': 6,
      'text-variable-anchor': ['center', 'top', 'bottom'] as ('center' | 'top' | 'bottom')[],
      'text-radial-offset': 0.8,
    },
    paint: { 'text-color': '#1a1a1a', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
  };
}

/**
 * The field a layer's labels come from: the one chosen; none when the user chose none (`''`); by
 * default a land-use layer's codes.
 */
export const labelFieldOf = (style: LayerStyle | undefined, label: string | undefined): string | null =>
  label === '' ? null : (label ?? (style?.by === 'land-use' ? style.field : null));
