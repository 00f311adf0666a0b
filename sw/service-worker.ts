/**
 * The service worker (built to sw.js beside index.html). It keeps one cache per build, filled
 * completely and checked byte for byte against the build's hashes before the build is used, so a
 * page never mixes two builds; it answers the app's page and files from that cache, and keeps the
 * OpenStreetMap tiles the user has seen for use without network. A new build waits until a page
 * asks it to take over (the user chose to reload); tabs still open on the build it replaced keep
 * that build's cache until the next update.
 */
import {
  ACTIVE_PATH,
  type BuildFile,
  type BuildManifest,
  cacheName,
  cachesToDelete,
  fetchMode,
  hasRoomFor,
  keptHeaders,
  MANIFEST_PATH,
  META_CACHE,
  planInstall,
  route,
  TILE_CACHE,
  TILE_NETWORK_MS,
  tilesToDrop,
  toHex,
} from './precache.ts';

declare const self: ServiceWorkerGlobalScope & { __LS_BUILD_MANIFEST__: BuildManifest };

/** This build's files, set by the first line of sw.js, which the build writes (sw/write-manifest.ts). */
const MANIFEST = self.__LS_BUILD_MANIFEST__;
const CURRENT = cacheName(MANIFEST.build);
const FILES = new Set(MANIFEST.files.map((f) => f.path));
const SCOPE = new URL(self.registration.scope);
const urlOf = (path: string) => new URL(path, SCOPE).href;

/** The build that is active now (before this one takes over), as the worker noted it. */
async function activeBuild(): Promise<string | undefined> {
  const noted = await (await caches.open(META_CACHE)).match(urlOf(ACTIVE_PATH));
  return noted ? noted.text() : undefined;
}

/** The active build's cache and manifest, if they are stored (an update copies unchanged files from it). */
async function previousBuild(): Promise<{ cache: Cache; manifest: BuildManifest } | undefined> {
  const active = await activeBuild();
  if (!active || active === CURRENT || !(await caches.has(active))) return undefined;
  const cache = await caches.open(active);
  const stored = await cache.match(urlOf(MANIFEST_PATH));
  return stored ? { cache, manifest: (await stored.json()) as BuildManifest } : undefined;
}

/** Fetches a file and stores it only if its bytes are this build's. */
async function fetchChecked(cache: Cache, file: BuildFile, signal: AbortSignal): Promise<void> {
  const url = urlOf(file.path);
  const res = await fetch(new Request(url, { cache: fetchMode(file.path), signal }));
  if (!res.ok) throw new Error(`${file.path}: HTTP ${res.status}`);
  const bytes = await res.arrayBuffer();
  const sha = toHex(await crypto.subtle.digest('SHA-256', bytes));
  if (sha !== file.sha256) throw new Error(`${file.path} is not the file of build ${MANIFEST.build}`);
  await cache.put(url, new Response(bytes, { status: res.status, headers: keptHeaders(res.headers) }));
}

/** Runs `task` over `items`, `width` at a time; the first failure stops the rest (and aborts them). */
async function eachLimited<T>(
  items: readonly T[],
  width: number,
  task: (item: T, signal: AbortSignal) => Promise<void>,
) {
  const stop = new AbortController();
  let next = 0;
  const lane = async () => {
    while (next < items.length && !stop.signal.aborted) await task(items[next++] as T, stop.signal);
  };
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, () =>
      lane().catch((e) => {
        stop.abort();
        throw e;
      }),
    ),
  );
}

async function install(): Promise<void> {
  // Installing the build that is already stored (the same bytes) has nothing to do, and its cache
  // is in use: never delete it on a failure.
  if ((await caches.has(CURRENT)) && (await (await caches.open(CURRENT)).match(urlOf(MANIFEST_PATH)))) return;
  // Not begun without room for all of it (the browser tries again later, maybe with more room).
  if (!hasRoomFor(MANIFEST.files, await navigator.storage.estimate()))
    throw new Error(`no room for build ${MANIFEST.build}`);
  const existing = await caches.open(CURRENT);
  try {
    const previous = await previousBuild();
    const plan = planInstall(MANIFEST, previous?.manifest);
    const missing: BuildFile[] = [...plan.fetch];
    await eachLimited(plan.copy, 6, async (f) => {
      const res = await previous?.cache.match(urlOf(f.path));
      if (res) await existing.put(urlOf(f.path), res);
      else missing.push(f);
    });
    await eachLimited(missing, 6, (f, signal) => fetchChecked(existing, f, signal));
    // Written last: a cache holds the manifest only once it holds every file.
    await existing.put(urlOf(MANIFEST_PATH), new Response(JSON.stringify(MANIFEST)));
  } catch (e) {
    // An incomplete build is never used: the browser tries the update again later.
    await caches.delete(CURRENT);
    throw e;
  }
}

async function activate(): Promise<void> {
  const replaced = await activeBuild();
  const stale = cachesToDelete(await caches.keys(), CURRENT, replaced);
  await Promise.all(stale.map((k) => caches.delete(k)));
  await (await caches.open(META_CACHE)).put(urlOf(ACTIVE_PATH), new Response(CURRENT));
  await trimTiles();
  await self.clients.claim();
}

/** The app's page and files: this build's copy, else the replaced build's (an older tab), else the network. */
async function fromBuild(request: Request, path: string | undefined): Promise<Response> {
  const key = path ? urlOf(path) : (request.url.split(/[?#]/)[0] as string);
  const own = await (await caches.open(CURRENT)).match(key);
  if (own) return own;
  if (!path) {
    for (const name of (await caches.keys()).filter((k) => k.startsWith('ls-app-') && k !== CURRENT)) {
      const older = await (await caches.open(name)).match(key);
      if (older) return older;
    }
  }
  return fetch(request);
}

let tilesPut = 0;
async function trimTiles(): Promise<void> {
  const cache = await caches.open(TILE_CACHE);
  await Promise.all(tilesToDrop(await cache.keys()).map((k) => cache.delete(k)));
}

/** A tile: from the network when it answers in time (and kept), else the copy seen before. */
function tile(event: FetchEvent): Promise<Response> {
  const network = fetch(event.request);
  // Kept alive until the network has answered and the tile is stored, even after a stored copy was used.
  event.waitUntil(
    network
      .then(async (res) => {
        if (!res.ok) return;
        const cache = await caches.open(TILE_CACHE);
        await cache.put(event.request, res.clone());
        // The first tile of each worker's life trims too: a worker stopped when idle forgets its count.
        if (tilesPut++ % 25 === 0) await trimTiles();
      })
      .catch(() => undefined),
  );
  const late = new Promise<undefined>((resolve) => setTimeout(resolve, TILE_NETWORK_MS, undefined));
  return (async () => {
    try {
      const res = await Promise.race([network, late]);
      if (res) return res.clone();
    } catch {
      // no network: the stored copy below
    }
    const stored = await (await caches.open(TILE_CACHE)).match(event.request);
    return stored ?? (await network).clone();
  })();
}

self.addEventListener('install', (event) => event.waitUntil(install()));
self.addEventListener('activate', (event) => event.waitUntil(activate()));
self.addEventListener('message', (event) => {
  const data = event.data as { type?: string; path?: string } | null;
  if (data?.type === 'skip-waiting') void self.skipWaiting();
  // A page asks whether it is of this build (its entry script is one of this build's files).
  if (data?.type === 'has-file') event.ports[0]?.postMessage(FILES.has(data.path ?? ''));
});
self.addEventListener('fetch', (event) => {
  const { request } = event;
  const kind = route(new URL(request.url), SCOPE, request.mode === 'navigate', request.method);
  if (kind === 'tile') event.respondWith(tile(event));
  else if (kind === 'page') event.respondWith(fromBuild(request, 'index.html'));
  else if (kind === 'app') event.respondWith(fromBuild(request, undefined));
});
