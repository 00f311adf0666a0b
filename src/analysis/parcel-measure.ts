import distance from '@turf/distance';
import type { MultiPolygon, Point, Polygon, Position } from 'geojson';
import proj4 from 'proj4';
import { PROJECTED_CRS } from '../import/coordinates';
import type { LngLat } from '../types/core';
import { polygonsArea } from './ellipsoid-area';

/** What a land report is about: a point, or a parcel (GeoJSON, WGS 84, [lng, lat]). */
export type ParcelGeometry = Point | Polygon | MultiPolygon;

/** One corner of a parcel, as a certificate's table lists it. */
export interface Corner {
  /** Numbered from 1 across every outer ring, in the order the parcel gives them. */
  n: number;
  lngLat: LngLat;
  /** VN-2000, Lạng Sơn's TM-3 zone (107°15′, k = 0.9999): X = northing, Y = easting, metres to cm. */
  vn2000: { x: number; y: number };
  /** Length of the edge to the next corner, in metres (great circle); null for a point. */
  edgeM: number | null;
}

export interface ParcelMeasure {
  /** Square metres on the WGS 84 ellipsoid (ellipsoid-area.ts: @turf/area's sphere reads 0.3 % high here); 0 for a point. */
  areaM2: number;
  /** Hectares, areaM2 / 10,000. */
  areaHa: number;
  /** Every ring's length (outer and holes), metres; 0 for a point. */
  perimeterM: number;
  corners: Corner[];
}

const cm = (v: number) => Math.round(v * 100) / 100;

/**
 * VN-2000 X (northing) and Y (easting) of a WGS 84 position in Lạng Sơn's TM-3 zone, to the cm,
 * with the definition the importer reads such coordinates by (src/import/coordinates.ts), so a
 * corner read back from its table lands where it was imported.
 */
export function toVn2000(lngLat: LngLat): { x: number; y: number } {
  const [e, n] = proj4('WGS84', PROJECTED_CRS['vn2000-lang-son'].proj4, lngLat) as [number, number];
  return { x: cm(n), y: cm(e) };
}

/** The rings of a parcel: each polygon's outer ring first, then its holes. */
export function ringsOf(g: ParcelGeometry): Position[][][] {
  if (g.type === 'Point') return [];
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

const edge = (a: Position, b: Position) => distance(a as LngLat, b as LngLat, { units: 'kilometers' }) * 1000;

/**
 * Area, perimeter and corner table of a parcel. Example: a square of 0.001° at the equator is
 * about 12,392 m² (111.32 m a side) with a perimeter of about 445.3 m and four corners.
 */
export function measureParcel(g: ParcelGeometry): ParcelMeasure {
  if (g.type === 'Point') {
    const at = g.coordinates as LngLat;
    return {
      areaM2: 0,
      areaHa: 0,
      perimeterM: 0,
      corners: [{ n: 1, lngLat: at, vn2000: toVn2000(at), edgeM: null }],
    };
  }
  const areaM2 = polygonsArea(ringsOf(g));
  let perimeterM = 0;
  const corners: Corner[] = [];
  for (const polygon of ringsOf(g)) {
    polygon.forEach((ring, r) => {
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1] as Position;
        const len = edge(a, ring[i] as Position);
        perimeterM += len;
        if (r === 0) {
          const lngLat: LngLat = [a[0] ?? 0, a[1] ?? 0];
          corners.push({
            n: corners.length + 1,
            lngLat,
            vn2000: toVn2000(lngLat),
            edgeM: Math.round(len * 100) / 100,
          });
        }
      }
    });
  }
  return { areaM2, areaHa: areaM2 / 10_000, perimeterM, corners };
}
