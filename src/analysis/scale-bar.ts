/** Metres per CSS pixel of a Web Mercator map with 512-pixel tiles (MapLibre's) at a latitude and zoom. */
export function metresPerPixel(lat: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/**
 * The longest round length (1, 2 or 5 × a power of ten metres) whose bar fits in `maxPx`, as
 * printed maps show it. Example: at 25 m/px and 120 px at most → 2 km, 80 px.
 */
export function scaleBar(mPerPx: number, maxPx: number): { metres: number; px: number; label: string } {
  const maxMetres = mPerPx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].map((k) => k * pow).find((m) => m <= maxMetres) ?? pow;
  return {
    metres: step,
    px: step / mPerPx,
    label: step >= 1000 ? `${step / 1000} km` : `${step} m`,
  };
}
