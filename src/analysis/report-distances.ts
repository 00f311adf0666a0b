import type { FeatureCollection } from 'geojson';
import type { PlanFeature } from '../data/plan-check';
import type { Accuracy, Text } from '../data/plan-schema';
import type { LngLat } from '../types/core';
import { buildNearestIndex } from './nearest';
import { createProximity, looser } from './proximity';
import { proximityTargets } from './proximity-targets';
import type { Proximity } from './targets';

/** A site of a kind the report names the nearest of. */
export interface NearSite {
  id: string;
  name: Text;
  km: number;
  accuracy: Accuracy;
  provisional: boolean;
}

export interface ReportDistances {
  /** As the site table measures them: the nearest gate, Hữu Nghị, expressway, road, railway, city centre; the geopark. */
  proximity: Proximity;
  /** The nearest industrial parks (kcn) and clusters (ccn), closest first. */
  kcn: NearSite[];
  ccn: NearSite[];
}

/** How many industrial parks and clusters of each kind the report names. */
export const NEAREST_SITES = 3;

/**
 * Distances from a point of the parcel to what the site table measures to (gates, expressways,
 * railway, city centre, by the same code: createProximity) and to the nearest industrial parks and
 * clusters (to their outline, or their mark). Example: a point at the Hữu Nghị gate gives
 * `proximity.distances.huu_nghi.km === 0`.
 */
export function reportDistances(at: LngLat, data: ReadonlyMap<string, FeatureCollection>): ReportDistances {
  return createReportDistances(data)(at);
}

/**
 * reportDistances with the targets indexed once (the railway alone has thousands of segments), for
 * many reports on the same data: the report worker keeps one.
 */
export function createReportDistances(
  data: ReadonlyMap<string, FeatureCollection>,
): (at: LngLat) => ReportDistances {
  const proximity = createProximity(proximityTargets(data));
  const sitesOf = (kind: 'kcn' | 'ccn') => {
    const sites: PlanFeature[] = [];
    for (const fc of data.values())
      for (const f of fc.features as PlanFeature[])
        if (f.properties?.kind === kind && f.geometry) sites.push(f);
    return sites.map((f) => ({ f, index: buildNearestIndex([{ item: f, geometry: f.geometry }]) }));
  };
  const indexed = { kcn: sitesOf('kcn'), ccn: sitesOf('ccn') };
  const of = (kind: 'kcn' | 'ccn', at: LngLat): NearSite[] =>
    indexed[kind]
      .map(({ f, index }) => ({
        id: f.id,
        name: f.properties.name,
        km: index.nearest(at)?.km ?? Infinity,
        accuracy: looser('official', f.properties.accuracy),
        provisional: f.properties.provisional,
      }))
      .sort((a, b) => a.km - b.km)
      .slice(0, NEAREST_SITES);
  return (at) => ({
    proximity: proximity({ at, accuracy: 'official', provisional: false }),
    kcn: of('kcn', at),
    ccn: of('ccn', at),
  });
}
