// npm run bench, part 4 (#22): the land report for a parcel against a 20,000-polygon imported layer.
// The big polygons (tests/fixtures/big/, as bench-import.mjs uses) are imported into the production
// app; then, as a user does, one of them is clicked and its popup's "Tra cứu quy hoạch" asked: the
// report of that parcel against every layer drawn (the 20,000 polygons, the plan, the base map).
// Timed from the button's click to the report shown (`.land-report[data-report="ready"]`), with the
// longest main-thread task in that time (PerformanceObserver 'longtask', buffered). The first
// report of a page sends the layer to the report worker, which parses and indexes it ("cold"); the
// next ones search the index it keeps ("warm"). Prints medians of BENCH_REPORT_RUNS pages (default 3).
import { readFileSync } from 'node:fs';
import { bigFiles } from '../tests/fixtures/big/big-files.mjs';
import { launch, median, serve } from './bench-common.mjs';

const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 3);

const files = bigFiles();
const app = await serve('dist');
const browser = await launch();

const observe = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
};

/** The centre of the n-th big polygon (the mean of its ring's corners). */
const polygons = JSON.parse(readFileSync(files.polygons, 'utf8')).features;
const centreOf = (n) => {
  const ring = polygons[n].geometry.coordinates[0].slice(0, -1);
  return [ring.reduce((a, p) => a + p[0], 0) / ring.length, ring.reduce((a, p) => a + p[1], 0) / ring.length];
};

const idle = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        window.__lsMap.once('idle', () => resolve());
        window.__lsMap.triggerRepaint();
      }),
  );

/** Clicks the n-th big polygon, then asks its popup; resolves with the time to shown and the longest task. */
async function reportOf(page, n) {
  const at = centreOf(n);
  await page.evaluate((ll) => window.__lsMap.jumpTo({ center: ll, zoom: 15 }), at);
  await idle(page);
  const p = await page.evaluate((ll) => {
    const q = window.__lsMap.project(ll);
    const r = window.__lsMap.getContainer().getBoundingClientRect();
    return { x: r.left + q.x, y: r.top + q.y };
  }, at);
  await page.mouse.click(p.x, p.y);
  await page.waitForSelector('.maplibregl-popup [data-ask-report]', { timeout: 60_000 });
  await idle(page);
  await page.evaluate(() => {
    window.__reportShown = undefined;
    const seen = new MutationObserver(() => {
      if (document.querySelector('.land-report[data-report="ready"]')) {
        window.__reportShown ??= performance.now();
        seen.disconnect();
      }
    });
    seen.observe(document.body, { subtree: true, childList: true, attributes: true });
    window.__reportAsked = performance.now();
    document.querySelector('.maplibregl-popup [data-ask-report]').click();
  });
  await page.waitForFunction(() => window.__reportShown !== undefined, undefined, {
    timeout: 120_000,
    polling: 20,
  });
  // Long tasks are reported a little after they end.
  await page.waitForTimeout(300);
  const r = await page.evaluate(() => {
    const from = window.__reportAsked;
    const to = window.__reportShown;
    const during = window.__longTasks.filter(([start, d]) => start + d >= from && start <= to);
    return {
      ms: to - from,
      longest: Math.max(0, ...during.map(([, d]) => d)),
      hits: document.querySelectorAll('.land-report [data-hit]').length,
    };
  });
  // Closed before the next one, so each is opened afresh.
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('.land-report'));
  return r;
}

const cold = [];
const warm = [];
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  await context.addInitScript(observe);
  const page = await context.newPage();
  await page.goto(app.url);
  await page.waitForFunction(() => typeof window.__lsReady === 'number', undefined, { timeout: 120_000 });
  await page.setInputFiles('[data-import-input]', files.polygons);
  await page.waitForFunction(() => Object.keys(window.__lsDrawn ?? {}).length > 0, undefined, {
    timeout: 300_000,
    polling: 50,
  });
  cold.push(await reportOf(page, 3 * i));
  warm.push(await reportOf(page, 3 * i + 1));
  warm.push(await reportOf(page, 3 * i + 2));
  await context.close();
}
await browser.close();
await app.server.close();

const fmt = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
console.log(
  `\nthe land report of one of 20,000 imported polygons against them all (medians of ${RUNS} pages):`,
);
for (const [name, r] of [
  ['first report (layer sent, parsed and indexed in the worker)', cold],
  ['later reports (the worker searches its index)', warm],
]) {
  console.log(`  ${name}`);
  console.log(
    `    ms to shown   median ${median(r.map((x) => x.ms)).toFixed(0)}  runs ${fmt(r.map((x) => x.ms))}  (target <= 300)`,
  );
  console.log(
    `    longest main-thread task median ${median(r.map((x) => x.longest)).toFixed(0)} ms  runs ${fmt(r.map((x) => x.longest))}  (target <= 50)`,
  );
  console.log(`    features reported  ${fmt(r.map((x) => x.hits))}`);
}
