import type {
  FontFacesSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { BASE_COLORS } from '../../geodata/catalog';
import { ATTRIBUTIONS, type LayerDef } from '../data/catalog-types';
import type { BaseMap, Lang } from '../types/core';

export const OSM_SOURCE = 'osm';
export const OSM_LAYER = 'osm-raster';

/**
 * Whether the i-th style of a catalog layer is drawn, given whether the layer is ticked and which
 * base map is on: over OpenStreetMap's tiles the embedded base fills would hide them.
 */
export function styleVisible(def: LayerDef, i: number, visible: boolean, baseMap: BaseMap): boolean {
  const hiddenByBase = baseMap === 'osm' && def.group === 'base' && def.styles[i]?.type === 'fill';
  return visible && !hiddenByBase;
}

export const OSM_ATTRIBUTION =
  '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a> contributors';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Id of the MapLibre source holding a catalog layer's data, and of its label points. */
export const sourceId = (layerId: string) => layerId;
export const labelSourceId = (layerId: string) => `${layerId}--labels`;
/** Id of the i-th style layer of a catalog layer. */
export const styleLayerId = (layerId: string, i: number) => `${layerId}--${i}`;

/**
 * Catalog layers in the order their labels are drawn, bottom to top: by draw order, then moved up
 * by label priority (the top label layer is placed first and wins collisions).
 */
export function labelOrder<T extends Pick<LayerDef, 'labelPriority'>>(defs: readonly T[]): T[] {
  return defs
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.labelPriority ?? 0) - (b.d.labelPriority ?? 0) || a.i - b.i)
    .map(({ d }) => d);
}

/** The style layers of one catalog layer, with ids and sources, and whether each is a symbol layer. */
export function styleLayersOf(def: LayerDef, visible = def.visible): LayerSpecification[] {
  return def.styles.map((s, i) => {
    const onLabels = s.type === 'symbol' && def.labelPoints !== undefined;
    return {
      ...s,
      id: styleLayerId(def.id, i),
      source: onLabels ? labelSourceId(def.id) : sourceId(def.id),
      layout: { ...(s.layout ?? {}), visibility: visible ? 'visible' : 'none' },
    } as LayerSpecification;
  });
}

export interface StyleOptions {
  lang: Lang;
  fontFaces?: FontFacesSpecification;
  /** Initial data of each layer (a URL MapLibre fetches itself, or a collection); empty by default. */
  dataOf?: (def: LayerDef) => string | FeatureCollection;
  /** Initial label points of a layer with `labelPoints`; empty by default. */
  labelsOf?: (def: LayerDef) => FeatureCollection | undefined;
}

/**
 * The whole map style: a background, the online raster base map (hidden), then every catalog
 * layer's non-symbol layers in catalog order, then all symbol layers in catalog order, so labels
 * stay above lines and fills. No glyphs or sprite URL: labels are drawn from bundled fonts.
 */
export function buildStyle(catalog: LayerDef[], opts: StyleOptions): StyleSpecification {
  const sources: StyleSpecification['sources'] = {
    [OSM_SOURCE]: {
      type: 'raster',
      tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
      tileSize: 256,
      maxzoom: 19,
      attribution: OSM_ATTRIBUTION,
    },
  };
  for (const def of catalog) {
    const src: GeoJSONSourceSpecification = {
      type: 'geojson',
      data: (opts.dataOf?.(def) ?? EMPTY) as GeoJSONSourceSpecification['data'],
      attribution: ATTRIBUTIONS[def.attribution],
    };
    sources[sourceId(def.id)] = src;
    if (def.labelPoints) {
      const labels = (opts.labelsOf?.(def) ?? EMPTY) as GeoJSONSourceSpecification['data'];
      sources[labelSourceId(def.id)] = { type: 'geojson', data: labels };
    }
  }
  const all = catalog.flatMap((def) => styleLayersOf(def));
  const labels = labelOrder(catalog).flatMap((def) => styleLayersOf(def));
  const layers: LayerSpecification[] = [
    { id: 'background', type: 'background', paint: { 'background-color': BASE_COLORS.background } },
    { id: OSM_LAYER, type: 'raster', source: OSM_SOURCE, layout: { visibility: 'none' } },
    ...all.filter((l) => l.type !== 'symbol'),
    ...labels.filter((l) => l.type === 'symbol'),
  ];
  return {
    version: 8,
    name: 'Lạng Sơn provincial plan',
    state: { lang: { default: opts.lang } },
    ...(opts.fontFaces ? { 'font-faces': opts.fontFaces } : {}),
    sources,
    layers,
  };
}
