import type { Geometry, Position } from 'geojson';
import { MAX_BOUNDS, PROVINCE_BOX as PROVINCE } from '../data/boxes';

/** A box in degrees, by its sides (the import checks compare boxes side by side). */
export type Box = { west: number; south: number; east: number; north: number };

/** The province in round degrees: what "near" and "far" are measured from. */
export const PROVINCE_BOX: Box = {
  west: PROVINCE[0],
  south: PROVINCE[1],
  east: PROVINCE[2],
  north: PROVINCE[3],
};

/** Every position of a geometry, however nested. */
export function* positionsOf(geometry: Geometry): Generator<Position> {
  switch (geometry.type) {
    case 'Point':
      yield geometry.coordinates;
      return;
    case 'MultiPoint':
    case 'LineString':
      yield* geometry.coordinates;
      return;
    case 'MultiLineString':
    case 'Polygon':
      for (const line of geometry.coordinates) yield* line;
      return;
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) for (const ring of polygon) yield* ring;
      return;
    case 'GeometryCollection':
      for (const g of geometry.geometries) yield* positionsOf(g);
  }
}

/** The box around some points, or undefined when there are none. */
export function boxOf(points: Iterable<readonly [number, number]>): Box | undefined {
  let box: Box | undefined;
  for (const [x, y] of points) {
    if (!box) box = { west: x, south: y, east: x, north: y };
    else {
      box.west = Math.min(box.west, x);
      box.east = Math.max(box.east, x);
      box.south = Math.min(box.south, y);
      box.north = Math.max(box.north, y);
    }
  }
  return box;
}

const [VIEW_W, VIEW_S, VIEW_E, VIEW_N] = MAX_BOUNDS;

/** Whether any part of a geometry's box lies where the map can show it. */
export function touchesView(geometry: Geometry): boolean {
  const b = boxOf(positionsOf(geometry) as Iterable<readonly [number, number]>);
  return b !== undefined && b.west <= VIEW_E && b.east >= VIEW_W && b.south <= VIEW_N && b.north >= VIEW_S;
}

/** Gap between two boxes in degrees, in km (flat-earth, plenty for "near" or "far"); 0 if they touch. */
export function distanceKm(a: Box, b: Box): number {
  const dx = Math.max(0, a.west - b.east, b.west - a.east);
  const dy = Math.max(0, a.south - b.north, b.south - a.north);
  const lat = (Math.max(a.south, b.south) + Math.min(a.north, b.north)) / 2;
  return Math.hypot(dx * 111.32 * Math.cos((lat * Math.PI) / 180), dy * 110.57);
}
