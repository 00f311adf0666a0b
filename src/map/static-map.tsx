import type { Feature, FeatureCollection } from 'geojson';
import { Map as MlMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { metresPerPixel, scaleBar } from '../analysis/scale-bar';
import type { LayerDef } from '../data/catalog-types';
import { FONT_BOLD } from '../data/fonts';
import { styleWithData, withIdProps } from './data-style';
import { MapLook } from './map-look';
import { whenStyleReady } from './style-ready';
import './worker-url';
import type { Bounds, Lang, LngLat } from '../types/core';

export interface StaticMapProps {
  catalog: LayerDef[];
  data: ReadonlyMap<string, FeatureCollection>;
  /** Catalog layers to draw. */
  visible: ReadonlySet<string>;
  /** Catalog ids, bottom to top, as the main map draws them (the catalog's order when absent). */
  order?: readonly string[];
  lang: Lang;
  /** The feature the extract is centred on; it is ringed in red. */
  focus: Feature;
  anchor: LngLat;
  bounds: Bounds;
  /** The picture's proportions (its size on paper comes from the page's CSS). */
  width: number;
  height: number;
  /** Accessible description of the picture. */
  alt: string;
  labels: { north: string; loading: string; failed: string };
  /** Called with the extract's bounds once it is drawn (for a legend of what it shows). */
  onDrawn?: (bounds: Bounds) => void;
}

type Drawn = { url: string; scale: ReturnType<typeof scaleBar>; bounds: Bounds } | 'failed';

const HIGHLIGHT = '#d7191c';
const DRAW_TIMEOUT_MS = 30_000;

/**
 * A still picture of the map around one feature, for the printed site sheet: drawn once by a
 * throw-away MapLibre map (the same style and data as the main map, the feature ringed in red),
 * turned into an image, and the map released. A picture prints the same in every browser, where a
 * live WebGL canvas may print blank. North is up (the map never rotates); the scale bar is
 * measured at the centre.
 */
export function StaticMap(props: StaticMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  const latest = useRef(props);
  latest.current = props;

  // biome-ignore lint/correctness/useExhaustiveDependencies: drawn once per feature and language
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const p = latest.current;
    const style = styleWithData(p.catalog, p.lang, p.data);
    style.sources.highlight = {
      type: 'geojson',
      data: withIdProps({ type: 'FeatureCollection', features: [p.focus] }),
    };
    style.layers.push(
      {
        id: 'highlight-area',
        type: 'line',
        source: 'highlight',
        filter: ['!=', ['geometry-type'], 'Point'],
        paint: { 'line-color': HIGHLIGHT, 'line-width': 3 },
      },
      {
        id: 'highlight-point',
        type: 'circle',
        source: 'highlight',
        filter: ['==', ['geometry-type'], 'Point'],
        paint: {
          'circle-radius': 13,
          'circle-color': 'rgba(0,0,0,0)',
          'circle-stroke-color': HIGHLIGHT,
          'circle-stroke-width': 3,
        },
      },
      {
        // The feature's own name, above every other label, so the extract says what it is about.
        id: 'highlight-label',
        type: 'symbol',
        source: 'highlight',
        layout: {
          'text-field': ['get', `label_${p.lang}`],
          'text-font': [FONT_BOLD],
          'text-size': 13,
          'text-offset': [0, -1.6],
          'text-anchor': 'bottom',
          'text-max-width': 14,
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        },
        paint: { 'text-color': HIGHLIGHT, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
      },
    );
    const [w, s, e, n] = p.bounds;
    const isPoint = e - w < 1e-6 && n - s < 1e-6;
    let map: MlMap;
    try {
      map = new MlMap({
        container: el,
        style,
        interactive: false,
        attributionControl: false,
        pixelRatio: 2,
        canvasContextAttributes: { preserveDrawingBuffer: true },
        ...(isPoint
          ? { center: p.anchor, zoom: 10.5 }
          : { bounds: p.bounds, fitBoundsOptions: { padding: 40, maxZoom: 12 } }),
      });
    } catch {
      // No WebGL context for a second map (the browser's limit, a lost GPU): say so, throw nothing.
      setDrawn('failed');
      return;
    }
    // The same layer look as the main map; the feature is named once, by the highlight's label.
    new MapLook(map, p.catalog, whenStyleReady(map)).set({
      visible: p.visible,
      ...(p.order ? { order: p.order } : {}),
      unlabelled: String(p.focus.id),
    });
    let done = false;
    const finish = (result: Drawn) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      setDrawn(result);
      if (result !== 'failed') latest.current.onDrawn?.(result.bounds);
      map.remove();
    };
    const timer = setTimeout(() => finish('failed'), DRAW_TIMEOUT_MS);
    map.once('idle', () => {
      try {
        const b = map.getBounds();
        finish({
          url: map.getCanvas().toDataURL('image/png'),
          scale: scaleBar(metresPerPixel(map.getCenter().lat, map.getZoom()), 110),
          bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
        });
      } catch {
        finish('failed');
      }
    });
    return () => {
      clearTimeout(timer);
      if (!done) map.remove();
      done = true;
    };
  }, [props.focus, props.lang]);

  const { width, height, labels } = props;
  return (
    <figure className="static-map" data-drawn={drawn === null ? 'no' : drawn === 'failed' ? 'failed' : 'yes'}>
      {drawn === null && (
        <>
          <div ref={container} className="static-map-canvas" aria-hidden="true" />
          <p className="static-map-status" role="status">
            {labels.loading}
          </p>
        </>
      )}
      {drawn === 'failed' && <p className="static-map-status">{labels.failed}</p>}
      {drawn !== null && drawn !== 'failed' && (
        <div className="static-map-frame">
          <img src={drawn.url} alt={props.alt} width={width} height={height} />
          <svg
            className="north-arrow"
            width="34"
            height="46"
            viewBox="0 0 34 46"
            role="img"
            aria-label={labels.north}
          >
            <title>{labels.north}</title>
            <path d="M17 4 L27 34 L17 27 L7 34 Z" fill="#1f2328" stroke="#fff" strokeWidth="1.5" />
            <text x="17" y="45" textAnchor="middle" fontSize="11" fontWeight="700" fill="#1f2328">
              N
            </text>
          </svg>
          <div className="scale-bar">
            <span className="scale-bar-line" style={{ width: `${drawn.scale.px}px` }} />
            <span>{drawn.scale.label}</span>
          </div>
        </div>
      )}
    </figure>
  );
}
