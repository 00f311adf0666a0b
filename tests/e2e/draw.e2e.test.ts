import { mkdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeSketches } from '../../src/state/sketch-link';
import { openApp, projectToPage, SHOTS, still, withBrowser } from './harness';

let base = '';
let browser: Browser;
withBrowser((b, url) => {
  browser = b;
  base = url;
});

/** Where the screenshots of the drawing tools go for people to look at. */
const DRAW_SHOTS = process.env.DRAW_SHOTS ?? SHOTS;

/** A parcel near Lạng Sơn city, about 300 m × 220 m, its corners in [lng, lat]. */
const PARCEL: [number, number][] = [
  [106.755, 21.85],
  [106.758, 21.85],
  [106.758, 21.852],
  [106.755, 21.852],
];
/** Camera on the parcel, from a link. */
const AT_PARCEL = '#map=15/21.851/106.7565&v=1';

const rows = (page: Page) => page.locator('.sketch-list > li');
const openTools = async (page: Page) => {
  await page.getByRole('button', { name: 'Vẽ', exact: true }).click();
  await expect.poll(() => page.locator('.sketch-panel').count(), { timeout: 30_000 }).toBe(1);
  // The tools are on the map once terra-draw has added its layers.
  await expect
    .poll(
      () =>
        page.evaluate(() =>
          Boolean((window.__lsMap as { getLayer(id: string): unknown }).getLayer('td-polygon')),
        ),
      {
        timeout: 30_000,
      },
    )
    .toBe(true);
};
/** Draws the parcel with mouse clicks at its corners' pixels, closing it on the first corner. */
const drawParcel = async (page: Page, corners = PARCEL) => {
  for (const c of [...corners, corners[0] as [number, number]]) {
    const p = await projectToPage(page, c);
    await page.mouse.move(p.x, p.y);
    await page.mouse.click(p.x, p.y);
  }
};

describe('draw and annotate', () => {
  it('draws a polygon with the mouse, labels it, keeps it through a reload and sends it in the link', async () => {
    const { page, context, pageErrors } = await openApp(browser, `${base}${AT_PARCEL}`);
    await still(page);
    await openTools(page);
    await drawParcel(page);
    await expect.poll(() => rows(page).count()).toBe(1);
    // Its area: 300 m × 222 m ≈ 6.9 ha, as the list says it.
    const size = await rows(page).first().locator('.sketch-size').textContent();
    expect(size).toMatch(/Diện tích [\d.]+ m² \(6,[6-9]\d? ha\)/);

    await rows(page).first().getByLabel('Tên của phác thảo 1').fill('Thửa 12 tờ 5');
    await rows(page).first().getByLabel('Ghi chú của phác thảo 1').fill('Đất nhà ông A');
    mkdirSync(DRAW_SHOTS, { recursive: true });
    await page.screenshot({ path: `${DRAW_SHOTS}/draw-polygon.png` });

    // Axe on the drawing tools: no violations.
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .include('.sketch-panel')
      .options({ resultTypes: ['violations'] })
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    // The link carries it (sk=), within a moment (the address bar is written every 300 ms).
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/&sk=[\w-]+/);
    const link = await page.evaluate(() => window.location.href);

    // Reloaded: still there, with its label.
    await page.getByRole('button', { name: 'Xong' }).click();
    await page.reload();
    await page.waitForFunction(() => typeof window.__lsReady === 'number', undefined, { timeout: 60_000 });
    await openTools(page);
    await expect
      .poll(() => rows(page).first().getByLabel('Tên của phác thảo 1').inputValue())
      .toBe('Thửa 12 tờ 5');

    // Another browser (a fresh context, nothing stored) opens the link: the sketch is there.
    const other = await openApp(browser, link);
    await openTools(other.page);
    await expect.poll(() => rows(other.page).count()).toBe(1);
    expect(await rows(other.page).first().getByLabel('Tên của phác thảo 1').inputValue()).toBe(
      'Thửa 12 tờ 5',
    );
    expect(await rows(other.page).first().getByLabel('Ghi chú của phác thảo 1').inputValue()).toBe(
      'Đất nhà ông A',
    );
    await other.page.screenshot({ path: `${DRAW_SHOTS}/draw-from-link.png` });

    // The export of the sketches has the polygon, its corners as drawn.
    const [download] = await Promise.all([
      other.page.waitForEvent('download'),
      other.page.getByRole('button', { name: 'GeoJSON', exact: true }).click(),
    ]);
    const fc = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8'));
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0].geometry.type).toBe('Polygon');
    expect(fc.features[0].properties.label).toBe('Thửa 12 tờ 5');
    const ring = fc.features[0].geometry.coordinates[0] as [number, number][];
    expect(ring).toHaveLength(5);
    for (const [i, c] of PARCEL.entries()) {
      // Clicked at a pixel: within a pixel at zoom 15 (about 3.5 m).
      expect(Math.abs((ring[i]?.[0] ?? 0) - c[0])).toBeLessThan(0.00005);
      expect(Math.abs((ring[i]?.[1] ?? 0) - c[1])).toBeLessThan(0.00005);
    }

    // "What does the plan say here?": the land report opens on the sketch, with its area.
    await rows(other.page)
      .first()
      .getByRole('button', { name: 'Quy hoạch nói gì ở phác thảo “Thửa 12 tờ 5”?' })
      .click();
    const area = other.page.locator('.land-report [data-report-area]');
    await expect.poll(() => area.count(), { timeout: 30_000 }).toBe(1);
    const m2 = Number(await area.getAttribute('data-report-area'));
    expect(m2).toBeGreaterThan(66_000);
    expect(m2).toBeLessThan(70_000);
    expect(await other.page.evaluate(() => window.location.hash)).toMatch(/report=g\./);

    expect(pageErrors).toEqual([]);
    expect(other.pageErrors).toEqual([]);
    await other.context.close();
    await context.close();
  });

  it('starts while the map still waits for a tile (the online base map’s, held back)', async () => {
    // OpenStreetMap's tiles never come: the map is never "loaded" again, as on a slow network.
    const { page, context, pageErrors } = await openApp(browser, `${base}${AT_PARCEL}`, {
      beforeGoto: async (ctx) => {
        await ctx.route('https://tile.openstreetmap.org/**', () => new Promise(() => {}));
      },
    });
    await page.getByLabel(/OpenStreetMap/).check();
    await expect
      .poll(() => page.evaluate(() => (window.__lsMap as { loaded(): boolean }).loaded()))
      .toBe(false);
    await openTools(page);
    await drawParcel(page);
    await expect.poll(() => rows(page).count()).toBe(1);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('undo takes back the last vertex while drawing, then the last sketch', async () => {
    const { page, context } = await openApp(browser, `${base}${AT_PARCEL}`);
    await still(page);
    await openTools(page);
    await drawParcel(page);
    await expect.poll(() => rows(page).count()).toBe(1);
    // A second polygon, three corners placed, then the last one taken back.
    const shifted = PARCEL.map(([x, y]) => [x, y - 0.003] as [number, number]);
    for (const c of shifted.slice(0, 3)) {
      const p = await projectToPage(page, c);
      await page.mouse.move(p.x, p.y);
      await page.mouse.click(p.x, p.y);
    }
    const undo = page.getByRole('button', { name: 'Hoàn tác' });
    await undo.click();
    // Two corners left: the polygon is finished with two more, so it has four corners.
    for (const c of [shifted[2], shifted[3], shifted[0]] as [number, number][]) {
      const p = await projectToPage(page, c);
      await page.mouse.move(p.x, p.y);
      await page.mouse.click(p.x, p.y);
    }
    await expect.poll(() => rows(page).count()).toBe(2);
    await undo.click();
    await expect.poll(() => rows(page).count()).toBe(1);
    // Escape with nothing being drawn closes the tools; the sketch stays on the map as a layer.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.sketch-panel').count()).toBe(0);
    await context.close();
  });

  it('draws with taps on a phone', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      locale: 'vi-VN',
    });
    const page = await context.newPage();
    // The parcel in the upper half of the map, above the tools' sheet.
    await page.goto(`${base}#map=15/21.8495/106.7565&v=1`);
    await page.waitForFunction(() => typeof window.__lsReady === 'number', undefined, { timeout: 60_000 });
    await still(page);
    await page.getByRole('button', { name: 'Vẽ', exact: true }).tap();
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            Boolean((window.__lsMap as { getLayer(id: string): unknown }).getLayer('td-polygon')),
          ),
        {
          timeout: 30_000,
        },
      )
      .toBe(true);
    for (const c of [...PARCEL, PARCEL[0] as [number, number]]) {
      const p = await projectToPage(page, c);
      await page.touchscreen.tap(p.x, p.y);
    }
    await page.screenshot({ path: `${DRAW_SHOTS}/draw-phone.png` });
    await expect.poll(() => rows(page).count()).toBe(1);
    expect(await rows(page).first().locator('.sketch-size').textContent()).toMatch(/\(6,[6-9]\d? ha\)/);
    await context.close();
  });

  it('past 8,000 characters the link leaves the sketches out, and the share dialog says so and offers a file', async () => {
    // A traced boundary of many vertices, a few metres apart and uneven as traced ones are: just over
    // what a link may carry.
    const ring = (n: number) => {
      let seed = 7;
      const jitter = () => {
        seed = (seed * 1664525 + 1013904223) % 4294967296;
        return (seed / 4294967296 - 0.5) * 4e-5;
      };
      return Array.from({ length: n }, (_, i) => {
        const a = (2 * Math.PI * i) / n;
        return [106.7565 + 0.004 * Math.cos(a) + jitter(), 21.851 + 0.003 * Math.sin(a) + jitter()] as [
          number,
          number,
        ];
      });
    };
    const linkValue = (n: number) =>
      encodeSketches([{ kind: 'polygon', coords: ring(n), label: 'Ranh giới', note: '' }]);
    let n = 1200;
    while (linkValue(n).length < 7990) n += 20;
    const value = linkValue(n);
    expect(value.length).toBeLessThan(8150);
    const { page, context, pageErrors } = await openApp(
      browser,
      `${base}${AT_PARCEL.replace('&v=1', `&sk=${value}&v=1`)}`,
    );
    // Read from the link into this browser, then left out of the link: it would pass 8,000 characters.
    await expect
      .poll(() => page.evaluate(() => window.location.hash), { timeout: 30_000 })
      .not.toMatch(/sk=/);
    await page.getByRole('button', { name: 'Chia sẻ bản đồ' }).click();
    const note = page.locator('.share-sketches');
    await expect
      .poll(() => note.textContent())
      .toMatch(/Liên kết này không kèm các phác thảo: [\d.]+ đỉnh sẽ làm liên kết dài quá 8\.000 ký tự/);
    await page.screenshot({ path: `${DRAW_SHOTS}/draw-share-too-long.png` });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      note.getByRole('button', { name: 'Xuất phác thảo (GeoJSON)' }).click(),
    ]);
    const fc = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8'));
    expect(fc.features[0].geometry.coordinates[0]).toHaveLength(n + 1);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a damaged sketch value opens a valid map with a notice, the rest of the link kept', async () => {
    const { page, context, pageErrors } = await openApp(
      browser,
      `${base}#map=14/21.85/106.76&sk=eNpjZGRidGAMYm5YNOkX&lang=en&v=1`,
    );
    await expect
      .poll(() => page.locator('.notices').textContent(), { timeout: 30_000 })
      .toMatch(/sketches part of the link is damaged/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.evaluate(() => window.location.hash)).toMatch(/^#map=14\/21\.85\/106\.76/);
    await expect.poll(() => page.evaluate(() => window.location.hash)).not.toMatch(/sk=/);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
