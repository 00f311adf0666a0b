import type { Map as MlMap } from 'maplibre-gl';
import { coverInsets, type Insets } from './keep-in-view';

/** The attribute the app puts on its panels that lie over the map (toolbar, list, legend, sheet). */
export const COVERS_MAP = 'data-covers-map';

/**
 * What the app's panels over the map cover of each of its edges now (see coverInsets), measured
 * when asked: the camera frames a chosen feature and the popup is placed in the part left free.
 * The map's own padding stays 0, so its centre, which a link names, is the middle of the whole
 * map whatever covers it. The zoom buttons and the credits count on a wide map; on a phone the
 * popup may pass over them rather than shrink.
 */
export function coverOf(map: MlMap): Insets {
  const container = map.getContainer();
  const wide = container.clientWidth >= 600;
  const panels = [...document.querySelectorAll(`[${COVERS_MAP}]`)];
  // The zoom buttons and the credits (which may be unfolded, over a popup's buttons).
  if (wide)
    panels.push(...container.querySelectorAll('.maplibregl-ctrl-top-right, .maplibregl-ctrl-bottom-right'));
  const boxes = panels.map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
  return coverInsets(container.getBoundingClientRect(), boxes);
}
