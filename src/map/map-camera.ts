import type { Map as MlMap } from 'maplibre-gl';
import { PROVINCE_BOUNDS } from '../data/boxes';
import type { Bounds, Camera, LngLat } from '../types/core';
import type { Insets } from './keep-in-view';

/** Room around a framed area, and above the credits, which would hide what lies under them. */
export function framePadding(map: MlMap, room: number) {
  const credits = map.getContainer().querySelector<HTMLElement>('.maplibregl-ctrl-attrib');
  return { top: room, right: room, bottom: room + (credits?.offsetHeight ?? 0), left: room };
}

/**
 * Where the map looks now, as a link writes it: the middle of the whole map (its padding stays 0;
 * what panels cover is allowed for per move, see showFeature).
 */
export function cameraOf(map: MlMap): Camera {
  const c = map.getCenter();
  return { zoom: map.getZoom(), lat: c.lat, lng: c.lng, bearing: map.getBearing(), pitch: map.getPitch() };
}

/** Moves the camera at once (a link was opened); null frames the province. */
export function jumpTo(map: MlMap, camera: Camera | null): void {
  if (!camera) {
    map.fitBounds(PROVINCE_BOUNDS, { padding: framePadding(map, 24), duration: 0 });
    return;
  }
  map.jumpTo({
    center: [camera.lng, camera.lat],
    zoom: camera.zoom,
    bearing: camera.bearing,
    pitch: camera.pitch,
  });
}

/** Frames an area (an imported layer), leaving room around it. */
export function fitArea(map: MlMap, bounds: Bounds): void {
  const [w, s, e, n] = bounds;
  map.fitBounds([w, s, e, n], { padding: framePadding(map, 60), maxZoom: 15, duration: 600 });
}

/**
 * Moves the camera to show a feature: points at street level, lines and areas framed whole, in the
 * part of the map that the app's panels leave free (`cover`, see map-cover.ts). Per move (easeTo's
 * offset, fitBounds' padding): the map's own padding, and so the centre a link names, is untouched.
 */
export function showFeature(map: MlMap, anchor: LngLat, bounds: Bounds, cover?: Insets): void {
  const [w, s, e, n] = bounds;
  const { top = 0, right = 0, bottom = 0, left = 0 } = cover ?? {};
  if (e - w < 1e-6 && n - s < 1e-6) {
    // The point lands below the middle of the free part, leaving room above it for the popup.
    const below = Math.min(120, (map.getContainer().clientHeight - top - bottom) / 4);
    const offset: [number, number] = [(left - right) / 2, (top - bottom) / 2 + below];
    map.easeTo({ center: anchor, zoom: Math.max(map.getZoom(), 11), duration: 600, offset });
  } else {
    const p = framePadding(map, 60);
    const padding = {
      top: p.top + top,
      right: p.right + right,
      bottom: p.bottom + bottom,
      left: p.left + left,
    };
    map.fitBounds(bounds, { padding, maxZoom: 12, duration: 600 });
  }
}
