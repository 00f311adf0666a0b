import { fold } from './fold';

/**
 * Type-ahead of a list (WAI-ARIA APG listbox): the row the typed letters lead to. Names are
 * compared without tones, marks or case ("huu lung" finds "Hữu Lũng", "dd" does not find "Đồng
 * Đăng" but "dong" does). A name that starts with the letters wins; failing that, a name with a
 * word that starts with them ("vsip" finds "KCN Hữu Lũng (VSIP Lạng Sơn)").
 *
 * The search starts after `current` (the same letter typed again moves on to the next match) —
 * or at `current` itself while the user keeps typing a longer prefix (`extend`), so "h", "hu",
 * "huu" stay on the row "h" found while it still matches. It wraps round. Returns -1 when no row
 * matches.
 */
export function typeAheadIndex(
  names: readonly string[],
  current: number,
  typed: string,
  extend = typed.length > 1,
): number {
  const q = fold(typed);
  if (q === '' || names.length === 0) return -1;
  const folded = names.map(fold);
  const start = extend ? Math.max(current, 0) : current + 1;
  const order = names.map((_, i) => (((start + i) % names.length) + names.length) % names.length);
  const atStart = order.find((i) => folded[i]?.startsWith(q));
  if (atStart !== undefined) return atStart;
  const atWord = order.find((i) => ` ${folded[i]}`.includes(` ${q}`));
  return atWord ?? -1;
}

/**
 * A letter typed the same again and again ("k", "k", "k") cycles through the rows starting with
 * it, as in file managers and the APG examples; anything else is a growing prefix.
 */
export function typeAheadQuery(buffer: string, key: string): { query: string; extend: boolean } {
  const next = buffer + key;
  const same = [...next].every((c) => c.toLowerCase() === next[0]?.toLowerCase());
  return same && next.length > 1 ? { query: key, extend: false } : { query: next, extend: next.length > 1 };
}
