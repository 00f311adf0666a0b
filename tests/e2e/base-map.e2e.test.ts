import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { BASE_COLORS } from '../../geodata/catalog';
import { colorDistance, hexToRgb, openApp, pixelAt, projectToPage, SHOTS, withBrowser } from './harness';

let base = '';
let browser: Browser;
withBrowser((b, url) => {
  browser = b;
  base = url;
});

describe('the embedded base map', () => {
  it('draws the province, offline, without errors', async () => {
    const { page, context, offHost, consoleErrors, pageErrors } = await openApp(browser, base);
    const shot = await page.screenshot({ path: `${SHOTS}/default-view.png` });
    const png = PNG.sync.read(shot);

    // A point well inside Lạng Sơn (Văn Quan area, away from lines and labels) shows the province fill…
    const inside = await projectToPage(page, [106.52, 21.93]);
    // …and one in Guangxi shows the China fill, so the canvas really holds the map, not a blank.
    const china = await projectToPage(page, [107.2, 22.3]);
    const provinceFill = hexToRgb(BASE_COLORS.province);
    const chinaFill = hexToRgb(BASE_COLORS.china);
    expect(colorDistance(pixelAt(png, inside.x, inside.y), provinceFill)).toBeLessThan(25);
    expect(colorDistance(pixelAt(png, china.x, china.y), chinaFill)).toBeLessThan(25);

    // The credits name every dataset on screen, each once (layers made of several datasets share some).
    const credits = (await page.locator('.maplibregl-ctrl-attrib-inner').textContent()) ?? '';
    const parts = credits.split(' · ');
    expect(parts.length).toBeGreaterThan(3);
    expect(new Set(parts).size).toBe(parts.length);
    for (const name of ['GeoNames', 'Open Admin Data', 'ODM', 'OpenStreetMap', 'QĐ 236/QĐ-TTg'])
      expect(credits).toContain(name);

    // The first view fits the province: its corners are on screen.
    const sw = await projectToPage(page, [106.1, 21.33]);
    const ne = await projectToPage(page, [107.36, 22.46]);
    for (const p of [sw, ne]) {
      expect(p.x).toBeGreaterThan(340);
      expect(p.x).toBeLessThan(1280);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(800);
    }

    // Every base layer drew features.
    const drawn = await page.evaluate(() => {
      const map = window.__lsMap as { queryRenderedFeatures(): { source: string }[] };
      return [...new Set(map.queryRenderedFeatures().map((f) => f.source))].sort();
    });
    expect(drawn).toEqual(expect.arrayContaining(['border', 'neighbours', 'province', 'railways', 'towns']));

    // The layer panel shows the counts of loaded features.
    await expect
      .poll(() => page.locator('[data-layer="communes-2025"] .layer-status').textContent())
      .toBe('65 đối tượng');

    expect(offHost).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('switches the interface language', async () => {
    const { page, context } = await openApp(browser, base);
    expect(await page.locator('h1').textContent()).toBe('Quy hoạch tỉnh Lạng Sơn');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.getByLabel('English').check();
    expect(await page.locator('h1').textContent()).toBe('Lạng Sơn Provincial Plan');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('label[for="layer-railways"]').textContent()).toBe('Railways');
    await page.getByLabel('Tiếng Việt').check();
    expect(await page.locator('h1').textContent()).toBe('Quy hoạch tỉnh Lạng Sơn');
    await context.close();
  });

  it('hides a layer when its box is unticked', async () => {
    const { page, context } = await openApp(browser, base);
    const count = () =>
      page.evaluate(
        () =>
          (window.__lsMap as { queryRenderedFeatures(): { source: string }[] })
            .queryRenderedFeatures()
            .filter((f) => f.source === 'railways').length,
      );
    expect(await count()).toBeGreaterThan(0);
    await page.locator('details.layer-group > summary').click(); // the base map's layers are folded away
    await page.locator('#layer-railways').uncheck();
    await expect.poll(count).toBe(0);
    await page.locator('#layer-railways').check();
    await expect.poll(count).toBeGreaterThan(0);
    await context.close();
  });

  it('falls back to the embedded base map when OpenStreetMap cannot be reached', async () => {
    const { page, context } = await openApp(browser, base, {
      beforeGoto: async (ctx) => {
        await ctx.route('https://tile.openstreetmap.org/**', (r) => r.abort('internetdisconnected'));
      },
    });
    await page.getByLabel(/OpenStreetMap/).click(); // not check(): the failed base map may already have switched back when check() looks
    await expect.poll(() => page.locator('[data-notice="basemap"]').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByLabel(/có sẵn/).isChecked()).toBe(true);
    // The embedded fills are back: the province is drawn again.
    const visibility = await page.evaluate(() =>
      (window.__lsMap as { getLayoutProperty(id: string, p: string): string }).getLayoutProperty(
        'province--0',
        'visibility',
      ),
    );
    expect(visibility).toBe('visible');
    await context.close();
  });

  it('shows the online base map when its tiles load', async () => {
    // A solid test colour stands in for OpenStreetMap's tiles, so the test needs no network.
    const tilePng = new PNG({ width: 256, height: 256 });
    for (let i = 0; i < tilePng.data.length; i += 4) tilePng.data.set([128, 192, 255, 255], i);
    const tile = PNG.sync.write(tilePng);
    const { page, context } = await openApp(browser, base, {
      beforeGoto: async (ctx) => {
        await ctx.route('https://tile.openstreetmap.org/**', (r) =>
          r.fulfill({ status: 200, contentType: 'image/png', body: tile }),
        );
      },
    });
    await page.getByLabel(/OpenStreetMap/).check();
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = window.__lsMap as { once(e: string, f: () => void): void; triggerRepaint(): void };
          map.once('idle', () => resolve());
          map.triggerRepaint();
        }),
    );
    // In Guangxi, where the embedded fills are now hidden, the map shows the tile colour.
    const china = await projectToPage(page, [107.2, 22.3]);
    const png = PNG.sync.read(await page.screenshot({ path: `${SHOTS}/online-base-map.png` }));
    expect(colorDistance(pixelAt(png, china.x, china.y), [128, 192, 255])).toBeLessThan(20);
    expect(await page.locator('[data-notice="basemap"]').count()).toBe(0);
    expect(await page.locator('.maplibregl-ctrl-attrib').textContent()).toContain(
      'OpenStreetMap contributors',
    );

    // Comparing phases keeps the same base map on both sides of the divider.
    await page.getByLabel('So sánh với giai đoạn khác (kéo thanh chia trên bản đồ)').check();
    await page.waitForFunction(() => {
      const m = window.__lsSwipeMap as { loaded(): boolean; areTilesLoaded(): boolean } | undefined;
      return m?.loaded() && m.areTilesLoaded();
    });
    const handle = await page.getByRole('slider', { name: /Thanh chia so sánh/ }).boundingBox();
    const east = await projectToPage(page, [107.2, 22.3]);
    expect(east.x).toBeGreaterThan((handle?.x ?? Number.POSITIVE_INFINITY) + 10);
    await expect
      .poll(async () => {
        const shot = PNG.sync.read(await page.screenshot({ path: `${SHOTS}/online-base-map-swipe.png` }));
        return colorDistance(pixelAt(shot, east.x, east.y), [128, 192, 255]);
      })
      .toBeLessThan(20);
    await context.close();
  });

  it('keeps working when a data file is missing, and says which', async () => {
    const { page, context, pageErrors } = await openApp(browser, base, {
      beforeGoto: async (ctx) => {
        await ctx.route('**/assets/railways-*.geojson', (r) => r.fulfill({ status: 404, body: 'not found' }));
      },
    });
    await expect
      .poll(() => page.locator('[data-notice="layer-railways"]').textContent())
      .toContain('Đường sắt');
    expect(await page.locator('[data-layer="railways"] .layer-status').textContent()).toBe('lỗi dữ liệu');
    const drawn = await page.evaluate(() => {
      const map = window.__lsMap as { queryRenderedFeatures(): { source: string }[] };
      return new Set(map.queryRenderedFeatures().map((f) => f.source)).size;
    });
    expect(drawn).toBeGreaterThanOrEqual(6);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('runs under a strict Content-Security-Policy', async () => {
    const { page, context, consoleErrors } = await openApp(browser, base);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    expect(await page.locator('script:not([src])').count()).toBe(0);
    // A violation would have been logged as a console error.
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('has no accessibility violations', async () => {
    const { page, context } = await openApp(browser, base);
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await context.close();
  });
});
