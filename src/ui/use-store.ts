import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AppState } from '../state/app-state';
import type { Store } from '../state/store';

/** The app's one store, given to the tree by the app. */
export const StoreContext = createContext<Store<AppState> | null>(null);

export function useStore(): Store<AppState> {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside StoreContext');
  return store;
}

/**
 * A slice of the app state; the component re-renders when that slice changes. The selector must
 * return something held in the state (or a primitive), not a new object each time.
 */
export function useAppState<T>(select: (s: AppState) => T): T {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
