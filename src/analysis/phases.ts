import type { Phase } from '../data/plan-schema';

/**
 * The plan seen at a point in time: what exists now, what stands by 2030 (what exists and what
 * the plan adds by 2030), or the whole 2050 vision.
 */
export type PhaseView = Phase;

/** The feature phases a view shows; null for the full vision (everything). */
export function phasesShown(view: PhaseView): Phase[] | null {
  if (view === 'existing') return ['existing'];
  if (view === '2030') return ['existing', '2030'];
  return null;
}

/** Whether a feature of `phase` is part of the plan as seen in `view`. */
export function inPhase(phase: Phase, view: PhaseView): boolean {
  return phasesShown(view)?.includes(phase) ?? true;
}
