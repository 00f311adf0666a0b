// The first load's budget (part of npm test, after the build): the gzip -9 bytes of the app's own
// JavaScript that dist/index.html makes the browser load before anything else — its module scripts
// and modulepreloads and, transitively, every chunk they import statically — leaving out MapLibre
// and React, named by file as scripts/bench.mjs names them. Fails past the budget, as MapLibre's
// own bundle-size check does. Usage: node scripts/first-load-size.mjs [dist] [budget KiB].
//
// This is what the browser must fetch whatever the view; `npm run bench` counts what the default
// view actually fetched before its first idle in most runs. The two agree as long as the first view
// imports nothing lazily before it is drawn (the source registry, popups and stored layers wait for
// it; the registry at most 8 s, so a run slower than that fetches it before its first idle, and the
// bench lists it apart); a lazy import before the first idle would show in the bench only, so the
// bench prints both figures.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The budget, KiB of gzip -9: 60 since #15 (it was 75 with the panels' code in the first load). */
export const BUDGET_KIB = 60;

/** Whose code a script file is, by its name (the chunk names of vite.config.ts). */
export const originOf = (file) =>
  /(^|\/)maplibre/.test(file) ? 'maplibre-gl' : /(^|\/)react-/.test(file) ? 'react' : 'app';

/** The scripts an HTML page loads at once: module scripts and modulepreloads, in order, relative to the page. */
export function scriptsOfPage(html) {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const files = [];
  for (const tag of tags) {
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (tag.startsWith('<script') && src && /\.m?js$/.test(src)) files.push(src);
    if (tag.startsWith('<link') && /\brel="modulepreload"/.test(tag) && href) files.push(href);
  }
  return files.map((f) => normalize(f).replace(/^\.\//, ''));
}

/**
 * The chunks a built chunk imports statically (import … from, import '…', export … from), relative
 * to the chunk's folder; not import('…'), which loads when the code runs, if ever.
 */
export function staticImports(code) {
  const found = [];
  const re = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g;
  for (const m of code.matchAll(re)) found.push(m[1]);
  return found;
}

/**
 * The first load of a build: every script the page loads at once and every chunk those import
 * statically, transitively, each with its gzip size and origin; the app's total and whether it is
 * over `budgetKib`. `read(path)` gives the text of a file of the build by its path from the page's folder.
 */
export function firstLoad(html, read, budgetKib = BUDGET_KIB) {
  const seen = new Set();
  const queue = scriptsOfPage(html);
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of staticImports(read(file))) {
      if (/^\.{1,2}\//.test(spec)) queue.push(normalize(join(dirname(file), spec)));
    }
  }
  const chunks = [...seen].map((file) => ({
    file,
    origin: originOf(file),
    gzip: gzipSync(read(file), { level: 9 }).length,
  }));
  const app = chunks.filter((c) => c.origin === 'app').reduce((sum, c) => sum + c.gzip, 0);
  return { chunks, app, budget: budgetKib * 1024, over: app > budgetKib * 1024 };
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

/** The report: one line per chunk, largest first, then the app's total against the budget. */
export function report({ chunks, app, budget, over }) {
  const lines = [...chunks]
    .sort((a, b) => b.gzip - a.gzip)
    .map((c) => `  ${kib(c.gzip).padStart(10)}  ${c.origin.padEnd(11)} ${c.file}`);
  lines.push(
    `first load, app's own JS (gzip -9, not MapLibre or React): ${kib(app)} of ${kib(budget)}${over ? ' — OVER BUDGET' : ''}`,
  );
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'dist';
  const budget = Number(process.argv[3] ?? BUDGET_KIB);
  const result = firstLoad(
    readFileSync(join(dir, 'index.html'), 'utf8'),
    (f) => readFileSync(join(dir, f), 'utf8'),
    budget,
  );
  console.log(report(result));
  if (result.over) {
    console.log(
      'Load what the first view does not show when it is first wanted (see docs/architecture.md, "Code that loads when first wanted").',
    );
    process.exit(1);
  }
}
