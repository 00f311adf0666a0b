import type { ExpressionSpecification, FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LegendRow, StyleLayerDef } from '../src/data/catalog-types';
import { FONT_BOLD } from '../src/data/fonts';
import { LABEL_FIELD } from '../src/data/label-points';
import type { Text } from '../src/data/plan-schema';
import { PLAN_COLORS } from './colors';

export { PLAN_COLORS };

export const halo = { 'text-halo-color': 'rgba(255,255,255,0.92)', 'text-halo-width': 1.5 } as const;
const isProvisional: ExpressionSpecification = ['==', ['get', 'provisional'], true];
/**
 * Provisional, schematic or inferred geometry is drawn dashed or hollow, so it never reads as exact
 * (geodata/plan-honesty.test.ts checks every feature against these styles).
 */
const isLoose: ExpressionSpecification = [
  'any',
  isProvisional,
  ['==', ['get', 'accuracy'], 'schematic'],
  ['==', ['get', 'inferred'], true],
];
const notLoose: FilterSpecification = ['!', isLoose];

export function label(color: string, minzoom: number, size = 12, offset = 1.1): StyleLayerDef {
  return {
    type: 'symbol',
    minzoom,
    layout: {
      'text-field': LABEL_FIELD,
      'text-font': [FONT_BOLD],
      'text-size': size,
      'text-offset': [0, offset],
      'text-anchor': 'top',
      'text-max-width': 9,
      'text-optional': true,
    },
    paint: { 'text-color': color, ...halo },
  };
}

/** Pixels a point's ring widens by for each point drawn above it at the same position. */
export const STACK_RING_PX = 6;

/**
 * Sites: a filled circle, or a hollow one when the site is provisional or only schematic. Points that
 * share a position are drawn as rings around one another (`stacked_above`), so each shows and takes clicks.
 */
export function points(color: string, radius: number, labelZoom = 9): StyleLayerDef[] {
  return [
    {
      type: 'circle',
      paint: {
        'circle-radius': ['+', radius, ['*', STACK_RING_PX, ['coalesce', ['get', 'stacked_above'], 0]]],
        'circle-color': ['case', isLoose, '#ffffff', color],
        'circle-stroke-color': color,
        'circle-stroke-width': ['case', isLoose, 2.5, 1.5],
      },
    },
    label(color, labelZoom),
  ];
}

export function pointLegend(color: string, title: Text): LegendRow[] {
  return [
    { label: title, swatch: { kind: 'circle', color, outline: color } },
    {
      label: {
        vi: `${title.vi} — vị trí sơ đồ hoặc tạm thời`,
        en: `${title.en} — schematic or provisional position`,
      },
      swatch: { kind: 'circle', color: '#ffffff', outline: color },
    },
  ];
}

/** Lines: solid where derived from real roads, dashed where schematic, inferred or provisional. */
export function lines(color: string, width: number): StyleLayerDef[] {
  return [
    {
      type: 'line',
      filter: notLoose,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': color, 'line-width': width, 'line-opacity': 0.85 },
    },
    {
      type: 'line',
      filter: isLoose,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': color, 'line-width': width, 'line-opacity': 0.85, 'line-dasharray': [2, 1.2] },
    },
    {
      type: 'symbol',
      layout: {
        // One upright label at the middle of each line: long names on winding mountain roads would
        // otherwise bend round the curves and turn upside down.
        'symbol-placement': 'line-center',
        'text-rotation-alignment': 'viewport',
        'text-field': LABEL_FIELD,
        'text-font': [FONT_BOLD],
        'text-size': 12,
        'text-max-width': 12,
        'text-offset': [0, -1.2],
      },
      paint: { 'text-color': color, ...halo },
    },
  ];
}

export function lineLegend(color: string, width: number, title: Text): LegendRow[] {
  return [
    { label: title, swatch: { kind: 'line', color, width } },
    {
      label: {
        vi: `${title.vi} — sơ đồ, suy luận hoặc tạm thời`,
        en: `${title.en} — schematic, inferred or provisional`,
      },
      swatch: { kind: 'line', color, width, dash: true },
    },
  ];
}

/** Areas: a light fill and an outline, dashed where schematic or provisional. */
export function areas(color: string): StyleLayerDef[] {
  return [
    { type: 'fill', paint: { 'fill-color': color, 'fill-opacity': ['case', isLoose, 0.05, 0.09] } },
    { type: 'line', filter: notLoose, paint: { 'line-color': color, 'line-width': 2 } },
    {
      type: 'line',
      filter: isLoose,
      paint: { 'line-color': color, 'line-width': 2, 'line-dasharray': [3, 2] },
    },
  ];
}

export function areaLegend(color: string, title: Text): LegendRow[] {
  return [
    { label: title, swatch: { kind: 'fill', color: `${color}33`, outline: color } },
    {
      label: { vi: `${title.vi} — phạm vi sơ đồ/tạm thời`, en: `${title.en} — schematic/provisional extent` },
      swatch: { kind: 'fill', color: `${color}14`, outline: color, dash: true },
    },
  ];
}

export const planProvenance = (vi: string, en: string): Text => ({ vi, en });
