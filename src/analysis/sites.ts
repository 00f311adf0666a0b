import type { PlanFeature } from '../data/plan-check';
import type { Accuracy } from '../data/plan-schema';
import type { LngLat } from '../types/core';
import { anchorOf } from './anchor';
import { fold } from './fold';
import { isSiteKind, type SiteKind } from './site-kinds';
import { areaFigures, capitalFigures, type Figure } from './site-values';
import type { Proximity, SiteLocation } from './targets';

export type { SiteKind } from './site-kinds';

/** A plan feature as the investor tools see it: what it is, its figures and its distances. */
export interface Site {
  id: string;
  feature: PlanFeature;
  kind: SiteKind;
  at: LngLat;
  accuracy: Accuracy;
  /** Its 2025 communes as URL-safe slugs ("huu-lung"), for filters and links. */
  communes: string[];
  area: Figure[];
  capital: { vnd: Figure[]; usd: Figure[] };
  proximity: Proximity;
}

/** A commune name as a URL-safe slug: "Hữu Lũng" → "huu-lung". */
export const communeSlug = (name: string): string => fold(name).replace(/ /g, '-');

/**
 * The sites among the plan features, each with its figures and distances (`proximityOf` comes from
 * createProximity, so the targets are indexed once for all sites).
 */
export function buildSites(
  features: Iterable<PlanFeature>,
  proximityOf: (site: SiteLocation) => Proximity,
): Site[] {
  const sites: Site[] = [];
  for (const feature of features) {
    const p = feature.properties;
    if (!isSiteKind(p.kind)) continue;
    const at = anchorOf(feature);
    sites.push({
      id: feature.id,
      feature,
      kind: p.kind,
      at,
      accuracy: p.accuracy,
      communes: (p.commune_2025 ?? []).map(communeSlug),
      area: areaFigures(p.facts),
      capital: { vnd: capitalFigures(p.facts, 'vnd'), usd: capitalFigures(p.facts, 'usd') },
      proximity: proximityOf({ at, accuracy: p.accuracy, provisional: p.provisional }),
    });
  }
  return sites;
}
