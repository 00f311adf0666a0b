import type {
  ExpressionSpecification,
  LayerSpecification,
  MapGeoJSONFeature,
  MapSourceDataEvent,
  Map as MlMap,
} from 'maplibre-gl';
import type { LayerData } from '../import/layer-data';
import { chunkOfSource, chunkParts, chunkSourceId, chunkStarts } from './user-chunks';

/** An imported layer as the map draws it: its features are GeoJSON bytes, given to MapLibre by URL. */
export interface UserLayerSpec {
  id: string;
  color: string;
  /** 0–1 */
  opacity: number;
  visible: boolean;
  data: Pick<LayerData, 'bytes' | 'offsets' | 'count'>;
}

/**
 * The click id of a feature of an imported layer: `<layer id>/<n>`, n its place in the layer's
 * features from 0 (layer ids have no `/`). MapLibre numbers each source's features so
 * (`generateId`), from the chunk's first: the bytes the map reads are the ones stored, with no key
 * written into every feature.
 */
export const userFeatureKey = (layerId: string, n: number) => `${layerId}/${n}`;

/** The click id of a feature the map hit, when it is one of an imported layer's. */
export function userKeyOfHit(f: Pick<MapGeoJSONFeature, 'source' | 'id'>): string | undefined {
  return f.source.startsWith('user-') && typeof f.id === 'number'
    ? userFeatureKey(f.source, f.id)
    : undefined;
}

/** The layer and feature a click id names, when it is one of an imported layer's. */
export function parseUserFeatureKey(key: string): { layerId: string; n: number } | null {
  const slash = key.indexOf('/');
  if (!key.startsWith('user-') || slash < 0) return null;
  const n = Number(key.slice(slash + 1));
  return Number.isInteger(n) && n >= 0 ? { layerId: key.slice(0, slash), n } : null;
}

const types = (...t: string[]): ExpressionSpecification => ['in', ['geometry-type'], ['literal', t]];
/** Layers drawn over everything, the user's points included. */
const OVERLAYS = new Set(['measure-fill', 'measure-line', 'measure-points', 'rank-markers']);

const PARTS = [
  { suffix: 'fill', type: 'fill', filter: types('Polygon', 'MultiPolygon') },
  { suffix: 'line', type: 'line', filter: ['!', types('Point', 'MultiPoint')] },
  { suffix: 'circle', type: 'circle', filter: types('Point', 'MultiPoint') },
] as const;

function paint(part: (typeof PARTS)[number]['type'], color: string, opacity: number) {
  switch (part) {
    case 'fill':
      return { 'fill-color': color, 'fill-opacity': 0.25 * opacity };
    case 'line':
      return { 'line-color': color, 'line-width': 2, 'line-opacity': opacity };
    case 'circle':
      return {
        'circle-color': color,
        'circle-radius': 5,
        'circle-opacity': opacity,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
        'circle-stroke-opacity': opacity,
      };
  }
}

/**
 * The user's imported layers on the map: added, restyled, reordered and removed in place as the
 * list changes, drawn above the plan's lines and areas and below every label. A layer's bytes go
 * to MapLibre as blob: URLs its worker fetches and parses itself (its guide's advice for large
 * GeoJSON: an object would be cloned to the worker on the page), cut into sources of ~1 MB
 * (user-chunks.ts) so that nothing MapLibre sends back holds the page long. `onDrawn` is told
 * once per layer added, at the first idle after all its sources have loaded.
 */
export class UserLayers {
  private applied = new Map<string, UserLayerSpec>();
  /** Per layer: its sources, each with its first feature number and blob: URL. */
  private sources = new Map<string, { id: string; start: number; url: string }[]>();
  /** Layers added whose drawing has not been reported: the sources still loading. */
  private waiting = new Map<string, Set<string>>();

  constructor(
    private readonly map: MlMap,
    private readonly onDrawn?: (layerId: string) => void,
  ) {
    if (!onDrawn) return;
    map.on('sourcedata', (e: MapSourceDataEvent) => {
      if (e.dataType !== 'source' || e.sourceDataType !== 'metadata') return;
      this.waiting.get(chunkOfSource(e.sourceId).layerId)?.delete(e.sourceId);
    });
    map.on('idle', () => {
      for (const [id, loading] of [...this.waiting]) {
        if (loading.size > 0) continue;
        this.waiting.delete(id);
        onDrawn(id);
      }
    });
  }

  /** Style layer ids of the imported layers, for clicks. */
  styleIds(): string[] {
    return [...this.sources.values()].flat().flatMap((src) => PARTS.map((p) => `${src.id}--${p.suffix}`));
  }

  /** The click id of a feature the map hit, when it is one of an imported layer's. */
  keyOf(f: Pick<MapGeoJSONFeature, 'source' | 'id'>): string | undefined {
    if (!f.source.startsWith('user-') || typeof f.id !== 'number') return undefined;
    const { layerId, k } = chunkOfSource(f.source);
    const start = this.sources.get(layerId)?.[k]?.start;
    return start === undefined ? undefined : userFeatureKey(layerId, start + f.id);
  }

  /** Makes the map show exactly these layers, bottom to top. */
  apply(specs: readonly UserLayerSpec[]): void {
    const wanted = new Set(specs.map((s) => s.id));
    for (const id of this.applied.keys()) if (!wanted.has(id)) this.remove(id);
    const firstSymbol = () => this.map.getStyle().layers.find((l) => l.type === 'symbol')?.id;
    // Points go over the labels, which would otherwise hide a survey point in a town centre; still
    // under what the user is doing on top (a measurement, the ranking's discs).
    const firstOverlay = () => this.map.getStyle().layers.find((l) => OVERLAYS.has(l.id))?.id;
    for (const spec of specs) {
      const before = this.applied.get(spec.id);
      if (before && before.data.bytes !== spec.data.bytes) this.remove(spec.id);
      if (!this.applied.has(spec.id)) this.add(spec);
      for (const src of this.sources.get(spec.id) ?? []) {
        for (const part of PARTS) {
          const layerId = `${src.id}--${part.suffix}`;
          for (const [k, v] of Object.entries(paint(part.type, spec.color, spec.opacity)))
            this.map.setPaintProperty(layerId, k as 'fill-color', v);
          this.map.setLayoutProperty(layerId, 'visibility', spec.visible ? 'visible' : 'none');
          this.map.moveLayer(layerId, part.type === 'circle' ? firstOverlay() : firstSymbol());
        }
      }
      this.applied.set(spec.id, spec);
    }
  }

  private add(spec: UserLayerSpec): void {
    const starts = chunkStarts(spec.data);
    const sources = starts.map((start, k) => {
      const end = starts[k + 1] ?? spec.data.count;
      const blob = new Blob(chunkParts(spec.data, start, end), { type: 'application/geo+json' });
      return { id: chunkSourceId(spec.id, k), start, url: URL.createObjectURL(blob) };
    });
    this.sources.set(spec.id, sources);
    if (this.onDrawn) this.waiting.set(spec.id, new Set(sources.map((s) => s.id)));
    for (const src of sources) {
      this.map.addSource(src.id, { type: 'geojson', data: src.url, generateId: true });
      for (const part of PARTS) {
        this.map.addLayer({
          id: `${src.id}--${part.suffix}`,
          type: part.type,
          source: src.id,
          filter: part.filter,
          paint: paint(part.type, spec.color, spec.opacity),
        } as LayerSpecification);
      }
    }
    this.applied.set(spec.id, spec);
  }

  private remove(id: string): void {
    for (const src of this.sources.get(id) ?? []) {
      for (const part of PARTS) {
        const layerId = `${src.id}--${part.suffix}`;
        if (this.map.getLayer(layerId)) this.map.removeLayer(layerId);
      }
      if (this.map.getSource(src.id)) this.map.removeSource(src.id);
      URL.revokeObjectURL(src.url);
    }
    this.sources.delete(id);
    this.waiting.delete(id);
    this.applied.delete(id);
  }
}
