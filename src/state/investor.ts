import { type Weights, weightsFromLink, weightsToLink } from '../analysis/ranking';
import { EMPTY_FILTER, filterFromLink, filterToLink, type SiteFilter } from '../analysis/site-filter';
import type { ViewState } from './url';

/** Everything the investor tools hold that a share link reopens. */
export interface InvestorState {
  /** The site table is open. */
  open: boolean;
  filter: SiteFilter;
  /** null: ranking off. */
  weights: Weights | null;
  /** Sort token (see site-sort.ts); null: the default order. */
  sort: string | null;
  /** Sites picked for the side-by-side comparison. */
  compare: string[];
}

export const INITIAL_INVESTOR: InvestorState = {
  open: false,
  filter: EMPTY_FILTER,
  weights: null,
  sort: null,
  compare: [],
};

export function investorFromView(
  v: Pick<ViewState, 'sites' | 'filters' | 'rank' | 'sort' | 'compare'>,
): InvestorState {
  return {
    open: v.sites,
    filter: filterFromLink(v.filters),
    weights: v.rank ? weightsFromLink(v.rank) : null,
    sort: v.sort,
    compare: [...v.compare],
  };
}

export function investorToView(
  s: InvestorState,
): Pick<ViewState, 'sites' | 'filters' | 'rank' | 'sort' | 'compare'> {
  return {
    sites: s.open,
    filters: filterToLink(s.filter),
    rank: s.weights ? weightsToLink(s.weights) : null,
    sort: s.sort,
    compare: [...s.compare],
  };
}
