import {
  AttributionControl,
  GeolocateControl,
  type Map as MlMap,
  NavigationControl,
  ScaleControl,
} from 'maplibre-gl';
import { dedupeCreditsBox } from './credits';
import { foldCreditsWhenCramped } from './fold-credits';

/**
 * The main map's controls: zoom, "my location", scale and credits (folded where the map is short).
 * Returns what stops the credits' de-duplication and folding when the map goes.
 */
export function addControls(map: MlMap): () => void {
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  // In the field: where am I on the plan? The browser asks for the position only when it is pressed.
  map.addControl(
    new GeolocateControl({
      positionOptions: { enableHighAccuracy: true },
      fitBoundsOptions: { maxZoom: 14 },
    }),
    'top-right',
  );
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
  map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
  const stopDedupe = dedupeCreditsBox(map.getContainer());
  const stopFolding = foldCreditsWhenCramped(map);
  return () => {
    stopDedupe();
    stopFolding();
  };
}
