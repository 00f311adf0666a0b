import type { IndexedFeature } from './plan-index';

/**
 * The features a click means, from those under it (topmost first): areas give way to sites and
 * lines drawn on them, so clicking a park inside the geopark does not ask which of the two.
 */
export function pickHits(
  ids: readonly string[],
  index: ReadonlyMap<string, IndexedFeature>,
): IndexedFeature[] {
  const found = ids.map((id) => index.get(id)).filter((f): f is IndexedFeature => f !== undefined);
  const isArea = (f: IndexedFeature) => /Polygon/.test(f.feature.geometry.type);
  const notAreas = found.filter((f) => !isArea(f));
  return notAreas.length > 0 ? notAreas : found;
}
