import { type ReactNode, useState } from 'react';
import { CATALOG } from '../../geodata/catalog';
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
import { AppDataContext, useAppData } from './use-app-data';
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
      <WithData>
        <Screen store={store} />
      </WithData>
    </StoreContext.Provider>
  );
}

/**
 * Gives the page its data (useAppData) through a context: this re-renders when what the data
 * depends on changes (the visible layers, the investor tools), the screen it holds does not.
 */
function WithData({ children }: { children: ReactNode }) {
  const app = useAppData();
  return <AppDataContext.Provider value={app}>{children}</AppDataContext.Provider>;
}

/** The layout: each part reads the slices of the state and the data it shows. */
function Screen({ store }: { store: ReturnType<typeof makeStore> }) {
  const [embed] = useState(isEmbed);
  const lang = useAppState((s) => s.lang);
  const focus = useStoreEffects(store);
  return (
    <LangContext.Provider value={lang}>
      <div className={`app ${embed ? 'is-embed' : ''}`}>
        {!embed && (
          <SkipLinks
            onMap={() => document.querySelector<HTMLElement>('.maplibregl-canvas')?.focus()}
            onKeys={() => store.update((s) => setKeysOpen(s, true))}
          />
        )}
        {!embed && <LayerPanel />}
        <main className="map-area">
          <MapStage embed={embed} />
          {!embed && <SitesDock focus={focus} />}
        </main>
        {!embed && <Panels focus={focus} />}
      </div>
    </LangContext.Provider>
  );
}
