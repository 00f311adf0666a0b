import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { LngLat } from '../analysis/anchor';
import { FONT_BOLD } from '../data/fonts';

/** A ranked site as the map marks it: its rank in a disc of its score's colour. */
export interface RankMarker {
  id: string;
  at: LngLat;
  rank: number;
  color: string;
  /** Dark discs take white numbers. */
  dark: boolean;
}

const SOURCE = 'rank-markers';

/**
 * The ranking on the map: each ranked site gets a numbered disc above everything else (gates,
 * labels), so the order can be read off the map; the best ranks are drawn on top.
 */
export class RankMarkers {
  private added = false;

  constructor(private readonly map: MlMap) {}

  draw(markers: readonly RankMarker[] | null): void {
    if (!markers) {
      if (this.added) this.map.getSource<GeoJSONSource>(SOURCE)?.setData(EMPTY);
      return;
    }
    this.add();
    this.map.getSource<GeoJSONSource>(SOURCE)?.setData({
      type: 'FeatureCollection',
      features: markers.map((m) => ({
        type: 'Feature',
        properties: { id: m.id, rank: m.rank, color: m.color, ink: m.dark ? '#ffffff' : '#1f2328' },
        geometry: { type: 'Point', coordinates: m.at },
      })),
    });
  }

  private add(): void {
    if (this.added) return;
    this.added = true;
    this.map.addSource(SOURCE, { type: 'geojson', data: EMPTY });
    this.map.addLayer({
      id: 'rank-discs',
      type: 'circle',
      source: SOURCE,
      layout: { 'circle-sort-key': ['-', 0, ['get', 'rank']] },
      paint: {
        'circle-radius': 10,
        'circle-color': ['get', 'color'],
        'circle-stroke-color': '#08306b',
        'circle-stroke-width': 1.5,
      },
    });
    this.map.addLayer({
      id: 'rank-numbers',
      type: 'symbol',
      source: SOURCE,
      layout: {
        'text-field': ['to-string', ['get', 'rank']],
        'text-font': [FONT_BOLD],
        'text-size': 11,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': ['get', 'ink'] },
    });
  }
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
