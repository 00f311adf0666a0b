import { fold } from './fold';

export { fold };

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
  /**
   * Entries of the same sort of thing (a plan's urban area and the town on the base map) that may
   * name one place twice: see mergeLookAlikes.
   */
  lookAlike?: { sort: string; at: [number, number] };
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
    // A name that carries its rank ("Thị trấn Na Dương") is also found by the place's own name.
    folded: [...new Set(entry.names.flatMap((n) => [fold(n), withoutRank(fold(n))]))],
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
  const whole = fold(query);
  if (whole === '') return [];
  // "xã Hữu Lũng", "thành phố Lạng Sơn": people name a place with its rank, the data without.
  const queries = [...new Set([whole, withoutRank(whole)])];
  const hits: { entry: T; s: number; i: number }[] = [];
  prepared.forEach(({ entry, folded, kinds }, i) => {
    const scores = queries
      .flatMap((q) => {
        const words = q.split(' ');
        return [
          ...folded.map((name) => score(name, q, words)),
          ...kinds.map((kind) => kindScore(kind, folded, q)),
        ];
      })
      .filter((s) => s >= 0);
    if (scores.length > 0) hits.push({ entry, s: Math.min(...scores), i });
  });
  return hits
    .sort((a, b) => a.s - b.s || a.i - b.i)
    .slice(0, limit)
    .map((h) => h.entry);
}

/**
 * The ranks of Vietnamese administrative units and places, folded, as they lead a name ("xã",
 * "phường", "thị trấn", "huyện", "thành phố", "tỉnh" and their abbreviations), and the English ones
 * that follow it ("Cao Lộc district").
 */
const RANK_BEFORE =
  /^(?:tinh|thanh pho|tp|thi xa|tx|thi tran|tt|huyen|xa|phuong|province|city|town|district|commune|ward) (?=\S)/;
const RANK_AFTER = / (?:province|city|town|district|commune|ward)$/;

/**
 * A folded name without the administrative rank it leads or ends with: "xa huu lung" → "huu lung",
 * "cao loc district" → "cao loc". A name that is only a rank stays as it is.
 */
export function withoutRank(folded: string): string {
  return folded.replace(RANK_BEFORE, '').replace(RANK_AFTER, '');
}

/** Two look-alikes closer than this (km) are one place named twice. */
const SAME_PLACE_KM = 3;

/**
 * Drops entries that only repeat an earlier one: of the same sort (`lookAlike.sort`), with the same
 * name once folded, and within 3 km ("Hữu Lũng", the plan's urban area, and "Hữu Lũng", the town on
 * the base map). The earlier entry is kept; entries without `lookAlike` are never dropped.
 */
export function mergeLookAlikes<T extends SearchEntry>(entries: readonly T[]): T[] {
  const kept: T[] = [];
  const seen: { sort: string; name: string; at: [number, number] }[] = [];
  for (const e of entries) {
    const like = e.lookAlike;
    const name = withoutRank(fold(e.names[0] ?? ''));
    if (
      like &&
      seen.some((x) => x.sort === like.sort && x.name === name && kmBetween(x.at, like.at) < SAME_PLACE_KM)
    )
      continue;
    if (like) seen.push({ sort: like.sort, name, at: like.at });
    kept.push(e);
  }
  return kept;
}

/** Distance in km between two [lng, lat] a few km apart (flat-earth approximation, ample for 3 km). */
function kmBetween(a: [number, number], b: [number, number]): number {
  const kx = 111.32 * Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
  return Math.hypot((a[0] - b[0]) * kx, (a[1] - b[1]) * 110.57);
}
