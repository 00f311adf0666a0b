import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Accuracy, Status, Text } from '../data/plan-schema';
import type { LngLat } from './anchor';
import { buildNearestIndex } from './nearest';

/**
 * What a site's distance is measured to, in the order the tools list them: the nearest border
 * gate, the Hữu Nghị international gate (the main road gate to China), the nearest expressway,
 * national road and railway line, and the centre of Lạng Sơn city.
 */
export const TARGET_KINDS = ['gate', 'huu_nghi', 'expressway', 'road', 'railway', 'city'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** Something a distance is measured to: a border gate, a road, a railway line, the city centre. */
export interface Target {
  id: string;
  name: Text;
  /** How exact its geometry is (a schematic expressway gives only a rough distance). */
  accuracy: Accuracy;
  provisional: boolean;
  status?: Status;
  geometry: Geometry;
}

/** An area a site may lie in (the geopark and its provisional parts). */
export interface AreaTarget {
  id: string;
  provisional: boolean;
  geometry: Polygon | MultiPolygon;
}

export interface ProximityTargets {
  /** Empty when the layer is missing: those distances are then unknown, not zero. */
  targets: Record<TargetKind, Target[]>;
  /** null when the geopark layer could not be loaded. */
  geopark: AreaTarget[] | null;
  /** Targets left out because no source gives their position (named to the user, not measured). */
  unplaced?: Target[];
}

/** Where a site lies and how exactly that is known. */
export interface SiteLocation {
  at: LngLat;
  accuracy: Accuracy;
  provisional: boolean;
}

export interface Distance {
  /** Straight-line (great-circle) distance in kilometres. */
  km: number;
  target: Target;
  /** The looser of the site's and the target's accuracy: what the figure is good for. */
  accuracy: Accuracy;
  /** True when the site's or the target's position is not settled by a source. */
  provisional: boolean;
}

/**
 * Whether a site lies in the geopark: inside its sourced extent, inside a part whose extent is
 * provisional (Bình Gia, Cao Lộc), outside, or unknown (layer missing).
 */
export type Membership = 'inside' | 'inside-provisional' | 'outside' | 'unknown';

export interface Proximity {
  distances: Partial<Record<TargetKind, Distance>>;
  geopark: Membership;
}

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
