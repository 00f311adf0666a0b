import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CATALOG } from '../../geodata/catalog';
import { anchorOf, boundsOf, type LngLat } from '../analysis/anchor';
import { pickHits } from '../data/pick-hits';
import { indexPlanFeatures } from '../data/plan-index';
import { LangContext } from '../i18n/lang-context';
import { type Lang, translate } from '../i18n/translate';
import type { BaseMap } from '../map/map-controller';
import { MapView, type PopupSpec } from '../map/map-view';
import { type LayerSetup, layersFromLink, layersToLink } from '../state/layer-state';
import type { Camera, ParseResult, ViewState } from '../state/url';
import { ChooserPopup } from '../ui/chooser-popup';
import { EmbedBar } from '../ui/embed-bar';
import { FeaturePopup } from '../ui/feature-popup';
import { type Notice, Notices } from '../ui/notices';
import type { SearchItem } from '../ui/search-box';
import { SidePanel } from '../ui/side-panel';
import { isEmbed, readUrl, useUrlSync } from './url-sync';
import { useLayerData } from './use-layer-data';

const DetailPanel = lazy(() => import('../ui/detail-panel').then((m) => ({ default: m.DetailPanel })));
const OverviewPanel = lazy(() => import('../ui/overview-panel').then((m) => ({ default: m.OverviewPanel })));
const ShareDialog = lazy(() => import('../ui/share-dialog').then((m) => ({ default: m.ShareDialog })));

declare global {
  interface Window {
    /** ms since navigation start when the first view was fully drawn (read by tests and the benchmark). */
    __lsReady?: number;
    /** The MapLibre map, for the browser tests. */
    __lsMap?: unknown;
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
  const [notices, setNotices] = useState<Notice[]>(() =>
    initial.unknown.length > 0 ? [unknownNotice(initial.unknown)] : [],
  );
  const [choice, setChoice] = useState<Choice | null>(null);
  const [place, setPlace] = useState<PlaceChoice | null>(null);
  const [selection, setSelection] = useState<Selection | null>(() =>
    initial.state.selected ? { id: initial.state.selected, fly: initial.state.camera === null } : null,
  );
  const [detailId, setDetailId] = useState<string | null>(
    initial.state.panel === 'detail' ? initial.state.selected : null,
  );
  const [overviewOpen, setOverviewOpen] = useState(initial.state.panel === 'overview');
  const [shareOpen, setShareOpen] = useState(false);
  const camera = useRef<Camera | null>(initial.state.camera);
  const [cameraTick, setCameraTick] = useState(0);
  const [cameraRequest, setCameraRequest] = useState<{ camera: Camera | null; seq: number } | null>(null);

  const notify = useCallback(
    (n: Notice) => setNotices((list) => [...list.filter((x) => x.id !== n.id), n]),
    [],
  );
  // Every id a link named that this version does not know, from the first link on, in one notice.
  const unknownIds = useRef<string[]>(initial.unknown);
  const notifyUnknown = useCallback(
    (ids: string[]) => {
      unknownIds.current = [...new Set([...unknownIds.current, ...ids])];
      notify(unknownNotice(unknownIds.current));
    },
    [notify],
  );
  const { data, status, settled, allSettled } = useLayerData(CATALOG, layers.visible, (def, reason) =>
    notify({ id: `layer-${def.id}`, key: 'notice.layerFailed', params: { title: def.title, reason } }),
  );
  const index = useMemo(() => indexPlanFeatures(CATALOG, data), [data]);

  // A linked feature that is not in the loaded data (renamed, removed, mistyped) is named and dropped.
  useEffect(() => {
    if (!allSettled || !selection || index.has(selection.id)) return;
    notifyUnknown([selection.id]);
    setSelection(null);
    setDetailId(null);
  }, [allSettled, selection, index, notifyUnknown]);

  const view: ViewState = {
    camera: camera.current,
    layers: layersToLink(layers, CATALOG),
    selected: selection?.id ?? null,
    panel: detailId ? 'detail' : overviewOpen ? 'overview' : null,
    filters: {},
    baseMap,
    lang,
  };
  void cameraTick; // the camera lives in a ref; the tick re-renders so the link follows it

  const applyLink = useCallback(
    ({ state, unknown }: ParseResult) => {
      setLang(state.lang);
      setBaseMap(state.baseMap);
      setLayers(layersFromLink(state.layers, CATALOG));
      setChoice(null);
      setSelection(state.selected ? { id: state.selected, fly: false } : null);
      setDetailId(state.panel === 'detail' ? state.selected : null);
      setOverviewOpen(state.panel === 'overview');
      camera.current = state.camera;
      setCameraRequest((r) => ({ camera: state.camera, seq: (r?.seq ?? 0) + 1 }));
      if (unknown.length > 0) notifyUnknown(unknown);
    },
    [notifyUnknown],
  );
  useUrlSync(view, applyLink);

  const toggleLayer = useCallback((id: string, on: boolean) => {
    setLayers((l) => {
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
  }, []);

  const onCameraChange = useCallback((c: Camera) => {
    camera.current = c;
    setCameraTick((t) => t + 1);
  }, []);

  // Panels give focus back to what opened them, and Escape closes the topmost thing open.
  const opener = useRef<HTMLElement | null>(null);
  const openDetail = useCallback((id: string) => {
    opener.current = focusedElement();
    setDetailId(id);
  }, []);
  const closeDetail = useCallback(() => {
    setDetailId(null);
    refocus(opener);
  }, []);
  const openOverview = useCallback(() => {
    opener.current = focusedElement();
    setOverviewOpen(true);
  }, []);
  const closeOverview = useCallback(() => {
    setOverviewOpen(false);
    refocus(opener);
  }, []);

  const searchItems = useMemo(() => {
    const items: (SearchItem & { at?: LngLat })[] = [];
    for (const { feature } of index.values()) {
      const p = feature.properties;
      items.push({
        id: feature.id,
        names: [p.name.vi, p.name.en],
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

  const chooseSearchItem = useCallback((item: SearchItem & { at?: LngLat }) => {
    setChoice(null);
    if (item.at) {
      setSelection(null);
      setPlace({ item, at: item.at });
      const camera = { lng: item.at[0], lat: item.at[1], zoom: 12, bearing: 0, pitch: 0 };
      setCameraRequest((r) => ({ camera, seq: (r?.seq ?? 0) + 1 }));
    } else {
      setPlace(null);
      setSelection({ id: item.id, fly: true });
    }
  }, []);

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
      content: <FeaturePopup feature={f} onDetails={() => openDetail(f.id)} />,
    };
  }, [choice, place, selection, selected, index, lang, openDetail]);
  const detail = detailId ? index.get(detailId)?.feature : undefined;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || document.querySelector('dialog[open]')) return;
      if (detailId) closeDetail();
      else if (overviewOpen) closeOverview();
      else {
        setChoice(null);
        setSelection(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [detailId, overviewOpen, closeDetail, closeOverview]);

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
            onChooseFeature={(id) => {
              setChoice(null);
              setPlace(null);
              setSelection({ id, fly: true });
            }}
            searchItems={searchItems}
            onSearchChoose={chooseSearchItem}
            onLang={setLang}
            onBaseMap={chooseBaseMap}
            onOverview={openOverview}
            onShare={() => setShareOpen(true)}
          />
        )}
        <main className="map-area">
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
            initialCamera={initial.state.camera}
            cameraRequest={cameraRequest}
            onCameraChange={onCameraChange}
            onBaseMapFailed={onBaseMapFailed}
            onFeatureClick={({ featureIds, lngLat }) => {
              const hits = pickHits(featureIds, index);
              setPlace(null);
              if (hits.length > 1) {
                setChoice({ ids: hits.map((h) => h.feature.id), at: lngLat });
              } else if (hits[0]) {
                setChoice(null);
                setSelection({ id: hits[0].feature.id, at: lngLat, fly: false });
              }
            }}
            onPopupClose={() => {
              setChoice(null);
              setPlace(null);
              setSelection(null);
            }}
            onFirstIdle={onFirstIdle}
          />
          <Notices notices={notices} onDismiss={(id) => setNotices((l) => l.filter((n) => n.id !== id))} />
          {embed && <EmbedBar catalog={CATALOG} visible={layers.visible} order={layers.order} />}
        </main>
        <Suspense fallback={null}>
          {!embed && detail && <DetailPanel feature={detail} onClose={closeDetail} />}
          {!embed && overviewOpen && !detail && <OverviewPanel onClose={closeOverview} />}
          {shareOpen && <ShareDialog onClose={() => setShareOpen(false)} />}
        </Suspense>
      </div>
    </LangContext.Provider>
  );
}
