import type { Feature, LineString, Point, Polygon } from 'geojson';
import type { ImportedLayer } from '../import/imported-store';
import { readFeature, serialiseCollection } from '../import/layer-data';
import type { LngLat } from '../types/core';
import type { AppState } from './app-state';
import { SKETCH_LAYER_ID } from './map-draws';
import { decodeSketches, encodeSketches, type LinkSketch } from './sketch-link';

/**
 * The user's sketches: points, lines and polygons with a label and a note, kept as one layer of the
 * user's own data (`user-sketches`), so the browser stores them, the maps draw them, the list reads
 * them and the exports write them as they do an imported layer. Only lazily loaded code imports
 * this module (the drawing tools, the sketch list, the link's sync).
 */
export type SketchGeometry = Point | LineString | Polygon;
export interface SketchProps {
  /** Stable within this browser: the drawing tools and the list name a sketch by it. */
  id: string;
  label: string;
  note: string;
}
export type Sketch = Feature<SketchGeometry, SketchProps>;

/** A new sketch's id: random, URL-safe. */
export const newSketchId = (): string =>
  `sk-${Math.random().toString(36).slice(2, 10)}${Date.now().toString(36).slice(-4)}`;

const cache = new WeakMap<ImportedLayer['data'], Sketch[]>();

/** The sketch layer's features, in drawing order (read once per version of the layer). */
export function sketchesOf(s: Pick<AppState, 'imported'>): Sketch[] {
  const layer = s.imported.find((l) => l.id === SKETCH_LAYER_ID);
  if (!layer) return [];
  const known = cache.get(layer.data);
  if (known) return known;
  const list: Sketch[] = [];
  for (let i = 0; i < layer.data.count; i++) {
    const f = readFeature(layer.data, i);
    const g = f?.geometry;
    if (!f || !g || (g.type !== 'Point' && g.type !== 'LineString' && g.type !== 'Polygon')) continue;
    const p = f.properties ?? {};
    list.push({
      type: 'Feature',
      geometry: g,
      properties: {
        id: typeof p.id === 'string' ? p.id : `sk-${i}`,
        label: typeof p.label === 'string' ? p.label : '',
        note: typeof p.note === 'string' ? p.note : '',
      },
    });
  }
  cache.set(layer.data, list);
  return list;
}

/** The sketch layer's look when it is first made: a colour the plan does not use, drawn on top. */
const SKETCH_COLOR = '#e8590c';

/**
 * The state with these sketches: the sketch layer made, replaced or (with none left) removed, and
 * the link's `sk=` value made again — null when the link would grow past `room` characters (the
 * share dialog then says the link holds no sketches). `name` names a layer made now.
 */
export function withSketches(s: AppState, sketches: readonly Sketch[], name: string, room: number): AppState {
  const rest = s.imported.filter((l) => l.id !== SKETCH_LAYER_ID);
  const old = s.imported.find((l) => l.id === SKETCH_LAYER_ID);
  const value = encodeSketches(sketches.map(toLinkSketch));
  const sketchLink = value !== '' && value.length <= room ? value : null;
  if (sketches.length === 0) return { ...s, imported: rest, sketchLink };
  const data = serialiseCollection({ type: 'FeatureCollection', features: [...sketches] });
  cache.set(data, [...sketches]);
  const layer: ImportedLayer = old
    ? { ...old, data }
    : {
        id: SKETCH_LAYER_ID,
        name,
        format: 'geojson',
        color: SKETCH_COLOR,
        opacity: 1,
        visible: true,
        addedAt: new Date().toISOString(),
        data,
      };
  // The sketches stay on top of the imported layers: the layer is last (its addedAt is kept).
  return { ...s, imported: [...rest, layer], sketchLink };
}

/** A sketch as the link writes it (a polygon's ring without its closing vertex). */
export function toLinkSketch(f: Sketch): LinkSketch {
  const { label, note } = f.properties;
  const g = f.geometry;
  if (g.type === 'Point') return { kind: 'point', coords: [g.coordinates as LngLat], label, note };
  if (g.type === 'LineString') return { kind: 'line', coords: g.coordinates as LngLat[], label, note };
  const ring = (g.coordinates[0] ?? []) as LngLat[];
  return { kind: 'polygon', coords: ring.slice(0, -1), label, note };
}

/** A sketch from a link (a new id in this browser). */
export function fromLinkSketch(k: LinkSketch): Sketch {
  const properties = { id: newSketchId(), label: k.label, note: k.note };
  const first = k.coords[0] as LngLat;
  const geometry: SketchGeometry =
    k.kind === 'point'
      ? { type: 'Point', coordinates: first }
      : k.kind === 'line'
        ? { type: 'LineString', coordinates: k.coords }
        : { type: 'Polygon', coordinates: [[...k.coords, first]] };
  return { type: 'Feature', geometry, properties };
}

const sameSketch = (a: LinkSketch, b: LinkSketch) =>
  a.kind === b.kind &&
  a.label === b.label &&
  a.note === b.note &&
  JSON.stringify(a.coords) === JSON.stringify(b.coords);

/**
 * The sketches a link carries, added to the user's own: one already there (the same link opened
 * again, the page reloaded) is not added twice. `null` when the value is damaged: nothing changes.
 */
export function sketchesWithLink(own: readonly Sketch[], value: string): Sketch[] | null {
  const r = decodeSketches(value);
  if (!r.ok) return null;
  // Compared as the link has them (rounded to 1e-7°), so a stored copy of a linked sketch matches.
  const mine = own.map((f) => decodeSketches(encodeSketches([toLinkSketch(f)])));
  const added = r.sketches.filter(
    (k) => !mine.some((m) => m.ok && m.sketches[0] !== undefined && sameSketch(m.sketches[0], k)),
  );
  return [...own, ...added.map(fromLinkSketch)];
}

/** Where a sketch is, for a camera to go to: its point, or the middle of its vertices' box. */
export function sketchBox(f: Sketch): [number, number, number, number] {
  const pts: LngLat[] =
    f.geometry.type === 'Point'
      ? [f.geometry.coordinates as LngLat]
      : f.geometry.type === 'LineString'
        ? (f.geometry.coordinates as LngLat[])
        : ((f.geometry.coordinates[0] ?? []) as LngLat[]);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
