import type { PlanKind } from '../data/plan-schema';

/**
 * The kinds of plan feature an investor can weigh as a site, in the order the tools list them.
 * Apart from sites.ts: the first view's filters and links need the kinds, not the sites' code (and
 * the anchor code under it, which loads with the investor tools).
 */
export const SITE_KINDS = [
  'kcn',
  'ccn',
  'logistics',
  'cooperation_zone',
  'wind',
  'tourism',
] as const satisfies readonly PlanKind[];
export type SiteKind = (typeof SITE_KINDS)[number];

export const isSiteKind = (kind: PlanKind): kind is SiteKind =>
  (SITE_KINDS as readonly string[]).includes(kind);
