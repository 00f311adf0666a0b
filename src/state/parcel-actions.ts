import type { ImportedLayer } from '../import/imported-store';
import type { LngLat } from '../types/core';
import type { AppState } from './app-state';
import { addImported } from './imported-actions';

/**
 * A parcel the user gave by its coordinates (pasted from a certificate, or typed) becomes a layer
 * of their own, and is picked: its popup opens at `at` (a point inside it), so what the plan says
 * about it is one step away. The map frames it apart (a parcel is too small for a town's zoom).
 */
export function showParcel(s: AppState, layer: ImportedLayer, at: LngLat): AppState {
  return { ...addImported(s, layer), popup: { kind: 'user', key: `${layer.id}/0`, at } };
}
