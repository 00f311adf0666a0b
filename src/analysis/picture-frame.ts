import type { Bounds, LngLat } from '../types/core';

/**
 * A flat picture of an area in Web Mercator (as the map draws it): `bounds` fill the picture but
 * for `pad` pixels on each side, north up. Made once at build time for the static picture of the
 * province, and used again at run time to mark a site on it (picturePoint).
 */
export interface PictureFrame {
  bounds: Bounds;
  /** The picture's size in its own pixels (the SVG's viewBox). */
  width: number;
  height: number;
  pad: number;
  /** Room left under the area (for the credits), in picture pixels. */
  padBottom: number;
  /** Picture pixels per unit of Mercator x (radians of longitude). */
  scale: number;
}

const mercX = (lng: number) => (lng * Math.PI) / 180;
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/**
 * The frame of a picture `width` pixels wide showing `bounds` with `pad` pixels around it (and
 * `padBottom` under it); its height follows from the projection, so the area is not stretched.
 */
export function pictureFrame(bounds: Bounds, width: number, pad: number, padBottom = pad): PictureFrame {
  const [w, s, e, n] = bounds;
  const scale = (width - 2 * pad) / (mercX(e) - mercX(w));
  const height = Math.round((mercY(n) - mercY(s)) * scale + pad + padBottom);
  return { bounds, width, height, pad, padBottom, scale };
}

/** Where a [lng, lat] falls on the picture, in its pixels from the top left corner (may lie outside it). */
export function projectToPicture(frame: PictureFrame, [lng, lat]: LngLat): [number, number] {
  const [w, , , n] = frame.bounds;
  return [
    frame.pad + (mercX(lng) - mercX(w)) * frame.scale,
    frame.pad + (mercY(n) - mercY(lat)) * frame.scale,
  ];
}

/**
 * Where a [lng, lat] falls on the picture as a share of its width and height (0–1 inside it), to
 * place a mark over the picture at whatever size the page shows it; null when it lies outside.
 */
export function picturePoint(frame: PictureFrame, lngLat: LngLat): { x: number; y: number } | null {
  const [px, py] = projectToPicture(frame, lngLat);
  const x = px / frame.width;
  const y = py / frame.height;
  return x >= 0 && x <= 1 && y >= 0 && y <= 1 ? { x, y } : null;
}

/** Metres on the ground per picture pixel at a latitude (Mercator stretches with latitude). */
export function metresPerPicturePixel(frame: PictureFrame, lat: number): number {
  const EARTH_RADIUS_M = 6378137;
  return (EARTH_RADIUS_M * Math.cos((lat * Math.PI) / 180)) / frame.scale;
}
