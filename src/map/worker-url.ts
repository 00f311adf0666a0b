import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

// MapLibre 6 builds its worker URL from import.meta.url, which Vite does not see; point it at the
// file. Imported for this side effect by every module that creates a map.
setWorkerUrl(workerUrl);

/**
 * Starts MapLibre's worker at once, while the first view's data loads, rather than when the map is
 * created, after that: its code (520 KB) is fetched and compiled in the meantime, as a bare MapLibre
 * page, which creates its map at once, does too.
 */
export function startMapWorker(): void {
  prewarm();
}
