import type {
  CircleLayerSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Text } from './plan-schema';

type Strip<T> = Omit<T, 'id' | 'source' | 'source-layer'>;

/** One MapLibre style layer of a catalog layer, without id and source (the map adds them). */
export type StyleLayerDef =
  | Strip<FillLayerSpecification>
  | Strip<LineLayerSpecification>
  | Strip<CircleLayerSpecification>
  | Strip<SymbolLayerSpecification>;

/** Layer groups in the order the panel lists them: the plan first, the base map last. */
export const GROUPS = ['structure', 'industry', 'border', 'transport', 'energy', 'tourism', 'base'] as const;
export type GroupId = (typeof GROUPS)[number];

/**
 * The credit of each dataset whose data the map can show, kept to names and licences so they read
 * the same in both languages. The ids are those the data files name in `metadata.datasets`
 * (base files) and `metadata.derived_from` (plan files).
 */
export const CREDITS = {
  odm: '© ODM / Cục ĐĐBĐ&TTĐLVN (CC BY-SA 4.0)',
  ne: 'Natural Earth',
  communes: 'Open Admin Data (CC BY 4.0)',
  osm: '© OpenStreetMap (ODbL)',
  geonames: 'GeoNames (CC BY 4.0)',
  plan: 'QĐ 236/QĐ-TTg · KH 267/KH-UBND',
} as const;
export type DatasetId = Exclude<keyof typeof CREDITS, 'plan'>;

const credit = (...ids: (keyof typeof CREDITS)[]): string => ids.map((id) => CREDITS[id]).join(' · ');

/**
 * Credits a layer shows on the map: the datasets its data is made from. A plan layer names the plan
 * documents and the base datasets its geometry is built from (its files' `metadata.derived_from`).
 */
export const ATTRIBUTIONS = {
  odm: credit('odm'),
  'odm-ne': credit('odm', 'ne'),
  communes: credit('communes'),
  osm: credit('osm'),
  'geonames-communes': credit('geonames', 'communes'),
  plan: credit('plan'),
  'plan-communes': credit('plan', 'communes'),
  'plan-communes-geonames': credit('plan', 'communes', 'geonames'),
  'plan-communes-odm': credit('plan', 'communes', 'odm'),
  'plan-geonames-osm': credit('plan', 'geonames', 'osm'),
} as const;
export type AttributionId = keyof typeof ATTRIBUTIONS;

/** A layer of the map, declared once in geodata/catalog.ts. */
export interface LayerDef {
  /** Stable, URL-safe id ([a-z0-9-]); links name layers by it. */
  id: string;
  group: GroupId;
  title: Text;
  /** Data file, relative to geodata/. */
  file: string;
  /** Style layers, bottom to top. Symbol layers are drawn above every non-symbol layer of the map. */
  styles: StyleLayerDef[];
  /** Legend rows; when absent, the legend is read from the first style layer. */
  legend?: LegendRow[];
  visible: boolean;
  attribution: AttributionId;
  /** Where the data comes from, in one line per language. */
  provenance: Text;
  /**
   * Polygons get a label point from `label_lon`/`label_lat` (clipped shapes would repeat labels per
   * tile); the symbol layers of such a layer draw these points, labelled by this `{prop}` template.
   */
  labelPoints?: Text;
  /**
   * Labels of layers with a higher priority are placed first (MapLibre drops a label that would
   * collide with one already placed); equal priorities follow the draw order. Default 0.
   */
  labelPriority?: number;
  /** Plan layers: features open a popup and carry PlanProps. */
  plan?: boolean;
}

export type SwatchKind = 'fill' | 'line' | 'circle' | 'symbol';

export interface Swatch {
  kind: SwatchKind;
  color: string;
  outline?: string;
  dash?: boolean;
  width?: number;
}

export interface LegendRow {
  label: Text;
  swatch: Swatch;
}
