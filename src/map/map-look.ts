import type { Map as MlMap } from 'maplibre-gl';
import type { LayerDef } from '../data/catalog-types';
import { type Look, type LookOp, lookOps, styleLook, themeOps } from './layer-look';
import type { WhenReady } from './style-ready';

/** The few calls a look needs of a map (a recorder stands in for MapLibre in tests). */
export type LookTarget = Pick<
  MlMap,
  'setLayoutProperty' | 'setPaintProperty' | 'setFilter' | 'moveLayer' | 'getStyle'
>;

/** Runs the operations `lookOps` computed, in order, on a map whose style is parsed. */
export function applyLookOps(map: LookTarget, ops: readonly LookOp[]): void {
  let firstSymbol: string | undefined | null = null;
  for (const op of ops) {
    switch (op.kind) {
      case 'visibility':
        map.setLayoutProperty(op.layer, 'visibility', op.visible ? 'visible' : 'none');
        break;
      case 'paint':
        map.setPaintProperty(op.layer, op.prop as 'fill-opacity', op.value as number);
        break;
      case 'layout':
        map.setLayoutProperty(op.layer, op.prop as 'visibility', op.value as 'visible');
        break;
      case 'filter':
        map.setFilter(op.layer, op.filter);
        break;
      case 'move':
        // Moving lines and fills under the labels never changes which layer is the first label.
        if (firstSymbol === null) firstSymbol = map.getStyle().layers.find((l) => l.type === 'symbol')?.id;
        map.moveLayer(op.layer, op.to === 'below-labels' ? firstSymbol : undefined);
        break;
    }
  }
}

/**
 * One map's look, kept and applied in place: each change sets only what differs from what the map
 * already shows, and changes asked for before the style is parsed wait for it.
 */
export class MapLook {
  private applied: Look;
  private wanted: Look;
  /** The style layers the map draws now, and those it is to draw (another map style). */
  private drawn: readonly LayerDef[];

  constructor(
    private readonly map: LookTarget,
    private catalog: readonly LayerDef[],
    private readonly whenReady: WhenReady,
  ) {
    this.applied = styleLook(catalog);
    this.wanted = this.applied;
    this.drawn = catalog;
  }

  /** Draws the same layers in another map style (see themeOps): colours and widths change in place. */
  setCatalog(catalog: readonly LayerDef[]): void {
    if (catalog === this.catalog) return;
    this.catalog = catalog;
    this.whenReady(() => this.flush());
  }

  /** The look the map is heading to (what it shows once the style is parsed). */
  get current(): Look {
    return this.wanted;
  }

  /** Asks for a look; the map gets the difference now, or once its style is parsed. */
  set(change: Partial<Look>): void {
    this.wanted = { ...this.wanted, ...change };
    this.whenReady(() => this.flush());
  }

  private flush(): void {
    const next = this.wanted;
    if (this.drawn !== this.catalog) {
      applyLookOps(this.map, themeOps(this.drawn, this.catalog, this.applied));
      this.drawn = this.catalog;
    }
    applyLookOps(this.map, lookOps(this.catalog, this.applied, next));
    this.applied = next;
  }
}
