import { useEffect } from 'react';
import { CATALOG } from '../../geodata/catalog';
import { translate } from '../i18n/translate';
import type { AppState, Notice, Panel } from '../state/app-state';
import { dismissNotice, notify } from '../state/notice-actions';
import { pressEscape } from '../state/panel-actions';
import type { Store } from '../state/store';
import { startUrlSync } from '../state/url-sync';
import { loadStoredLayers, type PersistFailure, persistImported } from './persist-imported';

const focused = () => (document.activeElement instanceof HTMLElement ? document.activeElement : null);
const refocus = (el: HTMLElement | null) => {
  if (el?.isConnected) el.focus();
};

/** A panel about the same feature, switched between details and sheet: no new opener. */
const samePlace = (a: Panel, b: Panel) => a !== null && b !== null && 'id' in a && 'id' in b && a.id === b.id;

/**
 * Panels give focus back to what opened them: the element focused when a panel (or the site
 * table) opened gets it back when it closes. Runs as the store changes, before React draws the
 * new panel, so the opener is still the focused element.
 */
function followFocus(store: Store<AppState>): () => void {
  let panelOpener: HTMLElement | null = null;
  let sitesOpener: HTMLElement | null = null;
  return store.subscribe((next, prev) => {
    if (next.panel !== prev.panel) {
      if (next.panel === null) refocus(panelOpener);
      else if (!samePlace(prev.panel, next.panel)) panelOpener = focused();
    }
    if (next.investor.open !== prev.investor.open) {
      if (next.investor.open) sitesOpener = focused();
      else refocus(sitesOpener);
    }
  });
}

/** Notices that close by themselves (an offer to undo) are closed when their time is up. */
function expireNotices(store: Store<AppState>): () => void {
  const timed = new WeakSet<Notice>();
  return store.subscribe((next) => {
    for (const n of next.notices) {
      if (!n.timeoutMs || timed.has(n)) continue;
      timed.add(n);
      setTimeout(() => store.update((s) => dismissNotice(s, n.id, n)), n.timeoutMs);
    }
  });
}

function storageNotice(store: Store<AppState>) {
  return (f: PersistFailure) => {
    if ('skipped' in f) {
      store.update((s) => notify(s, { id: 'store', key: 'user.storeSkipped', params: { n: f.skipped } }));
      return;
    }
    void import('../i18n/import-messages').then(({ storeMessage }) =>
      store.update((s) =>
        notify(s, {
          id: 'store',
          key: 'user.storeSkipped',
          text: { vi: storeMessage('vi', f), en: storeMessage('en', f) },
        }),
      ),
    );
  };
}

/**
 * What follows the store outside React's drawing: the address bar, the stored imported layers,
 * focus, notices that expire, Escape, and the page's language and title. `firstIdle`: the first
 * view is drawn, so the stored layers may load.
 */
export function useStoreEffects(store: Store<AppState>, firstIdle: boolean): void {
  useEffect(() => {
    const onFailure = storageNotice(store);
    const stops = [
      startUrlSync(store, CATALOG),
      persistImported(store, onFailure),
      followFocus(store),
      expireNotices(store),
    ];
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !document.querySelector('dialog[open]')) store.update(pressEscape);
    };
    window.addEventListener('keydown', onKey);
    const title = (s: AppState) => {
      document.documentElement.lang = s.lang;
      document.title = `${translate(s.lang, 'app.title')} — ${translate(s.lang, 'app.subtitle')}`;
    };
    title(store.get());
    const stopTitle = store.subscribe((next, prev) => {
      if (next.lang !== prev.lang) title(next);
    });
    return () => {
      for (const stop of [...stops, stopTitle]) stop();
      window.removeEventListener('keydown', onKey);
    };
  }, [store]);

  useEffect(() => {
    if (firstIdle) void loadStoredLayers(store, storageNotice(store));
  }, [firstIdle, store]);
}
