import type { Feature, LineString, Polygon } from 'geojson';
import { pathKm, polygonMeasure } from '../analysis/measure';
import type { LngLat, MeasureMode } from '../types/core';

/**
 * A measurement as a GeoJSON feature: the line (length in km) or the area's outline, closed (area
 * in ha and perimeter in km), with how it was measured. The points are where the user clicked:
 * the accuracy is the user's own, not a source's. Null until there are enough points.
 */
export function measureFeature(
  mode: MeasureMode,
  points: readonly LngLat[],
): Feature<LineString | Polygon> | null {
  const method = 'great circles on a sphere of 6,371 km (turf)';
  const common = { sources: [], accuracy: 'as placed by the user on the map', method };
  const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
  if (mode === 'line') {
    if (points.length < 2) return null;
    return {
      type: 'Feature',
      properties: { measurement: 'length', length_km: round(pathKm(points), 3), ...common },
      geometry: { type: 'LineString', coordinates: points.map((p) => [...p]) },
    };
  }
  const m = polygonMeasure(points);
  if (!m) return null;
  return {
    type: 'Feature',
    properties: {
      measurement: 'area',
      area_ha: round(m.ha, 2),
      perimeter_km: round(m.perimeterKm, 3),
      ...common,
    },
    geometry: { type: 'Polygon', coordinates: [[...points, points[0] as LngLat].map((p) => [...p])] },
  };
}
