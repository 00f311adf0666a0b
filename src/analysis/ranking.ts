import type { Status } from '../data/plan-schema';
import { leadValue } from './site-values';
import type { Site } from './sites';
import { TARGET_KINDS, type TargetKind } from './targets';

/** What sites can be ranked by: each distance (shorter is better), area (larger) and status (readier). */
export const CRITERIA = [...TARGET_KINDS, 'area', 'status'] as const;
export type Criterion = (typeof CRITERIA)[number];

/** Weights from 0 (ignored) to MAX_WEIGHT. */
export type Weights = Record<Criterion, number>;
export const MAX_WEIGHT = 5;

/** A start that answers the usual investor question: close to the gate and the expressway, large, ready. */
export const DEFAULT_WEIGHTS: Weights = {
  gate: 3,
  huu_nghi: 0,
  expressway: 3,
  road: 1,
  railway: 1,
  city: 1,
  area: 2,
  status: 2,
};

/** How ready a status is, from 0 to 1 (shown with the formula). */
export const STATUS_SCORE: Record<Status, number> = {
  operating: 1,
  completed: 1,
  under_construction: 0.75,
  approved: 0.5,
  planned: 0.25,
  proposed: 0.25,
  unknown: 0,
};

export const isDistance = (c: Criterion): c is TargetKind => (TARGET_KINDS as readonly string[]).includes(c);

/** A site's raw value for a criterion: km, ha or the status score; null when unknown. */
export function criterionValue(site: Site, c: Criterion): number | null {
  if (c === 'area') return leadValue(site.area);
  if (c === 'status') return STATUS_SCORE[site.feature.properties.status];
  return site.proximity.distances[c]?.km ?? null;
}

export interface Ranked {
  site: Site;
  /** 1 = best. Sites with equal scores share a rank. */
  rank: number;
  /** 0–1. */
  score: number;
  /** Each weighted criterion's raw value and its 0–1 part of the score. */
  parts: Partial<Record<Criterion, { value: number | null; part: number }>>;
}

/**
 * Ranks sites by a weighted sum:
 *
 *   score = Σ wᵢ · pᵢ / Σ wᵢ   over the criteria with a weight above 0, where
 *   pᵢ = (max − v) / (max − min) for distances (the nearest of the ranked sites gets 1, the farthest 0),
 *   pᵢ = (v − min) / (max − min) for area, and pᵢ = STATUS_SCORE for status;
 *   a value no source gives scores 0; if all ranked sites have the same value, each gets 1.
 *
 * Min and max are taken over the sites being ranked (the filtered ones). Sorted best first; ties
 * keep the input order. Example: two sites 5 and 15 km from the gate, weight only on `gate`:
 * scores 1 and 0.
 */
export function rankSites(sites: readonly Site[], weights: Weights): Ranked[] {
  const used = CRITERIA.filter((c) => weights[c] > 0);
  const total = used.reduce((s, c) => s + weights[c], 0);
  const values = new Map(used.map((c) => [c, sites.map((s) => criterionValue(s, c))]));
  const bounds = new Map(
    used.map((c) => {
      const known = (values.get(c) ?? []).filter((v): v is number => v !== null);
      return [c, { min: Math.min(...known), max: Math.max(...known) }];
    }),
  );
  const ranked = sites.map((site, i) => {
    const parts: Ranked['parts'] = {};
    let sum = 0;
    for (const c of used) {
      const v = values.get(c)?.[i] ?? null;
      const { min, max } = bounds.get(c) ?? { min: 0, max: 0 };
      let part = 0;
      if (v !== null) {
        if (c === 'status') part = v;
        else if (max === min) part = 1;
        else part = isDistance(c) ? (max - v) / (max - min) : (v - min) / (max - min);
      }
      parts[c] = { value: v, part };
      sum += weights[c] * part;
    }
    return { site, score: total > 0 ? sum / total : 0, parts, rank: 0, i };
  });
  ranked.sort((a, b) => b.score - a.score || a.i - b.i);
  let rank = 0;
  ranked.forEach((r, i) => {
    const prev = ranked[i - 1];
    rank = prev && Math.abs(prev.score - r.score) < 1e-9 ? rank : i + 1;
    r.rank = rank;
  });
  return ranked.map(({ i: _, ...r }) => r);
}

/** Weights as share-link tokens (`gate-3`), only those that differ from 0. */
export function weightsToLink(w: Weights): string[] {
  return CRITERIA.filter((c) => w[c] > 0).map((c) => `${c}-${w[c]}`);
}

/** Weights from share-link tokens: listed criteria get their weight (0–5), the others 0. */
export function weightsFromLink(tokens: readonly string[]): Weights {
  const w = Object.fromEntries(CRITERIA.map((c) => [c, 0])) as Weights;
  for (const t of tokens) {
    const m = /^([a-z_]+)-(\d)$/.exec(t);
    const c = m?.[1] as Criterion | undefined;
    if (c && (CRITERIA as readonly string[]).includes(c)) w[c] = Math.min(MAX_WEIGHT, Number(m?.[2]));
  }
  return w;
}
