import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bigFiles } from '../fixtures/big/big-files.mjs';
import { drawnIds, idle, openApp, projectToPage, SHOTS, withBrowser } from './harness';

let base = '';
let browser: Browser;
withBrowser((b, url) => {
  browser = b;
  base = url;
});

const userLayerIds = (page: Page) =>
  page
    .locator('.user-layers li[data-layer]')
    .evaluateAll((li) => li.map((l) => l.getAttribute('data-layer')));

/** When the map first drew the layer: idle with its data loaded (map-stage sets it). */
const drawnAt = (page: Page, layerId: string) =>
  page.evaluate((id) => window.__lsDrawn?.[id] ?? null, layerId);

/** The first point of the generated file: its place and its code. */
function firstPoint(path: string): { lngLat: [number, number]; code: string } {
  const text = readFileSync(path, 'utf8');
  const line = text.split('\n')[1] ?? '';
  const f = JSON.parse(line.replace(/,$/, '')) as {
    properties: { code: string };
    geometry: { coordinates: [number, number] };
  };
  return { lngLat: f.geometry.coordinates, code: f.properties.code };
}

describe('a big file (100,000 points)', () => {
  it('imports without holding the page, is drawn, opens a popup, and is back after a reload', async () => {
    const { points } = bigFiles();
    const { page, context, pageErrors, consoleErrors } = await openApp(browser, base);
    await page.setInputFiles('[data-import-input]', points);
    const report = page.locator('[data-import-report="points-100k.geojson"]');
    await expect
      .poll(() => report.textContent(), { timeout: 120_000, interval: 250 })
      .toContain('Đã thêm lớp “points-100k.geojson”: 100.000 đối tượng.');
    const [layerId] = await userLayerIds(page);
    expect(layerId).toMatch(/^user-/);
    const id = layerId as string;
    // Listed with its count, read from the summary the worker sent (not by counting features).
    expect(await page.locator(`li[data-layer="${id}"]`).textContent()).toContain('100.000 đối tượng');
    // Drawn: the map reports it once idle with the layer's data loaded, and draws its points.
    await expect.poll(() => drawnAt(page, id), { timeout: 120_000, interval: 250 }).not.toBeNull();
    expect(await page.locator('[data-import-progress]').count()).toBe(0);
    await idle(page);
    expect((await drawnIds(page, id)).length).toBeGreaterThan(1000);
    // The data reached MapLibre as a blob: URL its worker fetched, under the page's real CSP
    // (connect-src blob:): drawn at all means the fetch was allowed.
    await page.screenshot({ path: `${SHOTS}/big-import-drawn.png` });

    // A click on one point opens its popup with its own attributes (read from its own bytes).
    const first = firstPoint(points);
    await page.evaluate(
      (c) => (window.__lsMap as { jumpTo(o: object): void }).jumpTo({ center: c, zoom: 16 }),
      first.lngLat,
    );
    await idle(page);
    const at = await projectToPage(page, first.lngLat);
    await page.mouse.click(at.x, at.y);
    const popup = page.locator('.maplibregl-popup .popup');
    await expect.poll(() => popup.textContent(), { timeout: 30_000 }).toContain(first.code);
    expect(await popup.textContent()).toContain('Điểm khảo sát 1');
    await page.screenshot({ path: `${SHOTS}/big-import-popup.png` });

    // The list view names the first features and says how many more the map draws.
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.getByRole('button', { name: 'Danh sách đối tượng' }).click();
    const more = page.locator(`[data-list-more]`);
    await expect.poll(() => more.getAttribute('data-list-more'), { timeout: 30_000 }).toBe('99000');
    expect(await page.locator(`[role="option"][data-key^="${id}/"]`).count()).toBe(1000);

    // Stored as bytes: back after a reload, read and checked in a worker, and drawn again.
    await expect
      .poll(
        () =>
          page.evaluate(
            () =>
              new Promise<string>((resolve) => {
                const open = indexedDB.open('lang-son-viewer');
                open.onsuccess = () => {
                  const db = open.result;
                  const get = db.transaction('imported-layers').objectStore('imported-layers').getAll();
                  get.onsuccess = () => {
                    const [r] = get.result as { data?: { bytes?: unknown; count?: number }; fc?: unknown }[];
                    resolve(
                      r
                        ? `${r.data?.bytes instanceof Uint8Array ? 'bytes' : 'other'} ${r.data?.count} ${r.fc === undefined ? 'no-fc' : 'fc'}`
                        : 'none',
                    );
                    db.close();
                  };
                };
              }),
          ),
        { timeout: 60_000 },
      )
      .toBe('bytes 100000 no-fc');
    await page.reload();
    await page.waitForFunction(() => typeof window.__lsReady === 'number', undefined, { timeout: 60_000 });
    await expect.poll(() => userLayerIds(page), { timeout: 60_000 }).toEqual([id]);
    await expect.poll(() => drawnAt(page, id), { timeout: 120_000, interval: 250 }).not.toBeNull();
    await idle(page);
    expect((await drawnIds(page, id)).length).toBeGreaterThan(0);
    expect(await page.locator('[data-notice="store-loading"]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors.filter((e) => /Content Security Policy|blob:/.test(e))).toEqual([]);
    await context.close();
  }, 400_000);
});
