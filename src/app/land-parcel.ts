import pointOnFeature from '@turf/point-on-feature';
import type { Feature, Point, Polygon } from 'geojson';
import { makeImportedLayer } from '../import/imported-store';
import { serialiseCollection } from '../import/layer-data';
import type { AppState } from '../state/app-state';
import { showParcel } from '../state/parcel-actions';
import { openLandReport } from '../state/report-actions';
import type { Store } from '../state/store';
import type { LngLat } from '../types/core';
import { pickColor, uniqueName } from './new-layer';
import type { AppData } from './use-app-data';

/**
 * The one door to "what does the plan say about this parcel?" for pasted coordinates: the parcel
 * becomes a layer of the user's (kept, drawn, framed on the map) and the land report opens on it,
 * naming it as that layer's feature, so the report does not list the parcel as lying in itself.
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
  store.update((s) =>
    openLandReport(showParcel(s, layer, at), { kind: 'user', key: `${layer.id}/0` }, { kind: 'paste' }),
  );
  app.frameLayer(layer);
  return layer;
}
