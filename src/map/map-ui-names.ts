import type { Map as MlMap } from 'maplibre-gl';

/** MapLibre's named parts, the key of their name in its UI strings, and whether it is their title too. */
const MAP_UI_NAMES = [
  ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn', true],
  ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut', true],
  ['.maplibregl-ctrl-attrib-button', 'AttributionControl.ToggleAttribution', true],
  ['.maplibregl-ctrl-geolocate', 'GeolocateControl.FindMyLocation', true],
  ['.maplibregl-popup-close-button', 'Popup.Close', false],
] as const;

/**
 * Gives MapLibre's own controls and popups their names in another language. MapLibre takes its
 * table of UI strings (`locale`) only when the map is made, and reads it each time it builds a
 * control or a popup: the table is swapped, or every popup opened after a switch of language would
 * still be announced "Đóng"; what it has built already is renamed in place.
 */
export function renameMapUi(map: MlMap, locale: Record<string, string>): void {
  map._locale = { ...map._locale, ...locale };
  map.getCanvas().setAttribute('aria-label', locale['Map.Title'] ?? '');
  const container = map.getContainer();
  for (const [selector, key, titled] of MAP_UI_NAMES) {
    const text = locale[key] ?? '';
    for (const el of container.querySelectorAll(selector)) {
      if (titled) el.setAttribute('title', text);
      el.setAttribute('aria-label', text);
    }
  }
}
