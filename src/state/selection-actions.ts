import type { Camera, LngLat } from '../types/core';
import type { AppState, PlaceChoice } from './app-state';
import { toggleLayer } from './layer-actions';

/** Selects a plan feature at a point of the map (a click, or the chooser's pick): its popup opens there. */
export function select(s: AppState, id: string, at?: LngLat): AppState {
  return { ...s, popup: { kind: 'plan', id, at, fly: false } };
}

/**
 * Shows a plan feature chosen from a list, the search or the site table: the map flies to it, and
 * its layer comes on if it was off. Without a map (no WebGL) its details open instead of a popup.
 */
export function chooseFeature(s: AppState, id: string, layerId: string | undefined): AppState {
  const chosen: AppState = {
    ...s,
    popup: { kind: 'plan', id, fly: true },
    ...(s.mapFailure ? { panel: { kind: 'detail' as const, id } } : {}),
  };
  return layerId ? toggleLayer(chosen, layerId, true) : chosen;
}

/** Asks the map to move the camera (null frames the province). */
export function requestCamera(s: AppState, camera: Camera | null): AppState {
  return { ...s, cameraRequest: { camera, seq: (s.cameraRequest?.seq ?? 0) + 1 } };
}

/** A place (town, commune) chosen in the search: the map goes there and names it. */
export function choosePlace(s: AppState, place: PlaceChoice): AppState {
  const camera = { lng: place.at[0], lat: place.at[1], zoom: 12, bearing: 0, pitch: 0 };
  return requestCamera({ ...s, popup: { kind: 'place', ...place } }, camera);
}

/** What a click on the map hit: the plan features it means (see pickHits) and the user's feature under it. */
export interface MapHit {
  planIds: readonly string[];
  /** The topmost feature of the user's own data under the click, if any. */
  userKey: string | null;
  /** The user's feature lies above every plan feature hit. */
  userOnTop: boolean;
  at: LngLat;
}

/**
 * A click on the map: the user's own data (drawn on top) shows first, several plan features ask
 * which one, a single one opens its popup.
 */
export function mapClick(s: AppState, hit: MapHit): AppState {
  const { at } = hit;
  if (hit.userKey && (hit.planIds.length === 0 || hit.userOnTop))
    return { ...s, popup: { kind: 'user', key: hit.userKey, at } };
  if (hit.planIds.length > 1) return { ...s, popup: { kind: 'choice', ids: [...hit.planIds], at } };
  const [id] = hit.planIds;
  return { ...s, popup: id ? { kind: 'plan', id, at, fly: false } : null };
}

/** The map reports where it looks after a move (the link follows). */
export function cameraMoved(s: AppState, camera: Camera): AppState {
  const c = s.camera;
  const same =
    c !== null &&
    c.zoom === camera.zoom &&
    c.lat === camera.lat &&
    c.lng === camera.lng &&
    c.bearing === camera.bearing &&
    c.pitch === camera.pitch;
  return same ? s : { ...s, camera };
}
