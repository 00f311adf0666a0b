/**
 * How an imported layer is coloured: in its one colour, or by the Vietnamese land-use code one of
 * its fields holds (`analysis/land-use-codes.ts`). Absent: its one colour.
 */
export type LayerStyle = { by: 'land-use'; field: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a stored value is a style this version draws (one it does not know is dropped, not the layer). */
export function isLayerStyle(v: unknown): v is LayerStyle {
  return isRecord(v) && v.by === 'land-use' && typeof v.field === 'string' && v.field !== '';
}
