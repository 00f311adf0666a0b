import pointOnFeature from '@turf/point-on-feature';
import type { Feature, Point, Polygon } from 'geojson';
import { makeImportedLayer } from '../import/imported-store';
import { serialiseCollection } from '../import/layer-data';
import type { AppState } from '../state/app-state';
import { showParcel } from '../state/parcel-actions';
import type { Store } from '../state/store';
import type { LngLat } from '../types/core';
import { pickColor, uniqueName } from './new-layer';
import type { AppData } from './use-app-data';

/**
 * The one door to "what does the plan say about this parcel?": a parcel given by the user (pasted
 * coordinates now; a sketch or a typed point later) becomes a layer of theirs, framed on the map,
 * with its popup open. The land report is to be opened from here when it lands.
 */
export function openParcel(
  ctx: { store: Store<AppState>; app: Pick<AppData, 'frameLayer'> },
  feature: Feature<Polygon | Point>,
  name: string,
) {
  const { store, app } = ctx;
  const taken = store.get().imported;
  const data = serialiseCollection({ type: 'FeatureCollection', features: [feature] });
  const layer = makeImportedLayer(
    uniqueName(
      name,
      taken.map((l) => l.name),
    ),
    'geojson',
    data,
    pickColor(taken.map((l) => l.color)),
  );
  const at = pointOnFeature(feature).geometry.coordinates as LngLat;
  store.update((s) => showParcel(s, layer, at));
  app.frameLayer(layer);
  return layer;
}
