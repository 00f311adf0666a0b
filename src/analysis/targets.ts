import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Accuracy, Status, Text } from '../data/plan-schema';
import type { LngLat } from '../types/core';

// What distances are measured to and what they say, apart from the code that measures them
// (proximity.ts, with the spatial index), so tables and links can use these without loading it.

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
