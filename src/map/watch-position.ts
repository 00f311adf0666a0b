import type { MapMouseEvent, Map as MlMap } from 'maplibre-gl';
import type { LngLat } from '../types/core';

/**
 * Follows where the user is looking on the map: the pointer's position as it moves (null when it
 * leaves the map) and the map's centre after every move (for keyboard users, who have no pointer).
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
  map.on('move', centre);
  centre();
  return () => {
    map.off('mousemove', move);
    map.off('mouseout', out);
    map.off('move', centre);
  };
}
