import { z } from 'zod';
import { NumRange, Qualifier, SourceRef, Text } from './plan-schema';

/** geodata/plan/overview.json: the plan's documents and headline indicators, each with sources. */
export const Overview = z.object({
  documents: z.array(
    z.object({
      id: z.string(),
      title: Text,
      date: z.string().optional(),
      summary: Text,
      sources: z.array(SourceRef).min(1),
    }),
  ),
  indicators: z.array(
    z.object({
      id: z.string(),
      title: Text,
      unit: z.string().optional(),
      values: z.array(
        z.object({
          year: z.number().int(),
          kind: z.enum(['result', 'target']),
          value: z.union([z.number(), NumRange]),
          qualifier: Qualifier.optional(),
          note: Text.optional(),
          sources: z.array(SourceRef).min(1),
        }),
      ),
    }),
  ),
});
export type Overview = z.infer<typeof Overview>;
