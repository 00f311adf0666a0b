import type { Lang } from '../types/core';
import { type Criterion, criterionValue, type Ranked, STATUS_SCORE } from './ranking';
import { SITE_KINDS } from './site-kinds';
import { type Currency, leadValue } from './site-values';

/** The columns the site table sorts by. */
export const SORT_COLUMNS = [
  'score',
  'name',
  'kind',
  'status',
  'area',
  'capital',
  'gate',
  'huu_nghi',
  'expressway',
  'road',
  'railway',
  'city',
  'geopark',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export interface Sort {
  column: SortColumn;
  descending: boolean;
}

/** A sort from its link token (`-area` = area, descending); null for an unknown column. */
export function sortFromToken(token: string | null): Sort | null {
  if (!token) return null;
  const descending = token.startsWith('-');
  const column = (descending ? token.slice(1) : token) as SortColumn;
  return SORT_COLUMNS.includes(column) ? { column, descending } : null;
}

export const sortToken = (s: Sort): string => `${s.descending ? '-' : ''}${s.column}`;

const COLLATORS: Record<Lang, Intl.Collator> = {
  vi: new Intl.Collator('vi'),
  en: new Intl.Collator('en'),
};

/**
 * Rows in the order of a column. Unknown values go last whichever the direction, and ties keep
 * the incoming order (the ranking, or the data's order), so a sort never hides a missing figure
 * among the first rows. Investment sorts the sites with a figure in `currency` first, then those
 * with only the other currency: the two are never converted into each other.
 */
export function sortRows(
  rows: readonly Ranked[],
  sort: Sort,
  lang: Lang,
  currency: Currency = 'vnd',
): Ranked[] {
  const { column, descending } = sort;
  // A key is [group, value]: groups sort first and never flip with the direction (investment in
  // VND, then sites with only a USD figure), values sort within a group.
  type Key = [number, number | string] | null;
  const one = (v: number | string | null): Key => (v === null ? null : [0, v]);
  const key = (r: Ranked): Key => {
    const s = r.site;
    switch (column) {
      case 'score':
        return one(r.score);
      case 'name':
        return one(s.feature.properties.name[lang]);
      case 'kind':
        // The column is "kind, status": by kind, then the readiest first within each kind.
        return one(SITE_KINDS.indexOf(s.kind) * 10 + (1 - STATUS_SCORE[s.feature.properties.status]) * 4);
      case 'status':
        return one(criterionValue(s, 'status'));
      case 'area':
        return one(leadValue(s.area));
      case 'capital': {
        // The chosen currency first, then the sites with only the other one.
        const own = leadValue(s.capital[currency]);
        const other = leadValue(s.capital[currency === 'vnd' ? 'usd' : 'vnd']);
        return own !== null ? [0, own] : other !== null ? [1, other] : null;
      }
      case 'geopark':
        return s.proximity.geopark === 'unknown'
          ? null
          : one(['outside', 'inside-provisional', 'inside'].indexOf(s.proximity.geopark));
      default:
        return one(criterionValue(s, column as Criterion));
    }
  };
  const compare = (a: number | string, b: number | string) =>
    typeof a === 'string' && typeof b === 'string'
      ? COLLATORS[lang].compare(a, b)
      : (a as number) - (b as number);
  const keyed = rows.map((r, i) => ({ r, k: key(r), i }));
  keyed.sort((a, b) => {
    if (a.k === null || b.k === null) return a.k === b.k ? a.i - b.i : a.k === null ? 1 : -1;
    const c = compare(a.k[1], b.k[1]);
    return a.k[0] - b.k[0] || (descending ? -c : c) || a.i - b.i;
  });
  return keyed.map((x) => x.r);
}
