import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { LngLat, MeasureMode } from '../types/core';

const SOURCE = 'measure';
const INK = '#0b3d70';

/**
 * What is being measured, drawn above everything: the path or outline so far (dashed) and its
 * points. Added on first use.
 */
export class MeasureLayer {
  private added = false;

  constructor(private readonly map: MlMap) {}

  draw(mode: MeasureMode | null, points: readonly LngLat[]): void {
    if (!mode) {
      if (this.added) this.source()?.setData(EMPTY);
      return;
    }
    this.add();
    const coords = [...points];
    const features: FeatureCollection['features'] = points.map((p) => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: p },
    }));
    if (mode === 'area' && coords.length >= 3)
      features.unshift({
        type: 'Feature',
        properties: {},
        geometry: { type: 'Polygon', coordinates: [[...coords, coords[0] as LngLat]] },
      });
    else if (coords.length >= 2)
      features.unshift({
        type: 'Feature',
        properties: {},
        geometry: { type: 'LineString', coordinates: coords },
      });
    this.source()?.setData({ type: 'FeatureCollection', features });
  }

  private source() {
    return this.map.getSource<GeoJSONSource>(SOURCE);
  }

  private add(): void {
    if (this.added) return;
    this.added = true;
    this.map.addSource(SOURCE, { type: 'geojson', data: EMPTY });
    this.map.addLayer({
      id: 'measure-fill',
      type: 'fill',
      source: SOURCE,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': INK, 'fill-opacity': 0.12 },
    });
    this.map.addLayer({
      id: 'measure-line',
      type: 'line',
      source: SOURCE,
      filter: ['!=', ['geometry-type'], 'Point'],
      paint: { 'line-color': INK, 'line-width': 2.5, 'line-dasharray': [2, 1] },
    });
    this.map.addLayer({
      id: 'measure-points',
      type: 'circle',
      source: SOURCE,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': 4.5,
        'circle-color': '#ffffff',
        'circle-stroke-color': INK,
        'circle-stroke-width': 2,
      },
    });
  }
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
