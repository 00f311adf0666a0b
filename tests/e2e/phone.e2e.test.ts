import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, SHOTS, withBrowser } from './harness';

let base = '';
let browser: Browser;
withBrowser((b, url) => {
  browser = b;
  base = url;
});

const PHONE = { width: 390, height: 844 };

/** Whether a box lies wholly on the screen, across. */
const onScreen = async (page: Page, selector: string) => {
  const box = await page.locator(selector).first().boundingBox();
  return box !== null && box.x >= 0 && box.x + box.width <= PHONE.width + 0.5;
};

describe('on a phone', () => {
  it('a project popup stays on the screen', async () => {
    const { page, context } = await openApp(
      browser,
      `${base}#map=11/21.5193/106.347&sel=kcn-vsip-huu-lung&v=1`,
      {
        viewport: PHONE,
      },
    );
    const popup = '.maplibregl-popup .popup[data-feature="kcn-vsip-huu-lung"]';
    await expect.poll(() => page.locator(popup).count()).toBe(1);
    await expect.poll(() => onScreen(page, '.maplibregl-popup-content')).toBe(true);
    await page.screenshot({ path: `${SHOTS}/phone-popup.png` });
    await context.close();
  });

  it('a site chosen in the table opens its details, which the table would hide a popup under', async () => {
    const { page, context } = await openApp(browser, `${base}#sites=1&v=1`, { viewport: PHONE });
    // Checkboxes a finger can hit.
    const box = await page.locator('tr[data-site="kcn-vsip-huu-lung"] input[type="checkbox"]').boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(22);
    await page.locator('tr[data-site="kcn-vsip-huu-lung"] .site-name').click();
    const detail = page.locator('.detail[data-detail="kcn-vsip-huu-lung"]');
    await expect.poll(() => detail.isVisible()).toBe(true);
    expect(await detail.getByRole('button', { name: 'Phiếu thông tin (in/PDF)' }).isVisible()).toBe(true);
    await context.close();
  });

  it('the export menu and a notice fit the screen, clear of the buttons', async () => {
    const { page, context } = await openApp(browser, `${base}#sel=does-not-exist&v=1`, { viewport: PHONE });
    const close = page.locator('[data-notice="link-unknown"] .notice-close');
    await expect.poll(() => close.count()).toBe(1);
    // The notice's × is what a tap on it reaches, not a button over it.
    const reached = await close.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el;
    });
    expect(reached).toBe(true);
    // …and the notice leaves the zoom buttons free.
    for (const zoom of ['.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-zoom-out']) {
      const free = await page.locator(zoom).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
      });
      expect(free, zoom).toBe(true);
    }
    await close.click();
    await expect.poll(() => close.count()).toBe(0);

    await page.locator('.export-menu summary').click();
    await expect.poll(() => onScreen(page, '.export-items')).toBe(true);
    await page.screenshot({ path: `${SHOTS}/phone-export.png` });
    await context.close();
  });
  it('Back closes what is open, topmost first, and only then leaves the app', async () => {
    const { page, context } = await openApp(browser, `${base}#sites=1&v=1`, { viewport: PHONE });
    await page.locator('tr[data-site="kcn-vsip-huu-lung"] .site-name').click();
    const detail = page.locator('.detail[data-detail="kcn-vsip-huu-lung"]');
    await expect.poll(() => detail.isVisible()).toBe(true);
    await expect.poll(() => page.url()).toContain('panel=detail');
    // Moving the map adds no history entry (the address is replaced).
    const entries = await page.evaluate(() => history.length);
    await page.mouse.move(200, 150);
    await page.mouse.wheel(0, -200);
    await expect.poll(() => page.url()).toContain('map=');
    expect(await page.evaluate(() => history.length)).toBe(entries);

    await page.goBack();
    await expect.poll(() => detail.count()).toBe(0);
    expect(page.url().startsWith(base)).toBe(true);
    // The address is the view's now: the site still selected, its details closed.
    await expect.poll(() => page.url()).toContain('sel=kcn-vsip-huu-lung');
    expect(page.url()).not.toContain('panel=detail');
    const table = page.locator('.site-table');
    expect(await table.count()).toBe(1);
    // Then the popup (the selection), then the site table.
    await page.goBack();
    await expect.poll(() => page.url()).not.toContain('sel=');
    expect(await table.count()).toBe(1);
    await page.goBack();
    await expect.poll(() => table.count()).toBe(0);
    expect(page.url().startsWith(base)).toBe(true);
    await expect.poll(() => page.url()).not.toContain('sites=');
    // Nothing left open: Back leaves (no entry was left behind).
    await page.goBack();
    await expect.poll(() => page.url()).toBe('about:blank');
    await context.close();
  });
});
