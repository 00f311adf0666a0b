import type { FeatureCollection } from 'geojson';
import {
  AttributionControl,
  type FilterSpecification,
  type GeoJSONSource,
  type MapLayerMouseEvent,
  type MapSourceDataEvent,
  Map as MlMap,
  NavigationControl,
  Popup,
  ScaleControl,
} from 'maplibre-gl';
import './worker-url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MAX_BOUNDS, PROVINCE_BOUNDS } from '../data/boxes';
import type { LayerDef } from '../data/catalog-types';
import { labelPoints } from '../data/label-points';
import { mapLocale } from '../i18n/translate';
import type { BaseMap, Bounds, Camera, Lang, LngLat } from '../types/core';
import {
  labelOrder,
  labelSourceId,
  OSM_LAYER,
  OSM_SOURCE,
  sourceId,
  styleLayerId,
  styleVisible,
} from './build-style';
import { styleWithData, withIdProps } from './data-style';
import { MeasureLayer, type MeasureMode } from './measure-layer';
import { composeFilter } from './plan-filter';
import { type RankMarker, RankMarkers } from './rank-markers';
import { captureMap, type Shot } from './snapshot';
import { type UserLayerSpec, UserLayers } from './user-layers';

/** Which sites the map shows (null: all) and how the ranked ones are marked (null: no ranking). */
export interface SiteStyle {
  shown: ReadonlySet<string> | null;
  ranks: readonly RankMarker[] | null;
}

export interface MapControllerOptions {
  catalog: LayerDef[];
  lang: Lang;
  /** Data already at hand when the map is created: it goes straight into the style. */
  initialData?: ReadonlyMap<string, FeatureCollection>;
  /** Called when the online base map could not load and the embedded one is back. */
  onBaseMapFailed?: () => void;
  /**
   * Called with the ids of the features under a click, topmost first (one id per feature): plan
   * feature ids, and `<layer>/<feature>` keys for imported layers (see userFeatureKey).
   */
  onFeatureClick?: (hit: { featureIds: string[]; lngLat: LngLat }) => void;
  /** Called with each point clicked while measuring, and when a double-click ends the measure. */
  onMeasureClick?: (lngLat: LngLat) => void;
  onMeasureEnd?: () => void;
  /** Called when the user closes the popup. */
  onPopupClose?: () => void;
  /** Where the camera starts; the province is framed when absent. */
  initialCamera?: Camera | null;
  /** Called when the camera stops moving. */
  onCameraChange?: (camera: Camera) => void;
}

/** The paint properties that carry a style layer's opacity. */
const OPACITY_PROPS: Record<string, string[]> = {
  fill: ['fill-opacity'],
  line: ['line-opacity'],
  circle: ['circle-opacity', 'circle-stroke-opacity'],
  symbol: ['text-opacity', 'icon-opacity'],
};

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
      style: styleWithData(opts.catalog, opts.lang, opts.initialData ?? new Map()),
      ...(opts.initialCamera
        ? {
            center: [opts.initialCamera.lng, opts.initialCamera.lat] as LngLat,
            zoom: opts.initialCamera.zoom,
            bearing: opts.initialCamera.bearing,
            pitch: opts.initialCamera.pitch,
          }
        : { bounds: PROVINCE_BOUNDS, fitBoundsOptions: { padding: 24 } }),
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
    const planLayers = opts.catalog
      .filter((d) => d.plan)
      .flatMap((d) => d.styles.map((s, i) => ({ id: styleLayerId(d.id, i), type: s.type })))
      .filter((l) => l.type !== 'symbol')
      .map((l) => l.id);
    this.users = new UserLayers(this.map);
    this.measure = new MeasureLayer(this.map);
    this.ranks = new RankMarkers(this.map);
    const interactive = () => [...planLayers, ...this.users.styleIds()];
    this.map.on('click', (e) => {
      // While measuring, a click is a point of the measure, not a question about the plan.
      if (this.measuring) this.opts.onMeasureClick?.([e.lngLat.lng, e.lngLat.lat]);
      else this.onClick(e, interactive());
    });
    this.map.on('dblclick', (e) => {
      if (!this.measuring) return;
      e.preventDefault();
      this.opts.onMeasureEnd?.();
    });
    this.map.on('moveend', () => opts.onCameraChange?.(this.camera()));
    this.map.on('resize', () => this.foldCreditsIfCramped());
    this.map.on('mousemove', (e) => {
      if (!this.isLoaded) return;
      if (this.measuring) return;
      const hits = this.hitAt(e, interactive());
      this.map.getCanvas().style.cursor = hits && hits.length > 0 ? 'pointer' : '';
    });
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
        this.foldCreditsIfCramped();
        resolve();
      }),
    );
  }

  private cramped = false;

  /**
   * On a phone, or when the site table leaves the map short, the credits would cover a fifth of
   * the map: fold them behind their button when the map becomes small (the user can open them).
   */
  private foldCreditsIfCramped(): void {
    const c = this.map.getContainer();
    const cramped = c.clientWidth < 640 || c.clientHeight < 520;
    if (cramped && !this.cramped)
      c.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
    this.cramped = cramped;
  }

  private readonly users: UserLayers;
  private readonly measure: MeasureLayer;
  private readonly ranks: RankMarkers;
  private measuring = false;

  /** Draws a measure in progress; `null` ends measuring (clicks query features again). */
  setMeasure(mode: MeasureMode | null, points: readonly LngLat[]): void {
    this.measuring = mode !== null;
    this.map.getCanvas().style.cursor = mode ? 'crosshair' : '';
    if (mode) this.map.doubleClickZoom.disable();
    else this.map.doubleClickZoom.enable();
    this.whenLoaded(() => this.measure.draw(mode, points));
  }

  /** The map's centre, where keyboard users add measure points. */
  center(): LngLat {
    const c = this.map.getCenter();
    return [c.lng, c.lat];
  }

  /** A copy of what the map shows now (see captureMap), optionally drawn sharper for print. */
  snapshot(pixelRatio?: number): Promise<Shot> {
    return captureMap(this.map, pixelRatio);
  }

  /** The area the map shows now, [west, south, east, north]. */
  viewBounds(): Bounds {
    const b = this.map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  }

  /** Frames an area (an imported layer), leaving room around it. */
  fitBounds(bounds: Bounds): void {
    const [w, s, e, n] = bounds;
    this.map.fitBounds([w, s, e, n], { padding: this.framePadding(60), maxZoom: 15, duration: 600 });
  }

  /** Room around a framed area, and above the credits, which would hide what lies under them. */
  private framePadding(room: number) {
    const credits = this.map.getContainer().querySelector<HTMLElement>('.maplibregl-ctrl-attrib');
    return { top: room, right: room, bottom: room + (credits?.offsetHeight ?? 0), left: room };
  }

  /** Shows the user's imported layers, bottom to top (see UserLayers). */
  setUserLayers(specs: readonly UserLayerSpec[]): void {
    this.whenLoaded(() => this.users.apply(specs));
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

  camera(): Camera {
    const c = this.map.getCenter();
    return {
      zoom: this.map.getZoom(),
      lat: c.lat,
      lng: c.lng,
      bearing: this.map.getBearing(),
      pitch: this.map.getPitch(),
    };
  }

  /** Moves the camera at once (a link was opened); null frames the province. */
  jumpTo(camera: Camera | null): void {
    if (!camera) {
      this.map.fitBounds(PROVINCE_BOUNDS, { padding: this.framePadding(24), duration: 0 });
      return;
    }
    this.map.jumpTo({
      center: [camera.lng, camera.lat],
      zoom: camera.zoom,
      bearing: camera.bearing,
      pitch: camera.pitch,
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

  private hitAt(e: MapLayerMouseEvent | { point: { x: number; y: number } }, layers: string[]) {
    const layersPresent = layers.filter((id) => this.map.getLayer(id));
    if (layersPresent.length === 0) return undefined;
    const { x, y } = e.point;
    // A few pixels of slack so thin lines and small points are easy to hit.
    const box: [[number, number], [number, number]] = [
      [x - 5, y - 5],
      [x + 5, y + 5],
    ];
    return this.map.queryRenderedFeatures(box, { layers: layersPresent });
  }

  private onClick(e: MapLayerMouseEvent, layers: string[]): void {
    if (!this.isLoaded) return;
    // Lines and areas come back once per tile: keep each feature once.
    const ids = [...new Set((this.hitAt(e, layers) ?? []).map((f) => f.properties?.id))].filter(
      (id): id is string => typeof id === 'string',
    );
    if (ids.length > 0) this.opts.onFeatureClick?.({ featureIds: ids, lngLat: [e.lngLat.lng, e.lngLat.lat] });
  }

  private popup: Popup | undefined;

  /** Shows `content` (a DOM node the caller fills, e.g. through a React portal) in a popup at `lngLat`. */
  openPopup(lngLat: LngLat, content: HTMLElement, label: string): void {
    this.closePopup();
    // On a phone a 340 px popup leaves MapLibre too little room beside the point, and it then
    // anchors the popup to one side, off the screen: keep it within 80% of the map's width, and
    // let it pass over the zoom buttons rather than off the edge.
    const mapWidth = this.map.getContainer().clientWidth;
    const narrow = mapWidth < 600;
    const popup = new Popup({
      maxWidth: `${Math.min(340, Math.floor(mapWidth * 0.8))}px`,
      focusAfterOpen: false,
      className: 'plan-popup',
      // Keep clear of the credits and the zoom buttons.
      padding: { top: 10, right: narrow ? 10 : 50, bottom: 60, left: 10 },
    })
      .setLngLat(lngLat)
      .setDOMContent(content)
      .addTo(this.map);
    requestAnimationFrame(() => this.panPopupIntoView(popup));
    popup.getElement()?.setAttribute('aria-label', label);
    popup.on('close', () => {
      if (this.popup === popup) {
        this.popup = undefined;
        this.opts.onPopupClose?.();
      }
    });
    this.popup = popup;
  }

  /** Moves the map sideways if a popup (near the edge, say) runs off it, as far as needed. */
  private panPopupIntoView(popup: Popup): void {
    const el = popup.getElement();
    if (this.popup !== popup || !el) return;
    const box = el.getBoundingClientRect();
    const map = this.map.getContainer().getBoundingClientRect();
    const margin = 8;
    if (box.width > map.width - 2 * margin) return;
    const dx =
      box.left < map.left + margin
        ? box.left - (map.left + margin)
        : box.right > map.right - margin
          ? box.right - (map.right - margin)
          : 0;
    if (dx !== 0) this.map.panBy([dx, 0], { duration: 300 });
  }

  closePopup(): void {
    const p = this.popup;
    this.popup = undefined;
    p?.remove();
  }

  /** Moves the camera to show a feature: points at street level, lines and areas framed whole. */
  showFeature(anchor: LngLat, bounds: Bounds): void {
    const [w, s, e, n] = bounds;
    if (e - w < 1e-6 && n - s < 1e-6) {
      // The point lands below the middle, leaving room above it for the popup.
      this.map.easeTo({
        center: anchor,
        zoom: Math.max(this.map.getZoom(), 11),
        duration: 600,
        offset: [0, 120],
      });
    } else {
      this.map.fitBounds(bounds, { padding: this.framePadding(60), maxZoom: 12, duration: 600 });
    }
  }

  /** Sets a layer's opacity (0–1), scaling the opacities its style declares. */
  setLayerOpacity(layerId: string, opacity: number): void {
    this.whenLoaded(() => {
      const def = this.defs.get(layerId);
      if (!def) return;
      def.styles.forEach((style, i) => {
        const paint = (style.paint ?? {}) as Record<string, unknown>;
        for (const prop of OPACITY_PROPS[style.type] ?? []) {
          const own = typeof paint[prop] === 'number' ? (paint[prop] as number) : 1;
          this.map.setPaintProperty(styleLayerId(layerId, i), prop as 'fill-opacity', own * opacity);
        }
      });
    });
  }

  /** Draws the layers in this order, bottom to top; labels stay above every line and fill. */
  setOrder(layerIds: readonly string[]): void {
    this.whenLoaded(() => {
      const defs = layerIds.map((id) => this.defs.get(id)).filter((d): d is LayerDef => d !== undefined);
      const ids = (list: LayerDef[], symbols: boolean) =>
        list.flatMap((d) =>
          d.styles.flatMap((s, i) => ((s.type === 'symbol') === symbols ? [styleLayerId(d.id, i)] : [])),
        );
      const firstSymbol = this.map.getStyle().layers.find((l) => l.type === 'symbol')?.id;
      for (const id of ids(defs, false)) this.map.moveLayer(id, firstSymbol);
      for (const id of ids(labelOrder(defs), true)) this.map.moveLayer(id);
    });
  }

  /**
   * Shows only some features of the site layers (filters), on top of the layers' own filters, and
   * marks the ranked sites with numbered discs; `null`s restore what the catalog declares.
   */
  setSiteStyle(layerIds: readonly string[], style: SiteStyle): void {
    this.siteLayers = new Set(layerIds);
    this.siteShown = style.shown;
    this.whenLoaded(() => {
      this.applyPlanFilters();
      this.ranks.draw(style.ranks);
    });
  }

  /** Shows the plan as it stands at a phase (what exists, by 2030, or the 2050 vision). */
  setPhase(phases: readonly string[] | null): void {
    this.phases = phases;
    this.whenLoaded(() => this.applyPlanFilters());
  }

  private siteLayers: ReadonlySet<string> = new Set();
  private siteShown: ReadonlySet<string> | null = null;
  private phases: readonly string[] | null = null;

  /** Every plan style layer's filter: its own, the investor filter on sites, and the phase. */
  private applyPlanFilters(): void {
    for (const def of this.defs.values()) {
      if (!def.plan) continue;
      const ids = this.siteLayers.has(def.id) ? this.siteShown : null;
      def.styles.forEach((s, i) => {
        const own = (s as { filter?: FilterSpecification }).filter;
        this.map.setFilter(styleLayerId(def.id, i), composeFilter(own, ids, this.phases));
      });
    }
  }

  setLayerVisible(layerId: string, visible: boolean): void {
    this.whenLoaded(() => this.applyVisibility(layerId, visible));
  }

  private applyVisibility(layerId: string, visible: boolean): void {
    const def = this.defs.get(layerId);
    if (!def) return;
    def.styles.forEach((_, i) => {
      const shown = styleVisible(def, i, visible, this.baseMap);
      this.map.setLayoutProperty(styleLayerId(layerId, i), 'visibility', shown ? 'visible' : 'none');
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
    this.closePopup();
    this.map.remove();
  }

  private geojsonSource(id: string) {
    return this.map.getSource<GeoJSONSource>(id);
  }
}
