import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

// MapLibre 6 builds its worker URL from import.meta.url, which Vite does not see; point it at the
// file. Imported for this side effect by every module that creates a map.
setWorkerUrl(workerUrl);
