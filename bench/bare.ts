// The benchmark's baseline: a bare MapLibre page with the same base style and data as the app,
// letting MapLibre fetch the files itself, with no React, no validation and no panel.
import { Map as MlMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { CATALOG } from '../geodata/catalog';
import { MAX_BOUNDS, PROVINCE_BOUNDS } from '../src/data/boxes';
import { fontFaces } from '../src/data/fonts';
import { GEODATA_URLS } from '../src/data/geodata-urls';
import { buildStyle } from '../src/map/build-style';

setWorkerUrl(workerUrl);
const abs = (u: string) => new URL(u, document.baseURI).href;
const map = new MlMap({
  container: 'map',
  style: buildStyle(CATALOG, {
    lang: 'vi',
    fontFaces: fontFaces(),
    dataOf: (def) => abs(GEODATA_URLS[def.file] ?? ''),
  }),
  bounds: PROVINCE_BOUNDS,
  fitBoundsOptions: { padding: 24 },
  maxBounds: MAX_BOUNDS,
});
map.once('idle', () => {
  window.__lsReady = performance.now();
});

// The import benchmark (scripts/bench-import.mjs): a file chosen here is given to MapLibre as it
// is, by a blob: URL, drawn with the same three style layers the app gives an imported layer;
// "drawn" is the first idle after its data has loaded, as in the app (map/user-layers.ts).
const input = Object.assign(document.createElement('input'), { type: 'file', hidden: true });
input.setAttribute('data-bench-file', '');
document.body.append(input);
input.addEventListener('change', () => {
  const file = input.files?.[0];
  if (!file) return;
  const id = 'bench-user';
  map.addSource(id, { type: 'geojson', data: URL.createObjectURL(file), generateId: true });
  const kinds = (...t: string[]) => ['in', ['geometry-type'], ['literal', t]] as const;
  map.addLayer({
    id: `${id}--fill`,
    type: 'fill',
    source: id,
    filter: kinds('Polygon', 'MultiPolygon') as never,
    paint: { 'fill-color': '#c2255c', 'fill-opacity': 0.2 },
  });
  map.addLayer({
    id: `${id}--line`,
    type: 'line',
    source: id,
    filter: ['!', kinds('Point', 'MultiPoint')] as never,
    paint: { 'line-color': '#c2255c', 'line-width': 2, 'line-opacity': 0.8 },
  });
  map.addLayer({
    id: `${id}--circle`,
    type: 'circle',
    source: id,
    filter: kinds('Point', 'MultiPoint') as never,
    paint: {
      'circle-color': '#c2255c',
      'circle-radius': 5,
      'circle-opacity': 0.8,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
      'circle-stroke-opacity': 0.8,
    },
  });
  let loaded = false;
  map.on('sourcedata', (e) => {
    if (e.sourceId === id && e.sourceDataType === 'metadata') loaded = true;
  });
  const onIdle = () => {
    if (!loaded) return;
    map.off('idle', onIdle);
    window.__lsDrawn = { [id]: performance.now() };
  };
  map.on('idle', onIdle);
});
