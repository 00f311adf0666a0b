/**
 * A minimal external store: one value, replaced (never mutated) by pure actions, with listeners
 * told after each change. React reads it through `useSyncExternalStore`; the URL sync, the
 * storage of imported layers and the focus bookkeeping subscribe to it without React.
 */
export interface Store<S> {
  get(): S;
  /** Replaces the state with what `action` makes of it; listeners run only when it changed. */
  update(action: (state: S) => S): void;
  /** Calls `listener(next, previous)` after every change; returns the unsubscribe function. */
  subscribe(listener: (next: S, previous: S) => void): () => void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<(next: S, previous: S) => void>();
  return {
    get: () => state,
    update(action) {
      const previous = state;
      const next = action(previous);
      if (next === previous) return;
      state = next;
      for (const l of [...listeners]) l(next, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
