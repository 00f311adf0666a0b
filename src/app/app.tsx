import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CATALOG } from '../../geodata/catalog';
import { anchorOf, boundsOf, collectionBounds } from '../analysis/anchor';
import { inPhase, phasesShown } from '../analysis/phases';
import { pickHits } from '../data/pick-hits';
import { indexPlanFeatures } from '../data/plan-index';
import { PROXIMITY_LAYERS } from '../data/proximity-layers';
import { measureResult } from '../i18n/format-measure';
import { LangContext } from '../i18n/lang-context';
import { translate } from '../i18n/translate';
import type { ImportedLayer } from '../import/imported-store';
import { type MapApi, MapView, type PopupSpec } from '../map/map-view';
import { parseUserFeatureKey } from '../map/user-layers';
import { investorFromView, investorToView } from '../state/investor';
import { type LayerSetup, layersFromLink, layersToLink } from '../state/layer-state';
import type { ParseResult, ViewState } from '../state/url';
import type { BaseMap, Camera, Lang, LngLat, PhaseView, SwipeChoice } from '../types/core';
import { ChooserPopup } from '../ui/chooser-popup';
import { EmbedBar } from '../ui/embed-bar';
import { ExportMenu } from '../ui/export-menu';
import { FeaturePopup } from '../ui/feature-popup';
import { type MeasureState, MeasureTool } from '../ui/measure-tool';
import { type Notice, Notices } from '../ui/notices';
import { isPhone } from '../ui/phone';
import type { SearchItem } from '../ui/search-box';
import { SidePanel } from '../ui/side-panel';
import { UserFeaturePopup } from '../ui/user-feature-popup';
import type { ShownView } from './export-actions';
import { isEmbed, readUrl, useUrlSync } from './url-sync';
import { useImport } from './use-import';
import { useImportedLayers } from './use-imported-layers';
import { useInvestorTools } from './use-investor-tools';
import { useLayerData } from './use-layer-data';

const DetailPanel = lazy(() => import('../ui/detail-panel').then((m) => ({ default: m.DetailPanel })));
const SitesPanel = lazy(() => import('../ui/sites-panel').then((m) => ({ default: m.SitesPanel })));
const CompareDialog = lazy(() => import('../ui/compare-dialog').then((m) => ({ default: m.CompareDialog })));
const ImportStatus = lazy(() => import('../ui/import-status').then((m) => ({ default: m.ImportStatus })));
const SiteSheet = lazy(() => import('../ui/site-sheet').then((m) => ({ default: m.SiteSheet })));
const OverviewPanel = lazy(() => import('../ui/overview-panel').then((m) => ({ default: m.OverviewPanel })));
const ShareDialog = lazy(() => import('../ui/share-dialog').then((m) => ({ default: m.ShareDialog })));

declare global {
  interface Window {
    /** ms since navigation start when the first view was fully drawn (read by tests and the benchmark). */
    __lsReady?: number;
    /** The MapLibre map, for the browser tests. */
    __lsMap?: unknown;
    /** The map of the compared phase while the swipe is on, for the browser tests. */
    __lsSwipeMap?: unknown;
  }
}

/** A chosen plan feature: from a map click (at the clicked point) or from a list or link. */
interface Selection {
  id: string;
  at?: LngLat;
  fly: boolean;
}

/** A place (commune, town) chosen in the search box: shown with a small popup. */
interface PlaceChoice {
  item: SearchItem;
  at: LngLat;
}

/** The panel open beside (detail, overview), over (comparison) or instead of (sheet) the map. */
type Panel = { kind: 'detail' | 'sheet'; id: string } | { kind: 'overview' } | { kind: 'compare' } | null;

function panelFromView(state: ViewState): Panel {
  const { panel, selected } = state;
  if ((panel === 'detail' || panel === 'sheet') && selected) return { kind: panel, id: selected };
  if (panel === 'overview' || panel === 'compare') return { kind: panel };
  return null;
}

/** Below this width (CSS px) the layer panel and the site table do not both fit beside the map. */
const CRAMPED_WIDTH = 1400;

/** Layers the investor tools measure distances to: loaded even when hidden. */
const ALWAYS_LOADED: ReadonlySet<string> = new Set(PROXIMITY_LAYERS);

/** Several features under one click, waiting for the user to pick one. */
interface Choice {
  ids: string[];
  at: LngLat;
}

const unknownNotice = (ids: string[]): Notice => ({
  id: 'link-unknown',
  key: 'notice.unknownIds',
  params: { ids: ids.join(', ') },
});

const ignoredNotice = (params: string[]): Notice => ({
  id: 'link-ignored',
  key: 'notice.ignoredParams',
  params: { params: params.join(', ') },
});

const focusedElement = () => (document.activeElement instanceof HTMLElement ? document.activeElement : null);
const refocus = (opener: { current: HTMLElement | null }) => {
  if (opener.current?.isConnected) opener.current.focus();
  opener.current = null;
};

export function App() {
  const [initial] = useState(readUrl);
  const [embed] = useState(isEmbed);
  const [lang, setLang] = useState<Lang>(initial.state.lang);
  const [layers, setLayers] = useState<LayerSetup>(() => layersFromLink(initial.state.layers, CATALOG));
  const [baseMap, setBaseMap] = useState<BaseMap>(initial.state.baseMap);
  const [phase, setPhase] = useState<PhaseView>(initial.state.phase);
  const [swipe, setSwipe] = useState<SwipeChoice | null>(initial.state.swipe);
  const [notices, setNotices] = useState<Notice[]>(() => [
    ...(initial.unknown.length > 0 ? [unknownNotice(initial.unknown)] : []),
    ...(initial.ignored.length > 0 ? [ignoredNotice(initial.ignored)] : []),
  ]);
  const [choice, setChoice] = useState<Choice | null>(null);
  const [place, setPlace] = useState<PlaceChoice | null>(null);
  const [userPick, setUserPick] = useState<{ key: string; at: LngLat } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [measure, setMeasure] = useState<MeasureState | null>(null);
  const mapApi = useRef<MapApi | null>(null);
  /** Closes whatever popup is open (a feature, a chooser, a place, an imported feature). */
  const closePopups = useCallback(() => {
    setChoice(null);
    setPlace(null);
    setUserPick(null);
    setSelection(null);
  }, []);
  const addMeasurePoint = useCallback(
    (ll: LngLat) =>
      setMeasure((m) => (m ? { ...m, points: m.done ? [ll] : [...m.points, ll], done: false } : m)),
    [],
  );
  // A double-click is also two clicks: the second one's point is dropped when it ends the measure.
  const endMeasure = useCallback(
    () =>
      setMeasure((m) => {
        if (!m) return m;
        const [a, b] = m.points.slice(-2);
        const twice = a && b && Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9;
        return { ...m, points: twice ? m.points.slice(0, -1) : m.points, done: true };
      }),
    [],
  );
  const [selection, setSelection] = useState<Selection | null>(() =>
    initial.state.selected ? { id: initial.state.selected, fly: initial.state.camera === null } : null,
  );
  const [panel, setPanel] = useState<Panel>(() => panelFromView(initial.state));
  const [shareOpen, setShareOpen] = useState(false);
  // The layer panel folds away when the site table opens on a screen too narrow for both.
  const [panelOpen, setPanelOpen] = useState(
    () => !(initial.state.sites && window.innerWidth < CRAMPED_WIDTH),
  );
  const camera = useRef<Camera | null>(initial.state.camera);
  const [cameraTick, setCameraTick] = useState(0);
  const [cameraRequest, setCameraRequest] = useState<{ camera: Camera | null; seq: number } | null>(null);

  const notify = useCallback((n: Notice) => {
    setNotices((list) => [...list.filter((x) => x.id !== n.id), n]);
    if (n.timeoutMs) setTimeout(() => setNotices((list) => list.filter((x) => x !== n)), n.timeoutMs);
  }, []);
  // Every id a link named that this version does not know, from the first link on, in one notice.
  const unknownIds = useRef<string[]>(initial.unknown);
  const notifyUnknown = useCallback(
    (ids: string[]) => {
      unknownIds.current = [...new Set([...unknownIds.current, ...ids])];
      notify(unknownNotice(unknownIds.current));
    },
    [notify],
  );
  const { data, status, settled, allSettled } = useLayerData(
    CATALOG,
    layers.visible,
    (def, reason) =>
      notify({
        id: `layer-${def.id}`,
        key: 'notice.layerFailed',
        params: { title: def.title[lang], reason },
      }),
    ALWAYS_LOADED,
  );
  const index = useMemo(() => indexPlanFeatures(CATALOG, data), [data]);
  const [firstIdle, setFirstIdle] = useState(false);
  const imported = useImportedLayers((f) => {
    if ('skipped' in f) notify({ id: 'store', key: 'user.storeSkipped', params: { n: f.skipped } });
    else
      void import('../i18n/import-messages').then(({ storeMessage }) =>
        notify({
          id: 'store',
          key: 'user.storeSkipped',
          text: { vi: storeMessage('vi', f), en: storeMessage('en', f) },
        }),
      );
  }, firstIdle);
  /** Frames a layer the user imported: a cluster is invisible at the scale of the province. */
  const frameLayer = useCallback((layer: ImportedLayer) => {
    const b = collectionBounds(layer.fc);
    if (b) mapApi.current?.fitBounds(b);
  }, []);
  const addImported = useCallback(
    (layer: ImportedLayer) => {
      imported.add(layer);
      frameLayer(layer);
    },
    [imported.add, frameLayer],
  );
  const importer = useImport(addImported, imported.layers);
  const removeImported = useCallback(
    (layer: ImportedLayer) => {
      imported.remove(layer.id);
      notify({
        id: `removed-${layer.id}`,
        key: 'user.removed',
        params: { name: layer.name },
        action: { label: 'user.undo', run: () => imported.add(layer) },
        timeoutMs: 20_000,
      });
    },
    [imported.remove, imported.add, notify],
  );
  const userLayers = useMemo(
    () => imported.layers.map(({ id, color, opacity, visible, fc }) => ({ id, color, opacity, visible, fc })),
    [imported.layers],
  );
  // Distances are wanted by a site's details, sheet or comparison, and by the site table.
  const tools = useInvestorTools(
    investorFromView(initial.state),
    index,
    data,
    lang,
    panel !== null && panel.kind !== 'overview',
  );
  const setInvestor = tools.setState;

  // Rank discs mark only the sites the map draws: not those of a hidden layer or another phase.
  const mapSiteStyle = useMemo(() => {
    const { ranks } = tools.siteStyle;
    if (!ranks) return tools.siteStyle;
    const drawn = (id: string) => {
      const f = index.get(id);
      return f !== undefined && layers.visible.has(f.layerId) && inPhase(f.feature.properties.phase, phase);
    };
    return { ...tools.siteStyle, ranks: ranks.filter((r) => drawn(r.id)) };
  }, [tools.siteStyle, index, layers.visible, phase]);

  // A linked feature that is not in the loaded data (renamed, removed, mistyped) is named and dropped.
  const panelId = panel && 'id' in panel ? panel.id : null;
  const compareIds = tools.state.compare;
  useEffect(() => {
    if (!allSettled) return;
    const gone = [selection?.id, panelId, ...compareIds].filter(
      (id): id is string => id !== undefined && id !== null && !index.has(id),
    );
    if (gone.length === 0) return;
    notifyUnknown([...new Set(gone)]);
    if (selection && !index.has(selection.id)) setSelection(null);
    if (panelId && !index.has(panelId)) setPanel(null);
    if (compareIds.some((id) => !index.has(id)))
      setInvestor((s) => ({ ...s, compare: s.compare.filter((id) => index.has(id)) }));
  }, [allSettled, selection, panelId, compareIds, index, notifyUnknown, setInvestor]);

  const view: ViewState = {
    camera: camera.current,
    layers: layersToLink(layers, CATALOG),
    selected: selection?.id ?? panelId,
    panel: panel?.kind ?? null,
    ...investorToView(tools.state),
    phase,
    swipe,
    baseMap,
    lang,
  };
  void cameraTick; // the camera lives in a ref; the tick re-renders so the link follows it

  const applyLink = useCallback(
    ({ state, unknown, ignored }: ParseResult) => {
      setLang(state.lang);
      setBaseMap(state.baseMap);
      setPhase(state.phase);
      setSwipe(state.swipe);
      setLayers(layersFromLink(state.layers, CATALOG));
      setChoice(null);
      setSelection(state.selected ? { id: state.selected, fly: false } : null);
      setPanel(panelFromView(state));
      setInvestor(investorFromView(state));
      camera.current = state.camera;
      setCameraRequest((r) => ({ camera: state.camera, seq: (r?.seq ?? 0) + 1 }));
      if (unknown.length > 0) notifyUnknown(unknown);
      if (ignored.length > 0) notify(ignoredNotice(ignored));
    },
    [notifyUnknown, notify, setInvestor],
  );
  useUrlSync(view, applyLink);

  const toggleLayer = useCallback((id: string, on: boolean) => {
    setLayers((l) => {
      if (on === l.visible.has(id)) return l;
      const visible = new Set(l.visible);
      on ? visible.add(id) : visible.delete(id);
      return { ...l, visible };
    });
  }, []);

  const onBaseMapFailed = useCallback(() => {
    setBaseMap('embedded');
    notify({ id: 'basemap', key: 'basemap.failed' });
  }, [notify]);

  const chooseBaseMap = useCallback((b: BaseMap) => {
    setNotices((list) => list.filter((n) => n.id !== 'basemap'));
    setBaseMap(b);
  }, []);

  const onFirstIdle = useCallback((map: unknown) => {
    window.__lsMap = map;
    window.__lsReady = performance.now();
    setFirstIdle(true);
  }, []);

  const onCameraChange = useCallback((c: Camera) => {
    camera.current = c;
    setCameraTick((t) => t + 1);
  }, []);

  // Panels give focus back to what opened them, and Escape closes the topmost thing open.
  const opener = useRef<HTMLElement | null>(null);
  const openPanel = useCallback((p: Panel) => {
    opener.current = focusedElement();
    setPanel(p);
  }, []);
  const closePanel = useCallback(() => {
    setPanel(null);
    refocus(opener);
  }, []);
  const openDetail = useCallback((id: string) => openPanel({ kind: 'detail', id }), [openPanel]);
  const sitesOpener = useRef<HTMLElement | null>(null);
  const panelFolded = useRef(false);
  const openSites = useCallback(() => {
    sitesOpener.current = focusedElement();
    setInvestor((s) => ({ ...s, open: true }));
    if (window.innerWidth < CRAMPED_WIDTH) {
      setPanelOpen((open) => {
        panelFolded.current = open;
        return false;
      });
    }
  }, [setInvestor]);
  const closeSites = useCallback(() => {
    setInvestor((s) => ({ ...s, open: false }));
    // The layer panel comes back if opening the table folded it.
    if (panelFolded.current) setPanelOpen(true);
    panelFolded.current = false;
    refocus(sitesOpener);
  }, [setInvestor]);
  /** Shows a plan feature chosen from a list, search or table: its layer comes on if it was off. */
  const chooseFeature = useCallback(
    (id: string) => {
      setChoice(null);
      setPlace(null);
      setSelection({ id, fly: true });
      const layerId = index.get(id)?.layerId;
      if (layerId) toggleLayer(layerId, true);
    },
    [index, toggleLayer],
  );

  const searchItems = useMemo(() => {
    const items: (SearchItem & { at?: LngLat })[] = [];
    for (const { feature } of index.values()) {
      const p = feature.properties;
      items.push({
        id: feature.id,
        names: [p.name.vi, p.name.en],
        kinds: [translate('vi', `kind.${p.kind}`), translate('en', `kind.${p.kind}`)],
        label: p.name[lang],
        kindLabel: translate(lang, `kind.${p.kind}`),
      });
    }
    const places = (layerId: string, kindLabel: string, keep: (p: Record<string, unknown>) => boolean) => {
      for (const f of data.get(layerId)?.features ?? []) {
        const props = (f.properties ?? {}) as Record<string, unknown>;
        if (f.geometry.type !== 'Point' || !keep(props)) continue;
        const name = String(props.name_short ?? props.name);
        items.push({
          id: String(f.id),
          names: [name],
          label: name,
          kindLabel,
          at: f.geometry.coordinates as LngLat,
        });
      }
    };
    places('towns', translate(lang, 'search.town'), (p) => p.in_lang_son === true);
    places('communes-2025', translate(lang, 'search.commune'), (p) => p.position_suspect === undefined);
    return items;
  }, [index, data, lang]);

  const chooseSearchItem = useCallback(
    (item: SearchItem & { at?: LngLat }) => {
      setChoice(null);
      if (item.at) {
        setSelection(null);
        setPlace({ item, at: item.at });
        const camera = { lng: item.at[0], lat: item.at[1], zoom: 12, bearing: 0, pitch: 0 };
        setCameraRequest((r) => ({ camera, seq: (r?.seq ?? 0) + 1 }));
      } else chooseFeature(item.id);
    },
    [chooseFeature],
  );

  const selected = selection ? index.get(selection.id) : undefined;
  const popup: PopupSpec | null = useMemo(() => {
    if (choice) {
      const features = choice.ids.map((id) => index.get(id)).filter((f) => f !== undefined);
      return {
        key: `choose@${choice.at.join()}`,
        at: choice.at,
        label: translate(lang, 'popup.choose', { n: features.length }),
        content: (
          <ChooserPopup
            features={features}
            onChoose={(id) => {
              setChoice(null);
              setSelection({ id, at: choice.at, fly: false });
            }}
          />
        ),
      };
    }
    if (userPick) {
      const key = parseUserFeatureKey(userPick.key);
      const layer = imported.layers.find((l) => l.id === key?.layerId);
      const feature = layer?.fc.features.find((f) => String(f.id) === key?.featureId);
      if (layer && feature)
        return {
          key: `user@${userPick.key}@${userPick.at.join()}`,
          at: userPick.at,
          label: layer.name,
          content: <UserFeaturePopup feature={feature} layerName={layer.name} />,
        };
    }
    if (place) {
      return {
        key: `place@${place.item.id}`,
        at: place.at,
        label: place.item.label,
        content: (
          <div className="popup" data-place={place.item.id}>
            <h2 className="popup-name">{place.item.label}</h2>
            <p className="plan-badges">
              <span className="badge badge-kind">{place.item.kindLabel}</span>
            </p>
          </div>
        ),
      };
    }
    if (!selection || !selected) return null;
    const f = selected.feature;
    return {
      key: `${selection.id}@${selection.at?.join() ?? 'anchor'}`,
      at: selection.at ?? anchorOf(f),
      flyTo: selection.fly ? boundsOf(f) : undefined,
      label: f.properties.name[lang],
      content: (
        <FeaturePopup
          feature={f}
          onDetails={() => openDetail(f.id)}
          brief={panel !== null && 'id' in panel && panel.id === f.id}
        />
      ),
    };
  }, [choice, place, userPick, imported.layers, selection, selected, index, lang, openDetail, panel]);
  const panelFeature = panelId ? index.get(panelId)?.feature : undefined;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || document.querySelector('dialog[open]')) return;
      if (panel?.kind === 'sheet') setPanel({ kind: 'detail', id: panel.id });
      else if (panel && panel.kind !== 'compare') closePanel();
      else {
        closePopups();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [panel, closePanel, closePopups]);

  const shownView: ShownView = {
    catalog: CATALOG,
    order: layers.order,
    visible: layers.visible,
    data,
    shownSites: tools.siteStyle.shown,
    siteLayers: tools.siteLayers,
    userLayers: imported.layers,
    phase,
    swipe,
    measure: measure ? measureResult(lang, measure.mode, measure.points) : null,
    baseMap,
    lang,
  };

  const title = translate(lang, 'app.title');
  if (typeof document !== 'undefined') {
    document.documentElement.lang = lang;
    document.title = `${title} — ${translate(lang, 'app.subtitle')}`;
  }

  return (
    <LangContext.Provider value={lang}>
      <div className={`app ${embed ? 'is-embed' : ''}`}>
        {!embed && (
          <SidePanel
            phase={phase}
            swipe={swipe}
            onPhase={setPhase}
            onSwipe={(s) => {
              setSwipe(s);
              // A popup would be cut in two by the divider.
              closePopups();
            }}
            open={panelOpen}
            onOpen={setPanelOpen}
            catalog={CATALOG}
            visible={layers.visible}
            order={layers.order}
            opacity={layers.opacity}
            status={status}
            data={data}
            baseMap={baseMap}
            onToggleLayer={toggleLayer}
            onOrder={(order) => setLayers((l) => ({ ...l, order }))}
            onOpacity={(id, v) => setLayers((l) => ({ ...l, opacity: { ...l.opacity, [id]: v } }))}
            onChooseFeature={chooseFeature}
            searchItems={searchItems}
            onSearchChoose={chooseSearchItem}
            onLang={setLang}
            onBaseMap={chooseBaseMap}
            onOverview={() => openPanel({ kind: 'overview' })}
            onSites={openSites}
            imported={imported}
            onImportFiles={importer.importFiles}
            onRemoveImported={removeImported}
            onZoomImported={frameLayer}
            sitesOpen={tools.state.open}
            onShare={() => setShareOpen(true)}
          />
        )}
        <main className="map-area">
          {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping files is a shortcut; the file picker in the layer panel does the same by keyboard */}
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
              importer.importFiles([...e.dataTransfer.files]);
            }}
          >
            <MapView
              catalog={CATALOG}
              lang={lang}
              visible={layers.visible}
              order={layers.order}
              opacity={layers.opacity}
              baseMap={baseMap}
              data={data}
              dataSettled={settled}
              popup={popup}
              siteLayers={tools.siteLayers}
              siteStyle={mapSiteStyle}
              userLayers={userLayers}
              measure={measure}
              onMeasureClick={addMeasurePoint}
              onMeasureEnd={endMeasure}
              apiRef={mapApi}
              phases={phasesShown(phase)}
              swipe={
                swipe
                  ? {
                      plan: swipe === 'base' ? 'none' : phasesShown(swipe),
                      labels: [
                        translate(lang, `phase.${phase}`),
                        translate(lang, swipe === 'base' ? 'phase.base' : `phase.${swipe}`),
                      ],
                      handleLabel: translate(lang, 'phase.handle', {
                        left: translate(lang, `phase.${phase}`),
                        right: translate(lang, swipe === 'base' ? 'phase.base' : `phase.${swipe}`),
                      }),
                    }
                  : null
              }
              initialCamera={initial.state.camera}
              cameraRequest={cameraRequest}
              onCameraChange={onCameraChange}
              onBaseMapFailed={onBaseMapFailed}
              onFeatureClick={({ featureIds, lngLat }) => {
                const hits = pickHits(featureIds, index);
                setPlace(null);
                setUserPick(null);
                const userKey = featureIds.find((id) => parseUserFeatureKey(id) !== null);
                // The user's own data lies on top of the plan: a click on it shows it first.
                if (userKey && (hits.length === 0 || featureIds.indexOf(userKey) === 0)) {
                  setChoice(null);
                  setSelection(null);
                  setUserPick({ key: userKey, at: lngLat });
                } else if (hits.length > 1) {
                  setChoice({ ids: hits.map((h) => h.feature.id), at: lngLat });
                } else if (hits[0]) {
                  setChoice(null);
                  setSelection({ id: hits[0].feature.id, at: lngLat, fly: false });
                }
              }}
              onPopupClose={closePopups}
              onFirstIdle={onFirstIdle}
            />
            {measure && !measure.done && (
              // Where "add a point at the map centre" puts it.
              <div className="map-crosshair" aria-hidden="true" />
            )}
            <Notices notices={notices} onDismiss={(id) => setNotices((l) => l.filter((n) => n.id !== id))} />
            {embed && <EmbedBar catalog={CATALOG} visible={layers.visible} order={layers.order} />}
            {!embed && (
              <div className="map-tools">
                <MeasureTool
                  measure={measure}
                  onChange={(m) => {
                    setMeasure(m);
                    if (m) closePopups();
                  }}
                  onAddCenter={() => {
                    const c = mapApi.current?.center();
                    if (c) addMeasurePoint(c);
                  }}
                />
                <ExportMenu
                  onPng={async (pixelRatio) => {
                    const api = mapApi.current;
                    if (!api) throw new Error('no map');
                    const { exportPng } = await import('./export-actions');
                    await exportPng(shownView, api, api.viewBounds(), pixelRatio);
                  }}
                  onGeoJson={() => void import('./export-actions').then((m) => m.exportGeoJson(shownView))}
                  onCsv={() => void import('./export-actions').then((m) => m.exportCsv(shownView))}
                />
              </div>
            )}
            {!embed && (importer.progress || importer.reports.length > 0) && (
              <Suspense fallback={null}>
                <ImportStatus
                  progress={importer.progress}
                  reports={importer.reports}
                  onFix={(r, f) => void importer.fix(r, f)}
                  onDismiss={importer.dismiss}
                />
              </Suspense>
            )}
            {dragging && (
              <div className="drop-overlay" aria-hidden="true">
                {translate(lang, 'import.drop')}
              </div>
            )}
          </div>
          {!embed && tools.state.open && (
            <Suspense
              fallback={
                <section className="sites-panel">
                  <p className="sites-loading" role="status">
                    {translate(lang, 'sites.loading')}
                  </p>
                </section>
              }
            >
              <SitesPanel
                tools={tools}
                onChoose={(id) => {
                  chooseFeature(id);
                  // On a phone the table covers the popup: the details open at once instead.
                  if (isPhone()) openDetail(id);
                }}
                visible={layers.visible}
                onShowLayer={(id) => toggleLayer(id, true)}
                onCompare={() => openPanel({ kind: 'compare' })}
                onClose={closeSites}
              />
            </Suspense>
          )}
        </main>
        <Suspense fallback={null}>
          {!embed && panel?.kind === 'detail' && panelFeature && (
            <DetailPanel
              feature={panelFeature}
              site={tools.byId.get(panelFeature.id)}
              compare={tools.state.compare}
              onCompare={(compare) => setInvestor((s) => ({ ...s, compare }))}
              onSheet={() => setPanel({ kind: 'sheet', id: panelFeature.id })}
              onClose={closePanel}
            />
          )}
          {!embed && panel?.kind === 'overview' && <OverviewPanel onClose={closePanel} />}
          {!embed && panel?.kind === 'compare' && (
            <CompareDialog
              sites={tools.state.compare.map((id) => tools.byId.get(id)).filter((x) => x !== undefined)}
              onRemove={(id) => setInvestor((s) => ({ ...s, compare: s.compare.filter((x) => x !== id) }))}
              onChoose={(id) => {
                closePanel();
                chooseFeature(id);
              }}
              onClose={closePanel}
            />
          )}
          {!embed && panel?.kind === 'sheet' && panelFeature && (
            <SiteSheet
              feature={panelFeature}
              site={tools.byId.get(panelFeature.id)}
              catalog={CATALOG}
              data={data}
              visible={layers.visible}
              onClose={() => setPanel({ kind: 'detail', id: panelFeature.id })}
            />
          )}
          {shareOpen && (
            <ShareDialog onClose={() => setShareOpen(false)} userLayers={imported.layers.length} />
          )}
        </Suspense>
      </div>
    </LangContext.Provider>
  );
}
