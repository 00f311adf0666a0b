import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { idle, openApp, withBrowser } from './harness';

/** Screenshots of the fixed views (#27, items 3, 10 and 13), looked at by a person. */
const SHOTS = process.env.SHOTS_DIR ?? 'tests/e2e/screenshots';

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
 * Popups and the camera clear of the app's own panels (#27, item 3); the site table beside the side
 * panel (item 13); the list on a phone (item 10).
 */

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

/** The camera has arrived and the popup (of `id`) lies on the map: what a user waits for. */
const arrived = async (page: Page, id?: string) => {
  await expect.poll(() => where(page, id).then((w) => w.popup)).toBe(true);
  await idle(page);
  await expect
    .poll(() => where(page, id), { timeout: 8000 })
    .toEqual({ moving: false, popup: true, onMap: true });
};

/**
 * What of the popup the app's own panels hide: the panels over the map (toolbar, list, legend,
 * sheet) it overlaps, and its links and buttons a click (once scrolled to) would not reach.
 */
const hidden = (page: Page) =>
  page.evaluate(() => {
    const popup = document.querySelector('.maplibregl-popup');
    if (!popup) return ['no popup'];
    const r = popup.getBoundingClientRect();
    const under = [...document.querySelectorAll('[data-covers-map]')]
      .filter((el) => {
        const c = el.getBoundingClientRect();
        return c.width > 0 && c.left < r.right && c.right > r.left && c.top < r.bottom && c.bottom > r.top;
      })
      .map((el) => el.className);
    // Scrolled to within the popup (scrollIntoView would scroll the map's own box too).
    const box = popup.querySelector('.popup');
    const unreachable = [...popup.querySelectorAll<HTMLElement>('a, button')]
      .filter((el) => {
        if (box?.contains(el))
          box.scrollTop += el.getBoundingClientRect().top - box.getBoundingClientRect().top - 4;
        // A link may wrap: its first line's box.
        const b = el.getClientRects()[0] ?? el.getBoundingClientRect();
        return !el.contains(document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2));
      })
      .map((el) => el.textContent);
    return [...under, ...unreachable];
  });

/** [lng, lat] of VSIP's point, and a link camera that puts it `dx`, `dy` px from the middle at zoom 12. */
const VSIP_AT = [106.347, 21.5193] as const;
const cameraAround = (dx: number, dy: number) => {
  const perDeg = (256 * 2 ** 12) / 360;
  const lng = VSIP_AT[0] - dx / perDeg;
  const lat = VSIP_AT[1] + dy / (perDeg / Math.cos((VSIP_AT[1] * Math.PI) / 180));
  return `12/${lat.toFixed(4)}/${lng.toFixed(4)}`;
};

describe('popups clear of the app’s own panels', () => {
  it('a link’s popup near the top opens below the toolbar, not under it', async () => {
    // VSIP 25 px below the map's top edge, under the measure buttons.
    const { page, context } = await openApp(
      browser,
      `${base}#map=${cameraAround(-320, -375)}&sel=${VSIP}&lang=en`,
    );
    await arrived(page, VSIP);
    await page.screenshot({ path: `${SHOTS}/cover-toolbar.png` });
    await expect.poll(() => hidden(page)).toEqual([]);
    await context.close();
  });

  it('a choice from the list opens beside the list; the enlarged site table leaves its buttons reachable', async () => {
    const { page, context } = await openApp(browser, `${base}${ZOOMED}`);
    await page.getByRole('button', { name: 'Enlarge the table' }).click();
    await page.locator(`tr[data-site="${VSIP}"] .site-name`).click();
    await arrived(page, VSIP);
    await page.screenshot({ path: `${SHOTS}/cover-site-table.png` });
    await expect.poll(() => hidden(page)).toEqual([]);
    await page.getByRole('button', { name: 'Close the site table' }).click();
    await page.keyboard.press('l');
    await page.getByRole('listbox').waitFor();
    await page.locator(`[data-key="${NA_DUONG}"]`).click();
    await arrived(page, NA_DUONG);
    await page.screenshot({ path: `${SHOTS}/cover-list.png` });
    await expect.poll(() => hidden(page)).toEqual([]);
    await context.close();
  });

  it('the credits, folded on a map the site table leaves short and opened by the user, never hide a popup’s buttons', async () => {
    const { page, context } = await openApp(browser, `${base}#sites=1&v=1`);
    const credits = page.locator('.maplibregl-ctrl-attrib');
    // Folded behind their button: the map is short beside the table.
    await expect.poll(() => credits.getAttribute('class')).not.toContain('maplibregl-compact-show');
    await page.locator('.maplibregl-ctrl-attrib-button').click();
    await expect.poll(() => credits.getAttribute('class')).toContain('maplibregl-compact-show');
    await page.locator('tr[data-site="logistics-viettel-lang-son"] .site-name').click();
    await arrived(page, 'logistics-viettel-lang-son');
    await page.screenshot({ path: `${SHOTS}/cover-credits.png` });
    await expect.poll(() => hidden(page)).toEqual([]);
    await context.close();
  });

  it('an embedded map’s popup keeps clear of its legend', async () => {
    const { page, context } = await openApp(
      browser,
      `${base}?embed=1#map=${cameraAround(-170, -120)}&sel=${VSIP}&lang=en`,
      { viewport: { width: 640, height: 420 } },
    );
    await arrived(page, VSIP);
    await page.screenshot({ path: `${SHOTS}/cover-embed.png` });
    await expect.poll(() => hidden(page)).toEqual([]);
    await context.close();
  });

  it('on a phone, a site’s popup shows above the details the table opens', async () => {
    const { page, context } = await openApp(browser, `${base}#sites=1&lang=en`, { viewport: PHONE });
    await page.locator(`tr[data-site="${VSIP}"] .site-name`).click();
    await page.locator(`.detail[data-detail="${VSIP}"]`).waitFor();
    await arrived(page, VSIP);
    await page.screenshot({ path: `${SHOTS}/cover-phone.png` });
    await expect.poll(() => hidden(page)).toEqual([]);
    await context.close();
  });
});

describe('the site table beside the side panel', () => {
  it('keeps search and the legend, and shows the Hữu Nghị column at 1280 px', async () => {
    for (const open of ['link', 'button'] as const) {
      const { page, context } = await openApp(browser, `${base}#${open === 'link' ? 'sites=1&' : ''}lang=en`);
      if (open === 'button') await page.getByRole('button', { name: 'Find investment sites' }).click();
      await page.locator('.site-table').waitFor();
      expect(await page.getByRole('combobox', { name: 'Search places and projects' }).isVisible()).toBe(true);
      expect(await page.locator('#layer-industrial-parks').isVisible()).toBe(true);
      const fits = await page.evaluate(() => {
        const wrap = document.querySelector('.site-table-wrap')?.getBoundingClientRect();
        const col = document.querySelector('.site-table thead .col-huu_nghi')?.getBoundingClientRect();
        return !!wrap && !!col && col.right <= wrap.right && col.right <= window.innerWidth;
      });
      expect(fits).toBe(true);
      if (open === 'link') await page.screenshot({ path: `${SHOTS}/sites-beside-panel.png` });
      await context.close();
    }
  });
});

describe('the list on a phone', () => {
  it('speaks of taps, and a choice leaves the map showing the feature above its details', async () => {
    const { page, context } = await openApp(browser, `${base}#map=11/21.4887/106.347&lang=en`, {
      viewport: PHONE,
    });
    await page.getByRole('button', { name: 'Feature list' }).click();
    const list = page.getByRole('listbox');
    await list.waitFor();
    const intro = (await page.locator('.list-intro').textContent()) ?? '';
    expect(intro).toMatch(/Tap/);
    expect(intro).not.toMatch(/Arrow|Enter/);
    await page.locator(`[data-key="${VSIP}"]`).click();
    await page.locator(`.detail[data-detail="${VSIP}"]`).waitFor();
    await expect.poll(() => list.isVisible()).toBe(false);
    await arrived(page, VSIP);
    await page.screenshot({ path: `${SHOTS}/list-phone-choice.png` });
    await expect.poll(() => hidden(page)).toEqual([]);
    // Closing the details brings the list back.
    await page.locator('.detail .detail-close').click();
    await expect.poll(() => list.isVisible()).toBe(true);
    await context.close();
  });
});
