import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { colorDistance, hexToRgb, openApp, pixelAt, SHOTS, withBrowser } from './harness';

let base = '';
let browser: Browser;
withBrowser((b, url) => {
  browser = b;
  base = url;
});

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const SHORT_LAPTOP = { width: 1280, height: 600 };

/** How far the document has scrolled, and how much taller than the window it is. */
const documentScroll = (page: Page) =>
  page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    return { y: window.scrollY, extra: el.scrollHeight - el.clientHeight };
  });

describe('the page stays where it is (the app is one screen)', () => {
  it('on a phone, dragging the sheet header up does not scroll the page away', async () => {
    const { page, context } = await openApp(browser, `${base}#v=1`, { viewport: PHONE });
    expect(await documentScroll(page)).toEqual({ y: 0, extra: 0 });
    const head = await page.locator('.panel-head').boundingBox();
    if (!head) throw new Error('no sheet header');
    // A finger's drag upwards from the header, as the browser itself performs it.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.synthesizeScrollGesture', {
      x: Math.round(head.x + head.width / 2),
      y: Math.round(head.y + head.height / 2),
      yDistance: -400,
      gestureSourceType: 'touch',
      speed: 2000,
    });
    await page.mouse.wheel(0, 600);
    // The wheel is applied in the next frames: wait for one drawn after it.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await documentScroll(page)).toEqual({ y: 0, extra: 0 });
    const zoom = await page.locator('.maplibregl-ctrl-zoom-in').boundingBox();
    expect(zoom?.y).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/first-use-phone-sheet-dragged.png` });
    await context.close();
  });

  it('in a window 600 px tall, the mouse wheel over the side panel does not scroll the page', async () => {
    const { page, context } = await openApp(browser, `${base}#v=1`, { viewport: SHORT_LAPTOP });
    expect(await documentScroll(page)).toEqual({ y: 0, extra: 0 });
    await page.mouse.move(170, 60);
    await page.mouse.wheel(0, 800);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await documentScroll(page)).toEqual({ y: 0, extra: 0 });
    await context.close();
  });
});

describe('the map shows where the keyboard is', () => {
  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`a focused map draws a visible focus ring (${name})`, async () => {
      const { page, context } = await openApp(browser, `${base}#v=1`, { viewport });
      const canvas = page.locator('.maplibregl-canvas');
      const box = await canvas.boundingBox();
      if (!box) throw new Error('no map canvas');
      // Before: the map's edge, as drawn without focus.
      const before = PNG.sync.read(await page.screenshot());
      await canvas.focus();
      // Keyboard focus (focus() from a script counts as keyboard for :focus-visible).
      expect(await canvas.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
      const focus = hexToRgb('#1558d6');
      // Inside the map's box, 1 px from each edge: the ring must be drawn there, in the focus colour.
      const edges: [number, number][] = [
        [box.x + box.width / 2, box.y + 1],
        [box.x + 1, box.y + box.height / 2],
        [box.x + box.width - 2, box.y + box.height / 2 + 40],
        [box.x + box.width / 2 - 60, box.y + box.height - 2],
      ];
      await expect
        .poll(async () => {
          const after = PNG.sync.read(await page.screenshot());
          return edges.map(([x, y]) => colorDistance(pixelAt(after, x, y), focus) < 60);
        })
        .toEqual([true, true, true, true]);
      // …and it was not there before.
      expect(edges.every(([x, y]) => colorDistance(pixelAt(before, x, y), focus) < 60)).toBe(false);
      await context.close();
    });
  }
});

describe('a switch of language renames MapLibre’s own buttons too', () => {
  it('the popup’s close button and the credits toggle speak English after switching', async () => {
    const { page, context } = await openApp(browser, `${base}#sel=kcn-vsip-huu-lung&v=1`, {
      viewport: DESKTOP,
    });
    const close = page.locator('.maplibregl-popup-close-button');
    const credits = page.locator('.maplibregl-ctrl-attrib-button');
    await expect.poll(() => close.getAttribute('aria-label')).toBe('Đóng');
    await page.locator('.lang-switch input[value="en"]').check();
    // The popup that is open…
    await expect.poll(() => close.getAttribute('aria-label')).toBe('Close');
    expect(await credits.getAttribute('aria-label')).toBe('Show or hide the data credits');
    expect(await credits.getAttribute('title')).toBe('Show or hide the data credits');
    // …and one opened after the switch.
    await close.click();
    await expect.poll(() => close.count()).toBe(0);
    await page.evaluate(() => {
      window.location.hash = '#sel=gate-huu-nghi&lang=en&v=1';
    });
    await expect
      .poll(() => page.locator('.maplibregl-popup .popup[data-feature="gate-huu-nghi"]').count())
      .toBe(1);
    expect(await close.getAttribute('aria-label')).toBe('Close');
    await context.close();
  });
});

describe('the language: Vietnamese first, English offered, the choice remembered', () => {
  /** Opens the app in a context whose browser prefers `locale`; `pageInit` runs before any script. */
  async function openIn(locale: string, pageInit?: () => void) {
    const context = await browser.newContext({ locale, viewport: DESKTOP });
    if (pageInit) await context.addInitScript(pageInit);
    const page = await context.newPage();
    const go = async (url: string) => {
      await page.goto(url);
      await page.waitForFunction(() => typeof window.__lsReady === 'number', undefined, { timeout: 60_000 });
    };
    return { context, page, go };
  }
  const langShown = (page: Page) => page.locator('.lang-switch input:checked').getAttribute('value');

  it('an English browser opens in Vietnamese with an offer of English; the answer is kept for the next visit', async () => {
    const { context, page, go } = await openIn('en-US');
    await go(`${base}`);
    expect(await langShown(page)).toBe('vi');
    const offer = page.locator('.lang-offer[lang="en"]');
    await expect.poll(() => offer.isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/first-use-english-offer.png` });
    await offer.getByRole('button', { name: 'Read it in English' }).click();
    await expect.poll(() => langShown(page)).toBe('en');
    expect(await offer.count()).toBe(0);
    // The next visit, from a bare address: English, no offer.
    await go(`${base}?again`);
    expect(await langShown(page)).toBe('en');
    expect(await offer.count()).toBe(0);
    // A link's language wins over the remembered one.
    await go(`${base}?link#lang=vi&v=1`);
    expect(await langShown(page)).toBe('vi');
    await context.close();
  });

  it('a Vietnamese browser is offered nothing; declining the offer elsewhere is remembered too', async () => {
    const vi = await openIn('vi-VN');
    await vi.go(`${base}`);
    expect(await langShown(vi.page)).toBe('vi');
    expect(await vi.page.locator('.lang-offer').count()).toBe(0);
    await vi.context.close();

    const fr = await openIn('fr-FR');
    await fr.go(`${base}`);
    await fr.page.getByRole('button', { name: 'No, keep Vietnamese' }).click();
    await expect.poll(() => fr.page.locator('.lang-offer').count()).toBe(0);
    await fr.go(`${base}?again`);
    expect(await langShown(fr.page)).toBe('vi');
    expect(await fr.page.locator('.lang-offer').count()).toBe(0);
    await fr.context.close();
  });

  it('with storage refused the page still opens, offers English and switches', async () => {
    const { context, page, go } = await openIn('en-GB', () => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await go(`${base}`);
    await page.getByRole('button', { name: 'Read it in English' }).click();
    await expect.poll(() => langShown(page)).toBe('en');
    await context.close();
  });
});

describe('embedded in a small frame', () => {
  const FRAME = { width: 640, height: 420 };
  const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
    Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
    Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

  it('at 640×420 the legend starts folded, clear of the popup, and unfolds on demand', async () => {
    const { page, context } = await openApp(browser, `${base}?embed=1#sel=kcn-vsip-huu-lung&v=1`, {
      viewport: FRAME,
    });
    const popup = page.locator('.maplibregl-popup-content');
    await popup.waitFor();
    const bar = page.locator('.embed-bar');
    const legend = page.locator('.embed-bar .legend');
    expect(await legend.isVisible()).toBe(false);
    const folded = await bar.boundingBox();
    if (!folded) throw new Error('no embed bar');
    // A corner of the map (under a tenth of it; unfolded, it was a third).
    expect(folded.width * folded.height).toBeLessThan(FRAME.width * FRAME.height * 0.08);
    const popupBox = await popup.boundingBox();
    if (!popupBox) throw new Error('no popup');
    expect(overlap(folded, popupBox)).toBe(0);
    await page.screenshot({ path: `${SHOTS}/first-use-embed-640x420.png` });
    // The title folds and unfolds the legend, by keyboard too.
    await page.locator('.embed-legend summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => legend.isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/first-use-embed-640x420-unfolded.png` });
    await page.keyboard.press('Enter');
    await expect.poll(() => legend.isVisible()).toBe(false);
    await context.close();
  });

  it('a large embed shows its legend unfolded', async () => {
    const { page, context } = await openApp(browser, `${base}?embed=1#v=1`, { viewport: DESKTOP });
    expect(await page.locator('.embed-bar .legend').isVisible()).toBe(true);
    await context.close();
  });

  it('an embedded page registers no service worker and never says it saved the map on the device', async () => {
    const { page, context } = await openApp(browser, `${base}?embed=1#v=1`, { viewport: FRAME });
    // The moment the full viewer would start its worker (a few seconds after the first view).
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('ls:no-worker-embedded').length), {
        timeout: 30_000,
      })
      .toBe(1);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(
      0,
    );
    expect(await page.locator('.notice').allTextContents()).toEqual([]);
    await context.close();
  });
});

describe('the keyboard reaches the map first', () => {
  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`one Tab and Enter reach the map; the shortcuts are the next stop (${name})`, async () => {
      const { page, context } = await openApp(browser, `${base}#v=1`, { viewport });
      const active = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      const onMap = () =>
        page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas'));
      await page.keyboard.press('Tab');
      expect(await active()).toBe('Bỏ qua, tới bản đồ');
      // Shown once focused, on the screen.
      const box = await page.locator('.skip-link').first().boundingBox();
      expect(box && box.width > 60 && box.x >= 0 && box.y >= 0 && box.y + box.height <= viewport.height).toBe(
        true,
      );
      await page.screenshot({ path: `${SHOTS}/first-use-skip-link-${name}.png` });
      // The next stop: the keyboard shortcuts, found before the side panel's controls.
      await page.keyboard.press('Tab');
      expect(await active()).toBe('Các phím tắt ?');
      await page.keyboard.press('Shift+Tab');
      // Tab stops from the top of the page to the map: 1 (then Enter).
      await page.keyboard.press('Enter');
      await expect.poll(onMap).toBe(true);
      // …and the shortcuts' stop opens their help.
      await page.locator('.skip-link').nth(1).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('dialog', { name: 'Phím tắt' }).isVisible()).toBe(true);
      await context.close();
    });
  }
});

describe('the printed site sheet', () => {
  it('keeps each legend entry whole in one column', async () => {
    const { page, context } = await openApp(
      browser,
      `${base}#sel=kcn-vsip-huu-lung&panel=sheet&lang=en&v=1`,
      {
        viewport: DESKTOP,
      },
    );
    const sheet = page.locator('.sheet-overlay[data-sheet="kcn-vsip-huu-lung"]');
    await expect
      .poll(() => sheet.locator('.static-map').getAttribute('data-drawn'), { timeout: 40_000 })
      .toBe('yes');
    await page.emulateMedia({ media: 'print' });
    // An entry broken across two columns is laid out in two boxes.
    const split = await sheet
      .locator('.sheet-legend .legend li')
      .evaluateAll((items) =>
        items.filter((li) => li.getClientRects().length > 1).map((li) => li.textContent),
      );
    expect(await sheet.locator('.sheet-legend .legend li').count()).toBeGreaterThan(4);
    expect(split).toEqual([]);
    await context.close();
  });
});

describe('in the field', () => {
  it('"my location" asks for the position only when pressed, then shows it on the map', async () => {
    const here = { latitude: 21.853, longitude: 106.761 };
    const context = await browser.newContext({
      locale: 'vi-VN',
      viewport: PHONE,
      geolocation: here,
      permissions: ['geolocation'],
    });
    // Counts the page's requests for the position.
    await context.addInitScript(() => {
      const g = navigator.geolocation;
      const w = window as unknown as { __asked: number };
      w.__asked = 0;
      for (const name of ['getCurrentPosition', 'watchPosition'] as const) {
        const original = g[name].bind(g) as (...a: unknown[]) => number;
        Object.defineProperty(g, name, {
          value: (...a: unknown[]) => {
            w.__asked++;
            return original(...a);
          },
        });
      }
    });
    const page = await context.newPage();
    await page.goto(`${base}#v=1`);
    await page.waitForFunction(() => typeof window.__lsReady === 'number', undefined, { timeout: 60_000 });
    const asked = () => page.evaluate(() => (window as unknown as { __asked: number }).__asked);
    expect(await asked()).toBe(0);
    await page.getByRole('button', { name: 'Vị trí của tôi' }).click();
    await expect.poll(() => page.locator('.maplibregl-user-location-dot').isVisible()).toBe(true);
    expect(await asked()).toBeGreaterThan(0);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const c = (window.__lsMap as { getCenter(): { lng: number; lat: number } }).getCenter();
          return Math.hypot(c.lng - 106.761, c.lat - 21.853) < 0.01;
        }),
      )
      .toBe(true);
    await page.screenshot({ path: `${SHOTS}/first-use-my-location.png` });
    await context.close();
  });
});

describe('sharing from a phone', () => {
  it('the share box shows the link as a QR code and hands it to the phone’s share sheet', async () => {
    const context = await browser.newContext({ locale: 'vi-VN', viewport: PHONE });
    // A browser with a share sheet: what the page hands it is kept.
    await context.addInitScript(() => {
      const w = window as unknown as { __shared: unknown[] };
      w.__shared = [];
      Object.defineProperty(navigator, 'share', {
        value: (data: unknown) => {
          w.__shared.push(data);
          return Promise.resolve();
        },
      });
    });
    const page = await context.newPage();
    await page.goto(`${base}#sel=kcn-vsip-huu-lung&v=1`);
    await page.waitForFunction(() => typeof window.__lsReady === 'number', undefined, { timeout: 60_000 });
    await page.getByRole('button', { name: 'Chia sẻ bản đồ' }).click();
    const link = await page.locator('#share-link').inputValue();
    const qr = page.getByRole('img', { name: /^Mã QR của liên kết/ });
    await expect.poll(() => qr.isVisible()).toBe(true);
    // The code is the link's: the same modules as the QR encoder gives for it.
    const { encode } = await import('uqr');
    const { data } = encode(link, { ecc: 'M', border: 2 });
    const dark = data.flat().filter(Boolean).length;
    expect(await qr.locator('path').evaluate((p) => (p.getAttribute('d') ?? '').split('M').length - 1)).toBe(
      dark,
    );
    await page.screenshot({ path: `${SHOTS}/first-use-share-qr.png` });
    await page.getByRole('button', { name: 'Gửi qua ứng dụng khác…' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __shared: { url: string }[] }).__shared))
      .toEqual([{ title: 'Quy hoạch tỉnh Lạng Sơn', url: link }]);
    await context.close();
  });
});
