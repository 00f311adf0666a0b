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
