/**
 * How an imported layer is coloured (absent: in its one colour):
 * - `land-use`: by the Vietnamese land-use code a field holds (`analysis/land-use-codes.ts`);
 * - `categories`: each value of a field its own colour (the most frequent first);
 * - `classes`: a numeric field cut into `count` classes, of equal counts (`quantile`) or of equal
 *   widths (`equal`), in a sequential palette.
 */
export type LayerStyle =
  | { by: 'land-use'; field: string }
  | { by: 'categories'; field: string }
  | { by: 'classes'; field: string; method: ClassMethod; count: ClassCount };

export const CLASS_METHODS = ['quantile', 'equal'] as const;
export type ClassMethod = (typeof CLASS_METHODS)[number];
export const CLASS_COUNTS = [3, 5, 7] as const;
export type ClassCount = (typeof CLASS_COUNTS)[number];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a stored value is a style this version draws (one it does not know is dropped, not the layer). */
export function isLayerStyle(v: unknown): v is LayerStyle {
  if (!isRecord(v) || typeof v.field !== 'string' || v.field === '') return false;
  if (v.by === 'land-use' || v.by === 'categories') return true;
  return (
    v.by === 'classes' &&
    (CLASS_METHODS as readonly unknown[]).includes(v.method) &&
    (CLASS_COUNTS as readonly unknown[]).includes(v.count)
  );
}
