// npm run bench, part 2 (#15): importing big files, in one headless Chromium run.
// - 100,000 points and 20,000 polygons (~12 MB), generated in tests/fixtures/big/, chosen through
//   the file input of the production app and of the bare MapLibre page (bench/bare.ts, which gives
//   the file to MapLibre as it is, by a blob: URL). Measured from the input's `change` event to
//   "drawn": the map's first idle after the layer's data has loaded (window.__lsDrawn, set by the
//   app's map-stage and by the bare page alike); and the longest main-thread task in that time
//   (PerformanceObserver 'longtask', buffered).
// - The app's first idle after a reload with those two layers stored vs with none.
// Prints medians of BENCH_IMPORT_RUNS runs (default 3), alternating app and bare. Expects dist/ and
// dist-bench/ built (npm run bench builds both first).
import { existsSync } from 'node:fs';
import { bigFiles } from '../tests/fixtures/big/big-files.mjs';
import { launch, median, serve } from './bench-common.mjs';

const RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 3);
if (!existsSync('dist-bench/index.html')) throw new Error('dist-bench/ is missing: run npm run bench');

const files = bigFiles();
const app = await serve('dist');
const bare = await serve('dist-bench');
const browser = await launch();

/** Long tasks from the page's start, and the moment a file input changed. */
const observe = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener(
    'change',
    () => {
      window.__chosen ??= performance.now();
    },
    true,
  );
};

const newPage = async (opts = {}) => {
  // No service worker: it would copy the build in the background during the measured runs.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
    ...opts,
  });
  await context.addInitScript(observe);
  return { context, page: await context.newPage() };
};
const ready = (page) =>
  page.waitForFunction(() => typeof window.__lsReady === 'number', undefined, { timeout: 120_000 });

/** Chooses `path` in the page's file input; resolves with time to drawn and the longest task. */
async function importInto(page, input, path) {
  await page.setInputFiles(input, path);
  await page.waitForFunction(() => Object.keys(window.__lsDrawn ?? {}).length > 0, undefined, {
    timeout: 300_000,
    polling: 50,
  });
  // Long tasks are reported a little after they end.
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const drawn = Math.max(...Object.values(window.__lsDrawn));
    const chosen = window.__chosen;
    const during = window.__longTasks.filter(([start, d]) => start + d >= chosen && start <= drawn);
    return { ms: drawn - chosen, longest: Math.max(0, ...during.map(([, d]) => d)) };
  });
}

async function run(kind, path) {
  const { context, page } = await newPage();
  await page.goto(kind === 'app' ? app.url : bare.url);
  await ready(page);
  const r = await importInto(page, kind === 'app' ? '[data-import-input]' : '[data-bench-file]', path);
  await context.close();
  return r;
}

const fmt = (xs) => xs.map((x) => x.toFixed(0)).join(', ');

const results = {};
for (const [name, path] of [
  ['100k points', files.points],
  ['20k polygons', files.polygons],
]) {
  await run('app', path); // warm-up of each page, not counted
  await run('bare', path);
  const r = { app: [], bare: [] };
  for (let i = 0; i < RUNS; i++) {
    r.app.push(await run('app', path));
    r.bare.push(await run('bare', path));
  }
  results[name] = r;
}

// Start with stored layers: one context keeps the two big layers in IndexedDB, another has none.
const stored = await newPage();
await stored.page.goto(app.url);
await ready(stored.page);
await importInto(stored.page, '[data-import-input]', files.points);
await stored.page.evaluate(() => {
  window.__lsDrawn = undefined;
});
await importInto(stored.page, '[data-import-input]', files.polygons);
await stored.page.waitForFunction(
  () =>
    new Promise((resolve) => {
      const open = indexedDB.open('lang-son-viewer');
      open.onsuccess = () => {
        const count = open.result.transaction('imported-layers').objectStore('imported-layers').count();
        count.onsuccess = () => resolve(count.result === 2);
      };
    }),
  undefined,
  { timeout: 120_000, polling: 500 },
);
const empty = await newPage();
/** Reloads; resolves with the first idle, and when the stored layers were drawn (if any). */
async function reload({ page }, layers) {
  await page.goto(app.url);
  await ready(page);
  const first = await page.evaluate(() => window.__lsReady);
  if (layers === 0) return { first };
  await page.waitForFunction((n) => Object.keys(window.__lsDrawn ?? {}).length >= n, layers, {
    timeout: 300_000,
    polling: 100,
  });
  return { first, drawn: await page.evaluate(() => Math.max(...Object.values(window.__lsDrawn))) };
}
await reload(empty, 0); // warm-up
await reload(stored, 2);
const start = { none: [], stored: [], drawn: [] };
for (let i = 0; i < RUNS + 2; i++) {
  start.none.push((await reload(empty, 0)).first);
  const s = await reload(stored, 2);
  start.stored.push(s.first);
  start.drawn.push(s.drawn);
}
await browser.close();
await app.server.close();
await bare.server.close();

console.log(`\nimporting big files (ms from file chosen to drawn; medians of ${RUNS} alternating runs):`);
for (const [name, r] of Object.entries(results)) {
  const appMs = median(r.app.map((x) => x.ms));
  const bareMs = median(r.bare.map((x) => x.ms));
  console.log(`  ${name}`);
  console.log(`    app   median ${appMs.toFixed(0)}  runs ${fmt(r.app.map((x) => x.ms))}`);
  console.log(`    bare  median ${bareMs.toFixed(0)}  runs ${fmt(r.bare.map((x) => x.ms))}`);
  console.log(`    ratio app/bare ${(appMs / bareMs).toFixed(3)}  (target <= 1.2)`);
  console.log(
    `    longest main-thread task: app ${median(r.app.map((x) => x.longest)).toFixed(0)} ms (runs ${fmt(r.app.map((x) => x.longest))}), bare ${median(r.bare.map((x) => x.longest)).toFixed(0)} ms (runs ${fmt(r.bare.map((x) => x.longest))})  (target <= 200)`,
  );
}
const none = median(start.none);
const withStored = median(start.stored);
console.log(`\nfirst idle after a reload, ${RUNS + 2} alternating runs:`);
console.log(`  no stored layers        median ${none.toFixed(0)}  runs ${fmt(start.none)}`);
console.log(`  two big layers stored   median ${withStored.toFixed(0)}  runs ${fmt(start.stored)}`);
console.log(`  ratio ${(withStored / none).toFixed(3)}  (target <= 1.10)`);
console.log(`  stored layers drawn at  median ${median(start.drawn).toFixed(0)}  runs ${fmt(start.drawn)}`);
