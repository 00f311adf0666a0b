/**
 * The plan's closed lists, free of the schema library: the first view (filters, badges) needs the
 * lists, not the checks, which load with the data (plan-schema.ts builds its enums from these).
 */
export const STATUSES = [
  'planned',
  'proposed',
  'approved',
  'under_construction',
  'operating',
  'completed',
  'unknown',
] as const;

export const ACCURACIES = ['official', 'derived', 'approximate', 'schematic'] as const;
