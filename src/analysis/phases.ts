import type { Phase, PhaseView } from '../types/core';

/** The feature phases a view shows; null for the full vision (everything). */
export function phasesShown(view: PhaseView): Phase[] | null {
  if (view === 'existing') return ['existing'];
  if (view === '2030') return ['existing', '2030'];
  return null;
}
