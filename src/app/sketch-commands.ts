import type { Feature } from 'geojson';
import { pathKm, polygonMeasure } from '../analysis/measure';
import { sketchText } from '../i18n/strings-sketch';
import type { AppState } from '../state/app-state';
import { SKETCH_LAYER_ID } from '../state/map-draws';
import { openLandReport } from '../state/report-actions';
import type { ReportParcel } from '../state/report-ref';
import { MAX_LINK_CHARS } from '../state/sketch-link';
import {
  newSketchId,
  type Sketch,
  type SketchGeometry,
  sketchBox,
  sketchesOf,
  withSketches,
} from '../state/sketches';
import type { Store } from '../state/store';
import type { LngLat } from '../types/core';

/**
 * What the drawing tools, the sketch list and other parts (the coordinates' paste box, the land
 * report) do to the sketches. Loaded with the tools, or by a part that adds a sketch.
 */

/** Characters left for `sk=` in a link of at most MAX_LINK_CHARS, beside what the link says now. */
export function linkRoom(): number {
  const rest = window.location.href.replace(/[#&]sk=[^&]*/, '');
  return MAX_LINK_CHARS - rest.length - '&sk='.length;
}

/** Puts these sketches in the store (the layer, its storage and the link follow). */
export function setSketches(store: Store<AppState>, sketches: readonly Sketch[]): void {
  store.update((s) => withSketches(s, sketches, sketchText(s.lang, 'sketch.layerName'), linkRoom()));
}

const kindOf = (g: SketchGeometry) =>
  g.type === 'Point' ? 'point' : g.type === 'LineString' ? 'line' : 'polygon';

/** The name a new sketch gets: "Vùng 3", "Line 2"… (its kind and how many of that kind there are). */
export function defaultLabel(s: Pick<AppState, 'lang' | 'imported'>, g: SketchGeometry, extra = 0): string {
  const kind = kindOf(g);
  const n = sketchesOf(s).filter((f) => kindOf(f.geometry) === kind).length + 1 + extra;
  return sketchText(s.lang, 'sketch.defaultName', { kind: sketchText(s.lang, `sketch.kind.${kind}`), n });
}

/**
 * Adds a sketch: a point, line or polygon in WGS 84 (`[lng, lat]`), with a label (a name of its kind
 * and number when none is given) and a note. This is the hook for parts that make a sketch without
 * the mouse — the coordinates typed or pasted by a keyboard user (item 1 of issue #22) call it.
 * Returns the sketch as stored.
 */
export function addSketch(
  store: Store<AppState>,
  feature: Feature<SketchGeometry>,
  label?: string,
  note = '',
): Sketch {
  const s = store.get();
  const sketch: Sketch = {
    type: 'Feature',
    geometry: feature.geometry,
    properties: { id: newSketchId(), label: label ?? defaultLabel(s, feature.geometry), note },
  };
  setSketches(store, [...sketchesOf(s), sketch]);
  return sketch;
}

/** Where a sketch's popup opens: a point's own place, the middle of a line's or polygon's box. */
export function sketchAnchor(f: Sketch): LngLat {
  if (f.geometry.type === 'Point') return f.geometry.coordinates as LngLat;
  const [w, s, e, n] = sketchBox(f);
  return [(w + e) / 2, (s + n) / 2];
}

/**
 * "What does the plan say here?" for a sketch: the land report on it. A polygon travels in the
 * report's link as its shape and a point as its position, so the link reopens the report on any
 * device; a line is named as the n-th feature of the sketch layer (the link's sk= brings it along).
 */
export function requestLandReport(store: Store<AppState>, sketch: Sketch): void {
  const i = sketchesOf(store.get()).findIndex((f) => f.properties.id === sketch.properties.id);
  if (i < 0) return;
  const g = sketch.geometry;
  const parcel: ReportParcel =
    g.type === 'Polygon'
      ? { kind: 'shape', geometry: g }
      : g.type === 'Point'
        ? { kind: 'point', at: [g.coordinates[0] ?? 0, g.coordinates[1] ?? 0] }
        : { kind: 'user', key: `${SKETCH_LAYER_ID}/${i}` };
  store.update((s) => openLandReport(s, parcel, { kind: 'sketch' }));
}

/** A sketch's size as the list says it: area and perimeter, length, or a point's position. */
export function sketchSize(lang: AppState['lang'], f: Sketch): string {
  const g = f.geometry;
  const fmt = (n: number) =>
    new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 0 }).format(n);
  if (g.type === 'Polygon') {
    const ring = (g.coordinates[0] ?? []).slice(0, -1) as LngLat[];
    const m = polygonMeasure(ring);
    if (!m) return '';
    return sketchText(lang, 'sketch.area', {
      m2: fmt(m.ha * 10_000),
      ha: new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(m.ha),
      perimeter: fmt(m.perimeterKm * 1000),
    });
  }
  if (g.type === 'LineString') {
    return sketchText(lang, 'sketch.length', { m: fmt(pathKm(g.coordinates as LngLat[]) * 1000) });
  }
  const [lng, lat] = g.coordinates as LngLat;
  return sketchText(lang, 'sketch.position', { lat: lat.toFixed(6), lng: lng.toFixed(6) });
}
