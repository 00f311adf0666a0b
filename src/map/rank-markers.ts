import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import { FONT_BOLD } from '../data/fonts';
import type { LngLat } from '../types/core';

/** A ranked site as the map marks it: its rank in a disc of its score's colour. */
export interface RankMarker {
  id: string;
  at: LngLat;
  rank: number;
  color: string;
  /** Dark discs take white numbers, the others black (whichever reads at 4.5:1 or better). */
  dark: boolean;
}

const SOURCE = 'rank-markers';
const LAYER = 'rank-markers';
/** Disc radius and outline in CSS pixels; the images are drawn at twice that for sharp edges. */
const RADIUS = 10;
const OUTLINE = 1.5;
const PIXEL_RATIO = 2;
const imageId = (color: string) => `rank-disc-${color}`;

/**
 * The ranking on the map: each ranked site gets a numbered disc above everything else, so the
 * order can be read off the map. Discs are symbols, so they never overlap: where two would, the
 * better rank is placed and the other waits for a closer zoom (the table lists every rank), and
 * labels under a disc give way rather than being covered.
 */
export class RankMarkers {
  private added = false;
  private drawn = '';

  constructor(private readonly map: MlMap) {}

  /** Marks these sites; the same marks again cost nothing (the app re-renders often). */
  draw(markers: readonly RankMarker[] | null): void {
    const key = markers ? markers.map((m) => `${m.id}:${m.rank}:${m.color}:${m.at.join()}`).join() : '';
    if (key === this.drawn) return;
    this.drawn = key;
    if (!markers) {
      if (this.added) this.map.getSource<GeoJSONSource>(SOURCE)?.setData(EMPTY);
      return;
    }
    this.add();
    for (const m of markers) {
      const id = imageId(m.color);
      if (!this.map.hasImage(id)) this.map.addImage(id, disc(m.color), { pixelRatio: PIXEL_RATIO });
    }
    this.map.getSource<GeoJSONSource>(SOURCE)?.setData({
      type: 'FeatureCollection',
      features: markers.map((m) => ({
        type: 'Feature',
        properties: { id: m.id, rank: m.rank, disc: imageId(m.color), ink: m.dark ? '#ffffff' : '#000000' },
        geometry: { type: 'Point', coordinates: m.at },
      })),
    });
  }

  private add(): void {
    if (this.added) return;
    this.added = true;
    this.map.addSource(SOURCE, { type: 'geojson', data: EMPTY });
    this.map.addLayer({
      id: LAYER,
      type: 'symbol',
      source: SOURCE,
      layout: {
        'icon-image': ['get', 'disc'],
        'icon-padding': 1,
        'text-field': ['to-string', ['get', 'rank']],
        'text-font': [FONT_BOLD],
        'text-size': 11,
        // Lower ranks are placed first and win any collision.
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': ['get', 'ink'] },
    });
  }
}

/** A disc of the score's colour with a dark outline, as image data for the map. */
function disc(color: string): ImageData {
  const size = Math.ceil((RADIUS + OUTLINE) * 2 * PIXEL_RATIO) + 2;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2D canvas');
  g.beginPath();
  g.arc(size / 2, size / 2, RADIUS * PIXEL_RATIO, 0, 2 * Math.PI);
  g.fillStyle = color;
  g.fill();
  g.lineWidth = OUTLINE * PIXEL_RATIO;
  g.strokeStyle = '#08306b';
  g.stroke();
  return g.getImageData(0, 0, size, size);
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
