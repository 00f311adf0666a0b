/**
 * The Content-Security-Policy of the production page. No inline scripts, no eval; styles only from
 * our own files (MapLibre and React set element styles through the CSSOM, which CSP allows).
 * The one outside host is the optional OpenStreetMap raster base map.
 */
export const OSM_TILE_HOST = 'https://tile.openstreetmap.org';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "style-src 'self'",
  "font-src 'self'",
  `img-src 'self' data: blob: ${OSM_TILE_HOST}`,
  `connect-src 'self' ${OSM_TILE_HOST}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
