import distance from '@turf/distance';
import Flatbush from 'flatbush';
import type { Geometry, Position } from 'geojson';
import type { LngLat } from '../types/core';

/** Latitude of the local plane the index works in (the middle of Lạng Sơn province). */
const LAT0 = 21.8;
/**
 * Kilometres per degree of latitude and of longitude at LAT0, on the same sphere as the distances
 * returned (haversine, R = 6,371.0088 km): with ellipsoid figures here the plane weighed north and
 * east 0.67% apart and could rank two roads differently from the distances it then reported.
 */
const KY = (6371.0088 * Math.PI) / 180;
const KX = KY * Math.cos((LAT0 * Math.PI) / 180);
const COS0 = Math.cos((LAT0 * Math.PI) / 180);
const RAD = Math.PI / 180;

/** The nearest item to a point, the great-circle distance to it and where on it that is. */
export interface Nearest<T> {
  item: T;
  /** Great-circle (haversine) distance in kilometres. */
  km: number;
  /** The closest point of the item's geometry. */
  at: LngLat;
}

export interface NearestIndex<T> {
  /** The item whose geometry comes closest to `lngLat`; null when the index is empty. */
  nearest(lngLat: LngLat): Nearest<T> | null;
  /** How many pieces (points and line segments) the index holds. */
  readonly size: number;
}

/** Points and segments of a geometry; polygons count by their outlines (containment is asked apart). */
function pieces(g: Geometry, out: (a: Position, b: Position) => void): void {
  const line = (coords: Position[]) => {
    for (let i = 1; i < coords.length; i++) out(coords[i - 1] as Position, coords[i] as Position);
    if (coords.length === 1 && coords[0]) out(coords[0], coords[0]);
  };
  switch (g.type) {
    case 'Point':
      out(g.coordinates, g.coordinates);
      break;
    case 'MultiPoint':
      for (const p of g.coordinates) out(p, p);
      break;
    case 'LineString':
      line(g.coordinates);
      break;
    case 'MultiLineString':
    case 'Polygon':
      for (const l of g.coordinates) line(l);
      break;
    case 'MultiPolygon':
      for (const poly of g.coordinates) for (const ring of poly) line(ring);
      break;
    case 'GeometryCollection':
      for (const part of g.geometries) pieces(part, out);
      break;
  }
}

/**
 * A static spatial index (Flatbush, packed Hilbert R-tree) of the points and line segments of many
 * geometries, answering "which item is nearest to this point, and how far" in about log(n) steps
 * instead of measuring every segment, so distances for thousands of sites stay instant.
 *
 * Candidates are found in a local plane around the province (equirectangular, within 0.5% across
 * it); those within that error of the best are then compared by great-circle distance
 * (@turf/distance, haversine), which is the distance returned. Example: a point 1° of latitude north of a road's end is
 * `{ km: 111.2 }` away from it.
 */
export function buildNearestIndex<T>(items: readonly { item: T; geometry: Geometry }[]): NearestIndex<T> {
  const list: number[] = [];
  const owner: number[] = [];
  items.forEach(({ geometry }, i) => {
    pieces(geometry, ([ax = 0, ay = 0], [bx = 0, by = 0]) => {
      list.push(ax * KX, (ay - LAT0) * KY, bx * KX, (by - LAT0) * KY);
      owner.push(i);
    });
  });
  const segs = Float64Array.from(list);
  const n = owner.length;
  const index = n > 0 ? new Flatbush(n) : null;
  if (index) {
    for (let i = 0; i < 4 * n; i += 4) {
      const [ax = 0, ay = 0, bx = 0, by = 0] = [segs[i], segs[i + 1], segs[i + 2], segs[i + 3]];
      index.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
    }
    index.finish();
  }

  // Closest point of segment i to (x, y), in the index plane with east–west stretched by k (the
  // query's own plane, see below), written to cx, cy in the index plane; returns the squared
  // distance in the stretched plane. No allocation: this runs for every candidate of every site.
  let cx = 0;
  let cy = 0;
  const closest = (i: number, x: number, y: number, k: number): number => {
    const ax = segs[4 * i] ?? 0;
    const ay = segs[4 * i + 1] ?? 0;
    const dx = (segs[4 * i + 2] ?? 0) - ax;
    const dy = (segs[4 * i + 3] ?? 0) - ay;
    const len2 = k * k * dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (k * k * (x - ax) * dx + (y - ay) * dy) / len2));
    cx = ax + t * dx;
    cy = ay + t * dy;
    return (k * (x - cx)) ** 2 + (y - cy) ** 2;
  };

  return {
    size: n,
    nearest(lngLat) {
      if (!index) return null;
      const x = lngLat[0] * KX;
      const y = (lngLat[1] - LAT0) * KY;
      const [first] = index.neighbors(x, y, 1);
      if (first === undefined) return null;
      // The index plane keeps LAT0's scale of longitude, up to 0.5% off at the province's edges:
      // enough to rank two nearly tied items wrongly. Candidates are ranked again in the query's
      // own plane (longitude at its latitude's scale, k), which is off only by how far the
      // latitude changes within reach (tan φ · Δφ) and by the flattening of the globe over that
      // distance. Every segment that can come within that error of the best is a candidate (a
      // box is never farther than the segment in it, so the search by boxes finds them all); each
      // item's nearest candidate is then measured on the great circle, and the closest wins.
      const k = Math.cos(lngLat[1] * RAD) / COS0;
      const firstD = Math.sqrt(closest(first, x, y, k));
      const dLat = ((firstD * 1.05) / KY) * RAD;
      const lat = Math.abs(lngLat[1]) * RAD;
      const error = Math.abs(Math.cos(lat + dLat) / Math.cos(lat) - 1) + ((firstD / 6371) ** 2 + 1e-4);
      const reach = (firstD / (1 - error)) * (1 + error) + 1e-9;
      const perItem = new Map<number, { d2: number; x: number; y: number }>();
      for (const i of index.neighbors(x, y, Infinity, reach / Math.min(k, 1))) {
        const d2 = closest(i, x, y, k);
        if (d2 > reach * reach) continue;
        const o = owner[i] ?? -1;
        const seen = perItem.get(o);
        if (!seen || d2 < seen.d2) perItem.set(o, { d2, x: cx, y: cy });
      }
      let best: Nearest<T> | null = null;
      for (const [o, p] of perItem) {
        const found = items[o];
        if (!found) continue;
        const at: LngLat = [p.x / KX, p.y / KY + LAT0];
        const km = distance(lngLat, at, { units: 'kilometers' });
        if (!best || km < best.km) best = { item: found.item, km, at };
      }
      return best;
    },
  };
}
