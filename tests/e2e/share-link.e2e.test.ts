import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../geodata/catalog';
import { precisionAt } from '../../src/state/url';
import { openApp, still, withBrowser } from './harness';

let base = '';
let browser: Browser;
withBrowser((b, url) => {
  browser = b;
  base = url;
});

const camera = (page: Page) =>
  page.evaluate(() => {
    const m = window.__lsMap as { getZoom(): number; getCenter(): { lng: number; lat: number } };
    return { zoom: m.getZoom(), ...m.getCenter() };
  });

const checkedLayers = (page: Page) =>
  page.evaluate(
    (ids) => ids.filter((id) => (document.getElementById(`layer-${id}`) as HTMLInputElement)?.checked),
    CATALOG.map((d) => d.id),
  );

/**
 * Waits until the address bar has caught up with the map standing still (it is written at most
 * every 300 ms): its camera is the map's, as precisely as a link writes it.
 */
const settledUrl = async (page: Page) => {
  const cam = await camera(page);
  const p = precisionAt(cam.zoom);
  const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;
  await expect
    .poll(() => /map=([^&]+)/.exec(page.url())?.[1]?.split('/').map(Number))
    .toEqual([round(cam.zoom, 2), round(cam.lat, p), round(cam.lng, p)]);
  return page.url();
};

describe('share links', () => {
  it('open exactly the view a crafted link describes', async () => {
    const hash =
      '#map=11/21.48/106.35&layers=province,railways,industrial-parks~50,wind&sel=kcn-vsip-huu-lung&panel=detail&lang=en&v=1';
    const { page, context, pageErrors } = await openApp(browser, base + hash);
    expect((await checkedLayers(page)).sort()).toEqual(['industrial-parks', 'province', 'railways', 'wind']);
    expect(await page.locator('[data-layer="industrial-parks"] input[type="range"]').inputValue()).toBe(
      '0.5',
    );
    const cam = await camera(page);
    expect(cam.zoom).toBeCloseTo(11, 2);
    expect(cam.lat).toBeCloseTo(21.48, 3);
    expect(cam.lng).toBeCloseTo(106.35, 3);
    await expect
      .poll(() => page.locator('.maplibregl-popup .popup').getAttribute('data-feature'))
      .toBe('kcn-vsip-huu-lung');
    await expect.poll(() => page.locator('[data-detail="kcn-vsip-huu-lung"]').count()).toBe(1);
    expect(await page.locator('h1').textContent()).toBe('Lạng Sơn Provincial Plan');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('copied after a few actions, reopen the same view in a fresh page', async () => {
    const { page, context } = await openApp(browser, base);
    await page.getByLabel('English').check();
    await page.locator('#layer-wind').check();
    await page.locator('#layer-geopark').uncheck();
    await page.locator('[data-layer="border-gates"] details:not(.layer-facts) > summary').click();
    await page.getByRole('button', { name: 'Tân Thanh border gate', exact: true }).click();
    // Choosing the gate eases the map to it (with its popup); a wheel turned during that ease
    // would be swallowed.
    await page.locator('.maplibregl-popup .popup[data-feature="gate-tan-thanh"]').waitFor();
    await still(page);
    await page.locator('.popup-details').click();
    // The detail panel narrows the map and moves the popup: until then (800, 400) may be on the popup.
    await page.locator('[data-detail="gate-tan-thanh"]').waitFor();
    await still(page);
    expect(
      await page.evaluate(() => document.elementFromPoint(800, 400)?.classList.contains('maplibregl-canvas')),
    ).toBe(true);
    await page.mouse.move(800, 400);
    const zoomBefore = (await camera(page)).zoom;
    await page.mouse.wheel(0, -300);
    // MapLibre zooms once it has told a wheel from a touchpad (after 40 ms): started, then over.
    await expect.poll(async () => (await camera(page)).zoom).toBeGreaterThan(zoomBefore);
    await still(page);
    const before = { layers: await checkedLayers(page), cam: await camera(page) };
    // The user's own zoom, not the one the gate was shown at, is what the link must carry.
    expect(before.cam.zoom).toBeGreaterThan(11.1);
    const url = await settledUrl(page);
    expect(url).toContain('sel=gate-tan-thanh');
    await context.close();

    const fresh = await openApp(browser, url);
    expect(await checkedLayers(fresh.page)).toEqual(before.layers);
    const cam = await camera(fresh.page);
    expect(cam.zoom).toBeCloseTo(before.cam.zoom, 1);
    expect(cam.lat).toBeCloseTo(before.cam.lat, 3);
    expect(cam.lng).toBeCloseTo(before.cam.lng, 3);
    await expect.poll(() => fresh.page.locator('[data-detail="gate-tan-thanh"]').count()).toBe(1);
    expect(await fresh.page.locator('h1').textContent()).toBe('Lạng Sơn Provincial Plan');
    await fresh.context.close();
  });

  it('that are damaged still open a working map and name what was skipped', async () => {
    const { page, context, pageErrors } = await openApp(
      browser,
      `${base}#map=abc/x&layers=nope,province&sel=ghost-project&phase=1999&zzz=1&v=9`,
    );
    expect(await checkedLayers(page)).toEqual(['province']);
    const notice = page.locator('[data-notice="link-unknown"]');
    await expect.poll(() => notice.textContent()).toContain('nope');
    await expect.poll(() => notice.textContent()).toContain('ghost-project');
    // The values it could not read are named too (an unknown key is not: newer links may add some).
    await expect
      .poll(() => page.locator('[data-notice="link-ignored"]').textContent())
      .toContain('(map, phase)');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('keep working when an old layer id is used', async () => {
    const { page, context } = await openApp(browser, `${base}#layers=province,kcn&v=1`);
    expect((await checkedLayers(page)).sort()).toEqual(['industrial-parks', 'province']);
    await context.close();
  });

  it('pasted into an open page apply without reloading the map', async () => {
    const { page, context } = await openApp(browser, base);
    await page.evaluate(() => {
      (window as unknown as { __sameMap: unknown }).__sameMap = window.__lsMap;
      window.location.hash = '#map=12/21.95/106.7&sel=gate-huu-nghi&lang=en&v=1';
    });
    await expect.poll(() => page.locator('h1').textContent()).toBe('Lạng Sơn Provincial Plan');
    await expect.poll(async () => (await camera(page)).zoom).toBeCloseTo(12, 2);
    await expect
      .poll(() => page.locator('.maplibregl-popup .popup').getAttribute('data-feature'))
      .toBe('gate-huu-nghi');
    expect(
      await page.evaluate(() => (window as unknown as { __sameMap: unknown }).__sameMap === window.__lsMap),
    ).toBe(true);
    await context.close();
  });

  it('are offered with an embed snippet, and the embed keeps legend, credits and a way back', async () => {
    const { page, context } = await openApp(browser, `${base}#layers=province,axis,corridors&v=1`);
    await page.getByRole('button', { name: 'Chia sẻ bản đồ' }).click();
    const link = await page.locator('#share-link').inputValue();
    expect(link).toContain('layers=province,axis,corridors');
    const snippet = await page.locator('#share-embed').inputValue();
    expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed=1#/);
    await page.getByRole('dialog').getByRole('button', { name: 'Sao chép' }).first().click();
    // Headless Chromium may refuse the clipboard; either it copied, or the user is told how to.
    await expect
      .poll(
        async () =>
          (await page.locator('.share-hint').count()) + (await page.getByText('Đã sao chép').count()),
      )
      .toBe(1);
    await context.close();

    const embedUrl = /src="([^"]+)"/.exec(snippet)?.[1] ?? '';
    const embed = await openApp(browser, embedUrl.replaceAll('&amp;', '&'));
    expect(await embed.page.locator('.panel').count()).toBe(0);
    expect(await embed.page.locator('.embed-bar .legend li').count()).toBe(2);
    const credits = await embed.page.locator('.maplibregl-ctrl-attrib').textContent();
    expect(credits).toContain('ODM');
    expect(credits).toContain('QĐ 236/QĐ-TTg');
    const full = await embed.page.locator('.embed-full').getAttribute('href');
    expect(full).not.toContain('embed=1');
    expect(full).toContain('layers=province,axis,corridors');
    await embed.context.close();
  });
});
