import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { idle, openApp, projectToPage, SHOTS, withBrowser } from './harness';

let base = '';
let browser: Browser;
withBrowser((b, url) => {
  browser = b;
  base = url;
});

const VSIP = 'kcn-vsip-huu-lung';
const VSIP_NAME = 'KCN Hữu Lũng (VSIP Lạng Sơn)';
/** A border gate with nothing else of the plan under it. */
const CHI_MA = { id: 'gate-chi-ma', name: 'Cửa khẩu Chi Ma', at: [106.929, 21.66967] as [number, number] };
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** What has the focus: the key of a list row, or a short description. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('data-key') ?? `${el?.tagName.toLowerCase()}.${el?.className}`;
  });

/** The row the list would give the focus to (roving tabindex). */
const activeRow = (page: Page) =>
  page.locator('[role="listbox"] [role="option"][tabindex="0"]').getAttribute('data-key');

const hash = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash));

/** The accessibility rules of WCAG 2.2 AA on the list view, its buttons and the help dialog, if open. */
async function axe(page: Page) {
  const builder = new AxeBuilder({ page }).withTags(TAGS).include('.a11y-tools');
  if (await page.locator('#feature-list-view').count()) builder.include('#feature-list-view');
  if (await page.locator('.keys-dialog[open]').count()) builder.include('.keys-dialog');
  return (await builder.analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`,
  );
}

/** Every button of the new UI is at least 24×24 CSS px (WCAG 2.2 target size). */
const smallTargets = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.a11y-tools button, .list-view button, .keys-dialog button')]
      .map((b) => ({ text: b.textContent, r: b.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 24 || r.height < 24)
      .map(({ text }) => text),
  );

describe('the list view: the map as text, by keyboard', () => {
  it('finds VSIP by type-ahead, shows it and its details, and follows a click on the map', async () => {
    const { page, context, pageErrors } = await openApp(browser, base);
    // L opens the list (the button says so); the focus goes to its first row.
    await page.keyboard.press('l');
    const list = page.getByRole('listbox', { name: 'Các đối tượng trên bản đồ' });
    await list.waitFor();
    expect(
      await page.getByRole('button', { name: 'Danh sách đối tượng' }).getAttribute('aria-expanded'),
    ).toBe('true');
    await expect.poll(() => focused(page)).toBe(await activeRow(page));
    // Groups in the map's order, each row with name, kind, status and accuracy.
    const groups = await page.locator('.fl-group-title').allTextContents();
    expect(groups.length).toBeGreaterThan(4);
    expect(groups[0]).toMatch(/^Cửa khẩu/);
    const vsipRow = page.locator(`[data-key="${VSIP}"]`);
    expect(await vsipRow.textContent()).toMatch(/^KCN Hữu Lũng \(VSIP Lạng Sơn\)Khu công nghiệp · .+ · .+$/);

    // Type-ahead without tones: "huu lung" lands on a Hữu Lũng row, "vsip" on the VSIP park. The
    // page's clock is the test's, so the user's pause between the two words is exactly as long as
    // it says, however busy the machine (a word is kept 700 ms).
    await page.clock.install();
    await page.keyboard.press('Home');
    await page.keyboard.type('huu lung');
    await expect
      .poll(async () => (await page.evaluate(() => document.activeElement?.textContent)) ?? '')
      .toMatch(/Hữu Lũng/);
    await page.clock.fastForward(800);
    await page.keyboard.type('vsip');
    await expect.poll(() => focused(page)).toBe(VSIP);
    // Arrows move and come back; End and Home reach the ends.
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).not.toBe(VSIP);
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe(VSIP);
    await page.screenshot({ path: `${SHOTS}/list-view.png` });

    // Enter shows it on the map: the selection, its popup, the link.
    await page.keyboard.press('Enter');
    await expect.poll(() => hash(page)).toContain(`sel=${VSIP}`);
    await expect.poll(() => page.locator('.maplibregl-popup .popup').getAttribute('data-feature')).toBe(VSIP);
    expect(await vsipRow.getAttribute('aria-selected')).toBe('true');
    expect(await focused(page)).toBe(VSIP);
    await expect
      .poll(() => page.locator('.list-summary').textContent(), { timeout: 5000 })
      .toMatch(/^\d+ lớp đang hiện, \d+ địa điểm; đang chọn: KCN Hữu Lũng \(VSIP Lạng Sơn\)$/);

    // Enter again opens its details; Escape closes them and the focus is back on the row.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.detail h2').first().textContent()).toBe(VSIP_NAME);
    await expect.poll(() => hash(page)).toContain('panel=detail');
    await page.screenshot({ path: `${SHOTS}/list-view-detail.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.detail').count()).toBe(0);
    expect(await focused(page)).toBe(VSIP);
    expect(await axe(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);

    // A click on the map selects another feature: the list's active row follows, in view.
    await page.evaluate((at) => {
      (window.__lsMap as { jumpTo(o: object): void }).jumpTo({ center: at, zoom: 11 });
    }, CHI_MA.at);
    await idle(page);
    const p = await projectToPage(page, CHI_MA.at);
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => hash(page)).toContain(`sel=${CHI_MA.id}`);
    await expect.poll(() => activeRow(page)).toBe(CHI_MA.id);
    expect(await page.locator(`[data-key="${CHI_MA.id}"]`).getAttribute('aria-selected')).toBe('true');
    const inView = await page.evaluate((id) => {
      const row = document.querySelector(`[data-key="${id}"]`)?.getBoundingClientRect();
      const box = document.querySelector('[role="listbox"]')?.getBoundingClientRect();
      return !!row && !!box && row.top >= box.top && row.bottom <= box.bottom;
    }, CHI_MA.id);
    expect(inView).toBe(true);
    await expect
      .poll(() => page.locator('.list-summary').textContent(), { timeout: 5000 })
      .toMatch(new RegExp(`; đang chọn: ${CHI_MA.name}$`));
    expect(await page.locator('.list-summary').getAttribute('role')).toBe('status');
    await page.screenshot({ path: `${SHOTS}/list-view-follows-map.png` });

    // The shortcuts' help: ? opens it, Escape closes it, the focus goes back.
    await page.keyboard.press('m');
    await expect.poll(() => focused(page)).toBe('canvas.maplibregl-canvas');
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Phím tắt' });
    await dialog.waitFor();
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    expect(await dialog.textContent()).toContain('Đối tượng tiếp theo');
    await page.screenshot({ path: `${SHOTS}/keys-dialog.png` });
    expect(await axe(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.keys-dialog').count()).toBe(0);
    expect(await focused(page)).toBe('canvas.maplibregl-canvas');

    // N and P walk the list's order from the selection; D opens the details; L closes the list.
    const keys = await page
      .locator('[role="option"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    const at = keys.indexOf(CHI_MA.id);
    await page.keyboard.press('n');
    await expect.poll(() => hash(page)).toContain(`sel=${keys[at + 1]}`);
    await page.keyboard.press('p');
    await expect.poll(() => hash(page)).toContain(`sel=${CHI_MA.id}`);
    await page.keyboard.press('d');
    await expect.poll(() => page.locator('.detail h2').first().textContent()).toBe(CHI_MA.name);
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('canvas.maplibregl-canvas');
    await page.keyboard.press('l');
    await expect.poll(() => page.locator('#feature-list-view').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
    // A long walk through the whole flow: on 2 busy cores it takes 30–80 s.
  }, 180_000);

  it('works on a 390 px phone and in English, and Escape in the list closes it', async () => {
    const { page, context, pageErrors } = await openApp(browser, `${base}#lang=en`, {
      viewport: { width: 390, height: 844 },
    });
    const button = page.getByRole('button', { name: 'Feature list' });
    await button.focus();
    await page.keyboard.press('Enter');
    const list = page.getByRole('listbox', { name: 'Features on the map' });
    await list.waitFor();
    await page.keyboard.type('vsip');
    await expect.poll(() => focused(page)).toBe(VSIP);
    await page.screenshot({ path: `${SHOTS}/list-view-phone.png` });
    expect(await axe(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    // On a phone the list covers the popup: Enter opens the details at once.
    await page.keyboard.press('Enter');
    await expect.poll(() => hash(page)).toContain(`sel=${VSIP}`);
    await expect
      .poll(() => page.locator('.detail h2').first().textContent())
      .toBe('Hữu Lũng Industrial Park (VSIP Lạng Sơn)');
    await page.screenshot({ path: `${SHOTS}/list-view-phone-detail.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe(VSIP);
    await expect
      .poll(() => page.locator('.list-summary').textContent(), { timeout: 5000 })
      .toMatch(/^\d+ layers shown, \d+ sites; selected: /);
    // Escape in the list closes the list, and the focus returns to its button.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#feature-list-view').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('feature-list-button');
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/keys-dialog-phone.png` });
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.keys-dialog').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('feature-list-button');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
