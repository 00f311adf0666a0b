import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, SHOTS, withBrowser } from './harness';

let base = '';
let browser: Browser;
withBrowser((b, url) => {
  browser = b;
  base = url;
});

describe('search', () => {
  it('finds a place written with diacritics from a query without them, by keyboard', async () => {
    const { page, context } = await openApp(browser, base);
    const box = page.getByRole('combobox', { name: 'Tìm địa danh, dự án' });
    await box.fill('dong dang');
    const options = page.getByRole('option');
    await expect.poll(() => options.first().textContent()).toContain('Đồng Đăng');
    await page.screenshot({ path: `${SHOTS}/search.png` });
    expect((await new AxeBuilder({ page }).include('.search').analyze()).violations).toEqual([]);
    await box.press('Enter');
    await expect.poll(() => page.locator('.maplibregl-popup .popup-name').textContent()).toBe('Đồng Đăng');
    await expect
      .poll(() => page.evaluate(() => (window.__lsMap as { getZoom(): number }).getZoom()))
      .toBeCloseTo(12, 1);
    await context.close();
  });

  it('finds plan features and opens their popup', async () => {
    const { page, context } = await openApp(browser, base);
    const box = page.getByRole('combobox', { name: 'Tìm địa danh, dự án' });
    await box.fill('vsip');
    await box.press('ArrowDown');
    await box.press('ArrowUp');
    await box.press('Enter');
    await expect
      .poll(() => page.locator('.maplibregl-popup .popup').getAttribute('data-feature'))
      .toBe('kcn-vsip-huu-lung');
    // Naming the kind, as investors say it, lists the sites of that kind.
    await box.fill('khu cong nghiep');
    const kinds = await page.locator('.search-results .search-kind').allTextContents();
    expect(kinds.length).toBeGreaterThan(1);
    expect(new Set(kinds)).toEqual(new Set(['Khu công nghiệp']));
    expect(await page.locator('.search-results .search-name').allTextContents()).toContain(
      'KCN Hữu Lũng (VSIP Lạng Sơn)',
    );
    await box.fill('khong co dau nay');
    expect(await page.locator('.search-none').textContent()).toBe('Không tìm thấy kết quả');
    await context.close();
  });
});
