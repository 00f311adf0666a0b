import type { MapSourceDataEvent, Map as MlMap } from 'maplibre-gl';
import { OSM_SOURCE } from './build-style';

/** How long the online base map may take to show its first tile before we give up on it. */
const OSM_TIMEOUT_MS = 12_000;

/**
 * Watches OpenStreetMap's tiles after the online base map is switched on, and reports once if they
 * fail or take too long. It only reports: the app decides what to show instead (the embedded base
 * map, with a notice), so a failure is handled in one place. Returns a function that stops it.
 */
export function watchOsm(map: MlMap, onFail: () => void): () => void {
  let settled = false;
  const fail = () => {
    if (settled) return;
    stop();
    onFail();
  };
  const onError = (e: unknown) => {
    if ((e as { sourceId?: string }).sourceId === OSM_SOURCE) fail();
  };
  const onData = (e: MapSourceDataEvent) => {
    if (e.sourceId === OSM_SOURCE && e.tile !== undefined) stop();
  };
  const timer = setTimeout(fail, OSM_TIMEOUT_MS);
  const stop = () => {
    settled = true;
    clearTimeout(timer);
    map.off('error', onError);
    map.off('sourcedata', onData);
  };
  map.on('error', onError);
  map.on('sourcedata', onData);
  return stop;
}
