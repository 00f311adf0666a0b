// Imports here name their .ts files: this module is loaded with vite.config.ts, whose loader wants them.
import type { AttributionId } from '../src/data/catalog-types';
import { BASE_COLORS, PLAN_COLORS } from './colors.ts';

/**
 * How the static picture of the province draws a layer: `area` fills and outlines polygons, `line`
 * strokes lines, `point` draws a circle per point. Plan features that are provisional, schematic or
 * inferred are drawn hollow or dashed, as on the map (see plan-styles.ts).
 */
export interface PictureLayer {
  /** The catalog layer this draws (geodata/catalog.ts); a test checks file, colour and credit against it. */
  id: string;
  file: string;
  draw: 'area' | 'line' | 'point';
  color: string;
  /** Areas: the fill colour. */
  fill?: string;
  /** Areas: another fill where a property has a value (China beside the provinces, as on the map). */
  fillBy?: { property: string; colors: Record<string, string> };
  /** Stroke width or circle radius, in picture pixels. */
  size: number;
  dash?: string;
  /** Plan layer: loose features (provisional, schematic, inferred) are drawn hollow or dashed. */
  plan?: boolean;
  attribution: AttributionId;
}

/**
 * The layers of the static picture of the province, bottom to top: what the site sheet shows in
 * place of a live map extract when the browser cannot draw the map (no WebGL). Kept to the outline,
 * the border, the plan's lines and its investment sites, so it reads at a glance on paper.
 */
export const PICTURE_LAYERS: readonly PictureLayer[] = [
  {
    id: 'neighbours',
    file: 'base/neighbour-provinces-2025.geojson',
    draw: 'area',
    color: BASE_COLORS.neighbourLine,
    fill: BASE_COLORS.neighbour,
    fillBy: { property: 'country', colors: { CN: BASE_COLORS.china } },
    size: 0.8,
    attribution: 'odm-ne',
  },
  {
    id: 'province',
    file: 'base/lang-son-province.geojson',
    draw: 'area',
    color: BASE_COLORS.provinceLine,
    fill: BASE_COLORS.province,
    size: 2,
    attribution: 'odm',
  },
  {
    id: 'border',
    file: 'base/china-border.geojson',
    draw: 'line',
    color: BASE_COLORS.border,
    size: 1.6,
    dash: '6 2 1.5 2',
    attribution: 'odm',
  },
  {
    id: 'corridors',
    file: 'plan/corridors.geojson',
    draw: 'line',
    color: PLAN_COLORS.corridor,
    size: 3,
    plan: true,
    attribution: 'plan-communes-geonames',
  },
  {
    id: 'axis',
    file: 'plan/axis.geojson',
    draw: 'line',
    color: PLAN_COLORS.axis,
    size: 4,
    plan: true,
    attribution: 'plan-communes-geonames',
  },
  {
    id: 'transport',
    file: 'plan/transport.geojson',
    draw: 'line',
    color: PLAN_COLORS.expressway,
    size: 2.5,
    plan: true,
    attribution: 'plan-geonames-osm',
  },
  {
    id: 'wind',
    file: 'plan/wind.geojson',
    draw: 'point',
    color: PLAN_COLORS.wind,
    size: 4,
    plan: true,
    attribution: 'plan-communes',
  },
  {
    id: 'tourism',
    file: 'plan/tourism.geojson',
    draw: 'point',
    color: PLAN_COLORS.tourism,
    size: 4,
    plan: true,
    attribution: 'plan-communes-geonames',
  },
  {
    id: 'industrial-clusters',
    file: 'plan/industrial-clusters.geojson',
    draw: 'point',
    color: PLAN_COLORS.ccn,
    size: 4,
    plan: true,
    attribution: 'plan-communes',
  },
  {
    id: 'industrial-parks',
    file: 'plan/industrial-parks.geojson',
    draw: 'point',
    color: PLAN_COLORS.kcn,
    size: 5.5,
    plan: true,
    attribution: 'plan-communes',
  },
  {
    id: 'logistics',
    file: 'plan/logistics.geojson',
    draw: 'point',
    color: PLAN_COLORS.logistics,
    size: 4.5,
    plan: true,
    attribution: 'plan-communes-geonames',
  },
  {
    id: 'border-gates',
    file: 'plan/border-gates.geojson',
    draw: 'point',
    color: PLAN_COLORS.gate,
    size: 4.5,
    plan: true,
    attribution: 'plan-communes-geonames',
  },
];
