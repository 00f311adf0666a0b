// npm run bench, PMTiles part (#15): in one headless Chromium run, alternately, the bare MapLibre
// page's first idle and the app opening a 1,000,000-feature vector archive by its address — the
// time from "open" to the first render of the archive's tiles (the map idle with the archive's
// source loaded and its features drawn). Prints medians and their ratio (target <= 1.5; reported,
// never asserted). The archive is generated once and cached in node_modules/.cache.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pointsArchive } from '../tests/fixtures/pmtiles-fixtures.mjs';
import { launch, median, serve } from './bench-common.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FEATURES = 1_000_000;
const CACHE = 'node_modules/.cache/lang-son-bench';
const ARCHIVE = `${CACHE}/points-${FEATURES}.pmtiles`;

if (!existsSync(ARCHIVE)) {
  mkdirSync(CACHE, { recursive: true });
  const t = Date.now();
  writeFileSync(ARCHIVE, pointsArchive(FEATURES));
  console.log(`generated ${ARCHIVE} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}
const bytes = readFileSync(ARCHIVE);
if (!existsSync('dist-bench/index.html'))
  execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.config.ts'], { stdio: 'inherit' });
if (!existsSync('dist/index.html')) throw new Error('run npm run build first');

const app = await serve('dist');
const bare = await serve('dist-bench');
// The public page's policy allows archives from https addresses only (csp.ts), so the archive is
// served at an https address of its own, answered by this script through Playwright's routing
// with range requests and CORS, as a CDN would.
const address = 'https://archives.bench.test/points.pmtiles';
const ranges = [];
async function serveArchive(route) {
  const req = route.request();
  const cors = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': 'Range, If-Match',
    'Access-Control-Expose-Headers': 'Content-Range, Content-Length, ETag',
  };
  if (req.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
  const range = /^bytes=(\d+)-(\d*)$/.exec((await req.allHeaders()).range ?? '');
  ranges.push(range ? range[0] : 'all');
  const head = { ...cors, 'Content-Type': 'application/vnd.pmtiles', ETag: `"${bytes.length}"` };
  if (!range) return route.fulfill({ status: 200, headers: head, body: bytes });
  const start = Number(range[1]);
  const end = Math.min(range[2] ? Number(range[2]) : bytes.length - 1, bytes.length - 1);
  return route.fulfill({
    status: 206,
    headers: { ...head, 'Content-Range': `bytes ${start}-${end}/${bytes.length}` },
    body: bytes.subarray(start, end + 1),
  });
}
const browser = await launch();

async function page(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('https://archives.bench.test/**', serveArchive);
  const p = await context.newPage();
  await p.goto(url);
  await p.waitForFunction(() => typeof window.__lsReady === 'number', undefined, { timeout: 90_000 });
  return { context, page: p, ready: await p.evaluate(() => window.__lsReady) };
}

/** The bare page's first idle (ms since navigation start). */
async function bareIdle() {
  const { context, ready } = await page(bare.url);
  await context.close();
  return ready;
}

/** The app, once its first view is drawn: opens the archive by address; ms from "open" to its first render. */
async function appOpen() {
  const { context, page: p, ready } = await page(app.url);
  // The address form renders once the first view is drawn (it is not part of it).
  await p.locator('.archive-address input').waitFor();
  const result = await p.evaluate(
    (url) =>
      new Promise((resolve) => {
        const map = window.__lsMap;
        const form = document.querySelector('.archive-address');
        const box = form.querySelector('input');
        const onIdle = () => {
          const at = performance.now();
          const id = Object.keys(map.getStyle().sources).find((k) => k.startsWith('archive-'));
          if (!id || !map.isSourceLoaded(id)) return;
          const drawn = map.queryRenderedFeatures().filter((f) => f.source === id).length;
          if (drawn === 0) return;
          map.off('idle', onIdle);
          resolve({ ms: at - t0, drawn });
        };
        box.value = url;
        const t0 = performance.now();
        map.on('idle', onIdle);
        form.requestSubmit();
        // A run that never draws ends the bench with a message instead of hanging.
        setTimeout(() => resolve({ ms: Number.NaN, drawn: 0 }), 120_000);
      }),
    address,
  );
  await context.close();
  if (Number.isNaN(result.ms)) throw new Error('the archive was not drawn within 120 s');
  return { ...result, ready };
}

await bareIdle(); // warm-up of each page, not counted
await appOpen();
const times = { open: [], whole: [], bare: [], appIdle: [], drawn: [] };
for (let i = 0; i < RUNS; i++) {
  const a = await appOpen();
  times.open.push(a.ms);
  times.whole.push(a.ready + a.ms);
  times.appIdle.push(a.ready);
  times.drawn.push(a.drawn);
  times.bare.push(await bareIdle());
}
await browser.close();
await app.server.close();
await bare.server.close();

const list = (xs) => xs.map((t) => t.toFixed(0)).join(', ');
const ratio = median(times.open) / median(times.bare);
console.log(
  `\nPMTiles: ${FEATURES.toLocaleString('en')} points (${(bytes.length / 1e6).toFixed(1)} MB), by address, ${RUNS} runs each, alternating:`,
);
console.log(
  `  app, open to first render of the archive  median ${median(times.open).toFixed(0)}  runs ${list(times.open)}`,
);
console.log(
  `  bare MapLibre page, first idle            median ${median(times.bare).toFixed(0)}  runs ${list(times.bare)}`,
);
console.log(`  ratio ${ratio.toFixed(3)}  (target <= 1.5)`);
// Stricter: from navigation, the app's first idle and then the archive opened at once and drawn,
// against the bare page's first idle (which draws no archive at all).
console.log(
  `  app, navigation to archive drawn (first idle + open)  median ${median(times.whole).toFixed(0)}  runs ${list(times.whole)}; ratio to bare first idle ${(median(times.whole) / median(times.bare)).toFixed(3)}`,
);
console.log(
  `  (the app's own first idle before opening: median ${median(times.appIdle).toFixed(0)} ms; archive features drawn at first render: ${median(times.drawn)}; range requests: ${ranges.length})`,
);
