import type { FeatureCollection } from 'geojson';
import { type FilterSpecification, Map as MlMap } from 'maplibre-gl';
import type { LayerDef } from '../data/catalog-types';
import type { Lang } from '../i18n/translate';
import { styleLayerId } from './build-style';
import { styleWithData } from './data-style';
import { composeFilter } from './plan-filter';
import './worker-url';

/** What the compared side shows of the plan: some phases, all of it (null), or none (base map). */
export type SwipePlan = readonly string[] | null | 'none';

export interface SwipeOptions {
  catalog: LayerDef[];
  lang: Lang;
  data: ReadonlyMap<string, FeatureCollection>;
  visible: ReadonlySet<string>;
  plan: SwipePlan;
}

/**
 * A second map over the main one, following its camera, showing the plan at another phase (or
 * the base map alone); the caller clips it to one side of a divider. It never takes input: every
 * click and drag goes to the main map underneath.
 */
export class SwipeOverlay {
  readonly map: MlMap;
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
    this.map.once('style.load', () => this.applyPlan());
  }

  /** Shows another phase (or none of the plan) on this side. */
  setPlan(plan: SwipePlan): void {
    this.opts = { ...this.opts, plan };
    if (this.map.isStyleLoaded()) this.applyPlan();
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
