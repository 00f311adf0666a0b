import { CRITERIA, type Criterion, DEFAULT_WEIGHTS, isDistance, type Weights } from './ranking';
import type { Sort } from './site-sort';
import { TARGET_KINDS, type Target, type TargetKind } from './targets';

// A kind of target the data holds none of (national roads: no openly licensed road data) can only
// ever give "unknown": offering it as a column, a row or a weight would mislead. These functions
// say which kinds are measured, so the tools offer those alone and offer a kind again as soon as
// its data comes back.

/**
 * The kinds at least one target is known for, in the order of TARGET_KINDS; none while the
 * targets are not known yet (null). Example: no `road` targets → every kind but `road`.
 */
export function measuredKinds(targets: Readonly<Record<TargetKind, readonly Target[]>> | null): TargetKind[] {
  return targets ? TARGET_KINDS.filter((k) => targets[k].length > 0) : [];
}

/** The kinds no target is known for (the tools say so in one sentence instead of a column). */
export const unmeasuredKinds = (measured: readonly TargetKind[]): TargetKind[] =>
  TARGET_KINDS.filter((k) => !measured.includes(k));

/** What sites can be ranked by, in the order of CRITERIA: the measured distances, area, status. */
export function rankableCriteria(measured: readonly TargetKind[]): Criterion[] {
  return CRITERIA.filter((c) => !isDistance(c) || measured.includes(c));
}

/**
 * The weights with every distance not measured set to 0, so it neither counts in the score nor
 * dilutes it (a weight on a distance no site has would add to Σ wᵢ and nothing to the sum). The
 * same object when nothing changes. Example: `road-2,gate-1` with roads unmeasured ranks by the gate alone.
 */
export function measuredWeights(weights: Weights, measured: readonly TargetKind[]): Weights {
  const off = CRITERIA.filter((c) => weights[c] > 0 && isDistance(c) && !measured.includes(c));
  return off.length === 0 ? weights : { ...weights, ...Object.fromEntries(off.map((c) => [c, 0])) };
}

/** The default weights over the measured kinds only. */
export const defaultWeights = (measured: readonly TargetKind[]): Weights =>
  measuredWeights(DEFAULT_WEIGHTS, measured);

/**
 * A sort the table can show: null (the default order) for a distance not measured, whose column
 * is not shown (an old link's `sort=road`); otherwise the sort itself.
 */
export function shownSort(sort: Sort | null, measured: readonly TargetKind[]): Sort | null {
  if (!sort) return null;
  const c = sort.column;
  return (TARGET_KINDS as readonly string[]).includes(c) && !measured.includes(c as TargetKind) ? null : sort;
}
