import type { FeatureCollection } from 'geojson';
import { Map as MlMap } from 'maplibre-gl';
import type { LayerDef } from '../data/catalog-types';
import type { UserDraw } from '../state/map-draws';
import type { BaseMap, Lang } from '../types/core';
import { styleWithData } from './data-style';
import { DataSync, giveData } from './layer-data';
import type { Look } from './layer-look';
import { MapLook } from './map-look';
import { captureMap, type Shot } from './snapshot';
import { type WhenReady, whenStyleReady } from './style-ready';
import { UserDrawLayers } from './user-draws';
import { UserLayers } from './user-layers';
import './worker-url';

/** What the compared side shows of the plan: some phases, all of it (null), or none (base map). */
export type SwipePlan = readonly string[] | null | 'none';

export interface SwipeOptions {
  catalog: LayerDef[];
  lang: Lang;
  data: ReadonlyMap<string, FeatureCollection>;
  visible: ReadonlySet<string>;
  plan: SwipePlan;
  /** The user's own layers of every kind (imported, archives), as the main map draws them. */
  user: readonly UserDraw[];
  /** The main map's base map, drawn on this side too so only the plan differs. */
  baseMap: BaseMap;
  /** The main map's layer order and opacities (bottom to top; 0–1 by layer id). */
  order?: readonly string[];
  opacity?: Readonly<Record<string, number>>;
}

/** The compared side's plan as a look: its phases, or no plan layer at all. */
const planLook = (plan: SwipePlan): Pick<Look, 'phases' | 'planHidden'> =>
  plan === 'none' ? { phases: null, planHidden: true } : { phases: plan, planHidden: false };

/**
 * A second map over the main one, following its camera, showing the plan at another phase (or
 * the base map alone); the caller clips it to one side of a divider. It never takes input: every
 * click and drag goes to the main map underneath. Created once when comparing starts and changed
 * in place afterwards, like the main map.
 */
export class SwipeOverlay {
  readonly map: MlMap;
  private readonly users: UserDrawLayers;
  private readonly look: MapLook;
  private readonly data: DataSync;
  private readonly whenReady: WhenReady;
  private readonly sync: () => void;
  private readonly resize = () => this.map.resize();

  constructor(
    private readonly main: MlMap,
    container: HTMLElement,
    opts: SwipeOptions,
  ) {
    const c = main.getCenter();
    this.map = new MlMap({
      container,
      style: styleWithData(opts.catalog, opts.lang, opts.data),
      center: [c.lng, c.lat],
      zoom: main.getZoom(),
      interactive: false,
      attributionControl: false,
    });
    this.whenReady = whenStyleReady(this.map);
    this.sync = () => {
      const at = this.main.getCenter();
      this.map.jumpTo({ center: at, zoom: this.main.getZoom(), bearing: this.main.getBearing() });
    };
    main.on('move', this.sync);
    main.on('resize', this.resize);
    const defs = new Map(opts.catalog.map((d) => [d.id, d]));
    this.data = new DataSync((id, fc) => {
      const def = defs.get(id);
      if (def) this.whenReady(() => giveData(this.map, def, fc));
    });
    this.data.hold(opts.data);
    this.look = new MapLook(this.map, opts.catalog, this.whenReady);
    this.look.set({
      visible: opts.visible,
      baseMap: opts.baseMap,
      ...(opts.order ? { order: opts.order } : {}),
      ...(opts.opacity ? { opacity: opts.opacity } : {}),
      ...planLook(opts.plan),
    });
    this.users = new UserDrawLayers(this.map, this.whenReady, new UserLayers(this.map));
    // The user's own layers, every kind, are on both sides: they are what is being compared with the plan.
    this.setUser(opts.user);
  }

  /** Keeps the user's layers the same as on the main map. */
  setUser(user: readonly UserDraw[]): void {
    this.users.apply(user);
  }

  /** Gives the layers whose collections are new since the last call their data. */
  setData(data: ReadonlyMap<string, FeatureCollection>): void {
    this.data.sync(data);
  }

  setLang(lang: Lang): void {
    this.whenReady(() => this.map.setGlobalStateProperty('lang', lang));
  }

  /** Follows the main map's base map (the main map watches it; this one only draws it). */
  setBaseMap(baseMap: BaseMap): void {
    this.look.set({ baseMap });
  }

  /** Follows the main map's layers: which are on, their order and opacity. */
  setLook(change: Partial<Pick<Look, 'visible' | 'order' | 'opacity'>>): void {
    this.look.set(change);
  }

  /** Draws the same layers in another map style, as the main map does. */
  setCatalog(catalog: readonly LayerDef[]): void {
    this.look.setCatalog(catalog);
  }

  /** Shows another phase (or none of the plan) on this side. */
  setPlan(plan: SwipePlan): void {
    this.look.set(planLook(plan));
  }

  snapshot(pixelRatio?: number): Promise<Shot> {
    return captureMap(this.map, pixelRatio);
  }

  destroy(): void {
    this.main.off('move', this.sync);
    this.main.off('resize', this.resize);
    this.users.destroy();
    this.map.remove();
  }
}
