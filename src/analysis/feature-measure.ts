import distance from '@turf/distance';
import type { Geometry, Position } from 'geojson';
import { polygonsArea } from './ellipsoid-area';

/** What a feature measures: a polygon's area and perimeter, a line's length; null for points. */
export type FeatureMeasure =
  | { kind: 'area'; areaM2: number; perimeterM: number }
  | { kind: 'length'; lengthM: number };

/** Metres along a path, edge by edge on the sphere (as the measuring tool and the land report measure). */
function pathM(path: readonly Position[]): number {
  let m = 0;
  for (let i = 1; i < path.length; i++)
    m += distance(path[i - 1] as Position, path[i] as Position, { units: 'kilometers' }) * 1000;
  return m;
}

/**
 * A feature's size, for its popup: the area of its polygons on the ellipsoid (holes taken out)
 * and the length of every ring; or the length of its lines. A collection of several kinds
 * measures its areas if it has any, else its lines.
 */
export function featureMeasure(g: Geometry | null): FeatureMeasure | null {
  if (!g) return null;
  const polygons: Position[][][] = [];
  const lines: Position[][] = [];
  const collect = (x: Geometry) => {
    if (x.type === 'Polygon') polygons.push(x.coordinates);
    else if (x.type === 'MultiPolygon') polygons.push(...x.coordinates);
    else if (x.type === 'LineString') lines.push(x.coordinates);
    else if (x.type === 'MultiLineString') lines.push(...x.coordinates);
    else if (x.type === 'GeometryCollection') x.geometries.forEach(collect);
  };
  collect(g);
  if (polygons.length > 0)
    return {
      kind: 'area',
      areaM2: polygonsArea(polygons),
      perimeterM: polygons.flat().reduce((s, ring) => s + pathM(ring), 0),
    };
  if (lines.length > 0) return { kind: 'length', lengthM: lines.reduce((s, l) => s + pathM(l), 0) };
  return null;
}
