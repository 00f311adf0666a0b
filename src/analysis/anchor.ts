import bbox from '@turf/bbox';
import pointOnFeature from '@turf/point-on-feature';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Bounds, LngLat } from '../types/core';

/**
 * Where a feature's popup points: the point itself, or a point guaranteed to lie on the line or
 * inside the polygon (turf pointOnFeature), so the popup never points at empty ground.
 */
export function anchorOf(feature: Feature<Geometry>): LngLat {
  if (feature.geometry.type === 'Point') return feature.geometry.coordinates as LngLat;
  return pointOnFeature(feature).geometry.coordinates as LngLat;
}

/** The feature's bounding box [west, south, east, north]. */
export function boundsOf(feature: Feature<Geometry>): Bounds {
  return bbox(feature) as Bounds;
}

/** The box around every feature of a collection, or null when it has none with a geometry. */
export function collectionBounds(fc: FeatureCollection): Bounds | null {
  const b = bbox(fc) as Bounds;
  return b.every(Number.isFinite) ? b : null;
}
