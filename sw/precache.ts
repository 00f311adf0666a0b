/**
 * The service worker's decisions, as plain functions (no worker globals, unit-tested in Node).
 * A build is one list of files with their SHA-256; a build's files live in one cache, named after
 * the build, so a page always gets app and data from the same build.
 */

/** One file of a build: its path relative to the app's folder, the SHA-256 of its bytes (hex), its length. */
export interface BuildFile {
  path: string;
  sha256: string;
  size: number;
}

/** What the build writes into the worker: its id and every file a page may ask for. */
export interface BuildManifest {
  build: string;
  files: BuildFile[];
}

export const APP_CACHE_PREFIX = 'ls-app-';
export const TILE_CACHE = 'ls-osm-tiles';
/** OpenStreetMap tiles the user has seen, kept for use without network: the newest this many (≈ 15–30 MB). */
export const MAX_TILES = 1500;
/** How long a tile may take from the network before the stored copy is used. */
export const TILE_NETWORK_MS = 4000;
export const OSM_TILE_ORIGIN = 'https://tile.openstreetmap.org';
/** The file a build stores its own manifest under, so the next build can reuse unchanged files. */
export const MANIFEST_PATH = '__build-manifest.json';

export const cacheName = (build: string) => `${APP_CACHE_PREFIX}${build}`;

/**
 * How to fill a new build's cache: files whose hash the previous build already holds are copied
 * from its cache (an update downloads only what changed); the others are fetched.
 */
export function planInstall(
  next: BuildManifest,
  previous: BuildManifest | undefined,
): { copy: BuildFile[]; fetch: BuildFile[] } {
  const had = new Map((previous?.files ?? []).map((f) => [f.path, f.sha256]));
  const copy: BuildFile[] = [];
  const fetch: BuildFile[] = [];
  for (const f of next.files) (had.get(f.path) === f.sha256 ? copy : fetch).push(f);
  return { copy, fetch };
}

/**
 * The app caches to delete once a build is active: all but its own and the one it replaced (a tab
 * opened before the update still loads its lazy files from there). Decided by the build replaced,
 * not by the caches' order: a rolled-back build or an install cut short is no "newest other".
 */
export function cachesToDelete(
  keys: readonly string[],
  current: string,
  replaced: string | undefined,
): string[] {
  return keys.filter((k) => k.startsWith(APP_CACHE_PREFIX) && k !== current && k !== replaced);
}

/** What a stored file takes beyond its bytes (Cache Storage keeps its headers and an index entry). */
export const ENTRY_OVERHEAD = 1024;

/**
 * Whether the origin's storage (`estimate`, as navigator.storage gives it) has room for a build's
 * files. A build that cannot fit is not begun: half-written it fails anyway, and until the worker
 * is gone its bytes take the room the user's own layers need. An unknown quota does not stop it.
 */
export function hasRoomFor(
  files: readonly BuildFile[],
  estimate: { usage?: number; quota?: number },
): boolean {
  if (estimate.quota === undefined) return true;
  const need = files.reduce((n, f) => n + f.size + ENTRY_OVERHEAD, 0);
  return (estimate.usage ?? 0) + need <= estimate.quota;
}

/** Where the worker notes which build is active (read by the next build's install and activation). */
export const META_CACHE = 'ls-meta';
export const ACTIVE_PATH = '__active-build';

/**
 * How a file of the build is fetched: hashed assets may come from the HTTP cache (their bytes are
 * checked anyway), the others are revalidated with the server (a stale copy would fail the check).
 */
export const fetchMode = (path: string): RequestCache =>
  path.startsWith('assets/') ? 'default' : 'no-cache';

/** Headers a stored copy keeps: the body is stored decoded, so its encoding and length no longer hold. */
export function keptHeaders(headers: Iterable<[string, string]>): [string, string][] {
  return [...headers].filter(([k]) => !/^(content-encoding|content-length|transfer-encoding)$/i.test(k));
}

/** Which stored tiles to drop so that at most `max` remain (`keys` oldest first). */
export function tilesToDrop<T>(keys: readonly T[], max = MAX_TILES): T[] {
  return keys.slice(0, Math.max(0, keys.length - max));
}

export type Route = 'page' | 'app' | 'tile' | 'network';

/**
 * What answers a request: the app's page (a navigation to the app's folder or its index.html,
 * whatever its query or hash), a file of the app (anything else under the worker's scope: the
 * build's files, from its cache or the previous build's), an OpenStreetMap tile, or the network
 * (other hosts, and anything but GET).
 */
export function route(url: URL, scope: URL, navigation: boolean, method = 'GET'): Route {
  if (method !== 'GET') return 'network';
  if (url.origin === OSM_TILE_ORIGIN) return 'tile';
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return 'network';
  const path = url.pathname.slice(scope.pathname.length);
  return navigation && (path === '' || path === 'index.html') ? 'page' : 'app';
}

/** Hex of a digest (crypto.subtle gives an ArrayBuffer). */
export function toHex(digest: ArrayBuffer): string {
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The id of a build: a short hash over its sorted file list (same files, same id). */
export function buildIdOf(
  files: readonly Pick<BuildFile, 'path' | 'sha256'>[],
  sha256Hex: (text: string) => string,
): string {
  const text = [...files]
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .map((f) => `${f.path} ${f.sha256}`)
    .join('\n');
  return sha256Hex(text).slice(0, 16);
}
