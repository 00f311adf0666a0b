import { mkdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, SHOTS, startPreview } from './harness';

/**
 * Chromium's own switches turn WebGL off for real, as a blocked GPU or a policy does: no context of
 * any WebGL kind can be made (checked in the page below), so MapLibre's constructor fails as it would
 * on such a machine. No script stands in for the browser.
 */
const NO_WEBGL_ARGS = [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'];

let server: PreviewServer | undefined;
let browser: Browser | undefined;
let base = '';
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const started = await startPreview();
  server = started.server;
  base = started.base;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: NO_WEBGL_ARGS,
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the app without WebGL and waits for the page that stands in for the map. */
async function openWithoutMap(url: string, viewport = { width: 1280, height: 800 }) {
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(url);
  await page.locator('.no-map').waitFor({ timeout: 60_000 });
  return { context, page, pageErrors };
}

const pictureLoaded = (page: Page, selector: string) =>
  page.locator(selector).evaluate(async (img: HTMLImageElement) => {
    await img.decode().catch(() => undefined);
    return { complete: img.complete, width: img.naturalWidth };
  });

describe('without WebGL', () => {
  it('says why the map cannot be drawn, and the site table, ranking and comparison work', async () => {
    const { page, context, pageErrors } = await openWithoutMap(`${base}#v=1`);
    // WebGL is really unavailable in this browser: no context of either kind.
    expect(
      await page.evaluate(() => {
        const c = document.createElement('canvas');
        return [c.getContext('webgl2'), document.createElement('canvas').getContext('webgl')];
      }),
    ).toEqual([null, null]);
    expect(await page.locator('.maplibregl-canvas').count()).toBe(0);

    // Why, in Vietnamese then English, and what still works.
    const message = page.locator('.no-map');
    expect(await message.locator('h2').allTextContents()).toEqual([
      'Trình duyệt này không vẽ được bản đồ',
      'This browser cannot draw the map',
    ]);
    expect(await message.locator('[lang="vi"] p').textContent()).toContain('WebGL2');
    expect(await message.getAttribute('data-reason')).toBe('no-webgl');
    // The map's own tools say they need it, rather than failing.
    expect(await page.locator('.measure-tool').count()).toBe(0);
    expect(await page.locator('.basemap-switch input').first().isDisabled()).toBe(true);
    expect(await page.locator('.swipe-toggle input').isDisabled()).toBe(true);
    expect(await page.locator('#swipe-needs-map').textContent()).toContain('Cần bản đồ');
    // The static picture of the province stands beside the message.
    await expect
      .poll(() => pictureLoaded(page, '.no-map-picture img'))
      .toEqual({
        complete: true,
        width: expect.any(Number),
      });
    expect((await pictureLoaded(page, '.no-map-picture img')).width).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/no-webgl.png` });
    expect((await new AxeBuilder({ page }).include('.no-map').analyze()).violations).toEqual([]);

    // The site table, from the message's own button: a filter and a ranking.
    await message.getByRole('button', { name: 'Tìm địa điểm đầu tư' }).click();
    const count = page.locator('.sites-count');
    await expect.poll(() => count.textContent()).toBe('Hiển thị 34/34 địa điểm');
    await page.locator('.filter-choice', { hasText: 'Khu công nghiệp' }).locator('input').check();
    await expect.poll(() => count.textContent()).toBe('Hiển thị 3/34 địa điểm');
    const rows = () =>
      page.locator('.site-table tbody tr').evaluateAll((tr) => tr.map((r) => r.getAttribute('data-site')));
    expect((await rows()).sort()).toEqual(['kcn-dong-banh', 'kcn-hong-phong', 'kcn-vsip-huu-lung']);
    const ranking = page.getByLabel('Xếp hạng theo tiêu chí');
    await expect.poll(() => ranking.isEnabled()).toBe(true);
    await ranking.check();
    const area = page.getByLabel('Trọng số “Diện tích”');
    await area.focus();
    await area.press('End');
    await expect
      .poll(() => page.evaluate(() => decodeURIComponent(window.location.hash)))
      .toContain('area-5');
    // Ranked: three scores, best first.
    const scores = async () => (await page.locator('.score-value').allTextContents()).map(Number);
    await expect.poll(async () => (await scores()).length).toBe(3);
    const ranked = await scores();
    expect(ranked).toEqual([...ranked].sort((a, b) => b - a));

    // A site chosen in the table opens its details (there is no popup to open).
    await page.locator('tr[data-site="kcn-hong-phong"] .site-name').click();
    const detail = page.locator('.detail[data-detail="kcn-hong-phong"]');
    await expect.poll(() => detail.isVisible()).toBe(true);
    await expect.poll(() => detail.locator('.source-entry').count()).toBeGreaterThan(0);

    // Comparison of two sites.
    await page.locator('tr[data-site="kcn-vsip-huu-lung"] input[type="checkbox"]').check();
    await page.locator('tr[data-site="kcn-dong-banh"] input[type="checkbox"]').check();
    await page.getByRole('button', { name: 'So sánh (2)' }).click();
    const dialog = page.locator('.compare-dialog');
    await expect.poll(() => dialog.locator('thead th').count()).toBe(2);
    expect(await dialog.locator('thead').textContent()).toContain('KCN Hữu Lũng (VSIP Lạng Sơn)');
    await page.screenshot({ path: `${SHOTS}/no-webgl-compare.png` });
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('search opens a site’s details with its sources, and the sheet shows the static picture', async () => {
    const { page, context, pageErrors } = await openWithoutMap(`${base}#v=1`);
    const box = page.getByRole('combobox', { name: 'Tìm địa danh, dự án' });
    await box.fill('vsip');
    await expect
      .poll(() => page.locator('.search-results .search-name').first().textContent())
      .toBe('KCN Hữu Lũng (VSIP Lạng Sơn)');
    await box.press('Enter');
    const detail = page.locator('.detail[data-detail="kcn-vsip-huu-lung"]');
    await expect.poll(() => detail.isVisible()).toBe(true);
    await expect.poll(() => detail.locator('.source-entry').count()).toBeGreaterThan(0);
    // The source registry loads without a first map view: entries carry their titles.
    await expect.poll(() => detail.locator('.source-link').first().textContent()).not.toMatch(/^cite:/);
    // Places (towns, communes) have nothing to show without a map: the search offers plan features only.
    await box.fill('dong dang');
    const kinds = await page.locator('.search-results .search-kind').allTextContents();
    expect(kinds).not.toContain('Đô thị, địa danh');
    await box.fill('');

    await detail.getByRole('button', { name: 'Phiếu thông tin (in/PDF)' }).click();
    const sheet = page.locator('.sheet-overlay[data-sheet="kcn-vsip-huu-lung"]');
    await expect.poll(() => sheet.isVisible()).toBe(true);
    expect(await sheet.locator('.static-map').count()).toBe(0);
    await expect
      .poll(() => pictureLoaded(page, '.sheet .province-picture img'))
      .toEqual({
        complete: true,
        width: expect.any(Number),
      });
    expect((await pictureLoaded(page, '.sheet .province-picture img')).width).toBeGreaterThan(0);
    // The site is ringed where the picture's projection puts it, inside the picture.
    const ring = await sheet.locator('.picture-ring').boundingBox();
    const img = await sheet.locator('.province-picture img').boundingBox();
    expect(ring && img).toBeTruthy();
    if (ring && img) {
      expect(ring.x).toBeGreaterThan(img.x);
      expect(ring.x + ring.width).toBeLessThan(img.x + img.width);
      expect(ring.y).toBeGreaterThan(img.y);
      expect(ring.y + ring.height).toBeLessThan(img.y + img.height);
    }
    expect(await sheet.locator('.picture-label').textContent()).toBe('KCN Hữu Lũng (VSIP Lạng Sơn)');
    // Every dataset in the picture is credited, and the legend lists what it draws.
    const legend = (await sheet.locator('.sheet-legend').textContent()) ?? '';
    for (const credit of ['ODM', 'Natural Earth', 'OpenStreetMap', 'GeoNames', 'Open Admin Data', 'QĐ 236'])
      expect(legend).toContain(credit);
    expect(legend).toContain('Khu công nghiệp');
    expect(legend).toContain('vị trí sơ đồ hoặc tạm thời');
    await page.screenshot({ path: `${SHOTS}/no-webgl-sheet.png`, fullPage: true });
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('takes a certificate’s corner table and gives its land report, the parcel ringed on the picture', async () => {
    const { page, context, pageErrors } = await openWithoutMap(`${base}#v=1`);
    const table = readFileSync('tests/fixtures/parcel/certificate-tabs.txt', 'utf8');
    await page.getByRole('button', { name: 'Dán tọa độ (sổ đỏ)…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dán tọa độ thửa đất (sổ đỏ)' });
    await dialog.getByLabel('Bảng tọa độ').fill(table);
    // The certificate prints 436,1 m² (the grid's area); the ellipsoid's is within 0.1 % of it.
    await expect.poll(() => dialog.locator('.parcel-area').textContent()).toContain('Diện tích 436,1 m²');
    await dialog.getByRole('button', { name: 'Hiện trên bản đồ' }).click();
    const report = page.locator('.land-report');
    await expect.poll(() => report.getAttribute('data-report'), { timeout: 30_000 }).toBe('ready');
    const area = Number(await report.locator('[data-report-area]').getAttribute('data-report-area'));
    expect(Math.abs(area / 436.1 - 1)).toBeLessThan(0.001);
    expect(await report.locator('.report-corners tbody tr').count()).toBe(4);
    // Distances as the site table gives them, computed without a map.
    expect(await report.locator('[data-target="huu_nghi"]').textContent()).toMatch(/\d+(,\d)? km/);
    // Where it lies: ringed on the static picture, inside it.
    await expect
      .poll(() => pictureLoaded(page, '.report-picture img'))
      .toEqual({
        complete: true,
        width: expect.any(Number),
      });
    const ring = await report.locator('.report-picture .picture-ring').boundingBox();
    const img = await report.locator('.report-picture img').boundingBox();
    expect(ring && img && ring.x > img.x && ring.x + ring.width < img.x + img.width).toBe(true);
    const axe = await new AxeBuilder({ page })
      .include('.land-report')
      .withTags(['wcag2a', 'wcag2aa'])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await report.screenshot({ path: `${SHOTS}/no-webgl-report.png` });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('lists a land-use file’s codes with their areas, though it cannot draw them', async () => {
    const { page, context, pageErrors } = await openWithoutMap(`${base}#v=1`);
    await page.setInputFiles('[data-import-input]', ['tests/fixtures/import/land-use.zip']);
    const table = page.locator('.user-layers [data-land-use-table]');
    await expect
      .poll(() =>
        table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code'))),
      )
      .toEqual(['SKK', 'LUC', 'TMD', 'ONT', 'CNT']);
    expect(await table.locator('tr[data-code="LUC"] td').nth(1).textContent()).toBe('Đất chuyên trồng lúa');
    const axe = await new AxeBuilder({ page })
      .include('.user-layers')
      .withTags(['wcag2a', 'wcag2aa'])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('fits a phone', async () => {
    const { page, context, pageErrors } = await openWithoutMap(`${base}#v=1`, { width: 390, height: 844 });
    await expect
      .poll(() => pictureLoaded(page, '.no-map-picture img'))
      .toEqual({
        complete: true,
        width: expect.any(Number),
      });
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const title = await page.locator('#no-map-title').boundingBox();
    expect(title && title.x >= 0 && title.x + title.width <= 390).toBe(true);
    await page.screenshot({ path: `${SHOTS}/no-webgl-phone.png` });
    await page.locator('.no-map').getByRole('button', { name: 'Tìm địa điểm đầu tư' }).click();
    await expect.poll(() => page.locator('.sites-count').textContent()).toBe('Hiển thị 34/34 địa điểm');
    await page.locator('tr[data-site="kcn-vsip-huu-lung"] .site-name').click();
    await expect.poll(() => page.locator('.detail[data-detail="kcn-vsip-huu-lung"]').isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/no-webgl-phone-detail.png` });
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
