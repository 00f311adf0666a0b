import type { FeatureCollection } from 'geojson';
import { type MapLayerMouseEvent, Map as MlMap } from 'maplibre-gl';
import './worker-url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MAX_BOUNDS, PROVINCE_BOUNDS } from '../data/boxes';
import type { LayerDef } from '../data/catalog-types';
import { mapLocale } from '../i18n/translate';
import type { ArchivePick } from '../state/archive-actions';
import type { UserDraw } from '../state/map-draws';
import type { BaseMap, Bounds, Camera, Lang, LngLat, MeasureMode } from '../types/core';
import { styleLayerId } from './build-style';
import { styleWithData } from './data-style';
import type { Insets } from './keep-in-view';
import { DataSync, giveData } from './layer-data';
import type { Look } from './layer-look';
import { cameraOf, fitArea, jumpTo, showFeature } from './map-camera';
import { addControls } from './map-controls';
import { MapLook } from './map-look';
import type { MeasureLayer } from './measure-layer';
import { watchOsm } from './osm-watch';
import { PopupSlot } from './popup-slot';
import type { RankMarker, RankMarkers } from './rank-markers';
import type { Shot } from './snapshot';
import { whenStyleReady } from './style-ready';
import { UserDrawLayers } from './user-draws';
import { UserLayers, userKeyOfHit } from './user-layers';

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
  /** Called when the online base map could not load; the app then switches back (setBaseMap). */
  onBaseMapFailed?: () => void;
  /**
   * Called with the ids of the features under a click, topmost first (one id per feature): plan
   * feature ids, and `<layer>/<feature>` keys for imported layers (see userFeatureKey).
   */
  onFeatureClick?: (hit: { featureIds: string[]; lngLat: LngLat }) => void;
  /** Called once per imported layer added, when the map is first idle with its data loaded. */
  onUserLayerDrawn?: (layerId: string) => void;
  /** Called with a click on an archive's feature drawn on top. */
  onArchivePick?: (pick: ArchivePick) => void;
  /** Called with each point clicked while measuring, and when a double-click ends the measure. */
  onMeasureClick?: (lngLat: LngLat) => void;
  onMeasureEnd?: () => void;
  /** Called when the user closes the popup. */
  onPopupClose?: () => void;
  /** A right-click (a long press on a touch screen) on the map: "what is here?" at that point. */
  onContextPoint?: (lngLat: LngLat) => void;
  /** Where the camera starts; the province is framed when absent. */
  initialCamera?: Camera | null;
  /** Called when the camera stops moving. */
  onCameraChange?: (camera: Camera) => void;
}

/**
 * The main map: created once, then changed in place (data, layer look, language, base map), never
 * rebuilding the style. Camera moves, the popup and the layer look live in their own modules.
 */
export class MapController {
  readonly map: MlMap;
  private readonly stopCredits: () => void;
  private defs: Map<string, LayerDef>;
  private readonly whenReady: (fn: () => void) => void;
  readonly mapLoaded: Promise<void>;
  private readonly look: MapLook;
  private readonly popup: PopupSlot;
  /** Measures what the app's panels cover of the map (map-cover.ts): loaded once the map is. */
  private coverOf: ((map: MlMap) => Insets) | undefined;
  private readonly data: DataSync;
  private readonly users: UserLayers;
  private readonly userDraws: UserDrawLayers;
  /** Loaded with the first measure and the first ranking: most visits do neither. */
  private measure: Promise<MeasureLayer> | null = null;
  private ranks: Promise<RankMarkers> | null = null;
  private removed = false;
  private styleParsed = false;
  private measuring = false;
  /** The drawing tools are on (draw-session.ts): clicks are theirs. */
  drawing = false;
  private osmWatch: (() => void) | undefined;
  private uiLang: Lang | undefined;

  constructor(
    container: HTMLElement,
    private readonly opts: MapControllerOptions,
  ) {
    performance.mark('ls:map-create');
    this.defs = new Map(opts.catalog.map((d) => [d.id, d]));
    const cam = opts.initialCamera;
    this.map = new MlMap({
      container,
      style: styleWithData(opts.catalog, opts.lang, opts.initialData ?? new Map()),
      ...(cam
        ? { center: [cam.lng, cam.lat] as LngLat, zoom: cam.zoom, bearing: cam.bearing, pitch: cam.pitch }
        : { bounds: PROVINCE_BOUNDS, fitBoundsOptions: { padding: 24 } }),
      maxBounds: MAX_BOUNDS,
      minZoom: 6.5,
      maxZoom: 17,
      attributionControl: false,
      locale: mapLocale(opts.lang),
      dragRotate: false,
      pitchWithRotate: false,
    });
    // Giving the data at 'style.load' (see whenStyleReady) lets the worker tile the real data in
    // its first pass.
    this.whenReady = whenStyleReady(this.map);
    this.whenReady(() => {
      this.styleParsed = true;
    });
    this.look = new MapLook(this.map, opts.catalog, this.whenReady);
    this.popup = new PopupSlot(this.map, () => this.opts.onPopupClose?.());
    this.data = new DataSync((id, fc) => {
      const def = this.defs.get(id);
      if (def) this.whenReady(() => giveData(this.map, def, fc));
    });
    if (opts.initialData) this.data.hold(opts.initialData);
    this.map.touchZoomRotate.disableRotation();
    // Shift+arrows would turn the map, which has no compass to turn it back: the keys pan and zoom only.
    this.map.keyboard.disableRotation();
    this.stopCredits = addControls(this.map);
    this.users = new UserLayers(this.map, (id) => this.opts.onUserLayerDrawn?.(id));
    this.userDraws = new UserDrawLayers(this.map, this.whenReady, this.users, (pick) =>
      this.opts.onArchivePick?.(pick),
    );
    this.listen(opts.catalog);
    this.mapLoaded = new Promise((resolve) =>
      this.map.once('load', () => {
        performance.mark('ls:map-load');
        void import('./map-cover').then((m) => {
          this.coverOf = m.coverOf;
        });
        resolve();
      }),
    );
  }

  private listen(catalog: readonly LayerDef[]): void {
    const planLayers = catalog
      .filter((d) => d.plan)
      .flatMap((d) => d.styles.map((s, i) => ({ id: styleLayerId(d.id, i), type: s.type })))
      .filter((l) => l.type !== 'symbol')
      .map((l) => l.id);
    const interactive = () => [...planLayers, ...this.users.styleIds()];
    this.map.on('click', (e) => {
      // While measuring, a click is a point of the measure, not a question about the plan.
      if (this.measuring) this.opts.onMeasureClick?.([e.lngLat.lng, e.lngLat.lat]);
      // While drawing, a click belongs to the drawing tools.
      else if (!this.drawing) this.onClick(e, interactive());
    });
    this.map.on('dblclick', (e) => {
      if (!this.measuring) return;
      e.preventDefault();
      this.opts.onMeasureEnd?.();
    });
    this.map.on('contextmenu', (e) => {
      if (this.measuring || !this.opts.onContextPoint) return;
      e.preventDefault();
      this.opts.onContextPoint([e.lngLat.lng, e.lngLat.lat]);
    });
    this.map.on('moveend', () => this.opts.onCameraChange?.(this.camera()));
    this.map.on('mousemove', (e) => {
      if (!this.styleParsed || this.measuring) return;
      const hits = this.hitAt(e, interactive());
      this.map.getCanvas().style.cursor = hits && hits.length > 0 ? 'pointer' : '';
    });
  }

  /** Draws a measure in progress; `null` ends measuring (clicks query features again). */
  setMeasure(mode: MeasureMode | null, points: readonly LngLat[]): void {
    this.measuring = mode !== null;
    this.map.getCanvas().style.cursor = mode ? 'crosshair' : '';
    if (mode) this.map.doubleClickZoom.disable();
    else this.map.doubleClickZoom.enable();
    if (!mode && !this.measure) return;
    this.measure ??= import('./measure-layer').then((m) => new m.MeasureLayer(this.map));
    void this.measure.then((layer) => this.whenReady(() => this.removed || layer.draw(mode, points)));
  }

  /** The map's centre, where keyboard users add measure points. */
  center(): LngLat {
    const c = this.map.getCenter();
    return [c.lng, c.lat];
  }

  /** A copy of what the map shows now (see captureMap), optionally drawn sharper for print. */
  async snapshot(pixelRatio?: number): Promise<Shot> {
    const { captureMap } = await import('./snapshot');
    return captureMap(this.map, pixelRatio);
  }

  /** The area the map shows now, [west, south, east, north]. */
  viewBounds(): Bounds {
    const b = this.map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  }

  /** Frames an area (an imported layer), leaving room around it. */
  fitBounds(bounds: Bounds): void {
    fitArea(this.map, bounds);
  }

  /** Shows the user's own layers of every kind, bottom to top (`MapDraws.user`). */
  setUser(user: readonly UserDraw[]): void {
    this.userDraws.apply(user);
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
    return cameraOf(this.map);
  }

  /** Moves the camera at once (a link was opened); null frames the province. */
  jumpTo(camera: Camera | null): void {
    jumpTo(this.map, camera);
  }

  /** Moves the camera to show a feature: points at street level, lines and areas framed whole. */
  showFeature(anchor: LngLat, bounds: Bounds): void {
    showFeature(this.map, anchor, bounds, this.coverOf?.(this.map));
  }

  /** Gives the layers whose collections are new since the last call their data. */
  setData(data: ReadonlyMap<string, FeatureCollection>): void {
    this.data.sync(data);
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
    if (!this.styleParsed) return;
    // Lines and areas come back once per tile: keep each feature once.
    const ids = [
      ...new Set((this.hitAt(e, layers) ?? []).map((f) => userKeyOfHit(f) ?? f.properties?.id)),
    ].filter((id): id is string => typeof id === 'string');
    if (ids.length > 0) this.opts.onFeatureClick?.({ featureIds: ids, lngLat: [e.lngLat.lng, e.lngLat.lat] });
    // A click on empty ground closes the popup, as MapLibre's own closeOnClick would.
    else this.opts.onPopupClose?.();
  }

  /** Shows `content` (a DOM node the caller fills, e.g. through a React portal) in a popup at `lngLat`. */
  openPopup(lngLat: LngLat, content: HTMLElement, label: string): void {
    this.popup.open(lngLat, content, label);
  }

  closePopup(): void {
    this.popup.close();
  }

  /**
   * Changes how the catalog layers look (visibility, order, opacity, phases; see Look); only what
   * differs from the map's current look is set.
   */
  setLook(change: Partial<Omit<Look, 'baseMap'>>): void {
    this.look.set(change);
  }

  /**
   * Shows only some features of the site layers (filters), on top of the layers' own filters, and
   * marks the ranked sites with numbered discs; `null`s restore what the catalog declares.
   */
  setSiteStyle(layerIds: readonly string[], style: SiteStyle): void {
    this.look.set({ siteLayers: new Set(layerIds), siteShown: style.shown });
    if (!style.ranks && !this.ranks) return;
    this.ranks ??= import('./rank-markers').then((m) => new m.RankMarkers(this.map));
    void this.ranks.then((r) => this.whenReady(() => this.removed || r.draw(style.ranks)));
  }

  /** Draws the same layers in another map style (high contrast or the usual one), in place. */
  setCatalog(catalog: LayerDef[]): void {
    this.defs = new Map(catalog.map((d) => [d.id, d]));
    this.look.setCatalog(catalog);
  }

  setLang(lang: Lang): void {
    this.whenReady(() => this.map.setGlobalStateProperty('lang', lang));
    // MapLibre's controls speak uiLang, the one the map was made in: renamed (with code loaded then) on a change.
    if (lang === (this.uiLang ?? this.opts.lang)) return;
    this.uiLang = lang;
    void import('./map-ui-names').then((m) => {
      if (!this.removed) m.renameMapUi(this.map, mapLocale(lang));
    });
  }

  /**
   * Switches the base map. The online one is watched until its first tile: if it fails, only
   * `onBaseMapFailed` is called, and the app switches back through this same call.
   */
  setBaseMap(baseMap: BaseMap): void {
    if (baseMap === this.look.current.baseMap) return;
    this.osmWatch?.();
    this.osmWatch = undefined;
    this.look.set({ baseMap });
    if (baseMap === 'osm')
      this.whenReady(() => {
        if (this.look.current.baseMap === 'osm' && !this.osmWatch)
          this.osmWatch = watchOsm(this.map, () => this.opts.onBaseMapFailed?.());
      });
  }

  destroy(): void {
    this.removed = true;
    this.stopCredits();
    this.osmWatch?.();
    this.popup.close();
    this.userDraws.destroy();
    this.map.remove();
  }
}
