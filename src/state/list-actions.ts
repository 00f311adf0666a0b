import type { LngLat } from '../types/core';
import { type AppState, selectedId } from './app-state';

/**
 * The actions of the list view (the map as text) and of the keyboard shortcuts. A module of their
 * own, apart from the other actions, because only the list's code uses them and it loads when first
 * wanted: a module it shared with the page's first load would be split off into a chunk of its own.
 * (Opening and closing the list and the help are in panel-actions.ts, with the page's buttons.)
 */

/** Opens the details of the selected plan feature (the D key, Enter on the map); nothing when none is. */
export function selectedDetails(s: AppState): AppState {
  const id = selectedId(s);
  return id ? { ...s, panel: { kind: 'detail', id } } : s;
}

/** Opens a plan feature's details (Enter on the list's row already shown on the map). */
export function showDetails(s: AppState, id: string): AppState {
  return { ...s, panel: { kind: 'detail', id } };
}

/**
 * Shows a feature of the user's own data chosen from the list: its popup opens at `at` (a point on
 * it), and the map centres there, zoomed in at least as far as a town.
 */
export function chooseUserFeature(s: AppState, key: string, at: LngLat): AppState {
  const camera = { lng: at[0], lat: at[1], zoom: Math.max(s.camera?.zoom ?? 0, 11), bearing: 0, pitch: 0 };
  return {
    ...s,
    popup: { kind: 'user', key, at },
    cameraRequest: { camera, seq: (s.cameraRequest?.seq ?? 0) + 1 },
  };
}
