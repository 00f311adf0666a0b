import type { Accuracy } from '../data/plan-schema';

/** How far the report looks around the parcel by default, metres. */
export const DEFAULT_WITHIN_M = 500;

/** How a feature stands to the parcel (see landReport). */
export type Relation = 'in' | 'overlaps' | 'touches' | 'near' | 'contains' | 'crosses';

/**
 * How a hit may be said: a schematic or inferred mark is only ever "near" the parcel, with no share
 * (its drawn outline is not where the land is); an approximate one keeps its relation, marked
 * approximate. Everything else is said as measured.
 */
export function phraseOf(hit: { relation: Relation; accuracy: Accuracy | null; inferred: boolean }): {
  phrase: Relation | 'near-schematic';
  showShare: boolean;
  approximate: boolean;
} {
  if (hit.accuracy === 'schematic' || hit.inferred)
    return { phrase: 'near-schematic', showShare: false, approximate: true };
  return { phrase: hit.relation, showShare: true, approximate: hit.accuracy === 'approximate' };
}
