/** A box on the screen, in CSS pixels: `left < right`, `top < bottom`. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How far a span [start, end] must move to lie within [lo, hi] with `margin` each side; its start first. */
function shift(start: number, end: number, lo: number, hi: number, margin: number): number {
  // Larger than the room: its start (the popup's name and close button) in view rather than its end.
  if (end - start > hi - lo - 2 * margin) return start - (lo + margin);
  if (start < lo + margin) return start - (lo + margin);
  if (end > hi - margin) return end - (hi - margin);
  return 0;
}

/**
 * How far to pan the map, [dx, dy] in pixels (MapLibre's `panBy`), to bring `box` (a popup) within
 * `area` (the map, or the part of it no panel covers), `margin` pixels inside its edges. [0, 0] when
 * it lies within already. A box larger than the area is aligned by its top left corner.
 *
 * @example shiftIntoView({ left: 10, top: -40, right: 110, bottom: 60 }, { left: 0, top: 0, right: 800, bottom: 600 }, 8) // [0, -48]
 */
export function shiftIntoView(box: Box, area: Box, margin: number): [number, number] {
  return [
    shift(box.left, box.right, area.left, area.right, margin),
    shift(box.top, box.bottom, area.top, area.bottom, margin),
  ];
}

/** Pixels covered along each edge of the map (MapLibre's `PaddingOptions`). */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * What the app's panels over the map (`covers`) take from each of its edges: each panel counts
 * along the edge it takes least from (a toolbar along the top, a list down the left). A panel over
 * more than `most` of the map's width or height (a list filling a phone's map) is left out: the
 * camera cannot keep clear of it. The map keeps at least 1 − `most` of each side free.
 *
 * @example coverInsets({ left: 0, top: 0, right: 1000, bottom: 600 }, [{ left: 10, top: 10, right: 500, bottom: 44 }]) // top 44
 */
export function coverInsets(map: Box, covers: readonly Box[], most = 0.6): Insets {
  const w = map.right - map.left;
  const h = map.bottom - map.top;
  const out = { ...NO_INSETS };
  if (w <= 0 || h <= 0) return out;
  for (const c of covers) {
    if (c.right <= map.left || c.left >= map.right || c.bottom <= map.top || c.top >= map.bottom) continue;
    const sides: [keyof Insets, number, number][] = [
      ['top', c.bottom - map.top, h],
      ['bottom', map.bottom - c.top, h],
      ['left', c.right - map.left, w],
      ['right', map.right - c.left, w],
    ];
    const [side, inset, of] = sides.reduce((a, b) => (b[1] / b[2] < a[1] / a[2] ? b : a));
    if (inset > most * of) continue;
    out[side] = Math.max(out[side], Math.ceil(inset));
  }
  // Panels on opposite edges may together take too much: shrink both alike.
  const shrink = (a: keyof Insets, b: keyof Insets, of: number) => {
    const sum = out[a] + out[b];
    if (sum <= most * of) return;
    out[a] = Math.floor((out[a] * most * of) / sum);
    out[b] = Math.floor((out[b] * most * of) / sum);
  };
  shrink('top', 'bottom', h);
  shrink('left', 'right', w);
  return out;
}
