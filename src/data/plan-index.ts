import type { FeatureCollection } from 'geojson';
import type { LayerDef } from './catalog-types';
import type { PlanFeature } from './plan-check';

export interface IndexedFeature {
  layerId: string;
  feature: PlanFeature;
}

/** Every loaded plan feature by its stable id, so map clicks and links (ids) find the checked data. */
export function indexPlanFeatures(
  catalog: readonly LayerDef[],
  data: ReadonlyMap<string, FeatureCollection>,
): Map<string, IndexedFeature> {
  const index = new Map<string, IndexedFeature>();
  for (const def of catalog) {
    if (!def.plan) continue;
    const fc = data.get(def.id);
    if (!fc) continue;
    for (const f of fc.features) index.set(String(f.id), { layerId: def.id, feature: f as PlanFeature });
  }
  return index;
}
