import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { idle, openApp, SHOTS, withBrowser } from './harness';

let base = '';
let browser: Browser;
withBrowser((b, url) => {
  browser = b;
  base = url;
});

const PHONE = { width: 390, height: 844 };
/** Zoomed in on Hữu Lũng, with the industrial parks and clusters in the site table (issue #27). */
const ZOOMED = '#map=11/21.4887/106.347&sites=1&f=kind:kcn+ccn&lang=en';
const VSIP = 'kcn-vsip-huu-lung';
/** Na Dương, 40 km east of the view above: choosing it has to move the map a long way. */
const NA_DUONG = 'ccn-na-duong';

/**
 * Where the map and its popup are: still moving or not, and whether the popup (of `id`, when
 * given) lies wholly within the map.
 */
const where = (page: Page, id?: string) =>
  page.evaluate((id) => {
    const map = window.__lsMap as { isMoving(): boolean; getContainer(): HTMLElement };
    const box = map.getContainer().getBoundingClientRect();
    const popup = document.querySelector('.maplibregl-popup');
    const r = popup?.getBoundingClientRect();
    const feature = popup?.querySelector('.popup')?.getAttribute('data-feature') ?? null;
    return {
      moving: map.isMoving(),
      popup: id === undefined ? popup !== null : feature === id,
      onMap:
        !!r &&
        r.left >= box.left - 1 &&
        r.right <= box.right + 1 &&
        r.top >= box.top - 1 &&
        r.bottom <= box.bottom + 1,
    };
  }, id);

/** The feature whose popup is open. */
const popupOf = (page: Page) =>
  page.evaluate(
    () => document.querySelector('.maplibregl-popup .popup')?.getAttribute('data-feature') ?? null,
  );

/** N or P (next or previous feature), pressed on the map: another feature's popup opens. */
const step = async (page: Page, key: 'n' | 'p') => {
  const before = await popupOf(page);
  await page.locator('.maplibregl-canvas').press(key);
  await expect.poll(() => popupOf(page)).not.toBe(before);
};

/** The camera has arrived and the popup (of `id`) lies on the map: what a user waits for. */
const arrived = async (page: Page, id?: string) => {
  await expect.poll(() => where(page, id).then((w) => w.popup)).toBe(true);
  await idle(page);
  await expect
    .poll(() => where(page, id), { timeout: 8000 })
    .toEqual({ moving: false, popup: true, onMap: true });
};

describe('choosing a feature off to the side', () => {
  it('moves the map all the way to it, from the site table, the list, N/P and the search', async () => {
    const { page, context } = await openApp(browser, `${base}${ZOOMED}`);
    const row = (id: string) => page.locator(`tr[data-site="${id}"] .site-name`);
    await row(VSIP).click();
    await arrived(page, VSIP);
    // The second choice is where the popup's own move used to stop the camera short.
    await row(NA_DUONG).click();
    await arrived(page, NA_DUONG);
    await page.screenshot({ path: `${SHOTS}/camera-site-table.png` });

    // From the list: by Enter on the row typed letters lead to, and by a click.
    await page.keyboard.press('l');
    const list = page.getByRole('listbox');
    await list.waitFor();
    await page.keyboard.type('vsip');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe(VSIP);
    await page.keyboard.press('Enter');
    await arrived(page, VSIP);
    await page.locator(`[data-key="${NA_DUONG}"]`).click();
    await arrived(page, NA_DUONG);
    await page.keyboard.press('Escape');
    await expect.poll(() => list.count()).toBe(0);

    // N and P step through the features, each shown whole.
    for (const key of ['n', 'n', 'p'] as const) {
      await step(page, key);
      await arrived(page);
    }

    // The search (in the side panel, which the table folds away: item 13), back to VSIP and on to Na Dương.
    await page.getByRole('button', { name: 'Close the site table' }).click();
    const box = page.getByRole('combobox', { name: 'Search places and projects' });
    if (!(await box.isVisible())) await page.locator('.panel-toggle').click();
    for (const [query, id] of [
      ['vsip', VSIP],
      ['na duong industrial cluster', NA_DUONG],
    ] as const) {
      await box.fill(query);
      await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
      await box.press('Enter');
      await arrived(page, id);
    }
    await context.close();
  });

  it('moves the map all the way on a phone too (search, N/P)', async () => {
    const { page, context } = await openApp(browser, `${base}#map=12/21.4887/106.347&lang=en`, {
      viewport: PHONE,
    });
    const box = page.getByRole('combobox', { name: 'Search places and projects' });
    for (const [query, id] of [
      ['vsip', VSIP],
      ['na duong industrial cluster', NA_DUONG],
    ] as const) {
      await box.fill(query);
      await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
      await box.press('Enter');
      await arrived(page, id);
    }
    for (const key of ['p', 'n'] as const) {
      await step(page, key);
      await arrived(page);
    }
    await page.screenshot({ path: `${SHOTS}/camera-phone.png` });
    await context.close();
  });
});
