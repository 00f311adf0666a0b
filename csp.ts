/**
 * The Content-Security-Policy of the production page. No inline scripts, no eval; styles only from
 * our own files (MapLibre and React set element styles through the CSSOM, which CSP allows).
 * The one outside host is the optional OpenStreetMap raster base map. `connect-src blob:`: an
 * imported layer reaches MapLibre's worker as a blob: URL of its bytes, which the worker fetches.
 *
 * `connect-src` also allows any https address: the user may open a PMTiles archive from an address
 * they type (any host: a CDN, a ministry's server), read with range requests from the page. The
 * trade-off: a page that could be made to run foreign script could send data to any https host; no
 * such script can run here (script-src 'self', no inline, no eval), and the archive's bytes are map
 * tiles handed to MapLibre, never run or shown as HTML. Plain http stays blocked, and so does this
 * computer (localhost): the public page cannot reach services on the user's machine. Only the
 * tests' static server runs the page under `LOCAL_CSP`, which adds http on this computer.
 */
export const ARCHIVE_SOURCES = 'https:';
/** Archive servers on this computer: allowed only in the tests' policy (`LOCAL_CSP`). */
export const LOCAL_ARCHIVE_SOURCES = 'http://localhost:* http://127.0.0.1:*';

export const OSM_TILE_HOST = 'https://tile.openstreetmap.org';

const policy = (connect: string) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "style-src 'self'",
    "font-src 'self'",
    `img-src 'self' data: blob: ${OSM_TILE_HOST}`,
    `connect-src 'self' blob: ${OSM_TILE_HOST} ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');

export const CSP = policy(ARCHIVE_SOURCES);
/** The tests' policy: the production one, with archive servers on this computer (fixtures) allowed. */
export const LOCAL_CSP = policy(`${ARCHIVE_SOURCES} ${LOCAL_ARCHIVE_SOURCES}`);

/**
 * Response headers a host should send with the built app (README, "Publishing"; the browser test
 * of a sub-path serves the build with exactly these). No X-Frame-Options or frame-ancestors: the
 * embed mode is meant to be framed by other sites.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Geolocation for the page itself, not for frames: the map's "my location" button asks when pressed.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(self), payment=()',
};

/**
 * How long a file of the build may be cached. Files under assets/ have a hash in their name and
 * never change; every other file keeps its name from build to build, so caches must ask the server
 * each time (a cheap 304 when unchanged): the worker finds updates that way, and a stale copy held
 * by a CDN would fail the worker's check of the new build's bytes.
 */
export function cacheControl(path: string): string {
  return path.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}
