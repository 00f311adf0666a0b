import distance from '@turf/distance';
import Flatbush from 'flatbush';
import type { Geometry, Position } from 'geojson';
import type { LngLat } from './anchor';

/** Latitude of the local plane the index works in (the middle of Lạng Sơn province). */
const LAT0 = 21.8;
/** Kilometres per degree of longitude and latitude near LAT0, for the local plane. */
const KX = 111.32 * Math.cos((LAT0 * Math.PI) / 180);
const KY = 110.574;

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
 * Candidates are found in a local plane around the province (equirectangular, accurate to well
 * under 1% across it); the distance returned is the great-circle distance (@turf/distance,
 * haversine) to the closest point found. Example: a point 1° of latitude north of a road's end is
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

  // Closest point of segment i to (x, y) in the plane, written to cx, cy; returns the squared
  // distance. No allocation: this runs for every candidate of every site.
  let cx = 0;
  let cy = 0;
  const closest = (i: number, x: number, y: number): number => {
    const ax = segs[4 * i] ?? 0;
    const ay = segs[4 * i + 1] ?? 0;
    const dx = (segs[4 * i + 2] ?? 0) - ax;
    const dy = (segs[4 * i + 3] ?? 0) - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
    cx = ax + t * dx;
    cy = ay + t * dy;
    return (x - cx) ** 2 + (y - cy) ** 2;
  };

  return {
    size: n,
    nearest(lngLat) {
      if (!index) return null;
      const x = lngLat[0] * KX;
      const y = (lngLat[1] - LAT0) * KY;
      const [first] = index.neighbors(x, y, 1);
      if (first === undefined) return null;
      // A box is never farther than the segment in it: every segment that can beat the first one's
      // true distance has its box within that distance (plus a hair for rounding).
      let best = first;
      let bestD2 = closest(first, x, y);
      let bx = cx;
      let by = cy;
      for (const i of index.neighbors(x, y, Infinity, Math.sqrt(bestD2) * 1.0001 + 1e-9)) {
        const d2 = closest(i, x, y);
        if (d2 < bestD2) {
          best = i;
          bestD2 = d2;
          bx = cx;
          by = cy;
        }
      }
      const found = items[owner[best] ?? -1];
      if (!found) return null;
      const at: LngLat = [bx / KX, by / KY + LAT0];
      return { item: found.item, km: distance(lngLat, at, { units: 'kilometers' }), at };
    },
  };
}
