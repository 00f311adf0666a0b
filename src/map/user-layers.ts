import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, GeoJSONSource, LayerSpecification, Map as MlMap } from 'maplibre-gl';

/** An imported layer as the map draws it. */
export interface UserLayerSpec {
  id: string;
  color: string;
  /** 0–1 */
  opacity: number;
  visible: boolean;
  fc: FeatureCollection;
}

/** The click id of a feature of an imported layer: `<layer id>/<feature id>` (layer ids have no `/`). */
export const userFeatureKey = (layerId: string, featureId: string) => `${layerId}/${featureId}`;

/** The layer and feature a click id names, when it is one of an imported layer's. */
export function parseUserFeatureKey(key: string): { layerId: string; featureId: string } | null {
  const slash = key.indexOf('/');
  if (!key.startsWith('user-') || slash < 0) return null;
  return { layerId: key.slice(0, slash), featureId: key.slice(slash + 1) };
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
 * list changes, drawn above the plan's lines and areas and below every label. Their data is set
 * only when a layer's collection changes.
 */
export class UserLayers {
  private applied = new Map<string, UserLayerSpec>();

  constructor(private readonly map: MlMap) {}

  /** Style layer ids of the imported layers, for clicks. */
  styleIds(): string[] {
    return [...this.applied.keys()].flatMap((id) => PARTS.map((p) => `${id}--${p.suffix}`));
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
      if (!before) this.add(spec);
      else if (before.fc !== spec.fc) this.map.getSource<GeoJSONSource>(spec.id)?.setData(withKeys(spec));
      for (const part of PARTS) {
        const layerId = `${spec.id}--${part.suffix}`;
        for (const [k, v] of Object.entries(paint(part.type, spec.color, spec.opacity)))
          this.map.setPaintProperty(layerId, k as 'fill-color', v);
        this.map.setLayoutProperty(layerId, 'visibility', spec.visible ? 'visible' : 'none');
        this.map.moveLayer(layerId, part.type === 'circle' ? firstOverlay() : firstSymbol());
      }
      this.applied.set(spec.id, spec);
    }
  }

  private add(spec: UserLayerSpec): void {
    this.map.addSource(spec.id, { type: 'geojson', data: withKeys(spec) });
    for (const part of PARTS) {
      this.map.addLayer({
        id: `${spec.id}--${part.suffix}`,
        type: part.type,
        source: spec.id,
        filter: part.filter,
        paint: paint(part.type, spec.color, spec.opacity),
      } as LayerSpecification);
    }
  }

  private remove(id: string): void {
    for (const part of PARTS) {
      const layerId = `${id}--${part.suffix}`;
      if (this.map.getLayer(layerId)) this.map.removeLayer(layerId);
    }
    if (this.map.getSource(id)) this.map.removeSource(id);
    this.applied.delete(id);
  }
}

/** The features with their click ids; the user's own properties are kept as they are otherwise. */
function withKeys(spec: UserLayerSpec): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: spec.fc.features.map((f) => ({
      ...f,
      properties: { ...f.properties, id: userFeatureKey(spec.id, String(f.id)) },
    })),
  };
}
