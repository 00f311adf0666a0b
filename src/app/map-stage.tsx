import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { phasesShown } from '../analysis/phases';
import { pickHits } from '../data/pick-hits';
import { measureResult } from '../i18n/format-measure';
import { translate } from '../i18n/translate';
import { MapView } from '../map/map-view';
import { parseUserFeatureKey } from '../map/user-layers';
import type { AppState } from '../state/app-state';
import { baseMapFailed } from '../state/layer-actions';
import { mapUnavailable } from '../state/map-actions';
import { mapDraws } from '../state/map-draws';
import { addMeasurePoint, endMeasure, setMeasure } from '../state/measure-actions';
import { dismissNotice } from '../state/notice-actions';
import { openPanel, openSites, setSidePanelOpen } from '../state/panel-actions';
import { closePopups } from '../state/popup-actions';
import { cameraMoved, mapClick } from '../state/selection-actions';
import { isFeatureShown } from '../state/selectors';
import { EmbedBar } from '../ui/embed-bar';
import { ExportMenu } from '../ui/export-menu';
import { MeasureTool } from '../ui/measure-tool';
import { Notices } from '../ui/notices';
import { useAppState, useStore } from '../ui/use-store';
import { dropHandles, routeFiles } from './archive-area';
import type { ShownView } from './export-actions';
import { CRAMPED_WIDTH } from './layer-panel';
import { ListButtons, ListDock } from './list-dock';
import { useMapCatalog } from './map-catalog';
import { popupOf } from './popup-content';
import type { AppData } from './use-app-data';

const ImportStatus = lazy(() => import('../ui/import-status').then((m) => ({ default: m.ImportStatus })));
// Only a browser without WebGL needs it: loaded then, with the static picture of the province.
const NoMap = lazy(() => import('../ui/no-map').then((m) => ({ default: m.NoMap })));

/** The fields of the state the map and its overlays show: not the camera, which the map itself reports. */
function useViewOfMap() {
  return {
    lang: useAppState((x) => x.lang),
    layers: useAppState((x) => x.layers),
    phase: useAppState((x) => x.phase),
    swipe: useAppState((x) => x.swipe),
    baseMap: useAppState((x) => x.baseMap),
    measure: useAppState((x) => x.measure),
    notices: useAppState((x) => x.notices),
    imported: useAppState((x) => x.imported),
    unsaved: useAppState((x) => x.unsaved),
    cameraRequest: useAppState((x) => x.cameraRequest),
    choice: useAppState((x) => x.choice),
    userPick: useAppState((x) => x.userPick),
    place: useAppState((x) => x.place),
    selection: useAppState((x) => x.selection),
    panel: useAppState((x) => x.panel),
    mapFailure: useAppState((x) => x.mapFailure),
    archives: useAppState((x) => x.archives),
    archivePick: useAppState((x) => x.archivePick),
  };
}

const phaseLabel = (s: Pick<AppState, 'lang' | 'phase'>, p: AppState['swipe']) =>
  translate(s.lang, p === 'base' ? 'phase.base' : `phase.${p ?? s.phase}`);

/**
 * The map and what lies over it: notices, the measure and export tools, the import status, the
 * divider's labels, the drop zone for files, and in embed mode the compact legend.
 */
export function MapStage({
  app,
  embed,
  onFirstIdle,
}: {
  app: AppData;
  embed: boolean;
  onFirstIdle: (map: unknown) => void;
}) {
  const store = useStore();
  const s = useViewOfMap();
  const [initialCamera] = useState(() => store.get().camera);
  const [dragging, setDragging] = useState(false);
  const { tools, index, importer } = app;
  const act = store.update;
  const catalog = useMapCatalog();

  const rule = useMemo(
    () => ({
      visible: s.layers.visible,
      phase: s.phase,
      siteLayers: tools.siteLayers,
      shownSites: tools.siteStyle.shown,
    }),
    [s.layers.visible, s.phase, tools.siteLayers, tools.siteStyle.shown],
  );
  // Rank discs mark only the sites the map draws: not those of a hidden layer or another phase.
  const siteStyle = useMemo(() => {
    const { ranks } = tools.siteStyle;
    if (!ranks) return tools.siteStyle;
    const drawn = (id: string) => {
      const f = index.get(id);
      return f !== undefined && isFeatureShown(rule, f.layerId, f.feature);
    };
    return { ...tools.siteStyle, ranks: ranks.filter((r) => drawn(r.id)) };
  }, [tools.siteStyle, index, rule]);
  // Without a map nothing is drawn: an import is done once its layer is added.
  const { progress: importing, drawn } = importer;
  useEffect(() => {
    if (s.mapFailure && importing?.progress.stage === 'drawing') drawn();
  }, [s.mapFailure, importing, drawn]);
  // What every map, legend and export draws: one description, kept while its parts are the same.
  const draws = useMemo(
    () => mapDraws({ layers: s.layers, imported: s.imported, archives: s.archives }),
    [s.layers, s.imported, s.archives],
  );
  const { choice, userPick, place, selection, panel, lang, imported, archives, archivePick } = s;
  const popup = useMemo(
    () =>
      popupOf(
        { choice, userPick, place, selection, panel, lang, archives, archivePick },
        index,
        imported,
        store,
      ),
    [choice, userPick, place, selection, panel, lang, archives, archivePick, index, imported, store],
  );

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

  const shownView = (): ShownView => ({
    catalog,
    draws,
    data: app.data,
    ...rule,
    swipe: s.swipe,
    measure: s.measure ? measureResult(s.lang, s.measure.mode, s.measure.points) : null,
    baseMap: s.baseMap,
    lang: s.lang,
  });

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping files is a shortcut; the file picker in the layer panel does the same by keyboard
    <div
      className={`map-stage ${dragging ? 'is-dragging' : ''}`}
      onDragOver={(e) => {
        if (embed || !e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(e) => {
        if (embed) return;
        e.preventDefault();
        setDragging(false);
        routeFiles(store, importer.importFiles, [...e.dataTransfer.files], dropHandles(e.dataTransfer.items));
      }}
    >
      {s.mapFailure && (
        <Suspense fallback={null}>
          <NoMap
            failure={s.mapFailure}
            embed={embed}
            onSearch={() => {
              act((x) => setSidePanelOpen(x, true));
              // The search box is in the side panel, which may have been folded away.
              requestAnimationFrame(() => document.querySelector<HTMLInputElement>('.search input')?.focus());
            }}
            onSites={() => act((x) => openSites(x, window.innerWidth < CRAMPED_WIDTH))}
            onOverview={() => act((x) => openPanel(x, { kind: 'overview' }))}
          />
        </Suspense>
      )}
      {!s.mapFailure && (
        <MapView
          catalog={catalog}
          lang={s.lang}
          visible={draws.plan.visible}
          order={draws.plan.order}
          opacity={draws.plan.opacity}
          baseMap={s.baseMap}
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
          measure={s.measure}
          onMeasureClick={(ll) => act((x) => addMeasurePoint(x, ll))}
          onMeasureEnd={() => act(endMeasure)}
          apiRef={app.mapApi}
          phases={phasesShown(s.phase)}
          swipe={
            s.swipe
              ? {
                  plan: s.swipe === 'base' ? 'none' : phasesShown(s.swipe),
                  labels: [phaseLabel(s, null), phaseLabel(s, s.swipe)],
                  handleLabel: translate(s.lang, 'phase.handle', {
                    left: phaseLabel(s, null),
                    right: phaseLabel(s, s.swipe),
                  }),
                }
              : null
          }
          initialCamera={initialCamera}
          cameraRequest={s.cameraRequest}
          onCameraChange={(c) => act((x) => cameraMoved(x, c))}
          onBaseMapFailed={() => act(baseMapFailed)}
          onFeatureClick={onFeatureClick}
          onUserLayerDrawn={(id) => {
            importer.drawn(id);
            window.__lsDrawn = { ...window.__lsDrawn, [id]: performance.now() };
          }}
          onPopupClose={() => act(closePopups)}
          onUnavailable={(failure) => act((x) => mapUnavailable(x, failure))}
          onFirstIdle={onFirstIdle}
        />
      )}
      {s.measure && !s.measure.done && (
        // Where "add a point at the map centre" puts it.
        <div className="map-crosshair" aria-hidden="true" />
      )}
      <Notices notices={s.notices} onDismiss={(id) => act((x) => dismissNotice(x, id))} />
      {embed && <EmbedBar catalog={catalog} draws={draws} />}
      {!embed && (
        <div className="map-tools">
          {!s.mapFailure && (
            <MeasureTool
              measure={s.measure}
              onChange={(m) => act((x) => setMeasure(x, m))}
              onAddCenter={() => {
                const c = app.mapApi.current?.center();
                if (c) act((x) => addMeasurePoint(x, c));
              }}
            />
          )}
          {/* Before the export menu, which opens leftwards from the right end of the row on a phone. */}
          <ListButtons />
          <ExportMenu
            pngUnavailable={s.mapFailure ? translate(s.lang, 'nomap.pngNeedsMap') : null}
            onPng={async (pixelRatio) => {
              const api = app.mapApi.current;
              if (!api) throw new Error('no map');
              const { exportPng } = await import('./export-actions');
              await exportPng(shownView(), api, api.viewBounds(), pixelRatio);
            }}
            onGeoJson={() => void import('./export-actions').then((m) => m.exportGeoJson(shownView()))}
            onCsv={() => void import('./export-actions').then((m) => m.exportCsv(shownView()))}
          />
        </div>
      )}
      {!embed && <ListDock app={app} />}
      {!embed && (importer.progress || importer.reports.length > 0) && (
        <Suspense fallback={null}>
          <ImportStatus
            progress={importer.progress}
            reports={importer.reports}
            onFix={(r, f) => void importer.fix(r, f)}
            onDismiss={importer.dismiss}
            unsaved={(id) => {
              const u = s.unsaved[id];
              const layer = s.imported.find((l) => l.id === id);
              return u && layer ? { name: layer.name, unsaved: u } : undefined;
            }}
          />
        </Suspense>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {translate(s.lang, 'import.drop')}
        </div>
      )}
    </div>
  );
}
