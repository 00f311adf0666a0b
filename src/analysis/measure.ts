import area from '@turf/area';
import length from '@turf/length';
import type { LngLat } from '../types/core';

/**
 * Length in kilometres of a path through the points, along great circles (turf length).
 * Example: two points 0.1° of latitude apart → 11.12 km.
 */
export function pathKm(points: readonly LngLat[]): number {
  if (points.length < 2) return 0;
  return length(
    { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [...points] } },
    { units: 'kilometers' },
  );
}

/**
 * Area in hectares of the polygon the points outline (closed for you), on the sphere turf uses
 * (R = 6,371 km), and its perimeter in km; null until there are 3 points.
 */
export function polygonMeasure(points: readonly LngLat[]): { ha: number; perimeterKm: number } | null {
  if (points.length < 3) return null;
  const ring = [...points, points[0] as LngLat];
  return {
    ha: area({ type: 'Polygon', coordinates: [ring] }) / 10_000,
    perimeterKm: pathKm(ring),
  };
}
