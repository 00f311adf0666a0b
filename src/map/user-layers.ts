import type {
  GeoJSONSource,
  LayerSpecification,
  MapGeoJSONFeature,
  MapSourceDataEvent,
  Map as MlMap,
} from 'maplibre-gl';
import type { LayerData } from '../import/layer-data';
import type { LayerStyle } from '../import/layer-style';
import { USER_PARTS as PARTS, type UserPart, userPaint } from './user-paint';

/** An imported layer as the map draws it: its features are GeoJSON bytes, given to MapLibre by URL. */
export interface UserLayerSpec {
  id: string;
  color: string;
  /** 0–1 */
  opacity: number;
  visible: boolean;
  data: Pick<LayerData, 'bytes' | 'fields'>;
  /** Coloured by an attribute; absent: in `color`. */
  style?: LayerStyle;
  /** The field written beside each feature. */
  label?: string;
  /** The high-contrast map style: land-use codes in their colour-vision-safe colours, labelled. */
  contrast?: boolean;
}

/** The paint by attribute (the land-use table is not in the first load): loaded with the first such layer. */
type StylePaint = typeof import('./style-paint');

/** How long after the paint by attribute failed to load it is tried again (on the next change). */
const RETRY_MS = 30_000;

/** Whether a layer needs the paint by attribute: it is coloured or labelled by one. */
const byAttribute = (spec: UserLayerSpec) => spec.style !== undefined || spec.label !== undefined;

/**
 * The click id of a feature of an imported layer: `<layer id>/<n>`, n its place in the layer's
 * features from 0 (layer ids have no `/`). MapLibre numbers them so (`generateId`): the bytes the
 * map reads are the ones stored, with no key written into every feature.
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

/** Layers drawn over everything, the user's points included. */
const OVERLAYS = new Set(['measure-fill', 'measure-line', 'measure-points', 'rank-markers']);

/**
 * The user's imported layers on the map: added, restyled, reordered and removed in place as the
 * list changes, drawn above the plan's lines and areas and below every label. Their data is set
 * only when a layer's bytes change, as a blob: URL MapLibre's worker fetches and parses itself
 * (its guide's advice for large GeoJSON: an object would be cloned to the worker on the page).
 * `onDrawn` is told once per layer added, at the first idle after its data has loaded.
 */
export class UserLayers {
  private applied = new Map<string, UserLayerSpec>();
  private urls = new Map<string, string>();
  /** Layers added whose drawing has not been reported: whether their data has loaded. */
  private waiting = new Map<string, boolean>();
  private landUse: StylePaint | null = null;
  private landUseLoading = false;
  private landUseFailed = false;
  private failedAt = 0;
  /** What each layer's labels were drawn from (field and style), to redraw them when it changes. */
  private labels = new Map<string, string | null>();
  /** The map was removed: nothing more is drawn on it. */
  private gone = false;
  /** The layers last asked for, drawn again once the land-use paint has loaded. */
  private wanted: readonly UserLayerSpec[] = [];

  constructor(
    private readonly map: MlMap,
    private readonly onDrawn?: (layerId: string) => void,
  ) {
    map.once('remove', () => {
      this.gone = true;
    });
    if (!onDrawn) return;
    map.on('sourcedata', (e: MapSourceDataEvent) => {
      if (this.waiting.has(e.sourceId) && e.dataType === 'source' && e.sourceDataType === 'metadata')
        this.waiting.set(e.sourceId, true);
    });
    map.on('idle', () => {
      for (const [id, loaded] of [...this.waiting]) {
        if (!loaded) continue;
        this.waiting.delete(id);
        onDrawn(id);
      }
    });
  }

  /** Style layer ids of the imported layers, for clicks. */
  styleIds(): string[] {
    return [...this.applied.keys()].flatMap((id) => PARTS.map((p) => `${id}--${p.suffix}`));
  }

  /**
   * Makes the map show exactly these layers, bottom to top. A layer coloured by land-use code
   * waits for the land-use paint to load (a moment, once), rather than flash in one colour.
   */
  apply(all: readonly UserLayerSpec[]): void {
    this.wanted = all;
    if (!this.landUse && all.some(byAttribute) && Date.now() - this.failedAt > RETRY_MS) this.loadLandUse();
    // While the paint loads (or if it could not), a layer already on the map stays as it is drawn
    // (it is not removed and read again); a new one waits — unless the paint failed: one colour then.
    const specs =
      this.landUse || this.landUseFailed ? all : all.filter((s) => !byAttribute(s) || this.applied.has(s.id));
    const wanted = new Set(specs.map((s) => s.id));
    for (const id of this.applied.keys()) if (!wanted.has(id)) this.remove(id);
    const firstSymbol = () => this.map.getStyle().layers.find((l) => l.type === 'symbol')?.id;
    // Points go over the labels, which would otherwise hide a survey point in a town centre; still
    // under what the user is doing on top (a measurement, the ranking's discs).
    const firstOverlay = () => this.map.getStyle().layers.find((l) => OVERLAYS.has(l.id))?.id;
    for (const spec of specs) {
      const before = this.applied.get(spec.id);
      if (!before) this.add(spec);
      else if (before.data.bytes !== spec.data.bytes)
        this.map.getSource<GeoJSONSource>(spec.id)?.setData(this.urlOf(spec));
      for (const part of PARTS) {
        const layerId = `${spec.id}--${part.suffix}`;
        for (const [k, v] of Object.entries(this.paintOf(part.type, spec)))
          this.map.setPaintProperty(layerId, k as 'fill-color', v);
        this.map.setLayoutProperty(layerId, 'visibility', spec.visible ? 'visible' : 'none');
        this.map.moveLayer(layerId, part.type === 'circle' ? firstOverlay() : firstSymbol());
      }
      this.applyLabels(spec, firstOverlay());
      this.applied.set(spec.id, spec);
    }
  }

  private loadLandUse(): void {
    if (this.landUseLoading) return;
    this.landUseLoading = true;
    import('./style-paint').then(
      (m) => {
        this.landUse = m;
        this.landUseFailed = false;
        if (!this.gone) this.apply(this.wanted);
      },
      () => {
        // Not loaded (offline after an update, say): drawn in one colour; tried again on a change
        // at least RETRY_MS later.
        this.landUseLoading = false;
        this.landUseFailed = true;
        this.failedAt = Date.now();
        if (!this.gone) this.apply(this.wanted);
      },
    );
  }

  /** The paint of one part of an imported layer, as its style says. */
  private paintOf(part: UserPart, spec: UserLayerSpec) {
    return spec.style && this.landUse
      ? this.landUse.stylePaint(
          part,
          spec.style,
          spec.data.fields ?? [],
          spec.opacity,
          spec.contrast === true,
        )
      : userPaint(part, spec.color, spec.opacity, 'imported');
  }

  /**
   * The text written beside a layer's features (a chosen field, or a land-use layer's codes), over
   * the plan's labels (they name the user's own features) and under the user's measurement;
   * added, changed and removed with the layer.
   */
  private applyLabels(spec: UserLayerSpec, under: string | undefined): void {
    const id = `${spec.id}--label`;
    const field = this.landUse?.labelFieldOf(spec.style, spec.label) ?? null;
    const key = field === null ? null : `${field}\u0000${spec.contrast === true}`;
    if (this.labels.get(spec.id) !== key && this.map.getLayer(id)) this.map.removeLayer(id);
    this.labels.set(spec.id, key);
    if (field === null || !this.landUse) return;
    if (!this.map.getLayer(id))
      this.map.addLayer(
        this.landUse.labelLayer(spec.id, field, spec.contrast === true) as LayerSpecification,
        under,
      );
    else this.map.moveLayer(id, under);
    this.map.setLayoutProperty(id, 'visibility', spec.visible ? 'visible' : 'none');
  }

  /** A new blob: URL for the layer's bytes (the one before it is revoked). */
  private urlOf(spec: UserLayerSpec): string {
    this.revoke(spec.id);
    const url = URL.createObjectURL(
      new Blob([spec.data.bytes as Uint8Array<ArrayBuffer>], { type: 'application/geo+json' }),
    );
    this.urls.set(spec.id, url);
    return url;
  }

  private revoke(id: string): void {
    const url = this.urls.get(id);
    if (url) URL.revokeObjectURL(url);
    this.urls.delete(id);
  }

  private add(spec: UserLayerSpec): void {
    if (this.onDrawn) this.waiting.set(spec.id, false);
    this.map.addSource(spec.id, { type: 'geojson', data: this.urlOf(spec), generateId: true });
    for (const part of PARTS) {
      this.map.addLayer({
        id: `${spec.id}--${part.suffix}`,
        type: part.type,
        source: spec.id,
        filter: part.filter,
        paint: this.paintOf(part.type, spec),
      } as LayerSpecification);
    }
  }

  private remove(id: string): void {
    if (this.map.getLayer(`${id}--label`)) this.map.removeLayer(`${id}--label`);
    this.labels.delete(id);
    for (const part of PARTS) {
      const layerId = `${id}--${part.suffix}`;
      if (this.map.getLayer(layerId)) this.map.removeLayer(layerId);
    }
    if (this.map.getSource(id)) this.map.removeSource(id);
    this.revoke(id);
    this.waiting.delete(id);
    this.applied.delete(id);
  }
}
