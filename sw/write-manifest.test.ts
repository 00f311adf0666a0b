import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeManifest } from './write-manifest.ts';

function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ls-build-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, '.vite'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html>');
  writeFileSync(join(dir, 'assets', 'a-123.js'), 'console.log(1)');
  writeFileSync(join(dir, '.vite', 'manifest.json'), '{}');
  writeFileSync(join(dir, 'sw.js'), 'const m=self.__LS_BUILD_MANIFEST__;');
  return dir;
}

describe('the build manifest in sw.js', () => {
  it('lists every file but the worker and dot-folders, with their SHA-256 and size', () => {
    const dir = fakeBuild();
    const m = writeManifest(dir);
    expect(m.files.map((f) => f.path)).toEqual(['assets/a-123.js', 'index.html']);
    expect(m.files[1]?.sha256).toBe(createHash('sha256').update('<!doctype html>').digest('hex'));
    expect(m.files.map((f) => f.size)).toEqual(['console.log(1)'.length, '<!doctype html>'.length]);
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(sw.split('\n')[0]).toBe(`self.__LS_BUILD_MANIFEST__=${JSON.stringify(m)};`);
    expect(sw.endsWith('const m=self.__LS_BUILD_MANIFEST__;')).toBe(true);
  });

  it('rewrites its own line when a file changes, and the build id changes with it', () => {
    const dir = fakeBuild();
    const first = writeManifest(dir);
    expect(writeManifest(dir)).toEqual(first);
    writeFileSync(join(dir, 'index.html'), '<!doctype html><meta name="x">');
    const second = writeManifest(dir);
    expect(second.build).not.toBe(first.build);
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(sw.split('\n')).toHaveLength(2);
  });

  it('gives a release that changes only the worker a new build id', () => {
    const dir = fakeBuild();
    const first = writeManifest(dir);
    writeFileSync(join(dir, 'sw.js'), 'const m=self.__LS_BUILD_MANIFEST__;/* tile fix */');
    const second = writeManifest(dir);
    expect(second.files).toEqual(first.files);
    expect(second.build).not.toBe(first.build);
  });

  it('refuses a worker that does not read the manifest', () => {
    const dir = fakeBuild();
    writeFileSync(join(dir, 'sw.js'), 'self.skipWaiting()');
    expect(() => writeManifest(dir)).toThrow(/does not read/);
  });
});
