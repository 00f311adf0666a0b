import type { AppState } from './app-state';
import type { InvestorState } from './investor';

/** Changes the investor tools' state: filters, ranking, sort, the comparison. */
export function updateInvestor(s: AppState, change: (i: InvestorState) => InvestorState): AppState {
  const investor = change(s.investor);
  return investor === s.investor ? s : { ...s, investor };
}

/** A comparison needs two sites: left with fewer, the open comparison closes (decided here, not by what has loaded). */
export const MIN_COMPARE = 2;

/** The sites picked for the side-by-side comparison. */
export function setCompare(s: AppState, compare: readonly string[]): AppState {
  const next = updateInvestor(s, (i) => ({ ...i, compare: [...compare] }));
  return next.panel?.kind === 'compare' && compare.length < MIN_COMPARE ? { ...next, panel: null } : next;
}

export function removeFromCompare(s: AppState, id: string): AppState {
  return setCompare(
    s,
    s.investor.compare.filter((x) => x !== id),
  );
}
