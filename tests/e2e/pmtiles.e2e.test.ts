import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CITY_POINT,
  notAnArchive,
  PARCEL_CENTRE,
  rasterArchive,
  truncated,
  vectorArchive,
} from '../fixtures/pmtiles-fixtures.mjs';
import { serveArchives } from '../fixtures/range-server.mjs';
import { idle, launchBrowser, openApp, projectToPage } from './harness';
import { serveStatic } from './static-server';

/**
 * PMTiles archives (#15): opened from a file or an address, drawn, clicked, remembered, refused
 * when broken. The app is served with the real security headers (static-server), so the archive
 * address on another port goes through the production CSP.
 */
let browser: Browser;
let app: { server: Server; url: string };
let archives: { server: Server; url: string; requests: string[] };
const dir = mkdtempSync(join(tmpdir(), 'pmtiles-e2e-'));
const file = (name: string, bytes: Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const vector = vectorArchive();
const paths = {
  vector: file('khao-sat.pmtiles', vector),
  raster: file('anh.pmtiles', rasterArchive()),
  truncated: file('cat-cut.pmtiles', truncated(vector)),
  fake: file('gia.pmtiles', notAnArchive()),
  far: file('xa.pmtiles', vectorArchive({ shift: [0, -11] })),
};

beforeAll(async () => {
  app = await serveStatic(() => 'dist', '/', true);
  archives = await serveArchives(new Map([['khao-sat.pmtiles', vector]]));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  app?.server.close();
  archives?.server.close();
});

const open = (page: Page, ...files: string[]) => page.setInputFiles('[data-import-input]', files);
const rows = (page: Page) => page.locator('li[data-archive]');
const statuses = (page: Page) => rows(page).evaluateAll((li) => li.map((l) => l.getAttribute('data-status')));
const notices = (page: Page) => page.locator('.notice').allTextContents();

/** The archives this browser remembers (the app's own database), each with whether its file handle is kept. */
const stored = (page: Page) =>
  page.evaluate(async () => {
    // Never create the database here: the app makes its store when it first opens it.
    if (!(await indexedDB.databases()).some((d) => d.name === 'ls-archives')) return [];
    return new Promise<{ id: string; handle: boolean }[]>((resolve) => {
      const req = indexedDB.open('ls-archives');
      req.onerror = () => resolve([]);
      req.onsuccess = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains('archives')) return resolve([]);
        const get = db.transaction('archives').objectStore('archives').get('list');
        get.onerror = () => resolve([]);
        get.onsuccess = () => {
          db.close();
          const list = (get.result ?? []) as { id: string; handle?: unknown }[];
          resolve(list.map((a) => ({ id: a.id, handle: a.handle !== undefined })));
        };
      };
    });
  });

/** Features the map has drawn from archives: their source layer and attributes. */
const archiveFeatures = (page: Page) =>
  page.evaluate(() => {
    const map = window.__lsMap as {
      queryRenderedFeatures(): {
        source: string;
        sourceLayer?: string;
        properties: Record<string, unknown>;
      }[];
    };
    return map
      .queryRenderedFeatures()
      .filter((f) => f.source.startsWith('archive-'))
      .map((f) => ({ layer: f.sourceLayer, ...f.properties }));
  });

/** Waits until the map draws the fixture's survey points and parcels. */
async function expectDrawn(page: Page) {
  await expect
    .poll(async () => {
      await idle(page);
      const drawn = await archiveFeatures(page);
      return [...new Set(drawn.map((f) => f.layer))].sort();
    })
    .toEqual(expect.arrayContaining(['diem_khao_sat', 'thua_dat']));
}

/** Clicks at a place on the map, zoomed in there first so nothing else is in the way. */
async function clickAt(page: Page, lngLat: [number, number], zoom: number) {
  await page.evaluate(
    ([ll, z]) => (window.__lsMap as { jumpTo(o: unknown): void }).jumpTo({ center: ll, zoom: z }),
    [lngLat, zoom] as const,
  );
  await idle(page);
  const p = await projectToPage(page, lngLat);
  await page.mouse.click(p.x, p.y);
}

describe('PMTiles archives', () => {
  it('opens a vector archive from a file, draws it with its credit, and shows a clicked feature as text', async () => {
    const { page, context, pageErrors, consoleErrors } = await openApp(browser, app.url);
    await open(page, paths.vector);
    await expect.poll(() => statuses(page)).toEqual(['open']);
    await expect.poll(() => rows(page).first().textContent()).toContain('khao-sat');
    await expect.poll(() => rows(page).first().textContent()).toContain('3 lớp');
    await expectDrawn(page);
    // The archive's row and the address field: labelled controls, as the rest of the panel.
    const axe = await new AxeBuilder({ page })
      .include('.user-layers')
      .withTags(['wcag2a', 'wcag2aa'])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    // The credit from the archive's metadata, as text (its link taken out).
    const credits = page.locator('.maplibregl-ctrl-attrib-inner');
    await expect.poll(() => credits.textContent()).toContain('© Đoàn khảo sát thử nghiệm');
    expect(await credits.locator('a[href="https://example.org/khao-sat"]').count()).toBe(0);

    await clickAt(page, CITY_POINT, 13);
    const popup = page.locator('[data-archive-feature]');
    await expect.poll(() => popup.locator('.popup-name').textContent()).toBe('Mốc khảo sát LS-01');
    const text = await popup.textContent();
    expect(text).toContain('<img src=x onerror=alert(1)> <b>không phải HTML</b>');
    expect(text).toContain('diem_khao_sat');
    expect(await popup.locator('img, b').count()).toBe(0);
    expect(await popup.locator('a').evaluateAll((a) => a.map((x) => x.getAttribute('href')))).toEqual([
      'https://example.org/ls-01',
    ]);
    expect(text).toContain('javascript:alert(1)');

    // A parcel: an area, clicked inside.
    await clickAt(page, PARCEL_CENTRE, 11);
    await expect.poll(() => popup.textContent()).toContain('Đất rừng sản xuất');

    // Removed with ×: no archive source or layer is left, and the focus stays in the panel.
    await rows(page).first().locator('.user-remove').click();
    await expect.poll(() => rows(page).count()).toBe(0);
    const left = await page.evaluate(() => {
      const style = (
        window.__lsMap as { getStyle(): { layers: { id: string }[]; sources: object } }
      ).getStyle();
      return [...style.layers.map((l) => l.id), ...Object.keys(style.sources)].filter((id) =>
        id.startsWith('archive-'),
      );
    });
    expect(left).toEqual([]);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.matches('.archive-address input') ?? false))
      .toBe(true);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('refuses a malformed address in its own words and keeps it in the field to be corrected', async () => {
    const { page, context, pageErrors } = await openApp(browser, app.url);
    await page.fill('.archive-address input', 'ftp://a.org/x.pmtiles');
    await page.click('.archive-address button');
    await expect.poll(() => notices(page)).toEqual([expect.stringContaining('https://')]);
    expect(await page.inputValue('.archive-address input')).toBe('ftp://a.org/x.pmtiles');
    await page.fill('.archive-address input', `${archives.url}x%E0%A4%A.pmtiles`);
    await page.click('.archive-address button');
    await expect
      .poll(() => notices(page))
      .toEqual(expect.arrayContaining([expect.stringMatching(/x%E0%A4%A\.pmtiles.*404/)]));
    // A name that cannot be decoded is kept as written; the server's 404 is the reason given.
    expect(await page.inputValue('.archive-address input')).toBe(`${archives.url}x%E0%A4%A.pmtiles`);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('opens an archive from an address under the real CSP, and opens it again after a reload', async () => {
    const { page, context, consoleErrors } = await openApp(browser, app.url);
    const before = await page.screenshot();
    await page.fill('.archive-address input', `${archives.url}khao-sat.pmtiles`);
    await page.click('.archive-address button');
    await expect.poll(() => statuses(page)).toEqual(['open']);
    await expectDrawn(page);
    expect(Buffer.compare(before, await page.screenshot())).not.toBe(0);
    expect(archives.requests.some((r) => r.startsWith('khao-sat.pmtiles bytes=0-'))).toBe(true);
    await expect.poll(() => rows(page).first().textContent()).toContain(`${archives.url}khao-sat.pmtiles`);
    // Stored a moment after the change; then a reload brings it back, read from the address again.
    await expect.poll(async () => (await stored(page)).length).toBe(1);
    await page.reload();
    await page.waitForFunction(() => typeof window.__lsReady === 'number');
    await expect.poll(() => statuses(page)).toEqual(['open']);
    await expectDrawn(page);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('asks for a remembered file again after a reload, then keeps the handle the picker gives', async () => {
    const { page, context } = await openApp(browser, app.url);
    await open(page, paths.vector);
    await expect.poll(() => statuses(page)).toEqual(['open']);
    await expect.poll(async () => (await stored(page)).length).toBe(1);
    await page.reload();
    await page.waitForFunction(() => typeof window.__lsReady === 'number');
    // A file input gives no handle to keep: the layer waits for its file, its look and place kept.
    await expect.poll(() => statuses(page)).toEqual(['needs-file']);
    const row = rows(page).first();
    expect(await row.textContent()).toContain('mở lại tệp');
    // The browser's picker, which headless Chromium cannot show, gives a real handle: one of the
    // origin's private file system, holding the same archive.
    await page.evaluate(async (b64) => {
      const dir = await navigator.storage.getDirectory();
      const handle = await dir.getFileHandle('khao-sat.pmtiles', { create: true });
      const w = await handle.createWritable();
      await w.write(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
      await w.close();
      (window as unknown as { showOpenFilePicker: () => Promise<unknown[]> }).showOpenFilePicker =
        async () => [handle];
    }, vector.toString('base64'));
    await row.locator('button', { hasText: 'Mở lại tệp…' }).click();
    await expect.poll(() => statuses(page)).toEqual(['open']);
    await expectDrawn(page);
    // With its handle stored (and read permission, which the private file system always has), the
    // archive opens by itself after the next reload.
    await expect.poll(async () => (await stored(page))[0]?.handle).toBe(true);
    await page.reload();
    await page.waitForFunction(() => typeof window.__lsReady === 'number');
    await expect.poll(() => statuses(page)).toEqual(['open']);
    await expectDrawn(page);
    await context.close();
  });

  it('refuses a truncated archive and a file that is not one, with the reason, keeping every other layer', async () => {
    const { page, context } = await openApp(browser, app.url);
    await open(page, paths.vector);
    await expect.poll(() => statuses(page)).toEqual(['open']);
    await open(page, paths.truncated, paths.fake);
    await expect
      .poll(async () => (await notices(page)).join('\n'))
      .toContain('Không mở được “cat-cut.pmtiles”: tệp bị cắt cụt');
    await expect
      .poll(async () => (await notices(page)).join('\n'))
      .toContain('Không mở được “gia.pmtiles”: tệp không phải kho PMTiles');
    expect(await statuses(page)).toEqual(['open']);
    await expectDrawn(page);
    await context.close();
  });

  it('opens a dropped archive, names one that lies far from the province, and draws a raster archive', async () => {
    const { page, context, pageErrors, consoleErrors } = await openApp(browser, app.url);
    const transfer = await page.evaluateHandle((b64) => {
      const dt = new DataTransfer();
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], 'tha.pmtiles'));
      return dt;
    }, vector.toString('base64'));
    await page.locator('.map-stage').dispatchEvent('drop', { dataTransfer: transfer });
    await expect.poll(() => statuses(page)).toEqual(['open']);
    await expectDrawn(page);

    await open(page, paths.far);
    await expect
      .poll(async () => (await notices(page)).join('\n'))
      .toContain('Kho “xa” nằm cách Lạng Sơn khoảng');
    await expect.poll(() => rows(page).first().textContent()).toContain('ngoài vùng bản đồ');

    await open(page, paths.raster);
    await expect.poll(() => statuses(page)).toEqual(['open', 'open', 'open']);
    const raster = await page.evaluate(() => {
      const map = window.__lsMap as { getStyle(): { layers: { id: string; type: string }[] } };
      return map.getStyle().layers.filter((l) => l.type === 'raster' && l.id.startsWith('archive-')).length;
    });
    expect(raster).toBe(1);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('draws an archive on both sides of the compare divider, and takes it off both when removed', async () => {
    const { page, context, pageErrors, consoleErrors } = await openApp(browser, app.url);
    await open(page, paths.vector);
    await expect.poll(() => statuses(page)).toEqual(['open']);
    await expectDrawn(page);
    await page.getByRole('radio', { name: 'Hiện có' }).check();
    await page.getByLabel('So sánh với giai đoạn khác (kéo thanh chia trên bản đồ)').check();
    await page.getByLabel('Bên phải:').selectOption('2050');
    await page.waitForFunction(() => (window.__lsSwipeMap as { loaded(): boolean } | undefined)?.loaded());
    /** The archive's source layers the divider's map (right of the divider) has drawn. */
    const rightSide = () =>
      page.evaluate(() => {
        const m = window.__lsSwipeMap as {
          queryRenderedFeatures(): { source: string; sourceLayer?: string }[];
        };
        const drawn = m.queryRenderedFeatures().filter((f) => f.source.startsWith('archive-'));
        return [...new Set(drawn.map((f) => f.sourceLayer))].sort();
      });
    await expect.poll(rightSide).toEqual(expect.arrayContaining(['diem_khao_sat', 'thua_dat']));
    // And still on the left, on the main map.
    await expectDrawn(page);

    await rows(page).first().locator('.user-remove').click();
    await expect.poll(() => rows(page).count()).toBe(0);
    const archiveIds = (map: '__lsMap' | '__lsSwipeMap') =>
      page.evaluate((key) => {
        const style = (
          window[key] as { getStyle(): { layers: { id: string }[]; sources: object } }
        ).getStyle();
        return [...style.layers.map((l) => l.id), ...Object.keys(style.sources)].filter((id) =>
          id.startsWith('archive-'),
        );
      }, map);
    await expect.poll(() => archiveIds('__lsSwipeMap')).toEqual([]);
    expect(await archiveIds('__lsMap')).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
