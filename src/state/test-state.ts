import { CATALOG } from '../../geodata/catalog';
import { type AppState, initialState } from './app-state';
import { DEFAULT_STATE } from './url';

/** A state as a page opens it without a link, for the tests of actions and selectors. */
export function freshState(patch: Partial<AppState> = {}): AppState {
  return { ...initialState({ state: DEFAULT_STATE, unknown: [], ignored: [] }, CATALOG, false), ...patch };
}
