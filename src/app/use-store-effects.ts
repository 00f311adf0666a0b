import { useEffect, useRef, useState } from 'react';
import { CATALOG } from '../../geodata/catalog';
import { firstViewDrawn } from '../data/sources';
import { translate } from '../i18n/translate';
import type { AppState, Notice } from '../state/app-state';
import { systemContrastChanged } from '../state/layer-actions';
import { SKETCH_LAYER_ID } from '../state/map-draws';
import { dismissNotice } from '../state/notice-actions';
import { pressEscape } from '../state/panel-actions';
import type { Store } from '../state/store';
import { isEmbed, startUrlSync } from '../state/url-sync';
import { restoreArchives } from './archive-area';
import { FocusReturn } from './focus-return';
import { loadSketches } from './map-tools';
import { persistImported } from './persist-imported';

/** Notices that close by themselves (an offer to undo) are closed when their time is up. */
function expireNotices(store: Store<AppState>): () => void {
  const timers = new Map<Notice, ReturnType<typeof setTimeout>>();
  const unsubscribe = store.subscribe((next) => {
    for (const n of next.notices) {
      if (!n.timeoutMs || timers.has(n)) continue;
      timers.set(
        n,
        setTimeout(() => store.update((s) => dismissNotice(s, n.id, n)), n.timeoutMs),
      );
    }
  });
  return () => {
    unsubscribe();
    for (const t of timers.values()) clearTimeout(t);
  };
}

/** How long after the first view the service worker starts (its downloads leave the start to the map)… */
const WORKER_AFTER_FIRST_VIEW_MS = 3000;
/** …and how long it waits for a first view that does not come (no WebGL). */
const WORKER_PATIENCE_MS = 30_000;
let workerStarted = false;

function registerWorker(store: Store<AppState>) {
  // An embedded map belongs to the host's page: it stores nothing on its visitors' devices and does
  // not tell them it did ("saved on this device").
  if (isEmbed()) {
    performance.mark('ls:no-worker-embedded');
    return;
  }
  if (workerStarted || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  workerStarted = true;
  void import('./service-worker-client').then((m) => m.startServiceWorker(store));
}

function showLang(s: AppState) {
  document.documentElement.lang = s.lang;
  document
    .querySelector('link[rel="manifest"]')
    ?.setAttribute('href', s.lang === 'en' ? './manifest.en.webmanifest' : './manifest.webmanifest');
  document.title = `${translate(s.lang, 'app.title')} — ${translate(s.lang, 'app.subtitle')}`;
}

/** The system's request for more contrast; the map starts high contrast when no style is chosen. */
export const prefersContrast = () => window.matchMedia('(prefers-contrast: more)');

/** What the panels call after the user closed one: focus goes back to what opened it. */
export interface FocusKeeper {
  fromPanel(): void;
  fromSites(): void;
}

/**
 * What follows the store outside React's drawing: the address bar, the stored imported layers
 * (read once the first view is drawn), focus return, notices that expire, Escape, and the page's
 * language and title. Returns the focus keeper, for the panels' close buttons.
 */
export function useStoreEffects(store: Store<AppState>): FocusKeeper {
  const focus = useRef<FocusReturn | null>(null);
  useEffect(() => {
    const f = new FocusReturn(store);
    const p = persistImported(store);
    focus.current = f;
    const stops = [startUrlSync(store, CATALOG), expireNotices(store), () => f.stop(), () => p.stop()];
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || document.querySelector('dialog[open]')) return;
      const { panel } = store.get();
      store.update(pressEscape);
      if (panel && !store.get().panel) f.fromPanel();
    };
    window.addEventListener('keydown', onKey);
    const contrast = prefersContrast();
    const onContrast = () => store.update((s) => systemContrastChanged(s, contrast.matches));
    contrast.addEventListener('change', onContrast);
    stops.push(() => contrast.removeEventListener('change', onContrast));
    showLang(store.get());
    // The worker and its downloads wait until the first view is drawn (or until it plainly will not be).
    let worker = setTimeout(() => registerWorker(store), WORKER_PATIENCE_MS);
    /** What waits for the first view (or for the news that there will be no map) starts once. */
    const afterFirstView = () => {
      firstViewDrawn();
      // The link's sketches join those stored (sketch-sync.ts); the drawing tools start it too.
      void p.load().then(() => {
        const s = store.get();
        if (s.sketchLink || s.imported.some((l) => l.id === SKETCH_LAYER_ID))
          void loadSketches().then((m) => m.startSketchSync(store));
      });
      restoreArchives(store);
      clearTimeout(worker);
      worker = setTimeout(() => registerWorker(store), WORKER_AFTER_FIRST_VIEW_MS);
    };
    if (store.get().firstIdle) afterFirstView();
    stops.push(
      store.subscribe((next, prev) => {
        if (next.lang !== prev.lang) showLang(next);
        if (next.firstIdle && !prev.firstIdle) afterFirstView();
      }),
      () => clearTimeout(worker),
    );
    return () => {
      for (const stop of stops) stop();
      window.removeEventListener('keydown', onKey);
    };
  }, [store]);
  const [keeper] = useState<FocusKeeper>(() => ({
    fromPanel: () => focus.current?.fromPanel(),
    fromSites: () => focus.current?.fromSites(),
  }));
  return keeper;
}
