import type { Geometry, Position } from 'geojson';

/** Metres per degree of latitude on the sphere @turf/distance measures on (R = 6,371.0088 km). */
const M_PER_DEG = (6_371_008.8 * Math.PI) / 180;

type XY = [number, number];

/**
 * A geometry in a local plane (metres east and north of an origin, equirectangular at the origin's
 * latitude): within 1 km of the origin its distances are within 0.02% of the great circle's, so
 * "within 500 m" is asked here without a trigonometric call per vertex.
 */
export interface PlaneParts {
  points: XY[];
  /** Open lines and every ring of every polygon (a ring as a closed line). */
  lines: XY[][];
  /** Polygons as rings, the outer first: what a point can lie inside. */
  polygons: XY[][][];
}

export function makePlane(origin: Position): (p: Position) => XY {
  const lng0 = origin[0] ?? 0;
  const lat0 = origin[1] ?? 0;
  const kx = M_PER_DEG * Math.cos((lat0 * Math.PI) / 180);
  return (p) => [((p[0] ?? 0) - lng0) * kx, ((p[1] ?? 0) - lat0) * M_PER_DEG];
}

/** The points, lines and polygons of a geometry in a plane. */
export function toPlane(
  g: Geometry,
  at: (p: Position) => XY,
  out: PlaneParts = { points: [], lines: [], polygons: [] },
): PlaneParts {
  switch (g.type) {
    case 'Point':
      out.points.push(at(g.coordinates));
      break;
    case 'MultiPoint':
      for (const p of g.coordinates) out.points.push(at(p));
      break;
    case 'LineString':
      out.lines.push(g.coordinates.map(at));
      break;
    case 'MultiLineString':
      for (const l of g.coordinates) out.lines.push(l.map(at));
      break;
    case 'Polygon': {
      const rings = g.coordinates.map((r) => r.map(at));
      out.polygons.push(rings);
      out.lines.push(...rings);
      break;
    }
    case 'MultiPolygon':
      for (const poly of g.coordinates) toPlane({ type: 'Polygon', coordinates: poly }, at, out);
      break;
    case 'GeometryCollection':
      for (const part of g.geometries) toPlane(part, at, out);
      break;
  }
  return out;
}

/** Even–odd test over every ring: inside the outer ring and outside its holes. */
function inPolygon([x, y]: XY, rings: XY[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as XY;
      const [xj, yj] = ring[j] as XY;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function pointSegment([px, py]: XY, [ax, ay]: XY, [bx, by]: XY): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const cross = (o: XY, a: XY, b: XY) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

function segmentsCross(a: XY, b: XY, c: XY, d: XY): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

function segmentSegment(a: XY, b: XY, c: XY, d: XY): number {
  if (segmentsCross(a, b, c, d)) return 0;
  return Math.min(pointSegment(a, c, d), pointSegment(b, c, d), pointSegment(c, a, b), pointSegment(d, a, b));
}

/** Segments of a line; a one-point line as a segment of length 0. */
function* segments(line: XY[]): Generator<[XY, XY]> {
  if (line.length === 1) yield [line[0] as XY, line[0] as XY];
  for (let i = 1; i < line.length; i++) yield [line[i - 1] as XY, line[i] as XY];
}

/**
 * The shortest distance between two geometries in the plane, metres: 0 when they cross, touch or
 * one lies inside the other. Example: two points 3 m east and 4 m north of each other are 5 m apart.
 */
export function planeDistance(a: PlaneParts, b: PlaneParts): number {
  const vertices = (p: PlaneParts) => [
    ...p.points,
    ...p.lines.map((l) => l[0]).filter((x) => x !== undefined),
  ];
  for (const v of vertices(a)) if (b.polygons.some((poly) => inPolygon(v, poly))) return 0;
  for (const v of vertices(b)) if (a.polygons.some((poly) => inPolygon(v, poly))) return 0;
  let best = Infinity;
  const aSegs = [...a.points.map((p) => [p, p] as [XY, XY]), ...a.lines.flatMap((l) => [...segments(l)])];
  const bSegs = [...b.points.map((p) => [p, p] as [XY, XY]), ...b.lines.flatMap((l) => [...segments(l)])];
  for (const [p, q] of aSegs) {
    for (const [r, s] of bSegs) {
      const d = segmentSegment(p, q, r, s);
      if (d < best) best = d;
      if (best === 0) return 0;
    }
  }
  return best;
}
