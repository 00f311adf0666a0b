import type { FeatureCollection } from 'geojson';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { LayerDef } from '../data/catalog-types';
import type { MapFailure } from '../state/app-state';
import type { ArchivePick } from '../state/archive-actions';
import type { UserDraw } from '../state/map-draws';
import type { BaseMap, Bounds, Camera, Lang, LngLat, MeasureMode } from '../types/core';
import { MapController, type SiteStyle } from './map-controller';
import { changedParts, type MapShown } from './map-props';
import type { Shot } from './snapshot';
import type { SwipeOverlay, SwipePlan } from './swipe-overlay';
import { failureOf, webgl2Missing } from './webgl';

/** What the map's popup shows: React content, anchored at a point, optionally flown to. */
export interface PopupSpec {
  key: string;
  at: LngLat;
  label: string;
  content: ReactNode;
  /** When set, the camera moves to show these bounds first (choices from lists, not clicks). */
  flyTo?: Bounds;
}

export interface MapViewProps {
  catalog: LayerDef[];
  lang: Lang;
  visible: ReadonlySet<string>;
  /** Catalog layer ids, bottom to top. */
  order: readonly string[];
  opacity: Readonly<Record<string, number>>;
  baseMap: BaseMap;
  data: ReadonlyMap<string, FeatureCollection>;
  /** True once every layer the first view needs has loaded or failed. */
  dataSettled: boolean;
  popup: PopupSpec | null;
  /** The layers that hold investment sites, and which of their sites to show in which colour. */
  siteLayers: readonly string[];
  siteStyle: SiteStyle;
  /** The user's own layers of every kind, bottom to top (`MapDraws.user`), on both sides of the divider. */
  user: readonly UserDraw[];
  onArchivePick: (pick: ArchivePick) => void;
  /** A measure in progress (clicks then add its points), or null. */
  measure: { mode: MeasureMode; points: readonly LngLat[] } | null;
  onMeasureClick: (lngLat: LngLat) => void;
  onMeasureEnd: () => void;
  /** The plan phases drawn (null: all of them). */
  phases: readonly string[] | null;
  /** Two phases side by side: this side of the divider shows `plan`; null for one map. */
  swipe: { plan: SwipePlan; labels: [string, string]; handleLabel: string } | null;
  /** Filled with what the rest of the app may ask of the map once it exists. */
  apiRef?: { current: MapApi | null };
  onBaseMapFailed: () => void;
  onFeatureClick: (hit: { featureIds: string[]; lngLat: LngLat }) => void;
  /** An imported layer added has been drawn (the map's first idle with its data loaded). */
  onUserLayerDrawn?: (layerId: string) => void;
  onPopupClose: () => void;
  onContextPoint?: (lngLat: LngLat) => void;
  /** Called instead when the map cannot be drawn (no WebGL2, or it failed to start); nothing is thrown. */
  onUnavailable: (failure: MapFailure) => void;
  /** Called once, when the first view is fully drawn. */
  onFirstIdle?: (map: unknown) => void;
  /** Where the camera starts (from a link); the province is framed when null. */
  initialCamera: Camera | null;
  /** A camera move asked for later (a link opened in this page); `seq` tells repeated requests apart. */
  cameraRequest: { camera: Camera | null; seq: number } | null;
  onCameraChange: (camera: Camera) => void;
}

/** What the app may ask of the map directly (not through props): its centre, a picture of it. */
export interface MapApi {
  center(): LngLat;
  viewBounds(): Bounds;
  fitBounds(bounds: Bounds): void;
  /** The map as a picture; when two phases are compared, both halves, split where the divider is. */
  snapshot(pixelRatio?: number): Promise<Shot & { split: number | null }>;
  /** The main map, for the drawing tools (map/draw-session.ts, loaded when first wanted). */
  ctrl: MapController;
  /** Follows the pointer and the centre (see watch-position.ts, loaded then); gives what stops it. */
  watchPosition(
    onPointer: (lngLat: LngLat | null) => void,
    onCentre: (lngLat: LngLat) => void,
  ): Promise<() => void>;
}

/** The map: created once on mount, destroyed on unmount, changed in place on every prop change. */
export function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const ctrl = useRef<MapController | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const [popupNode] = useState(() => document.createElement('div'));
  // The compared phase: a second map over this one, clipped right of a divider the user drags.
  const swipeBox = useRef<HTMLDivElement>(null);
  const overlay = useRef<SwipeOverlay | null>(null);
  const [split, setSplit] = useState(0.5);
  const splitRef = useRef(split);
  splitRef.current = split;
  /** The props the map was last changed to: each render sets only the parts that differ from them. */
  const applied = useRef<MapShown | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is created once; later props go through the diff below
  useEffect(() => {
    if (!container.current) return;
    if (webgl2Missing()) {
      latest.current.onUnavailable({ reason: 'no-webgl', detail: null });
      return;
    }
    let c: MapController;
    try {
      c = new MapController(container.current, {
        catalog: props.catalog,
        lang: props.lang,
        initialData: props.data,
        initialCamera: props.initialCamera,
        onCameraChange: (cam) => latest.current.onCameraChange(cam),
        onBaseMapFailed: () => latest.current.onBaseMapFailed(),
        onFeatureClick: (hit) => latest.current.onFeatureClick(hit),
        onUserLayerDrawn: (id) => latest.current.onUserLayerDrawn?.(id),
        onArchivePick: (pick) => latest.current.onArchivePick(pick),
        onPopupClose: () => latest.current.onPopupClose(),
        onContextPoint: (ll) => latest.current.onContextPoint?.(ll),
        onMeasureClick: (ll) => latest.current.onMeasureClick(ll),
        onMeasureEnd: () => latest.current.onMeasureEnd(),
      });
    } catch (error) {
      // No WebGL2 context (blocked GPU, remote desktop, policy): MapLibre throws, and has already
      // taken its canvas away; the app shows what works without a map instead of a blank page.
      const failure = failureOf(error);
      // Another error than a missing WebGL is a fault of ours: logged, so it is not taken for one.
      if (failure.reason === 'error') console.error(error);
      latest.current.onUnavailable(failure);
      return;
    }
    ctrl.current = c;
    if (props.apiRef)
      props.apiRef.current = {
        center: () => c.center(),
        viewBounds: () => c.viewBounds(),
        fitBounds: (b) => c.fitBounds(b),
        ctrl: c,
        snapshot: (pixelRatio) => snapshotBoth(c, overlay.current, splitRef.current, pixelRatio),
        watchPosition: (onPointer, onCentre) =>
          import('./watch-position').then((m) => m.watchPosition(c.map, onPointer, onCentre)),
      };
    return () => {
      c.destroy();
      ctrl.current = null;
      // A map made again (React's development double mount) is given every part anew.
      applied.current = null;
    };
  }, []);

  const firstIdleDone = useRef(false);
  useEffect(() => {
    const c = ctrl.current;
    if (!c) return;
    const parts = changedParts(applied.current, props);
    applied.current = props;
    const o = overlay.current;
    if (parts.has('data')) {
      c.setData(props.data);
      o?.setData(props.data);
    }
    // Another map style: the same layers, recoloured in place.
    if (parts.has('catalog')) {
      c.setCatalog(props.catalog);
      o?.setCatalog(props.catalog);
    }
    if (parts.has('lang')) {
      c.setLang(props.lang);
      o?.setLang(props.lang);
    }
    // The base map alone: a layer toggle does not restart the watch on OpenStreetMap's tiles.
    if (parts.has('baseMap')) {
      c.setBaseMap(props.baseMap);
      o?.setBaseMap(props.baseMap);
    }
    if (parts.has('look')) {
      const layers = { visible: props.visible, order: props.order, opacity: props.opacity };
      c.setLook({ ...layers, phases: props.phases });
      c.setSiteStyle(props.siteLayers, props.siteStyle);
      o?.setLook(layers);
      if (props.swipe) o?.setPlan(props.swipe.plan);
    }
    // The user's layers of every kind (the archives' code loads with the first, in user-draws.ts).
    if (parts.has('user')) {
      c.setUser(props.user);
      o?.setUser(props.user);
    }
    if (parts.has('measure')) c.setMeasure(props.measure?.mode ?? null, props.measure?.points ?? []);
    if (parts.has('camera') && props.cameraRequest) c.jumpTo(props.cameraRequest.camera);
    // Reopened only when another feature is chosen.
    const popup = props.popup;
    if (parts.has('popup')) {
      if (!popup) c.closePopup();
      else {
        if (popup.flyTo) c.showFeature(popup.at, popup.flyTo);
        c.openPopup(popup.at, popupNode, popup.label);
      }
    }
    if (parts.has('settled') && props.dataSettled && !firstIdleDone.current) {
      firstIdleDone.current = true;
      performance.mark('ls:data-settled');
      void c.whenIdle().then(() => latest.current.onFirstIdle?.(c.map));
    }
  });

  // The compared phase: made once when comparing starts (its code loaded then), then changed in
  // place by the diff above; it starts from the props of the moment it is made.
  const swiping = props.swipe !== null;
  useEffect(() => {
    const c = ctrl.current;
    const box = swipeBox.current;
    if (!swiping || !c || !box) return;
    let o: SwipeOverlay | null = null;
    let ended = false;
    void import('./swipe-overlay').then((m) => {
      if (ended) return;
      const p = latest.current;
      o = new m.SwipeOverlay(c.map, box, {
        catalog: p.catalog,
        lang: p.lang,
        data: p.data,
        visible: p.visible,
        order: p.order,
        opacity: p.opacity,
        plan: p.swipe?.plan ?? null,
        user: p.user,
        baseMap: p.baseMap,
      });
      overlay.current = o;
      window.__lsSwipeMap = o.map;
    });
    return () => {
      ended = true;
      o?.destroy();
      overlay.current = null;
      window.__lsSwipeMap = undefined;
    };
  }, [swiping]);

  const moveSplit = (clientX: number) => {
    const r = swipeBox.current?.getBoundingClientRect();
    if (r) setSplit(Math.min(0.98, Math.max(0.02, (clientX - r.left) / r.width)));
  };
  return (
    <>
      <div ref={container} className="map" />
      {props.swipe && (
        <>
          <div ref={swipeBox} className="swipe-map" style={{ clipPath: `inset(0 0 0 ${split * 100}%)` }} />
          <span className="swipe-label is-left">{props.swipe.labels[0]}</span>
          <span className="swipe-label is-right">{props.swipe.labels[1]}</span>
          <div
            className="swipe-handle"
            style={{ left: `${split * 100}%` }}
            role="slider"
            tabIndex={0}
            aria-label={props.swipe.handleLabel}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(split * 100)}
            onPointerDown={(e) => {
              e.currentTarget.setPointerCapture(e.pointerId);
              moveSplit(e.clientX);
            }}
            onPointerMove={(e) => {
              if (e.currentTarget.hasPointerCapture(e.pointerId)) moveSplit(e.clientX);
            }}
            onKeyDown={(e) => {
              const step = e.key === 'ArrowLeft' ? -0.05 : e.key === 'ArrowRight' ? 0.05 : 0;
              if (!step) return;
              e.preventDefault();
              setSplit((v) => Math.min(0.98, Math.max(0.02, v + step)));
            }}
          />
        </>
      )}
      {props.popup && createPortal(props.popup.content, popupNode)}
    </>
  );
}

/** The map as a picture; when two phases are compared, the right of the divider from the other map, as on screen. */
async function snapshotBoth(
  main: MapController,
  other: SwipeOverlay | null,
  split: number,
  pixelRatio?: number,
): Promise<Shot & { split: number | null }> {
  const shot = await main.snapshot(pixelRatio);
  if (!other) return { ...shot, split: null };
  const right = await other.snapshot(pixelRatio);
  const x = Math.round(shot.canvas.width * split);
  const { width, height } = right.canvas;
  shot.canvas.getContext('2d')?.drawImage(right.canvas, x, 0, width - x, height, x, 0, width - x, height);
  return { ...shot, split };
}
