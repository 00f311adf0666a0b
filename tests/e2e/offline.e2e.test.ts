import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeManifest } from '../../sw/write-manifest';
import { launchBrowser, openApp, SHOTS } from './harness';
import { serveStatic } from './static-server';

/** The build served as a province would publish it: a static host, under a sub-path, with the README's headers. */
const SUB_PATH = '/quy-hoach/';
let root = 'dist';
let browser: Browser;
let newer = '';
const servers: Server[] = [];
const serve = async () => {
  const served = await serveStatic(() => root, SUB_PATH);
  servers.push(served.server);
  return served;
};
/** The host goes away altogether (the browser's offline switch does not cover a service worker's own requests). */
const unplug = (server: Server) =>
  new Promise((resolve) => {
    server.closeAllConnections();
    server.close(resolve);
  });

beforeAll(async () => {
  browser = await launchBrowser();
  // A newer build of the same app: a changed page, and the importer's files gone from the server
  // (as when a new build names them differently), the worker's list written again.
  newer = mkdtempSync(join(tmpdir(), 'ls-newer-'));
  cpSync('dist', newer, { recursive: true });
  const page = join(newer, 'index.html');
  writeFileSync(
    page,
    readFileSync(page, 'utf8').replace('<head>', '<head><meta name="ls-test-build" content="newer">'),
  );
  for (const f of readdirSync(join(newer, 'assets')))
    if (/^(import-client|import-worker|parse-file|papaparse)/.test(f)) rmSync(join(newer, 'assets', f));
  writeManifest(newer);
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.filter((s) => s.listening).map(unplug));
  if (newer) rmSync(newer, { recursive: true, force: true });
});

const ready = (page: Page) =>
  page.waitForFunction(() => typeof window.__lsReady === 'number', undefined, { timeout: 60_000 });
const controlled = (page: Page) =>
  page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
const userLayers = (page: Page) =>
  page
    .locator('.user-layers li[data-layer]')
    .evaluateAll((li) => li.map((l) => l.getAttribute('data-layer')));

/** Colours of the map canvas's pixels on a grid: a drawn map has many, a blank one one or two. */
async function mapColours(page: Page): Promise<number> {
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  if (!box) return 0;
  const png = PNG.sync.read(await page.screenshot({ clip: box }));
  const seen = new Set<string>();
  for (let y = 0; y < png.height; y += 8)
    for (let x = 0; x < png.width; x += 8) {
      const i = (y * png.width + x) * 4;
      seen.add(`${png.data[i]},${png.data[i + 1]},${png.data[i + 2]}`);
    }
  return seen.size;
}

describe('in the field: installed, offline after one visit', () => {
  it('works under a sub-path and reloads without network: map, search, panels, stored and new layers', async () => {
    const { server, url, requests } = await serve();
    const { page, context, pageErrors, offHost } = await openApp(browser, `${url}#lang=vi`);
    // The worker waits for the first view: nothing of it was asked for before the map was drawn.
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration())).toBeUndefined();
    expect(requests.filter((r) => r.endsWith('/sw.js'))).toEqual([]);
    expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('./manifest.webmanifest');
    const manifest = await page.evaluate(() => fetch('./manifest.webmanifest').then((r) => r.json()));
    expect(manifest).toMatchObject({ start_url: './', scope: './', display: 'standalone', lang: 'vi' });

    await controlled(page);
    await expect.poll(() => page.locator('[data-notice="offline-ready"]').count()).toBe(1);
    expect(await page.locator('[data-notice="offline-ready"]').textContent()).toContain('không có mạng');
    // A layer of the user's own, stored on the device.
    await page.setInputFiles('[data-import-input]', 'tests/fixtures/import/valid.geojson');
    await expect.poll(async () => (await userLayers(page)).length).toBe(1);
    const [stored] = await userLayers(page);
    // Listed comes before stored: reload only once the layer's record is in IndexedDB.
    await expect
      .poll(() =>
        page.evaluate(
          (id) =>
            new Promise((resolve) => {
              const open = indexedDB.open('lang-son-viewer');
              open.onsuccess = () => {
                const get = open.result
                  .transaction('imported-layers')
                  .objectStore('imported-layers')
                  .get(id ?? '');
                get.onsuccess = () => resolve(get.result !== undefined);
                get.onerror = () => resolve(false);
              };
              open.onerror = () => resolve(false);
            }),
          stored,
        ),
      )
      .toBe(true);

    // The browser keeps saying it is online, as Chromium 150 does in a tab emulated offline and any
    // browser does behind a captive portal: the app must tell from the server's silence.
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => true }),
    );
    await context.setOffline(true);
    await unplug(server);
    await page.reload();
    await ready(page);
    expect(await page.evaluate(() => navigator.onLine)).toBe(true);
    await expect.poll(() => page.locator('[data-notice="offline"]').count()).toBe(1);
    expect(await mapColours(page)).toBeGreaterThan(20);
    await expect.poll(() => userLayers(page)).toEqual([stored]);

    const search = page.getByRole('combobox', { name: 'Tìm địa danh, dự án' });
    await search.fill('vsip');
    await expect
      .poll(() => page.locator('.search-results .search-name').allTextContents())
      .toContain('KCN Hữu Lũng (VSIP Lạng Sơn)');
    await search.fill('');
    await page.getByRole('button', { name: 'Tổng quan quy hoạch' }).click();
    await expect.poll(() => page.locator('.overview').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Chia sẻ bản đồ' }).click();
    expect(await page.locator('#share-link').inputValue()).toContain(`${SUB_PATH}#`);
    await page.keyboard.press('Escape');
    // The official document opens from the device too.
    const doc = await page.evaluate(() => fetch('./seeds/002_68933ab98c9b54e0.txt').then((r) => r.text()));
    expect(doc).toContain('KH-UBND');
    // Importing needs code the first view did not load: it comes from the device as well.
    await page.setInputFiles('[data-import-input]', 'tests/fixtures/import/points.csv');
    await expect.poll(async () => (await userLayers(page)).length).toBe(2);
    // A shared link opened without network: the park's details, then its site sheet with the map extract.
    await page.goto('about:blank');
    await page.goto(`${url}#sel=kcn-vsip-huu-lung&panel=detail&v=1`);
    await ready(page);
    await page.getByRole('button', { name: 'Phiếu thông tin (in/PDF)' }).click();
    const sheet = page.locator('.sheet-overlay[data-sheet="kcn-vsip-huu-lung"]');
    await expect
      .poll(() => sheet.locator('.static-map').getAttribute('data-drawn'), { timeout: 40_000 })
      .toBe('yes');
    await page.screenshot({ path: `${SHOTS}/offline-sheet.png` });
    expect(offHost).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('tells the user a newer build is ready; open pages keep working on theirs until they reload', async () => {
    const { url } = await serve();
    const { page, context, pageErrors } = await openApp(browser, url);
    await controlled(page);
    // A second tab on the same build.
    const other = await context.newPage();
    const otherErrors: string[] = [];
    other.on('pageerror', (e) => otherErrors.push(e.message));
    await other.goto(url);
    await ready(other);
    await controlled(other);

    root = newer;
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const notice = page.locator('[data-notice="update"]');
    await expect.poll(() => notice.count(), { timeout: 40_000 }).toBe(1);
    expect(await notice.textContent()).toContain('phiên bản mới');
    await expect.poll(() => other.locator('[data-notice="update"]').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/update-ready.png` });

    // The user chooses to reload this tab: the newer build takes over here, the view and layers stay.
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Tải lại' }).click()]);
    await ready(page);
    expect(await page.locator('meta[name="ls-test-build"]').getAttribute('content')).toBe('newer');

    // The other tab still runs the older build: code it had not loaded yet (the importer, which the
    // server no longer has) comes from the older build's copy, kept for it.
    expect(await other.locator('meta[name="ls-test-build"]').count()).toBe(0);
    // (Not from the browser's HTTP cache, which could hold them too: emptied first.)
    await (await context.newCDPSession(other)).send('Network.clearBrowserCache');
    await other.setInputFiles('[data-import-input]', 'tests/fixtures/import/points.csv');
    await expect.poll(async () => (await userLayers(other)).length).toBe(1);
    expect(pageErrors).toEqual([]);
    expect(otherErrors).toEqual([]);
    root = 'dist';
    await context.close();
  });
});
