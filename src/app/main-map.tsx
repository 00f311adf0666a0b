import { useCallback, useMemo, useState } from 'react';
import { phasesShown } from '../analysis/phases';
import { pickHits } from '../data/pick-hits';
import { AFTER_FIRST_VIEW_MS } from '../data/sources';
import { translate } from '../i18n/translate';
import { MapView } from '../map/map-view';
import { parseUserFeatureKey } from '../map/user-layers';
import type { AppState } from '../state/app-state';
import { firstViewShown } from '../state/import-actions';
import { baseMapFailed } from '../state/layer-actions';
import { mapUnavailable } from '../state/map-actions';
import { addMeasurePoint, endMeasure } from '../state/measure-actions';
import { closePopups } from '../state/popup-actions';
import { cameraMoved, mapClick } from '../state/selection-actions';
import { isFeatureShown } from '../state/selectors';
import { useAppState, useStore } from '../ui/use-store';
import { useMapCatalog } from './map-catalog';
import { popupOf, preloadPopups, useAnchors } from './popup-content';
import { useApp } from './use-app-data';
import { useMapDraws } from './use-map-draws';

const phaseLabel = (s: Pick<AppState, 'lang' | 'phase'>, p: AppState['swipe']) =>
  translate(s.lang, p === 'base' ? 'phase.base' : `phase.${p ?? s.phase}`);

/** The map itself, given what it draws: the layers and their look, the user's layers, the popup, the measure. */
export function MainMap() {
  const store = useStore();
  const act = store.update;
  const app = useApp();
  const { tools, index, importer } = app;
  const [initialCamera] = useState(() => store.get().camera);
  const catalog = useMapCatalog();
  const lang = useAppState((x) => x.lang);
  const draws = useMapDraws();
  const layers = draws.plan;
  const phase = useAppState((x) => x.phase);
  const swipe = useAppState((x) => x.swipe);
  const baseMap = useAppState((x) => x.baseMap);
  const measure = useAppState((x) => x.measure);
  const imported = useAppState((x) => x.imported);
  const archives = useAppState((x) => x.archives);
  const cameraRequest = useAppState((x) => x.cameraRequest);
  const popupState = useAppState((x) => x.popup);
  const panel = useAppState((x) => x.panel);

  // Rank discs mark only the sites the map draws: not those of a hidden layer or another phase.
  const siteStyle = useMemo(() => {
    const { ranks } = tools.siteStyle;
    if (!ranks) return tools.siteStyle;
    const rule = {
      visible: layers.visible,
      phase,
      siteLayers: tools.siteLayers,
      shownSites: tools.siteStyle.shown,
    };
    const drawn = (id: string) => {
      const f = index.get(id);
      return f !== undefined && isFeatureShown(rule, f.layerId, f.feature);
    };
    return { ...tools.siteStyle, ranks: ranks.filter((r) => drawn(r.id)) };
  }, [tools.siteStyle, tools.siteLayers, index, layers.visible, phase]);
  const anchors = useAnchors(popupState?.kind === 'plan');
  const popup = useMemo(
    () => popupOf({ popup: popupState, panel, lang, archives }, index, imported, store, anchors),
    [popupState, panel, lang, archives, index, imported, store, anchors],
  );
  const phases = useMemo(() => phasesShown(phase), [phase]);
  const swipeProp = useMemo(() => {
    if (!swipe) return null;
    const s = { lang, phase };
    return {
      plan: swipe === 'base' ? ('none' as const) : phasesShown(swipe),
      labels: [phaseLabel(s, null), phaseLabel(s, swipe)] as [string, string],
      handleLabel: translate(lang, 'phase.handle', {
        left: phaseLabel(s, null),
        right: phaseLabel(s, swipe),
      }),
    };
  }, [swipe, lang, phase]);

  const onFeatureClick = useCallback(
    ({ featureIds, lngLat }: { featureIds: string[]; lngLat: [number, number] }) => {
      const userKey = featureIds.find((id) => parseUserFeatureKey(id) !== null) ?? null;
      const planIds = pickHits(featureIds, index).map((h) => h.feature.id);
      act((x) =>
        mapClick(x, { planIds, userKey, userOnTop: featureIds.indexOf(userKey ?? '') === 0, at: lngLat }),
      );
    },
    [index, act],
  );

  return (
    <MapView
      catalog={catalog}
      lang={lang}
      visible={layers.visible}
      order={layers.order}
      opacity={layers.opacity}
      baseMap={baseMap}
      data={app.data}
      dataSettled={app.settled}
      popup={popup}
      siteLayers={tools.siteLayers}
      siteStyle={siteStyle}
      user={draws.user}
      onArchivePick={(pick) =>
        // Loaded already: the map's archive layers, which report the pick, import it.
        void import('../state/archive-actions').then((m) => act((x) => m.pickArchiveFeature(x, pick)))
      }
      measure={measure}
      onMeasureClick={(ll) => act((x) => addMeasurePoint(x, ll))}
      onMeasureEnd={() => act(endMeasure)}
      apiRef={app.mapApi}
      phases={phases}
      swipe={swipeProp}
      initialCamera={initialCamera}
      cameraRequest={cameraRequest}
      onCameraChange={(c) => act((x) => cameraMoved(x, c))}
      onBaseMapFailed={() => act(baseMapFailed)}
      onFeatureClick={onFeatureClick}
      onContextPoint={(at) =>
        void import('../state/report-actions').then((m) =>
          act((x) => m.openLandReport(x, { kind: 'point', at }, { kind: 'map' })),
        )
      }
      onUserLayerDrawn={(id) => {
        importer.drawn(id);
        window.__lsDrawn = { ...window.__lsDrawn, [id]: performance.now() };
      }}
      onPopupClose={() => act(closePopups)}
      onUnavailable={(failure) => act((x) => mapUnavailable(x, failure))}
      onFirstIdle={(map) => {
        window.__lsMap = map;
        window.__lsReady = performance.now();
        act(firstViewShown);
        setTimeout(preloadPopups, AFTER_FIRST_VIEW_MS);
      }}
    />
  );
}
