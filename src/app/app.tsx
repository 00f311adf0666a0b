import { type ReactNode, useState } from 'react';
import { CATALOG } from '../../geodata/catalog';
import { LangContext } from '../i18n/lang-context';
import { initialState } from '../state/app-state';
import { createStore } from '../state/store';
import { isEmbed, readStartUrl } from '../state/url-sync';
import { StoreContext, useAppState } from '../ui/use-store';
import { CRAMPED_WIDTH, LayerPanel } from './layer-panel';
import { MapStage } from './map-stage';
import { Panels, SitesDock } from './panels';
import { AppDataContext, useAppData } from './use-app-data';
import { prefersContrast, useStoreEffects } from './use-store-effects';

/** The store is made once, from the link the page was opened with. */
function makeStore() {
  const cramped = window.innerWidth < CRAMPED_WIDTH;
  return createStore(initialState(readStartUrl(CATALOG), CATALOG, cramped, prefersContrast().matches));
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
