/** Folds Vietnamese text for matching: no tones or marks, đ → d, lower case, single spaces. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface SearchEntry {
  /** Stable id: a plan feature id, or a base feature id (communes, towns). */
  id: string;
  /** Names to match, e.g. Vietnamese and English. */
  names: string[];
  /**
   * What it is, e.g. "Khu công nghiệp" and "Industrial park": a query naming the kind ("khu cong
   * nghiep", "cum cong nghiep na duong") finds it too, after the entries whose own name matches.
   */
  kinds?: string[];
}

interface Prepared<T extends SearchEntry> {
  entry: T;
  folded: string[];
  kinds: string[];
}

/** Prepares entries once, so each keystroke only compares folded strings. */
export function prepareSearch<T extends SearchEntry>(entries: readonly T[]): Prepared<T>[] {
  return entries.map((entry) => ({
    entry,
    folded: entry.names.map(fold),
    kinds: (entry.kinds ?? []).map(fold).filter((k) => k !== ''),
  }));
}

/** Matches through the kind rank after every kind of match on the name itself. */
const BY_KIND = 4;

function score(name: string, query: string, words: string[]): number {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  const nameWords = name.split(' ');
  if (words.every((w) => nameWords.some((nw) => nw.startsWith(w)))) return 2;
  if (name.includes(query)) return 3;
  return -1;
}

/**
 * A query that names the kind alone, whole or in part ("khu cong", "cong nghiep"), or the kind then
 * words of the name ("cum cong nghiep na duong"). Kind words never pair with name words elsewhere
 * in the query, so "huu nghi" does not find a park through "nghiệp".
 */
function kindScore(kind: string, names: string[], query: string): number {
  // Whole words only: "ong" inside "công" should not list every park.
  const alone = score(kind, query, query.split(' '));
  if (alone >= 0 && alone <= 2) return BY_KIND + alone;
  if (!query.startsWith(`${kind} `)) return -1;
  const rest = query.slice(kind.length + 1);
  const restWords = rest.split(' ');
  const scores = names.map((name) => score(name, rest, restWords)).filter((s) => s >= 0);
  return scores.length > 0 ? BY_KIND + Math.min(...scores) : -1;
}

/**
 * Entries whose name matches the query without regard to tones and marks ("dong dang" finds
 * "Đồng Đăng"): whole name first, then names starting with it, then names whose words start with
 * each query word, then names containing it, then the same through the entry's kind; ties keep the
 * entries' own order.
 */
export function search<T extends SearchEntry>(
  prepared: readonly Prepared<T>[],
  query: string,
  limit = 8,
): T[] {
  const q = fold(query);
  if (q === '') return [];
  const words = q.split(' ');
  const hits: { entry: T; s: number; i: number }[] = [];
  prepared.forEach(({ entry, folded, kinds }, i) => {
    const scores = [
      ...folded.map((name) => score(name, q, words)),
      ...kinds.map((kind) => kindScore(kind, folded, q)),
    ].filter((s) => s >= 0);
    if (scores.length > 0) hits.push({ entry, s: Math.min(...scores), i });
  });
  return hits
    .sort((a, b) => a.s - b.s || a.i - b.i)
    .slice(0, limit)
    .map((h) => h.entry);
}
