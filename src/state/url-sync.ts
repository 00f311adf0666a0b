import { FILTER_LINK_KEYS } from '../analysis/site-filter';
import type { LayerDef } from '../data/catalog-types';
import { FEATURE_ALIASES, LAYER_ALIASES } from './aliases';
import type { AppState } from './app-state';
import { BACK_CLOSES_WHERE } from './back-actions';
import { applyLink, toView } from './link';
import type { Store } from './store';
import { type ParseResult, parse, serialize, type UrlContext } from './url';

/** Filter keys the app understands: the investor tools' site filters. */
export const FILTER_KEYS: ReadonlySet<string> = new Set<string>(FILTER_LINK_KEYS);

export function urlContext(catalog: readonly LayerDef[], featureIds?: ReadonlySet<string>): UrlContext {
  return {
    layerIds: new Set(catalog.map((d) => d.id)),
    featureIds,
    layerAliases: LAYER_ALIASES,
    featureAliases: FEATURE_ALIASES,
    filterKeys: FILTER_KEYS,
  };
}

/** The link the page was opened with (or has now). */
export function readUrl(catalog: readonly LayerDef[]): ParseResult {
  return parse(window.location.hash, urlContext(catalog));
}

const LAST_VIEW_KEY = 'ls-last-view';

/** True when the page was started as the installed app (from the home screen), not from a link. */
function startedInstalled(): boolean {
  return window.matchMedia?.('(display-mode: standalone)').matches ?? false;
}

/**
 * The link the page starts with. The installed app starts at its bare address (the manifest's
 * start_url has no view in it, so a link opened in the app keeps its own): with no link, it
 * reopens the view the user last had.
 */
export function readStartUrl(catalog: readonly LayerDef[]): ParseResult {
  if (window.location.hash || !startedInstalled()) return readUrl(catalog);
  let last = '';
  try {
    last = window.localStorage?.getItem(LAST_VIEW_KEY) ?? '';
  } catch {
    // storage refused (private window): start at the default view
  }
  return parse(last, urlContext(catalog));
}

/** Keeps the view for the installed app's next start; a page embedded elsewhere does not. */
function rememberView(hash: string): void {
  if (isEmbed()) return;
  try {
    window.localStorage?.setItem(LAST_VIEW_KEY, hash);
  } catch {
    // storage full or refused: the next start opens the default view
  }
}

/** True when the page is embedded (`?embed=1`): panels hidden, legend and credits kept. */
export function isEmbed(): boolean {
  return new URLSearchParams(window.location.search).get('embed') === '1';
}

const WRITE_EVERY_MS = 300;

/**
 * Keeps the address bar's hash in step with the store (history.replaceState, at most every 300 ms,
 * so no history entry per pan), and applies links that arrive later (pasted, back/forward).
 * Returns the function that stops it.
 */
export function startUrlSync(store: Store<AppState>, catalog: readonly LayerDef[]): () => void {
  let written = window.location.hash;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hashOf = (s: AppState) => serialize(toView(s, catalog));
  const writeNow = () => {
    clearTimeout(timer);
    timer = undefined;
    const hash = hashOf(store.get());
    if (hash !== window.location.hash) window.history.replaceState(window.history.state, '', hash);
    if (hash !== written) rememberView(hash);
    written = hash;
  };
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(writeNow, WRITE_EVERY_MS);
  };
  const unsubscribe = store.subscribe(schedule);
  // The opening link is written back in its normal form (defaults dropped, version added).
  schedule();
  const onHashChange = () => {
    if (window.location.hash === written) return;
    written = window.location.hash;
    const link = readUrl(catalog);
    store.update((s) => applyLink(s, link, catalog));
  };
  window.addEventListener('hashchange', onHashChange);
  // On a phone or a touch screen Back closes what is open (back-close.ts; not in another site's
  // page). Elsewhere its code is not even loaded.
  const back =
    isEmbed() || !window.matchMedia(BACK_CLOSES_WHERE).matches
      ? null
      : import('./back-close').then((m) => m.startBackClose(store, writeNow));
  return () => {
    void back?.then((stop) => stop());
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
    window.removeEventListener('hashchange', onHashChange);
  };
}
