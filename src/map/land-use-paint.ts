import type { ExpressionSpecification } from 'maplibre-gl';
import { LAND_USE_CODES, landUseColour, UNKNOWN_CODE_COLOUR } from '../analysis/land-use-codes';
import { FONT_BOLD } from '../data/fonts';
import type { UserPart } from './user-paint';

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

/** The colour of each code the table knows, the unknown ones grey. */
function colourMatch(field: string, contrast: boolean): ExpressionSpecification {
  const pairs = LAND_USE_CODES.flatMap((c) => [c.code, landUseColour(c, contrast)]);
  return ['match', codeOf(field), ...pairs, UNKNOWN_CODE_COLOUR] as unknown as ExpressionSpecification;
}

/**
 * The paint of one part of a layer coloured by land-use code: areas filled in their code's colour
 * (as a land-use map is, the base map showing faintly through), outlined thinly in grey; points in
 * their code's colour. `contrast`: the colour-vision-safe palette of the high-contrast style.
 */
export function landUsePaint(part: UserPart, field: string, opacity: number, contrast: boolean) {
  switch (part) {
    case 'fill':
      return { 'fill-color': colourMatch(field, contrast), 'fill-opacity': 0.75 * opacity };
    case 'line':
      return {
        'line-color': contrast ? '#000000' : '#5f5f5f',
        'line-width': contrast ? 1.2 : 0.8,
        'line-opacity': opacity,
      };
    case 'circle':
      return {
        'circle-color': colourMatch(field, contrast),
        'circle-radius': 5,
        'circle-opacity': opacity,
        'circle-stroke-color': '#333333',
        'circle-stroke-width': 1,
        'circle-stroke-opacity': opacity,
      };
  }
}

/**
 * The codes written on the map, so two codes of one colour are told apart and a colour-blind
 * reader needs no colour at all: from zoom 13 (a commune's scale) in the usual style, at every
 * zoom in high contrast. Each polygon is labelled once, at a point inside it.
 */
export function landUseLabelLayer(layerId: string, source: string, field: string, contrast: boolean) {
  return {
    id: `${layerId}--code`,
    type: 'symbol' as const,
    source,
    minzoom: contrast ? 0 : 13,
    filter: ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]] as ExpressionSpecification,
    layout: {
      'text-field': ['to-string', ['coalesce', ['get', field], '']] as ExpressionSpecification,
      'text-font': [FONT_BOLD],
      'text-size': 11,
      'text-max-width': 6,
    },
    paint: { 'text-color': '#1a1a1a', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
  };
}
