/**
 * The service worker (built to sw.js beside index.html). It keeps one cache per build, filled
 * completely and checked byte for byte against the build's hashes before the build is used, so a
 * page never mixes two builds; it answers the app's page and files from that cache, and keeps the
 * OpenStreetMap tiles the user has seen for use without network. A new build waits until a page
 * asks it to take over (the user chose to reload); tabs still open on the older build keep its
 * cache until the build after.
 */
import {
  type BuildFile,
  type BuildManifest,
  cacheName,
  cachesToDelete,
  MANIFEST_PATH,
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
const SCOPE = new URL(self.registration.scope);
const urlOf = (path: string) => new URL(path, SCOPE).href;

/** The newest other build's cache and manifest, if one is stored. */
async function previousBuild(): Promise<{ cache: Cache; manifest: BuildManifest } | undefined> {
  const names = (await caches.keys()).filter((k) => k !== CURRENT && k.startsWith('ls-app-'));
  const name = names.at(-1);
  if (!name) return undefined;
  const cache = await caches.open(name);
  const stored = await cache.match(urlOf(MANIFEST_PATH));
  return stored ? { cache, manifest: (await stored.json()) as BuildManifest } : undefined;
}

/** Fetches a file past the HTTP cache and stores it only if its bytes are this build's. */
async function fetchChecked(cache: Cache, file: BuildFile): Promise<void> {
  const url = urlOf(file.path);
  const res = await fetch(new Request(url, { cache: 'reload' }));
  if (!res.ok) throw new Error(`${file.path}: HTTP ${res.status}`);
  const bytes = await res.arrayBuffer();
  const sha = toHex(await crypto.subtle.digest('SHA-256', bytes));
  if (sha !== file.sha256) throw new Error(`${file.path} is not the file of build ${MANIFEST.build}`);
  await cache.put(url, new Response(bytes, { status: res.status, headers: res.headers }));
}

/** Runs `task` over `items`, `width` at a time (a phone on a weak signal is not flooded). */
async function eachLimited<T>(items: readonly T[], width: number, task: (item: T) => Promise<void>) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
}

async function install(): Promise<void> {
  const cache = await caches.open(CURRENT);
  try {
    const previous = await previousBuild();
    const plan = planInstall(MANIFEST, previous?.manifest);
    const missing: BuildFile[] = [...plan.fetch];
    await eachLimited(plan.copy, 6, async (f) => {
      const res = await previous?.cache.match(urlOf(f.path));
      if (res) await cache.put(urlOf(f.path), res);
      else missing.push(f);
    });
    await eachLimited(missing, 6, (f) => fetchChecked(cache, f));
    await cache.put(urlOf(MANIFEST_PATH), new Response(JSON.stringify(MANIFEST)));
  } catch (e) {
    // An incomplete build is never used: the browser tries the update again later.
    await caches.delete(CURRENT);
    throw e;
  }
}

async function activate(): Promise<void> {
  const stale = cachesToDelete(await caches.keys(), CURRENT);
  await Promise.all(stale.map((k) => caches.delete(k)));
  await self.clients.claim();
}

/** The app's page and files: this build's copy, else the previous build's (an older tab), else the network. */
async function fromBuild(request: Request, path: string | undefined): Promise<Response> {
  const key = path ? urlOf(path) : request.url.split(/[?#]/)[0];
  const own = await (await caches.open(CURRENT)).match(key as string);
  if (own) return own;
  if (!path) {
    for (const name of (await caches.keys()).filter((k) => k.startsWith('ls-app-')).reverse()) {
      const older = await (await caches.open(name)).match(key as string);
      if (older) return older;
    }
  }
  return fetch(request);
}

let tilesPut = 0;
/** A tile: from the network when it answers in time (and kept), else the copy seen before. */
async function tile(event: FetchEvent): Promise<Response> {
  const cache = await caches.open(TILE_CACHE);
  const network = fetch(event.request).then((res) => {
    if (res.ok) {
      const kept = cache.put(event.request, res.clone()).then(async () => {
        tilesPut += 1;
        if (tilesPut % 25 === 0)
          await Promise.all(tilesToDrop(await cache.keys()).map((k) => cache.delete(k)));
      });
      event.waitUntil(kept.catch(() => undefined));
    }
    return res;
  });
  const late = new Promise<undefined>((resolve) => setTimeout(resolve, TILE_NETWORK_MS, undefined));
  try {
    const res = await Promise.race([network, late]);
    if (res) return res;
  } catch {
    // no network: the stored copy below
  }
  return (await cache.match(event.request)) ?? network;
}

self.addEventListener('install', (event) => event.waitUntil(install()));
self.addEventListener('activate', (event) => event.waitUntil(activate()));
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'skip-waiting') void self.skipWaiting();
});
self.addEventListener('fetch', (event) => {
  const { request } = event;
  const kind = route(new URL(request.url), SCOPE, request.mode === 'navigate', request.method);
  if (kind === 'tile') event.respondWith(tile(event));
  else if (kind === 'page') event.respondWith(fromBuild(request, 'index.html'));
  else if (kind === 'app') event.respondWith(fromBuild(request, undefined));
});
