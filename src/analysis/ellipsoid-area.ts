/** WGS 84. */
const A = 6378137;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const E = Math.sqrt(E2);

/** The authalic function q(φ) (Snyder, Map Projections — A Working Manual, eq. 3-12). */
const q = (sinPhi: number) =>
  (1 - E2) *
  (sinPhi / (1 - E2 * sinPhi * sinPhi) - (1 / (2 * E)) * Math.log((1 - E * sinPhi) / (1 + E * sinPhi)));
const QP = q(1);
/** Radius of the sphere with the ellipsoid's surface area. */
const RQ = A * Math.sqrt(QP / 2);

/**
 * Area in m² of a ring of WGS 84 `[lng, lat]` on the ellipsoid: each latitude is taken to the
 * authalic sphere (equal-area), where the ring's area is summed as Chamberlain and Duquette do.
 * Turf's `area` sums on a sphere of mean radius with geodetic latitudes, which at Lạng Sơn's
 * latitude reads about 0.3 % high: too much for comparing with a certificate's area. Exact for
 * rings along meridians and parallels; for a parcel the edges' curvature is far below a mm².
 *
 * @example ellipsoidArea([[106, 21], [107, 21], [107, 22], [106, 22], [106, 21]]) // ≈ 1.1473e10 m²
 */
export function ellipsoidArea(ring: readonly (readonly number[])[]): number {
  const n = ring.length - (ringClosed(ring) ? 1 : 0);
  if (n < 3) return 0;
  const rad = Math.PI / 180;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const prev = ring[(i - 1 + n) % n] ?? [];
    const next = ring[(i + 1) % n] ?? [];
    const here = ring[i] ?? [];
    const sinBeta = q(Math.sin((here[1] ?? 0) * rad)) / QP;
    sum += ((next[0] ?? 0) - (prev[0] ?? 0)) * rad * sinBeta;
  }
  return Math.abs((sum * RQ * RQ) / 2);
}

const ringClosed = (ring: readonly (readonly number[])[]) => {
  const a = ring[0];
  const b = ring.at(-1);
  return ring.length > 1 && a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
};

/** Area in m² of polygons (each an outer ring, then its holes) on the ellipsoid, as ellipsoidArea. */
export function polygonsArea(polygons: readonly (readonly (readonly (readonly number[])[])[])[]): number {
  let sum = 0;
  for (const [outer, ...holes] of polygons) {
    sum += ellipsoidArea(outer ?? []);
    for (const hole of holes) sum -= ellipsoidArea(hole);
  }
  return sum;
}
