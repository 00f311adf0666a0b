import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type BuildManifest,
  buildIdOf,
  cacheName,
  cachesToDelete,
  ENTRY_OVERHEAD,
  fetchMode,
  hasRoomFor,
  keptHeaders,
  MAX_TILES,
  planInstall,
  route,
  tilesToDrop,
  toHex,
} from './precache.ts';

const sha = (t: string) => createHash('sha256').update(t).digest('hex');
const build = (id: string, files: [string, string][]): BuildManifest => ({
  build: id,
  files: files.map(([path, sha256]) => ({ path, sha256, size: 1000 })),
});

describe('filling a new build cache', () => {
  it('is begun only with room for every file of the build, beside what is stored already', () => {
    const { files } = build('b', [
      ['index.html', 'h1'],
      ['assets/a.js', 'h2'],
    ]);
    const need = 2 * (1000 + ENTRY_OVERHEAD);
    expect(hasRoomFor(files, { usage: 0, quota: need })).toBe(true);
    expect(hasRoomFor(files, { usage: 1, quota: need })).toBe(false);
    // A quota of 500 kB (a full device, a test's override) holds no 4 MB build, however empty.
    expect(
      hasRoomFor([{ path: 'assets/maplibre.js', sha256: 'h', size: 4_000_000 }], {
        usage: 0,
        quota: 500_000,
      }),
    ).toBe(false);
    // A browser that does not say its quota: tried (a failure cleans up after itself).
    expect(hasRoomFor(files, {})).toBe(true);
  });

  it('fetches everything the first time', () => {
    const next = build('b', [
      ['index.html', 'h1'],
      ['assets/a.js', 'h2'],
    ]);
    expect(planInstall(next, undefined)).toEqual({ copy: [], fetch: next.files });
  });

  it('copies only files whose bytes did not change', () => {
    const prev = build('a', [
      ['index.html', 'h1'],
      ['assets/a.js', 'h2'],
      ['seeds/x.txt', 'h3'],
    ]);
    const next = build('b', [
      ['index.html', 'h9'],
      ['assets/a.js', 'h2'],
      ['seeds/x.txt', 'h3'],
      ['n.js', 'h4'],
    ]);
    const plan = planInstall(next, prev);
    expect(plan.copy.map((f) => f.path)).toEqual(['assets/a.js', 'seeds/x.txt']);
    expect(plan.fetch.map((f) => f.path)).toEqual(['index.html', 'n.js']);
  });
});

describe('old caches', () => {
  it('keeps the new build and the one it replaced, leaves other caches alone', () => {
    const keys = ['ls-app-1', 'ls-osm-tiles', 'ls-meta', 'ls-app-2', 'ls-app-3', 'ls-app-4'];
    expect(cachesToDelete(keys, 'ls-app-4', 'ls-app-3')).toEqual(['ls-app-1', 'ls-app-2']);
    expect(cachesToDelete(['ls-app-2'], 'ls-app-2', undefined)).toEqual([]);
  });

  it('after a rollback, keeps the build the open tabs run, not the newest cache', () => {
    // Built A, then B, then back to A (its cache re-created later), now C replaces A.
    const keys = ['ls-app-B', 'ls-app-A', 'ls-app-C'];
    expect(cachesToDelete(keys, 'ls-app-C', 'ls-app-A')).toEqual(['ls-app-B']);
  });

  it('drops a cache an install cut short left behind', () => {
    expect(cachesToDelete(['ls-app-A', 'ls-app-half', 'ls-app-B'], 'ls-app-B', 'ls-app-A')).toEqual([
      'ls-app-half',
    ]);
  });

  it('names a cache after its build', () => expect(cacheName('abc')).toBe('ls-app-abc'));
});

describe('fetching and storing a build', () => {
  it('lets hashed assets come from the HTTP cache and revalidates the rest', () => {
    expect(fetchMode('assets/index-abc123.js')).toBe('default');
    expect(fetchMode('index.html')).toBe('no-cache');
    expect(fetchMode('seeds/002.txt')).toBe('no-cache');
  });

  it('stores no encoding or length with a decoded body', () => {
    const kept = keptHeaders([
      ['content-type', 'text/javascript'],
      ['Content-Encoding', 'gzip'],
      ['content-length', '123'],
      ['content-security-policy', "default-src 'self'"],
    ]);
    expect(kept.map(([k]) => k)).toEqual(['content-type', 'content-security-policy']);
  });
});

describe('stored tiles', () => {
  it('drops the oldest beyond the limit', () => {
    expect(tilesToDrop([1, 2, 3, 4, 5], 3)).toEqual([1, 2]);
    expect(tilesToDrop([1, 2], 3)).toEqual([]);
    expect(tilesToDrop(Array.from({ length: MAX_TILES + 7 }, (_, i) => i))).toHaveLength(7);
  });
});

describe('routing a request', () => {
  const scope = new URL('https://example.org/quy-hoach/');
  const at = (u: string, nav = false, method = 'GET') => route(new URL(u, scope), scope, nav, method);

  it('answers a navigation to the app with its page, whatever the query and hash', () => {
    expect(at('https://example.org/quy-hoach/', true)).toBe('page');
    expect(at('https://example.org/quy-hoach/?embed=1#v=1&l=axis', true)).toBe('page');
    expect(at('https://example.org/quy-hoach/index.html', true)).toBe('page');
  });

  it('answers files under the scope (a seed opened in a tab too) from the build', () => {
    expect(at('https://example.org/quy-hoach/assets/app-x.js')).toBe('app');
    expect(at('https://example.org/quy-hoach/seeds/002.txt', true)).toBe('app');
    expect(at('https://example.org/quy-hoach/index.html')).toBe('app');
  });

  it('leaves other paths, hosts and methods to the network; keeps OSM tiles apart', () => {
    expect(at('https://example.org/other/app.js')).toBe('network');
    expect(at('https://example.org/quy-hoach', true)).toBe('network');
    expect(at('https://cdn.example.com/quy-hoach/a.js')).toBe('network');
    expect(at('https://example.org/quy-hoach/assets/a.js', false, 'POST')).toBe('network');
    expect(at('https://tile.openstreetmap.org/8/205/113.png')).toBe('tile');
  });
});

describe('build ids', () => {
  it('depend on the files and their bytes, not on their order', () => {
    const a = build('', [
      ['x', 'h1'],
      ['y', 'h2'],
    ]).files;
    const b = build('', [
      ['y', 'h2'],
      ['x', 'h1'],
    ]).files;
    const c = build('', [
      ['x', 'h1'],
      ['y', 'h3'],
    ]).files;
    expect(buildIdOf(a, sha)).toBe(buildIdOf(b, sha));
    expect(buildIdOf(a, sha)).not.toBe(buildIdOf(c, sha));
    expect(buildIdOf(a, sha)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('writes digests as hex', () => expect(toHex(new Uint8Array([0, 15, 255]).buffer)).toBe('000fff'));
});
