import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Accuracy } from '../data/plan-schema';
import type { LngLat } from '../types/core';
import { buildNearestIndex } from './nearest';
import {
  type AreaTarget,
  type Distance,
  type Membership,
  type Proximity,
  type ProximityTargets,
  type SiteLocation,
  TARGET_KINDS,
  type TargetKind,
} from './targets';

const LOOSENESS: Record<Accuracy, number> = { official: 0, derived: 1, approximate: 2, schematic: 3 };

/** The looser of two accuracies: a distance is no better than either end of it. */
export function looser(a: Accuracy, b: Accuracy): Accuracy {
  return LOOSENESS[a] >= LOOSENESS[b] ? a : b;
}

/**
 * Prepares the targets once (one spatial index per kind) and returns a function that gives any
 * site its distance to the nearest target of each kind and whether it lies in the geopark.
 *
 * Example: a site at the Hữu Nghị gate's own position has `distances.gate.km === 0`.
 */
export function createProximity(t: ProximityTargets): (site: SiteLocation) => Proximity {
  const indexes = TARGET_KINDS.map(
    (kind) =>
      [
        kind,
        buildNearestIndex(t.targets[kind].map((target) => ({ item: target, geometry: target.geometry }))),
      ] as const,
  );
  // With its bounding box attached, turf skips the ring walk for points clearly outside an area.
  const areas =
    t.geopark?.map((a) => ({ ...a, geometry: { ...a.geometry, bbox: bbox(a.geometry) } })) ?? null;
  return (site) => {
    const distances: Partial<Record<TargetKind, Distance>> = {};
    for (const [kind, index] of indexes) {
      const hit = index.nearest(site.at);
      if (!hit) continue;
      distances[kind] = {
        km: hit.km,
        target: hit.item,
        accuracy: looser(site.accuracy, hit.item.accuracy),
        provisional: site.provisional || hit.item.provisional,
      };
    }
    return { distances, geopark: membership(site.at, areas) };
  };
}

function membership(at: LngLat, areas: AreaTarget[] | null): Membership {
  if (!areas) return 'unknown';
  const inside = areas.filter((a) => booleanPointInPolygon(at, a.geometry));
  if (inside.some((a) => !a.provisional)) return 'inside';
  return inside.length > 0 ? 'inside-provisional' : 'outside';
}
