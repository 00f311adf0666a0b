import { z } from 'zod/mini';
import { NumRange, Qualifier, Quote, SourceRef, Text } from './plan-schema';

/** A named item of the plan (a breakthrough, a key project) with its sources and their passages. */
const Item = z.object({
  id: z.string(),
  title: Text,
  note: z.optional(Text),
  sources: z.array(SourceRef).check(z.minLength(1)),
  quotes: z.optional(z.array(Quote)),
  /** Why a cited page gives no passage. */
  unquoted: z.optional(Text),
});

/** geodata/plan/overview.json: the plan's documents and headline indicators, each with sources. */
export const Overview = z.object({
  documents: z.array(
    z.object({
      id: z.string(),
      title: Text,
      date: z.optional(z.string()),
      summary: Text,
      sources: z.array(SourceRef).check(z.minLength(1)),
      quotes: z.optional(z.array(Quote)),
      unquoted: z.optional(Text),
    }),
  ),
  indicators: z.array(
    z.object({
      id: z.string(),
      title: Text,
      unit: z.optional(z.string()),
      values: z.array(
        z.object({
          year: z.int(),
          kind: z.enum(['result', 'target']),
          value: z.union([z.number(), NumRange]),
          qualifier: z.optional(Qualifier),
          note: z.optional(Text),
          sources: z.array(SourceRef).check(z.minLength(1)),
          quotes: z.optional(z.array(Quote)),
          /** Why no passage is given. */
          unquoted: z.optional(Text),
        }),
      ),
    }),
  ),
  /** The plan's breakthroughs (khâu đột phá), as the sources name them. */
  breakthroughs: z.optional(z.array(Item)),
  /** Projects the sources call key (trọng điểm) that have no map layer. */
  key_projects: z.optional(z.array(Item)),
  /**
   * Plan 267/KH-UBND's goals, 2050 vision, numbered 2030 targets and investment priorities, grouped as
   * the plan groups them; each item is the plan's words at `line` of the served text.
   */
  plan_267: z.optional(
    z.array(
      z.object({
        id: z.string(),
        line: z.int(),
        title: Text,
        items: z.array(
          z.object({
            id: z.string(),
            line: z.int(),
            text: Text,
            sources: z.array(SourceRef).check(z.minLength(1)),
            quotes: z.array(Quote).check(z.minLength(1)),
            /** Overview indicators holding a baseline for this target ("now → 2030"). */
            indicators: z.optional(z.array(z.string())),
            /** Where the item is on the map, or why it is listed and not drawn. */
            map: z.optional(Text),
          }),
        ),
      }),
    ),
  ),
});
export type Overview = z.infer<typeof Overview>;
