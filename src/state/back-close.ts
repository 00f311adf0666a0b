import type { AppState } from './app-state';
import { BACK_CLOSES_WHERE, backCloses, pressBack } from './back-actions';
import type { Store } from './store';

/** Marks the history entry pushed while something is open (see startBackClose). */
const MARK = 'lsOpen';

/** Marks the entry under it: Back lands there, a link pasted or followed makes an entry without it. */
const BELOW = 'lsBelow';

const stateOf = () => window.history.state as Record<string, unknown> | null;
const ours = () => stateOf()?.[MARK] === true;

/**
 * On a phone or a touch screen, makes Back close what is open (backCloses) instead of leaving the app: while
 * something is, one history entry is pushed (the same address); Back pops it and closes the topmost
 * thing (pressBack), pushing again while more stays open. Closed another way, the entry is taken
 * back. Camera moves and other changes add no entry (the address is replaced, see url-sync).
 * `writeNow` writes the store's link into the current entry at once: the entry Back returns to has
 * an older one, which must not be applied. Returns the function that stops it.
 */
export function startBackClose(store: Store<AppState>, writeNow: () => void): () => void {
  if (!window.matchMedia(BACK_CLOSES_WHERE).matches) return () => {};
  /** history.back() was called to take our entry away: its popstate is not the user's Back. */
  let taking = false;
  let onOurs = ours();
  const reconcile = () => {
    if (taking) return;
    const open = backCloses(store.get());
    if (open && !onOurs) {
      window.history.replaceState({ ...stateOf(), [BELOW]: true }, '', window.location.hash);
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
    // A link pasted into the address bar (or a #link followed) also fires popstate, on a new entry
    // without our marks: it is not a Back. Its hashchange applies it, then onHash reconciles.
    const navigated = !taking && !onOurs && stateOf()?.[BELOW] !== true;
    if (navigated) return;
    if (taking) taking = false;
    else if (wasOurs && !onOurs) store.update(pressBack);
    // Fired before hashchange: the link of the entry returned to is replaced, not applied.
    if (wasOurs || onOurs) writeNow();
    reconcile();
  };
  const onHash = () => {
    onOurs = ours();
    reconcile();
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
