import type { FeatureCollection } from 'geojson';
import {
  AttributionControl,
  type MapSourceDataEvent,
  Map as MlMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MAX_BOUNDS, PROVINCE_BOUNDS } from '../../geodata/catalog';
import type { LayerDef } from '../data/catalog-types';
import { labelPoints } from '../data/label-points';
import { type Lang, mapLocale } from '../i18n/translate';
import { buildStyle, labelSourceId, OSM_LAYER, OSM_SOURCE, sourceId, styleLayerId } from './build-style';
import { fontFaces } from './fonts';

// MapLibre 6 builds its worker URL from import.meta.url, which Vite does not see; point it at the file.
setWorkerUrl(workerUrl);

export type BaseMap = 'embedded' | 'osm';

export interface MapControllerOptions {
  catalog: LayerDef[];
  lang: Lang;
  /** Data already at hand when the map is created: it goes straight into the style. */
  initialData?: ReadonlyMap<string, FeatureCollection>;
  /** Called when the online base map could not load and the embedded one is back. */
  onBaseMapFailed?: () => void;
}

/** MapLibre drops string feature ids; keep the id in the properties so clicks can hand it back. */
function withIdProps(fc: FeatureCollection): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({ ...f, properties: { ...f.properties, id: f.id } })),
  };
}

/** How long the online base map may take to show its first tile before we give up on it. */
const OSM_TIMEOUT_MS = 12_000;

/**
 * The one place that talks to MapLibre: creates the map once, and changes data, visibility,
 * language and base map in place, never rebuilding the style.
 */
export class MapController {
  readonly map: MlMap;
  private readonly defs: Map<string, LayerDef>;
  private readonly loaded: Promise<void>;
  private baseMap: BaseMap = 'embedded';
  private osmWatch: (() => void) | undefined;

  constructor(
    container: HTMLElement,
    private readonly opts: MapControllerOptions,
  ) {
    performance.mark('ls:map-create');
    this.defs = new Map(opts.catalog.map((d) => [d.id, d]));
    this.map = new MlMap({
      container,
      style: buildStyle(opts.catalog, {
        lang: opts.lang,
        fontFaces: fontFaces(),
        dataOf: (def) => {
          const fc = opts.initialData?.get(def.id);
          return fc ? withIdProps(fc) : { type: 'FeatureCollection', features: [] };
        },
        labelsOf: (def) => {
          const fc = opts.initialData?.get(def.id);
          return fc && def.labelPoints ? labelPoints(fc, def.labelPoints) : undefined;
        },
      }),
      bounds: PROVINCE_BOUNDS,
      fitBoundsOptions: { padding: 24 },
      maxBounds: MAX_BOUNDS,
      minZoom: 6.5,
      maxZoom: 17,
      attributionControl: false,
      locale: mapLocale(opts.lang),
      dragRotate: false,
      pitchWithRotate: false,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
    this.map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
    // Sources and layers can be changed as soon as the style is parsed ('style.load'), well before
    // the map's 'load' (which also waits for fonts and tiles): giving the data this early lets the
    // worker tile the real data in its first pass.
    this.loaded = new Promise((resolve) =>
      this.map.once('style.load', () => {
        this.isLoaded = true;
        resolve();
      }),
    );
    this.mapLoaded = new Promise((resolve) =>
      this.map.once('load', () => {
        performance.mark('ls:map-load');
        resolve();
      }),
    );
  }

  private readonly mapLoaded: Promise<void>;
  private isLoaded = false;

  /** Runs `fn` now if the style has loaded, else right after it loads (style calls throw before). */
  private whenLoaded(fn: () => void): void {
    if (this.isLoaded) fn();
    else void this.loaded.then(fn);
  }

  /** Resolves at the next moment the map has drawn everything it has (after the map loaded). */
  async whenIdle(): Promise<void> {
    await this.mapLoaded;
    await new Promise<void>((resolve) => {
      this.map.once('idle', () => resolve());
      this.map.triggerRepaint();
    });
  }

  /** Gives a layer its data (a new object; never mutated afterwards). */
  async setData(layerId: string, fc: FeatureCollection): Promise<void> {
    const def = this.defs.get(layerId);
    if (!def) return;
    await this.loaded;
    this.geojsonSource(sourceId(layerId))?.setData(withIdProps(fc));
    if (def.labelPoints)
      this.geojsonSource(labelSourceId(layerId))?.setData(labelPoints(fc, def.labelPoints));
  }

  setLayerVisible(layerId: string, visible: boolean): void {
    this.whenLoaded(() => this.applyVisibility(layerId, visible));
  }

  private applyVisibility(layerId: string, visible: boolean): void {
    const def = this.defs.get(layerId);
    if (!def) return;
    def.styles.forEach((s, i) => {
      const hiddenByBase = this.baseMap === 'osm' && def.group === 'base' && s.type === 'fill';
      this.map.setLayoutProperty(
        styleLayerId(layerId, i),
        'visibility',
        visible && !hiddenByBase ? 'visible' : 'none',
      );
    });
  }

  setLang(lang: Lang): void {
    this.whenLoaded(() => this.map.setGlobalStateProperty('lang', lang));
    const locale = mapLocale(lang);
    this.map.getCanvas().setAttribute('aria-label', locale['Map.Title'] ?? '');
    const zoomIn = this.map.getContainer().querySelector('.maplibregl-ctrl-zoom-in');
    const zoomOut = this.map.getContainer().querySelector('.maplibregl-ctrl-zoom-out');
    for (const [el, text] of [
      [zoomIn, locale['NavigationControl.ZoomIn']],
      [zoomOut, locale['NavigationControl.ZoomOut']],
    ] as const) {
      el?.setAttribute('title', text ?? '');
      el?.setAttribute('aria-label', text ?? '');
    }
  }

  /** Switches the base map. The online one falls back to the embedded one when it cannot load. */
  setBaseMap(baseMap: BaseMap, visibleLayers: ReadonlySet<string>): void {
    this.whenLoaded(() => this.applyBaseMap(baseMap, visibleLayers));
  }

  private applyBaseMap(baseMap: BaseMap, visibleLayers: ReadonlySet<string>): void {
    this.osmWatch?.();
    this.osmWatch = undefined;
    this.baseMap = baseMap;
    this.map.setLayoutProperty(OSM_LAYER, 'visibility', baseMap === 'osm' ? 'visible' : 'none');
    for (const id of this.defs.keys()) this.applyVisibility(id, visibleLayers.has(id));
    if (baseMap === 'osm') this.osmWatch = this.watchOsm(visibleLayers);
  }

  private watchOsm(visibleLayers: ReadonlySet<string>): () => void {
    let settled = false;
    const fail = () => {
      if (settled) return;
      stop();
      this.applyBaseMap('embedded', visibleLayers);
      this.opts.onBaseMapFailed?.();
    };
    const onError = (e: unknown) => {
      if ((e as { sourceId?: string }).sourceId === OSM_SOURCE) fail();
    };
    const onData = (e: MapSourceDataEvent) => {
      if (e.sourceId === OSM_SOURCE && e.tile !== undefined) stop();
    };
    const timer = setTimeout(fail, OSM_TIMEOUT_MS);
    const stop = () => {
      settled = true;
      clearTimeout(timer);
      this.map.off('error', onError);
      this.map.off('sourcedata', onData);
    };
    this.map.on('error', onError);
    this.map.on('sourcedata', onData);
    return stop;
  }

  destroy(): void {
    this.osmWatch?.();
    this.map.remove();
  }

  private geojsonSource(id: string) {
    return this.map.getSource<import('maplibre-gl').GeoJSONSource>(id);
  }
}
