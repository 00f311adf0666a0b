import type { FeatureCollection } from 'geojson';
import { type FilterSpecification, Map as MlMap } from 'maplibre-gl';
import type { LayerDef } from '../data/catalog-types';
import { OSM_LAYER, styleLayerId, styleVisible } from './build-style';
import { styleWithData } from './data-style';
import { composeFilter } from './plan-filter';
import { captureMap, type Shot } from './snapshot';
import { type UserLayerSpec, UserLayers } from './user-layers';
import './worker-url';
import type { BaseMap, Lang } from '../types/core';

/** What the compared side shows of the plan: some phases, all of it (null), or none (base map). */
export type SwipePlan = readonly string[] | null | 'none';

export interface SwipeOptions {
  catalog: LayerDef[];
  lang: Lang;
  data: ReadonlyMap<string, FeatureCollection>;
  visible: ReadonlySet<string>;
  plan: SwipePlan;
  userLayers: readonly UserLayerSpec[];
  /** The main map's base map, drawn on this side too so only the plan differs. */
  baseMap: BaseMap;
}

/**
 * A second map over the main one, following its camera, showing the plan at another phase (or
 * the base map alone); the caller clips it to one side of a divider. It never takes input: every
 * click and drag goes to the main map underneath.
 */
export class SwipeOverlay {
  readonly map: MlMap;
  private readonly users: UserLayers;
  /** The style is parsed: layers can be changed (isStyleLoaded() also waits for every tile). */
  private ready = false;
  private readonly sync: () => void;
  private readonly resize = () => this.map.resize();

  constructor(
    private readonly main: MlMap,
    container: HTMLElement,
    private opts: SwipeOptions,
  ) {
    const c = main.getCenter();
    this.map = new MlMap({
      container,
      style: styleWithData(
        opts.catalog.map((d) => ({ ...d, visible: opts.visible.has(d.id) })),
        opts.lang,
        opts.data,
      ),
      center: [c.lng, c.lat],
      zoom: main.getZoom(),
      interactive: false,
      attributionControl: false,
    });
    this.sync = () => {
      const at = this.main.getCenter();
      this.map.jumpTo({ center: at, zoom: this.main.getZoom(), bearing: this.main.getBearing() });
    };
    main.on('move', this.sync);
    main.on('resize', this.resize);
    this.users = new UserLayers(this.map);
    // The user's own layers are on both sides: they are what is being compared with the plan.
    this.map.once('style.load', () => {
      this.ready = true;
      this.applyBase();
      this.applyPlan();
      this.users.apply(this.opts.userLayers);
    });
  }

  /** Keeps the user's layers the same as on the main map. */
  setUserLayers(specs: readonly UserLayerSpec[]): void {
    this.opts = { ...this.opts, userLayers: specs };
    if (this.ready) this.users.apply(specs);
  }

  snapshot(pixelRatio?: number): Promise<Shot> {
    return captureMap(this.map, pixelRatio);
  }

  /** Shows another phase (or none of the plan) on this side. */
  setPlan(plan: SwipePlan): void {
    this.opts = { ...this.opts, plan };
    if (this.ready) this.applyPlan();
  }

  private applyBase(): void {
    const { baseMap, catalog, visible } = this.opts;
    this.map.setLayoutProperty(OSM_LAYER, 'visibility', baseMap === 'osm' ? 'visible' : 'none');
    for (const def of catalog) {
      if (def.plan) continue;
      def.styles.forEach((_, i) => {
        const shown = styleVisible(def, i, visible.has(def.id), baseMap);
        this.map.setLayoutProperty(styleLayerId(def.id, i), 'visibility', shown ? 'visible' : 'none');
      });
    }
  }

  private applyPlan(): void {
    const { plan } = this.opts;
    for (const def of this.opts.catalog) {
      if (!def.plan) continue;
      def.styles.forEach((s, i) => {
        const id = styleLayerId(def.id, i);
        const own = (s as { filter?: FilterSpecification }).filter;
        if (plan === 'none') this.map.setLayoutProperty(id, 'visibility', 'none');
        else {
          this.map.setLayoutProperty(id, 'visibility', this.opts.visible.has(def.id) ? 'visible' : 'none');
          this.map.setFilter(id, composeFilter(own, null, plan));
        }
      });
    }
  }

  destroy(): void {
    this.main.off('move', this.sync);
    this.main.off('resize', this.resize);
    this.map.remove();
  }
}
