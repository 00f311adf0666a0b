import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { PLAN_COLORS } from '../../geodata/colors';
import { CONTRAST_PLAN_COLORS } from '../../geodata/contrast';
import { colorDistance, hexToRgb, idle, openApp, SHOTS, withBrowser } from './harness';

let base = '';
let browser: Browser;
withBrowser((b, url) => {
  browser = b;
  base = url;
});

const SWITCH = 'Bản đồ tương phản cao';

/** A paint property of a style layer as the main map has it now. */
const paint = (page: Page, layer: string, prop: string) =>
  page.evaluate(
    ([l, p]) =>
      (window.__lsMap as { getPaintProperty(l: string, p: string): unknown }).getPaintProperty(l, p),
    [layer, prop] as const,
  );

/** How many pixels of the map's canvas are within a small distance of a colour. */
async function pixelsNear(page: Page, hex: string): Promise<number> {
  const png = PNG.sync.read(await page.locator('.map canvas').screenshot());
  const want = hexToRgb(hex);
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4)
    if (colorDistance([png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0], want) < 24) n++;
  return n;
}

/** Opens the app in a context with these media settings (openApp's own context has none). */
async function openWith(url: string, options: BrowserContextOptions) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => typeof window.__lsReady === 'number', undefined, { timeout: 60_000 });
  return { context, page, pageErrors };
}

const KCN = ['industrial-parks--0', 'circle-stroke-color'] as const;

describe('the high-contrast map', () => {
  it('switches in place, repaints in its colours, and survives a share link', async () => {
    const { page, context, pageErrors } = await openApp(browser, base);
    const toggle = page.getByRole('checkbox', { name: SWITCH });
    await expect.poll(() => toggle.isChecked()).toBe(false);
    expect(await paint(page, ...KCN)).toBe(PLAN_COLORS.kcn);
    const blueBefore = await pixelsNear(page, CONTRAST_PLAN_COLORS.logistics);

    await toggle.check();
    await expect.poll(() => paint(page, ...KCN)).toBe(CONTRAST_PLAN_COLORS.kcn);
    expect(await paint(page, 'axis--0', 'line-color')).toBe(CONTRAST_PLAN_COLORS.axis);
    expect(await paint(page, 'axis--0', 'line-width')).toBe(9);
    await idle(page);
    // The canvas was redrawn: the logistics sites are now in the new blue.
    expect(await pixelsNear(page, CONTRAST_PLAN_COLORS.logistics)).toBeGreaterThan(blueBefore + 20);
    // The legend swatches follow the map.
    const swatch = page.locator('[data-layer="industrial-parks"] .legend .swatch circle').first();
    expect(await swatch.getAttribute('fill')).toBe(CONTRAST_PLAN_COLORS.kcn);
    await page.screenshot({ path: `${SHOTS}/contrast-switched.png` });
    await expect.poll(() => page.url()).toContain('style=contrast');
    const link = page.url();
    await context.close();

    const again = await openApp(browser, link);
    expect(await again.page.getByRole('checkbox', { name: SWITCH }).isChecked()).toBe(true);
    expect(await paint(again.page, ...KCN)).toBe(CONTRAST_PLAN_COLORS.kcn);
    await idle(again.page);
    await again.page.screenshot({ path: `${SHOTS}/contrast-from-link.png` });
    expect([...pageErrors, ...again.pageErrors]).toEqual([]);
    await again.context.close();
  });

  it('starts high contrast when the system asks for more contrast and the link says nothing', async () => {
    const { page, context, pageErrors } = await openWith(base, { contrast: 'more' });
    expect(await paint(page, ...KCN)).toBe(CONTRAST_PLAN_COLORS.kcn);
    expect(await page.getByRole('checkbox', { name: SWITCH }).isChecked()).toBe(true);
    // Nothing was chosen: the link stays silent, so each reader's own setting decides. (Once the
    // app has written the link from its state, which it does at start: it says `v=`.)
    await expect.poll(() => page.url()).toContain('v=1');
    expect(page.url()).not.toContain('style=');
    await page.screenshot({ path: `${SHOTS}/contrast-prefers-more.png` });
    await context.close();

    // The link's style wins over the system's.
    const usual = await openWith(`${base}#style=normal`, { contrast: 'more' });
    expect(await paint(usual.page, ...KCN)).toBe(PLAN_COLORS.kcn);
    expect([...pageErrors, ...usual.pageErrors]).toEqual([]);
    await usual.context.close();
  });

  it('draws the site sheet map and its legend high contrast', async () => {
    const { page, context, pageErrors } = await openApp(
      browser,
      `${base}#sel=kcn-vsip-huu-lung&panel=sheet&style=contrast&v=1`,
    );
    await expect
      .poll(() => page.locator('.static-map').getAttribute('data-drawn'), { timeout: 60_000 })
      .toBe('yes');
    const fills = await page
      .locator('.sheet .swatch circle')
      .evaluateAll((els) => els.map((e) => e.getAttribute('fill')));
    expect(fills).toContain(CONTRAST_PLAN_COLORS.kcn);
    expect(fills).not.toContain(PLAN_COLORS.kcn);
    await page.screenshot({ path: `${SHOTS}/contrast-sheet.png`, fullPage: true });
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('in forced colours: no page errors, and the controls keep visible borders', async () => {
    const { page, context, pageErrors } = await openWith(base, { forcedColors: 'active' });
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    const borders = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          'button, select, input:not([type="checkbox"]):not([type="radio"]):not([type="range"])',
        ),
      ]
        .filter((el) => el.offsetParent !== null)
        .map((el) => {
          const cs = getComputedStyle(el);
          return {
            el: el.className || el.tagName,
            style: cs.borderTopStyle,
            width: Number.parseFloat(cs.borderTopWidth),
          };
        }),
    );
    expect(borders.length).toBeGreaterThan(5);
    expect(borders.filter((b) => b.style === 'none' || b.width < 1)).toEqual([]);
    await idle(page);
    await page.screenshot({ path: `${SHOTS}/contrast-forced-colors.png` });
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
