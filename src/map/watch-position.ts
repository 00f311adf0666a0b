import type { MapMouseEvent, Map as MlMap } from 'maplibre-gl';
import type { LngLat } from '../types/core';

/**
 * Follows where the user is looking on the map: the pointer's position as it moves (null when it
 * leaves the map) and the map's centre once each move ends (for keyboard users, who have no
 * pointer): not on every frame of a pan, which would re-render the readout 60 times a second.
 * Returns what stops following.
 */
export function watchPosition(
  map: MlMap,
  onPointer: (lngLat: LngLat | null) => void,
  onCentre: (lngLat: LngLat) => void,
): () => void {
  const move = (e: MapMouseEvent) => onPointer([e.lngLat.lng, e.lngLat.lat]);
  const out = () => onPointer(null);
  const centre = () => {
    const c = map.getCenter();
    onCentre([c.lng, c.lat]);
  };
  map.on('mousemove', move);
  map.on('mouseout', out);
  map.on('moveend', centre);
  centre();
  return () => {
    map.off('mousemove', move);
    map.off('mouseout', out);
    map.off('moveend', centre);
  };
}
