import type { AppState } from './app-state';
import { backCloses, pressBack } from './back-actions';
import type { Store } from './store';

/** Marks the history entry pushed while something is open (see startBackClose). */
const MARK = 'lsOpen';

const ours = () => (window.history.state as Record<string, unknown> | null)?.[MARK] === true;

/**
 * On a phone or a touch screen, makes Back close what is open (backCloses) instead of leaving the app: while
 * something is, one history entry is pushed (the same address); Back pops it and closes the topmost
 * thing (pressBack), pushing again while more stays open. Closed another way, the entry is taken
 * back. Camera moves and other changes add no entry (the address is replaced, see url-sync).
 * `writeNow` writes the store's link into the current entry at once: the entry Back returns to has
 * an older one, which must not be applied. Returns the function that stops it.
 */
export function startBackClose(store: Store<AppState>, writeNow: () => void): () => void {
  if (!window.matchMedia('(max-width: 700px), (pointer: coarse)').matches) return () => {};
  /** history.back() was called to take our entry away: its popstate is not the user's Back. */
  let taking = false;
  let onOurs = ours();
  const reconcile = () => {
    if (taking) return;
    const open = backCloses(store.get());
    if (open && !onOurs) {
      window.history.pushState({ [MARK]: true }, '', window.location.hash);
      onOurs = true;
    } else if (!open && onOurs) {
      taking = true;
      window.history.back();
    }
  };
  const onPop = () => {
    const wasOurs = onOurs;
    onOurs = ours();
    if (taking) taking = false;
    else if (wasOurs && !onOurs) store.update(pressBack);
    // Fired before hashchange: the link of the entry returned to is replaced, not applied.
    if (wasOurs || onOurs) writeNow();
    reconcile();
  };
  // A link pasted into the address bar makes a new entry, not ours.
  const onHash = () => {
    onOurs = ours();
  };
  const unsubscribe = store.subscribe(reconcile);
  window.addEventListener('popstate', onPop);
  window.addEventListener('hashchange', onHash);
  reconcile();
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
    window.removeEventListener('hashchange', onHash);
  };
}
