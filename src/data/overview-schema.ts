import { z } from 'zod/mini';
import { NumRange, Qualifier, SourceRef, Text } from './plan-schema';

/** geodata/plan/overview.json: the plan's documents and headline indicators, each with sources. */
export const Overview = z.object({
  documents: z.array(
    z.object({
      id: z.string(),
      title: Text,
      date: z.optional(z.string()),
      summary: Text,
      sources: z.array(SourceRef).check(z.minLength(1)),
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
        }),
      ),
    }),
  ),
});
export type Overview = z.infer<typeof Overview>;
