import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstLoad, originOf, report, scriptsOfPage, staticImports } from './first-load-size.mjs';

/** Incompressible text, so a made-up chunk weighs what the test says. */
const noise = (bytes: number) => randomBytes(bytes).toString('base64').slice(0, bytes);
const gz = (text: string) => gzipSync(text, { level: 9 }).length;

const HTML = `<!doctype html><html><head>
<link rel="icon" type="image/svg+xml" href="./favicon.svg" />
<link rel="manifest" href="./manifest.webmanifest" />
<script type="module" crossorigin src="./assets/index-A1.js"></script>
<link rel="modulepreload" crossorigin href="./assets/react-B2.js">
<link rel="modulepreload" crossorigin href="./assets/maplibre-C3.js">
<link rel="stylesheet" crossorigin href="./assets/index-D4.css">
</head><body><div id="root"></div></body></html>`;

/** A made-up build: the entry imports a shared chunk statically, which imports another; a panel is lazy. */
function madeUpBuild(appBytes: number): Record<string, string> {
  const shared = `import{a as t}from"./deep-F6.js";export{t as s};${noise(appBytes / 2)}`;
  return {
    'assets/index-A1.js': `const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./panel-G7.js"])))=>i.map(i=>d[i]);import{t as e}from"./react-B2.js";import{s}from"./shared-E5.js";const P=()=>import("./panel-G7.js");${noise(appBytes / 4)}`,
    'assets/shared-E5.js': shared,
    'assets/deep-F6.js': `import"./react-B2.js";${noise(appBytes / 4)}`,
    'assets/panel-G7.js': `import{s}from"./shared-E5.js";${noise(50_000)}`,
    'assets/react-B2.js': noise(30_000),
    'assets/maplibre-C3.js': noise(40_000),
  };
}

describe('first-load size check', () => {
  it('reads the scripts a page loads at once: module scripts and modulepreloads only', () => {
    expect(scriptsOfPage(HTML)).toEqual([
      'assets/index-A1.js',
      'assets/react-B2.js',
      'assets/maplibre-C3.js',
    ]);
  });

  it('follows static imports and re-exports, not dynamic imports or file names in strings', () => {
    const code =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./lazy-1.js"])))=>i.map(i=>d[i]);' +
      'import{a as b,c}from"./one.js";import"./two.js";export{d}from"./three.js";\n' +
      'import * as ns from "./four.js";const l=()=>import("./lazy-2.js");const s="import x from \'./five.js\'";';
    expect(staticImports(code)).toEqual(['./one.js', './two.js', './three.js', './four.js']);
  });

  it('names MapLibre and React chunks as the bench does', () => {
    expect(
      [
        'assets/maplibre-C3.js',
        'assets/maplibre-gl-worker-X.mjs',
        'assets/react-B2.js',
        'assets/app-Z.js',
      ].map(originOf),
    ).toEqual(['maplibre-gl', 'maplibre-gl', 'react', 'app']);
  });

  it('counts the app chunks of the first load, transitively, and fails a build over budget', () => {
    const build = madeUpBuild(80 * 1024);
    const result = firstLoad(HTML, (f) => build[f] ?? '', 60);
    expect(result.chunks.map((c) => c.file).sort()).toEqual([
      'assets/deep-F6.js',
      'assets/index-A1.js',
      'assets/maplibre-C3.js',
      'assets/react-B2.js',
      'assets/shared-E5.js',
    ]);
    const app = ['assets/index-A1.js', 'assets/shared-E5.js', 'assets/deep-F6.js'].reduce(
      (sum, f) => sum + gz(build[f] ?? ''),
      0,
    );
    expect(result.app).toBe(app);
    expect(result.app).toBeGreaterThan(60 * 1024);
    expect(result.over).toBe(true);
    expect(report(result)).toMatch(/OVER BUDGET/);
    // The same build passes a budget it fits, and MapLibre and React never count.
    expect(firstLoad(HTML, (f) => build[f] ?? '', 100).over).toBe(false);
  });

  it('exits non-zero on a build over budget, and zero within it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'first-load-'));
    try {
      mkdirSync(join(dir, 'assets'));
      writeFileSync(join(dir, 'index.html'), HTML);
      for (const [f, text] of Object.entries(madeUpBuild(8 * 1024))) writeFileSync(join(dir, f), text);
      const run = (budget: string) =>
        spawnSync(process.execPath, ['scripts/first-load-size.mjs', dir, budget], { encoding: 'utf8' });
      const over = run('5');
      expect(over.status).toBe(1);
      expect(over.stdout).toMatch(/OVER BUDGET/);
      const within = run('60');
      expect(within.status).toBe(0);
      expect(within.stdout).toMatch(/assets\/shared-E5\.js/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
