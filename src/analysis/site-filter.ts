import { ACCURACIES, STATUSES } from '../data/plan-enums';
import type { Accuracy, Phase, Status } from '../data/plan-schema';
import { PHASES } from '../types/core';
import { SITE_KINDS, type SiteKind } from './site-kinds';
import { anyInRange, type Currency } from './site-values';
import type { Site } from './sites';

/** An open or closed range; an end left undefined is open. */
export interface Range {
  min?: number;
  max?: number;
}

/** What the investor narrows the sites to. Empty lists mean "any". */
export interface SiteFilter {
  kinds: SiteKind[];
  statuses: Status[];
  phases: Phase[];
  accuracies: Accuracy[];
  /** Commune slugs (see communeSlug). */
  communes: string[];
  /** Hectares. */
  area: Range;
  /** Billion VND or million USD, per `currency`. */
  capital: Range & { currency: Currency };
  /** Keep sites whose area or investment no source gives when a range is set. */
  includeUnknown: boolean;
}

export const EMPTY_FILTER: SiteFilter = {
  kinds: [],
  statuses: [],
  phases: [],
  accuracies: [],
  communes: [],
  area: {},
  capital: { currency: 'vnd' },
  includeUnknown: false,
};

const isSet = (r: Range) => r.min !== undefined || r.max !== undefined;

/** The filter's dimensions, each of which can be counted with its own choice left out. */
export type Facet = 'kinds' | 'statuses' | 'phases' | 'accuracies' | 'communes' | 'area' | 'capital';

function passes(site: Site, f: SiteFilter, skip?: Facet): boolean {
  const p = site.feature.properties;
  const inList = <T>(facet: Facet, list: readonly T[], value: T) =>
    facet === skip || list.length === 0 || list.includes(value);
  if (!inList('kinds', f.kinds, site.kind)) return false;
  if (!inList('statuses', f.statuses, p.status)) return false;
  if (!inList('phases', f.phases, p.phase)) return false;
  if (!inList('accuracies', f.accuracies, p.accuracy)) return false;
  if (skip !== 'communes' && f.communes.length > 0 && !site.communes.some((c) => f.communes.includes(c)))
    return false;
  if (skip !== 'area' && isSet(f.area)) {
    const known = site.area.length > 0;
    if (known ? !anyInRange(site.area, f.area.min, f.area.max) : !f.includeUnknown) return false;
  }
  if (skip !== 'capital' && isSet(f.capital)) {
    const figs = site.capital[f.capital.currency];
    const known = figs.length > 0;
    if (known ? !anyInRange(figs, f.capital.min, f.capital.max) : !f.includeUnknown) return false;
  }
  return true;
}

/** The sites the filter lets through, in their order. */
export function applyFilter(sites: readonly Site[], f: SiteFilter): Site[] {
  return sites.filter((s) => passes(s, f));
}

/** True when the filter narrows anything. */
export function isFiltering(f: SiteFilter): boolean {
  return (
    f.kinds.length + f.statuses.length + f.phases.length + f.accuracies.length + f.communes.length > 0 ||
    isSet(f.area) ||
    isSet(f.capital)
  );
}

/**
 * How many sites each choice of a dimension would show, given the other dimensions' choices (so a
 * count says what ticking that box would give), e.g. `counts.kinds.kcn === 3`.
 */
export function facetCounts(sites: readonly Site[], f: SiteFilter) {
  const count = <K extends string>(facet: Facet, keyOf: (s: Site) => K[]) => {
    const out: Partial<Record<K, number>> = {};
    for (const s of sites) {
      if (!passes(s, f, facet)) continue;
      for (const k of keyOf(s)) out[k] = (out[k] ?? 0) + 1;
    }
    return out;
  };
  return {
    kinds: count('kinds', (s) => [s.kind]),
    statuses: count('statuses', (s) => [s.feature.properties.status]),
    phases: count('phases', (s) => [s.feature.properties.phase]),
    accuracies: count('accuracies', (s) => [s.accuracy]),
    communes: count('communes', (s) => s.communes),
  };
}

/** The filter as share-link values (see url.ts `f=`): only what is set, URL-safe tokens. */
export function filterToLink(f: SiteFilter): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const range = (r: Range) => `${r.min ?? ''}-${r.max ?? ''}`;
  if (f.kinds.length) out.kind = [...f.kinds];
  if (f.statuses.length) out.status = [...f.statuses];
  if (f.phases.length) out.phase = [...f.phases];
  if (f.accuracies.length) out.acc = [...f.accuracies];
  if (f.communes.length) out.commune = [...f.communes];
  if (isSet(f.area)) out.area = [range(f.area)];
  if (isSet(f.capital)) out.cap = [f.capital.currency, range(f.capital)];
  if (f.includeUnknown && (isSet(f.area) || isSet(f.capital))) out.unk = ['1'];
  return out;
}

/** The share-link keys filterFromLink reads. */
export const FILTER_LINK_KEYS = ['kind', 'status', 'phase', 'acc', 'commune', 'area', 'cap', 'unk'] as const;

function parseRange(token: string | undefined): Range {
  const m = token === undefined ? null : /^(\d+(?:\.\d+)?)?-(\d+(?:\.\d+)?)?$/.exec(token);
  if (!m) return {};
  const r: Range = {};
  if (m[1] !== undefined) r.min = Number(m[1]);
  if (m[2] !== undefined) r.max = Number(m[2]);
  return r;
}

/** A filter from share-link values; anything unknown or malformed is left out. */
export function filterFromLink(link: Readonly<Record<string, readonly string[]>>): SiteFilter {
  const pick = <T extends string>(values: readonly string[] | undefined, allowed: readonly T[]) =>
    (values ?? []).filter((v): v is T => (allowed as readonly string[]).includes(v));
  const cap = link.cap ?? [];
  const currency: Currency = cap[0] === 'usd' ? 'usd' : 'vnd';
  return {
    kinds: pick(link.kind, SITE_KINDS),
    statuses: pick(link.status, STATUSES),
    phases: pick(link.phase, PHASES),
    accuracies: pick(link.acc, ACCURACIES),
    communes: (link.commune ?? []).filter((c) => /^[a-z0-9-]{1,64}$/.test(c)),
    area: parseRange(link.area?.[0]),
    capital: { currency, ...parseRange(cap[1]) },
    includeUnknown: link.unk?.[0] === '1',
  };
}
