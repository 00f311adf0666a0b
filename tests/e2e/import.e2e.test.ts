import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  drawnIds,
  idle,
  openApp,
  projectToPage,
  SHOTS,
  still,
  storedLayersRead,
  withBrowser,
} from './harness';

let base = '';
let browser: Browser;
withBrowser((b, url) => {
  browser = b;
  base = url;
});

const FIXTURES = 'tests/fixtures/import';
const pick = (page: Page, ...files: string[]) =>
  page.setInputFiles(
    '[data-import-input]',
    files.map((f) => `${FIXTURES}/${f}`),
  );
const userLayerIds = (page: Page) =>
  page
    .locator('.user-layers li[data-layer]')
    .evaluateAll((li) => li.map((l) => l.getAttribute('data-layer')));
/** The ids of the imported layers in the browser's IndexedDB. */
const storedIds = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('lang-son-viewer');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          if (names.length === 0) return resolve([]);
          const keys = db
            .transaction(names[0] as string)
            .objectStore(names[0] as string)
            .getAllKeys();
          keys.onsuccess = () => resolve(keys.result.map(String));
          keys.onerror = () => reject(keys.error);
        };
      }),
  );
/** The colour of an imported layer's record in the browser's IndexedDB. */
const storedColor = (page: Page, id: string) =>
  page.evaluate(
    (key) =>
      new Promise<string | undefined>((resolve, reject) => {
        const open = indexedDB.open('lang-son-viewer');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('imported-layers').objectStore('imported-layers').get(key);
          get.onsuccess = () => resolve((get.result as { color?: string } | undefined)?.color);
          get.onerror = () => reject(get.error);
        };
      }),
    id,
  );
/** Distinct features the map draws for an imported layer (its three style layers share one source). */
const drawnUser = async (page: Page, layerId: string) => {
  await idle(page);
  return drawnIds(page, layerId);
};

describe('importing your own data', () => {
  it('adds a valid file as a layer that is back after a reload', async () => {
    const { page, context, pageErrors } = await openApp(browser, base);
    await pick(page, 'valid.geojson');
    const report = page.locator('[data-import-report="valid.geojson"]');
    await expect.poll(() => report.textContent()).toContain('Đã thêm lớp “valid.geojson”: 4 đối tượng.');
    // The feature without geometry is named, not silently lost.
    expect(await report.locator('.import-warnings li').first().textContent()).toContain('Đối tượng số 4');
    const [layerId] = await userLayerIds(page);
    expect(layerId).toMatch(/^user-/);
    expect(await page.locator(`li[data-layer="${layerId}"] label[for]`).textContent()).toBe('valid');
    // Its points are drawn over the map's labels (a label must not hide a survey point), its
    // areas and lines under them.
    const drawOrder = await page.evaluate((id) => {
      const layers = (window.__lsMap as { getStyle(): { layers: { id: string; type: string }[] } }).getStyle()
        .layers;
      const at = (suffix: string) => layers.findIndex((l) => l.id === `${id}--${suffix}`);
      const lastLabel = layers.map((l) => l.type).lastIndexOf('symbol');
      const firstLabel = layers.findIndex((l) => l.type === 'symbol');
      return { circle: at('circle'), fill: at('fill'), firstLabel, lastLabel };
    }, layerId);
    expect(drawOrder.circle).toBeGreaterThan(drawOrder.lastLabel);
    expect(drawOrder.fill).toBeLessThan(drawOrder.firstLabel);
    // Alone in its group, it can go neither up nor down: both buttons say so.
    const order = page.locator(`li[data-layer="${layerId}"] .order-button[aria-disabled]`);
    expect(await order.evaluateAll((b) => b.map((x) => x.getAttribute('aria-disabled')))).toEqual([
      'true',
      'true',
    ]);
    // Zoom to the market in Lạng Sơn city and click it: its own properties, marked as the user's.
    await page.evaluate(() =>
      (window.__lsMap as { jumpTo(o: object): void }).jumpTo({ center: [106.7598, 21.8468], zoom: 14 }),
    );
    await expect.poll(() => drawnUser(page, layerId ?? '')).toContain(`${layerId}/0`);
    const at = await projectToPage(page, [106.7598, 21.8468]);
    await page.mouse.click(at.x, at.y);
    const popup = page.locator('.maplibregl-popup [data-user-feature="cho-dong-kinh"]');
    await expect.poll(() => popup.textContent()).toContain('Chợ Đông Kinh');
    expect(await popup.textContent()).toContain('không phải dữ liệu quy hoạch');

    // Its colour and opacity are the user's to change, and are kept too.
    await page.locator(`li[data-layer="${layerId}"] input[type="color"]`).fill('#1971c2');
    // Reloaded once the new colour has reached the device's storage (written 400 ms after the last change).
    await expect.poll(() => storedColor(page, layerId ?? '')).toBe('#1971c2');
    await idle(page);
    await page.screenshot({ path: `${SHOTS}/import-valid.png` });
    await page.reload();
    await page.waitForFunction(() => typeof window.__lsReady === 'number');
    await expect.poll(() => userLayerIds(page)).toEqual([layerId]);
    expect(await page.locator(`li[data-layer="${layerId}"] input[type="color"]`).inputValue()).toBe(
      '#1971c2',
    );
    await expect.poll(() => drawnUser(page, layerId ?? '')).toContain(`${layerId}/0`);

    // Renamed, it keeps the new name.
    await page.getByRole('button', { name: 'Đổi tên lớp “valid”' }).click();
    await page.getByRole('textbox', { name: 'Đổi tên lớp “valid”' }).fill('Chợ và khu khảo sát');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator(`li[data-layer="${layerId}"] label[for]`).textContent())
      .toBe('Chợ và khu khảo sát');

    // Removed by mistake, it comes back with Undo, where it was (under a newer layer); removed
    // again, it stays removed.
    await pick(page, 'points.csv');
    await expect.poll(async () => (await userLayerIds(page)).length).toBe(2);
    const [newer] = await userLayerIds(page);
    await page.getByRole('button', { name: 'Xoá lớp “Chợ và khu khảo sát”' }).click();
    await expect.poll(() => userLayerIds(page)).toEqual([newer]);
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(() => userLayerIds(page)).toEqual([newer, layerId]);
    await page.getByRole('button', { name: 'Xoá lớp “Chợ và khu khảo sát”' }).click();
    await expect.poll(() => userLayerIds(page)).toEqual([newer]);
    // Reloaded once the removal has reached the device's storage (on a loaded machine it can
    // take longer than the reload: then the layer would rightly still be stored).
    await expect.poll(() => storedIds(page)).toEqual([newer]);
    await page.reload();
    await page.waitForFunction(() => typeof window.__lsReady === 'number');
    // The stored layers are listed all at once: the first list is the whole of it.
    await expect.poll(async () => (await userLayerIds(page)).length).toBeGreaterThan(0);
    expect(await userLayerIds(page)).toEqual([newer]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('refuses a broken file with every problem numbered, leaving the other layers as they were', async () => {
    const { page, context } = await openApp(browser, base);
    await pick(page, 'points.csv');
    await expect.poll(async () => (await userLayerIds(page)).length).toBe(1);
    const before = await userLayerIds(page);
    // The map frames the new layer (a 0.6 s flight, begun as the layer was added): compare once it has settled.
    await still(page);
    // Framed clear of the credits, which would hide a point lying under them.
    const hidden = await page.evaluate(() => {
      const map = window.__lsMap as {
        queryRenderedFeatures(): {
          source: string;
          geometry: { type: string; coordinates: [number, number] };
        }[];
        project(p: [number, number]): { y: number };
        getContainer(): HTMLElement;
      };
      const box = map.getContainer().getBoundingClientRect();
      const credits = map.getContainer().querySelector('.maplibregl-ctrl-attrib')?.getBoundingClientRect();
      const points = map
        .queryRenderedFeatures()
        .filter((f) => f.source.startsWith('user-') && f.geometry.type === 'Point');
      return {
        points: points.length,
        under: points.filter((f) => box.top + map.project(f.geometry.coordinates).y > (credits?.top ?? 0))
          .length,
      };
    });
    expect(hidden.points).toBeGreaterThan(0);
    expect(hidden.under).toBe(0);
    const planBefore = (await drawnIds(page, 'industrial-parks')).sort();

    await pick(page, 'broken.geojson');
    const report = page.locator('[data-import-report="broken.geojson"]');
    await expect.poll(() => report.getAttribute('role')).toBe('alert');
    const problems = await report.locator('.import-problems li').allTextContents();
    expect(problems[0]).toContain('6/9');
    for (const n of [2, 3, 4, 5, 6, 8])
      expect(problems.some((p) => p.startsWith(`Đối tượng số ${n}:`))).toBe(true);
    expect(problems.join(' ')).toContain('khép kín');
    // Importing the two sound features is offered, not done.
    expect(
      await report
        .getByRole('button', { name: 'Chỉ nhập 2 đối tượng hợp lệ, bỏ qua 6 đối tượng lỗi' })
        .count(),
    ).toBe(1);
    expect(await userLayerIds(page)).toEqual(before);
    await idle(page);
    expect((await drawnIds(page, 'industrial-parks')).sort()).toEqual(planBefore);
    await page.screenshot({ path: `${SHOTS}/import-broken.png` });
    await context.close();
  });

  it('flags metres in VN-2000 or UTM instead of drawing nonsense, and converts them on request', async () => {
    const { page, context } = await openApp(browser, base);
    await pick(page, 'utm.geojson');
    const report = page.locator('[data-import-report="utm.geojson"]');
    await expect.poll(() => report.textContent()).toContain('VN-2000 hoặc UTM');
    expect(await userLayerIds(page)).toEqual([]);
    // The file names EPSG:32648: that conversion is offered first.
    const fix = report.locator('.import-fixes button').first();
    expect(await fix.textContent()).toContain('UTM múi 48N (EPSG:32648)');
    await fix.click();
    await expect.poll(() => report.textContent()).toContain('Đã thêm lớp “utm.geojson”');
    const [layerId] = await userLayerIds(page);
    // Converted, the points land in the province (the app's default view shows them).
    await expect.poll(async () => (await drawnUser(page, layerId ?? '')).length).toBeGreaterThan(0);

    // Swapped latitude/longitude are caught too.
    await pick(page, 'swapped.csv');
    const swapped = page.locator('[data-import-report="swapped.csv"]');
    await expect.poll(() => swapped.textContent()).toContain('Đổi chỗ kinh độ và vĩ độ');
    await context.close();
  });

  it('refuses a table with bad rows, then imports only its good rows when asked, keeping the bad ones listed', async () => {
    const { page, context } = await openApp(browser, base);
    await pick(page, 'bad-rows.csv');
    const report = page.locator('[data-import-report="bad-rows.csv"]');
    await expect.poll(() => report.getAttribute('role')).toBe('alert');
    expect(await report.locator('.import-problems li').count()).toBe(4);
    expect(await userLayerIds(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/import-bad-rows.png` });
    const keep = report.getByRole('button', { name: 'Chỉ nhập 3 dòng hợp lệ, bỏ qua 3 dòng lỗi' });
    await keep.click();
    await expect.poll(() => report.textContent()).toContain('Đã thêm lớp “bad-rows.csv”: 3 đối tượng.');
    expect(await userLayerIds(page)).toHaveLength(1);
    // Added with notes, the card stays until dismissed; the skipped rows are named in its notes.
    await report.locator('.import-warnings summary').click();
    const notes = await report.locator('.import-warnings li').allTextContents();
    expect(notes[0]).toContain('Đã bỏ qua 3 dòng lỗi');
    expect(notes.join(' ')).toContain('Dòng 5');

    // Once the card is closed, and after a reload, the layer still says what was left out.
    await report.getByRole('button', { name: 'Đóng' }).click();
    const [id] = await userLayerIds(page);
    await page.reload();
    await page.waitForFunction(() => typeof window.__lsReady === 'number');
    await expect.poll(() => userLayerIds(page)).toEqual([id]);
    const layerNotes = page.locator(`[data-layer="${id}"] .layer-notes`);
    await layerNotes.locator('summary').click();
    const kept = await layerNotes.locator('li').allTextContents();
    expect(kept[0]).toContain('Đã bỏ qua 3 dòng lỗi');
    expect(kept.join(' ')).toContain('Dòng 5');
    await context.close();
  });

  it('takes files dropped on the map', async () => {
    const { page, context } = await openApp(browser, base);
    const kml = readFileSync(`${FIXTURES}/sample.kml`, 'utf8');
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'sample.kml', { type: 'application/vnd.google-earth.kml+xml' }));
      return dt;
    }, kml);
    const stage = page.locator('.map-stage');
    await stage.dispatchEvent('dragover', { dataTransfer: transfer });
    await expect.poll(() => page.locator('.drop-overlay').isVisible()).toBe(true);
    await stage.dispatchEvent('drop', { dataTransfer: transfer });
    await expect
      .poll(() => page.locator('[data-import-report="sample.kml"]').textContent())
      .toContain('Đã thêm lớp “sample.kml”');
    expect(await page.locator('.drop-overlay').count()).toBe(0);
    await context.close();
  });

  it("reads a KMZ saved by Google Earth, unzipped in the worker with the browser's own inflate", async () => {
    const { page, context, pageErrors } = await openApp(browser, base);
    await pick(page, 'sample.kmz');
    const report = page.locator('[data-import-report="sample.kmz"]');
    await expect.poll(() => report.textContent()).toContain('Đã thêm lớp “sample.kmz”: 3 đối tượng.');
    const [layerId] = await userLayerIds(page);
    await page.evaluate(() =>
      (window.__lsMap as { jumpTo(o: object): void }).jumpTo({ center: [106.75, 21.85], zoom: 12 }),
    );
    // The survey line and the plot from doc.kml are drawn where the KML puts them.
    await expect.poll(async () => (await drawnUser(page, layerId ?? '')).length).toBeGreaterThanOrEqual(2);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('parses a large file in a worker, with visible progress', async () => {
    const { page, context } = await openApp(browser, base);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    // 150,000 points (about 20 MB) made in the page and dropped on the map.
    const transfer = await page.evaluateHandle(() => {
      const parts = ['{"type":"FeatureCollection","features":['];
      for (let i = 0; i < 150_000; i++) {
        const lng = 106.3 + (i % 1000) * 0.0008;
        const lat = 21.5 + Math.floor(i / 1000) * 0.004;
        parts.push(
          `${i ? ',' : ''}{"type":"Feature","properties":{"n":${i},"note":"survey point"},"geometry":{"type":"Point","coordinates":[${lng},${lat}]}}`,
        );
      }
      parts.push(']}');
      const dt = new DataTransfer();
      dt.items.add(new File(parts, 'survey.geojson', { type: 'application/geo+json' }));
      return dt;
    });
    await page.locator('.map-stage').dispatchEvent('drop', { dataTransfer: transfer });
    await expect.poll(() => page.locator('[data-import-progress]').count(), { interval: 50 }).toBe(1);
    expect(await page.getByRole('progressbar', { name: 'Tiến độ nhập tệp' }).count()).toBe(1);
    await expect
      .poll(() => page.locator('[data-import-report="survey.geojson"]').textContent(), { timeout: 60_000 })
      .toContain('150.000 đối tượng');
    expect(workers.some((u) => /import-worker/.test(u))).toBe(true);
    await context.close();
  });

  it('keeps working, and says so, when the browser cannot store anything', async () => {
    let read: Promise<void> | undefined;
    const { page, context } = await openApp(browser, base, {
      beforeGoto: async (ctx) => {
        read = storedLayersRead(ctx);
        await ctx.addInitScript(() => {
          // A private window that refuses IndexedDB.
          Object.defineProperty(window, 'indexedDB', {
            get() {
              throw new DOMException('blocked', 'SecurityError');
            },
          });
        });
      },
    });
    // Nothing to lose yet, nothing said (not even once the stored layers were read); the first
    // import is told it will not be kept.
    await read;
    expect(await page.locator('[data-notice^="store"]').count()).toBe(0);
    await pick(page, 'valid.geojson');
    await expect.poll(async () => (await userLayerIds(page)).length).toBe(1);
    await expect
      .poll(() => page.locator('[data-notice="store-unavailable"]').textContent())
      .toContain('không cho trang này lưu dữ liệu trên máy');
    expect(await page.locator('.user-layers .unsaved-mark').count()).toBe(1);
    await context.close();
  });
});
