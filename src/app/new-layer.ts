/** Colours given to imported layers: distinct from the plan's own colours. */
export const USER_COLORS = [
  '#c2255c',
  '#1971c2',
  '#2f9e44',
  '#e8590c',
  '#6741d9',
  '#0c8599',
  '#5c940d',
  '#862e9c',
] as const;

/**
 * The colour for a new layer: the first of the palette no layer wears; when all are worn, the one
 * worn least (the first such), so two layers share a colour only when there is no other way.
 */
export function pickColor(used: readonly string[], palette: readonly string[] = USER_COLORS): string {
  const worn = new Map<string, number>();
  for (const c of used) worn.set(c.toLowerCase(), (worn.get(c.toLowerCase()) ?? 0) + 1);
  let best = palette[0] ?? '#c2255c';
  let fewest = Number.POSITIVE_INFINITY;
  for (const c of palette) {
    const n = worn.get(c.toLowerCase()) ?? 0;
    if (n < fewest) {
      best = c;
      fewest = n;
    }
  }
  return best;
}

/** A layer name no other layer has: the file's name, or "name (2)", "name (3)"… */
export function uniqueName(name: string, taken: readonly string[]): string {
  const names = new Set(taken);
  if (!names.has(name)) return name;
  for (let i = 2; ; i++) if (!names.has(`${name} (${i})`)) return `${name} (${i})`;
}
