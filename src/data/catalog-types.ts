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

/** Credits shown on the map, kept to names and licences so they read the same in both languages. */
export const ATTRIBUTIONS = {
  odm: '© ODM / Cục ĐĐBĐ&TTĐLVN (CC BY-SA 4.0)',
  'odm-ne': '© ODM / Cục ĐĐBĐ&TTĐLVN (CC BY-SA 4.0) · Natural Earth',
  dvhcvn: 'dvhcvn ← gis.chinhphu.vn',
  communes: 'Open Admin Data (CC BY 4.0)',
  roads: 'LegoCity/CTU-SematX (CC BY-SA 4.0)',
  osm: '© OpenStreetMap (ODbL)',
  geonames: 'GeoNames (CC BY 4.0)',
  plan: 'QĐ 236/QĐ-TTg · KH 267/KH-UBND',
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
