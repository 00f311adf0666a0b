/**
 * Build step (Node): lists every file of a built folder with its SHA-256 and writes that list as the
 * first line of the folder's sw.js (replacing the line a previous run wrote). Run after the build
 * has written everything (public files included); tests run it again on a changed copy of a build.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type BuildFile, type BuildManifest, buildIdOf } from './precache.ts';

export const WORKER_FILE = 'sw.js';
/** The worker's first line, written by the build: `self.__LS_BUILD_MANIFEST__={…};`. */
const LINE = 'self.__LS_BUILD_MANIFEST__=';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Every file a page of this build may ask for (all but the worker itself and dot-files), with its hash and size. */
export function listBuild(dir: string): BuildFile[] {
  return walk(dir)
    .map((p) => relative(dir, p).split(sep).join('/'))
    .filter((path) => path !== WORKER_FILE && !path.split('/').some((part) => part.startsWith('.')))
    .sort()
    .map((path) => {
      const bytes = readFileSync(join(dir, path));
      return { path, sha256: sha256(bytes), size: bytes.length };
    });
}

/** Writes the manifest into `dir/sw.js` (again, if it is there already) and returns it. */
export function writeManifest(dir: string): BuildManifest {
  const file = join(dir, WORKER_FILE);
  const code = readFileSync(file, 'utf8');
  const body = code.startsWith(LINE) ? code.slice(code.indexOf('\n') + 1) : code;
  if (!body.includes('__LS_BUILD_MANIFEST__')) throw new Error(`${file} does not read __LS_BUILD_MANIFEST__`);
  const files = listBuild(dir);
  // The worker's own code counts: a release that changes only the worker is a new build too.
  const worker = { path: WORKER_FILE, sha256: sha256(body) };
  const manifest: BuildManifest = { build: buildIdOf([...files, worker], sha256), files };
  writeFileSync(file, `${LINE}${JSON.stringify(manifest)};\n${body}`);
  return manifest;
}
