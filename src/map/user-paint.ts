import type { ExpressionSpecification } from 'maplibre-gl';

const types = (...t: string[]): ExpressionSpecification => ['in', ['geometry-type'], ['literal', t]];

/**
 * How the user's own vector data is drawn, whatever its kind (an imported layer, a vector archive's
 * source layer): one style layer per kind of geometry, each drawing only its kind.
 */
export const USER_PARTS = [
  { suffix: 'fill', type: 'fill', filter: types('Polygon', 'MultiPolygon') },
  { suffix: 'line', type: 'line', filter: ['!', types('Point', 'MultiPoint')] as ExpressionSpecification },
  { suffix: 'circle', type: 'circle', filter: types('Point', 'MultiPoint') },
] as const;

export type UserPart = (typeof USER_PARTS)[number]['type'];

/**
 * Line width and point size of a kind of user data: an imported layer is a few features the user
 * drew or surveyed; an archive is a background of many, drawn finer so it does not cover them.
 */
const WEIGHTS = {
  imported: { line: 2, radius: 5, stroke: 1.5 },
  archive: { line: 1.5, radius: 4, stroke: 1 },
} as const;

/** The paint of one part of the user's data in its colour and at its opacity (0–1). */
export function userPaint(part: UserPart, color: string, opacity: number, weight: keyof typeof WEIGHTS) {
  const w = WEIGHTS[weight];
  switch (part) {
    case 'fill':
      return { 'fill-color': color, 'fill-opacity': 0.25 * opacity };
    case 'line':
      return { 'line-color': color, 'line-width': w.line, 'line-opacity': opacity };
    case 'circle':
      return {
        'circle-color': color,
        'circle-radius': w.radius,
        'circle-opacity': opacity,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': w.stroke,
        'circle-stroke-opacity': opacity,
      };
  }
}
