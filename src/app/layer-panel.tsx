import { lazy, Suspense, useMemo } from 'react';
import { CATALOG } from '../../geodata/catalog';
import { rememberLang } from '../state/lang-start';
import {
  chooseBaseMap,
  chooseLang,
  chooseMapStyle,
  moveLayer,
  setLayerOpacity,
  setPhase,
  setSwipe,
  toggleLayer,
} from '../state/layer-actions';
import { openPanel, openSites, setShareOpen, setSidePanelOpen } from '../state/panel-actions';
import { choosePlace } from '../state/selection-actions';
import { mapStyleOf } from '../state/selectors';
import { SidePanel } from '../ui/side-panel';
import { useAppState, useStore } from '../ui/use-store';
import { ArchiveArea, routeFiles } from './archive-area';
import { useMapCatalog } from './map-catalog';
import type { SearchHit } from './search-index';
import { useApp } from './use-app-data';

// The paste box's button comes with the first idle: the first view's budget has no room for it.
const PasteParcel = lazy(() => import('./coordinate-tools').then((m) => ({ default: m.PasteParcel })));

/** Below this width (CSS px) the layer panel and the site table do not both fit beside the map. */
export const CRAMPED_WIDTH = 1200;

/** The side panel (title, search, language, base map, phases, layers, the user's layers), wired to the store. */
export function LayerPanel() {
  const app = useApp();
  const store = useStore();
  const act = store.update;
  const s = {
    phase: useAppState((x) => x.phase),
    swipe: useAppState((x) => x.swipe),
    sidePanelOpen: useAppState((x) => x.sidePanelOpen),
    layers: useAppState((x) => x.layers),
    baseMap: useAppState((x) => x.baseMap),
    sitesOpen: useAppState((x) => x.investor.open),
    mapless: useAppState((x) => x.mapFailure !== null),
    idle: useAppState((x) => x.firstIdle),
    mapStyle: useAppState(mapStyleOf),
    langOffer: useAppState((x) => x.langOffer),
  };
  const catalog = useMapCatalog();
  // Without a map a place (town, commune) has nothing to show: the search offers plan features only.
  const searchItems = useMemo(
    () => (s.mapless ? app.searchItems.filter((i) => !i.at) : app.searchItems),
    [s.mapless, app.searchItems],
  );
  return (
    <SidePanel
      catalog={catalog}
      phase={s.phase}
      swipe={s.swipe}
      onPhase={(p) => act((x) => setPhase(x, p))}
      onSwipe={(w) => act((x) => setSwipe(x, w))}
      open={s.sidePanelOpen}
      onOpen={(open) => act((x) => setSidePanelOpen(x, open))}
      visible={s.layers.visible}
      order={s.layers.order}
      opacity={s.layers.opacity}
      status={app.status}
      data={app.data}
      baseMap={s.baseMap}
      mapStyle={s.mapStyle}
      onMapStyle={(m) => act((x) => chooseMapStyle(x, m))}
      onToggleLayer={(id, on) => act((x) => toggleLayer(x, id, on))}
      onMoveLayer={(id, dir) => act((x) => moveLayer(x, CATALOG, id, dir))}
      onOpacity={(id, v) => act((x) => setLayerOpacity(x, id, v))}
      onChooseFeature={app.choose}
      searchItems={searchItems}
      mapless={s.mapless}
      onSearchChoose={(item: SearchHit) => {
        if (!item.at) app.choose(item.id);
        else
          act((x) =>
            choosePlace(x, {
              id: item.id,
              label: item.label,
              kindLabel: item.kindLabel,
              at: item.at as [number, number],
            }),
          );
      }}
      onLang={(l) => {
        rememberLang(l);
        act((x) => chooseLang(x, l));
      }}
      langOffer={s.langOffer}
      onLangOffer={(english) => {
        const l = english ? 'en' : 'vi';
        rememberLang(l);
        act((x) => chooseLang(x, l));
      }}
      onBaseMap={(b) => act((x) => chooseBaseMap(x, b))}
      onOverview={() => act((x) => openPanel(x, { kind: 'overview' }))}
      onCredits={() => act((x) => openPanel(x, { kind: 'credits' }))}
      onSites={() => act((x) => openSites(x, window.innerWidth < CRAMPED_WIDTH))}
      imported={app.imported}
      onImportFiles={(files) => routeFiles(store, app.importer.importFiles, files)}
      onRemoveImported={app.removeLayer}
      onZoomImported={s.mapless ? null : app.frameLayer}
      archives={
        <>
          {s.idle && (
            <Suspense fallback={null}>
              <PasteParcel />
            </Suspense>
          )}
          <ArchiveArea onZoom={s.mapless ? null : (b) => app.mapApi.current?.fitBounds(b)} />
        </>
      }
      sitesOpen={s.sitesOpen}
      onShare={() => act((x) => setShareOpen(x, true))}
    />
  );
}
