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
