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

  it('understands ranks, typed coordinates, and lists one place once', async () => {
    const { page, context } = await openApp(browser, base);
    const box = page.getByRole('combobox', { name: 'Tìm địa danh, dự án' });
    const names = page.locator('.search-results .search-name');
    for (const [query, expected] of [
      ['xã Hữu Lũng', 'Hữu Lũng'],
      ['phường Đông Kinh', 'Đông Kinh'],
      ['huyện Cao Lộc', 'Cao Lộc'],
      ['thành phố Lạng Sơn', 'Lạng Sơn'],
    ] as const) {
      await box.fill(query);
      await expect.poll(() => names.allTextContents()).toContain(expected);
    }
    // The plan's urban area and the base map's town of the same name are one entry, not two look-alikes.
    await box.fill('huu lung');
    await expect.poll(() => names.count()).toBeGreaterThan(0);
    const rows = await page.locator('.search-results [role="option"]').allTextContents();
    expect(rows.filter((r) => r.startsWith('Hữu LũngĐô thị'))).toHaveLength(1);
    // A typed position is offered as a point to go to.
    await box.fill('21.85, 106.76');
    await expect.poll(() => names.first().textContent()).toBe('Tới điểm 21.85, 106.76');
    await box.press('Enter');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const c = (window.__lsMap as { getCenter(): { lng: number; lat: number } }).getCenter();
          return Math.hypot(c.lng - 106.76, c.lat - 21.85) < 0.01;
        }),
      )
      .toBe(true);
    await context.close();
  });
});
