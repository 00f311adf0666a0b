import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { LayerDef } from '../data/catalog-types';
import { labelPoints } from '../data/label-points';
import { labelSourceId, sourceId } from './build-style';
import { withIdProps } from './data-style';

/** Gives a catalog layer its data (a new object; never mutated afterwards) and its label points. */
export function giveData(map: MlMap, def: LayerDef, fc: FeatureCollection): void {
  map.getSource<GeoJSONSource>(sourceId(def.id))?.setData(withIdProps(fc));
  if (def.labelPoints)
    map.getSource<GeoJSONSource>(labelSourceId(def.id))?.setData(labelPoints(fc, def.labelPoints));
}

/**
 * Which collections a map already holds, so a new map of all the data hands over only the layers
 * that changed: the app gives a new Map on every load, and re-tiling every layer each time would
 * stall the map.
 */
export class DataSync {
  private held = new WeakSet<FeatureCollection>();

  constructor(private readonly give: (layerId: string, fc: FeatureCollection) => void) {}

  /** Notes collections the map already has (they went into its style), without giving them. */
  hold(data: ReadonlyMap<string, FeatureCollection>): void {
    for (const fc of data.values()) this.held.add(fc);
  }

  sync(data: ReadonlyMap<string, FeatureCollection>): void {
    for (const [id, fc] of data) {
      if (this.held.has(fc)) continue;
      this.held.add(fc);
      this.give(id, fc);
    }
  }
}
