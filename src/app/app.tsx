import { useCallback, useEffect, useState } from 'react';
import { CATALOG } from '../../geodata/catalog';
import { AFTER_FIRST_VIEW_MS, firstViewDrawn } from '../data/sources';
import { LangContext } from '../i18n/lang-context';
import { initialState } from '../state/app-state';
import { linkLang, rememberedLang, startLang } from '../state/lang-start';
import { setKeysOpen } from '../state/panel-actions';
import { createStore } from '../state/store';
import { isEmbed, readStartUrl } from '../state/url-sync';
import { SkipLinks } from '../ui/skip-links';
import { StoreContext, useAppState } from '../ui/use-store';
import { CRAMPED_WIDTH, LayerPanel } from './layer-panel';
import { MapStage } from './map-stage';
import { Panels, SitesDock } from './panels';
import { preloadPopups } from './popup-content';
import { useAppData } from './use-app-data';
import { prefersContrast, useStoreEffects } from './use-store-effects';

/**
 * The store is made once, from the link the page was opened with, and the language chosen last in
 * this browser (an embedded page speaks its host's link's language, and offers nothing).
 */
function makeStore() {
  const cramped = window.innerWidth < CRAMPED_WIDTH;
  const state = initialState(readStartUrl(CATALOG), CATALOG, cramped, prefersContrast().matches);
  const embed = isEmbed();
  // Vietnamese is the default a link leaves out: any other language in the state came from the link.
  const fromLink = linkLang(window.location.hash) ?? (state.lang !== 'vi' ? state.lang : null);
  const browserLangs = navigator.languages?.length ? navigator.languages : [navigator.language];
  const start = startLang(fromLink ?? (embed ? 'vi' : null), rememberedLang(), browserLangs);
  return createStore({ ...state, lang: start.lang, langOffer: start.offerEnglish });
}

/** The page: the layer panel, the map with its tools, the site table under it, and the panels. */
export function App() {
  const [store] = useState(makeStore);
  return (
    <StoreContext.Provider value={store}>
      <Screen store={store} />
    </StoreContext.Provider>
  );
}

function Screen({ store }: { store: ReturnType<typeof makeStore> }) {
  const [embed] = useState(isEmbed);
  const [firstIdle, setFirstIdle] = useState(false);
  const lang = useAppState((s) => s.lang);
  const app = useAppData();
  const focus = useStoreEffects(store, firstIdle);
  const mapFailed = useAppState((s) => s.mapFailure !== null);
  // Without a map, what waits for its first view (the source registry, stored layers) starts now.
  useEffect(() => {
    if (!mapFailed) return;
    firstViewDrawn();
    setFirstIdle(true);
  }, [mapFailed]);
  const onFirstIdle = useCallback((map: unknown) => {
    window.__lsMap = map;
    window.__lsReady = performance.now();
    firstViewDrawn();
    setFirstIdle(true);
    setTimeout(preloadPopups, AFTER_FIRST_VIEW_MS);
  }, []);

  return (
    <LangContext.Provider value={lang}>
      <div className={`app ${embed ? 'is-embed' : ''}`}>
        {!embed && (
          <SkipLinks
            onMap={() => document.querySelector<HTMLElement>('.maplibregl-canvas')?.focus()}
            onKeys={() => store.update((s) => setKeysOpen(s, true))}
          />
        )}
        {!embed && <LayerPanel app={app} />}
        <main className="map-area">
          <MapStage app={app} embed={embed} onFirstIdle={onFirstIdle} />
          {!embed && <SitesDock app={app} focus={focus} />}
        </main>
        {!embed && <Panels app={app} focus={focus} />}
      </div>
    </LangContext.Provider>
  );
}
