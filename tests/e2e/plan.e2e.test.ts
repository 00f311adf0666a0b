import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../geodata/catalog';
import { drawnIds, idle, openApp, projectToPage, SHOTS, withBrowser } from './harness';

let base = '';
let browser: Browser;
withBrowser((b, url) => {
  browser = b;
  base = url;
});

describe('the plan layers', () => {
  it('are each drawn when on and gone when off', async () => {
    const { page, context } = await openApp(browser, base);
    for (const def of CATALOG.filter((d) => d.plan)) {
      const box = page.locator(`#layer-${def.id}`);
      if (!(await box.isChecked())) await box.check();
      await idle(page);
      expect((await drawnIds(page, def.id)).length, `${def.id} drawn`).toBeGreaterThan(0);
      await box.uncheck();
      await idle(page);
      expect(await drawnIds(page, def.id), `${def.id} hidden`).toEqual([]);
    }
    await context.close();
  });

  it('open a popup on click, then the detail panel with source links', async () => {
    const { page, context, pageErrors } = await openApp(browser, base);
    // Zoom to the VSIP park so its point is clear of others, then click it where the map draws it.
    const vsip = [106.347, 21.481] as [number, number];
    await page.evaluate(
      (c) => (window.__lsMap as { jumpTo(o: object): void }).jumpTo({ center: c, zoom: 11 }),
      vsip,
    );
    await idle(page);
    const at = await projectToPage(page, vsip);
    await page.mouse.click(at.x, at.y);
    const popup = page.locator('.maplibregl-popup .popup');
    await expect.poll(() => popup.getAttribute('data-feature')).toBe('kcn-vsip-huu-lung');
    expect(await popup.locator('.popup-name').textContent()).toBe('KCN Hữu Lũng (VSIP Lạng Sơn)');
    expect(await popup.textContent()).toContain('599,76 ha');
    expect(await popup.locator('.accuracy').textContent()).toContain('Vị trí gần đúng');
    await page.screenshot({ path: `${SHOTS}/popup.png` });

    await popup.getByRole('button', { name: /Dữ liệu đầu tư/ }).click();
    const detail = page.locator('[data-detail="kcn-vsip-huu-lung"]');
    await expect.poll(() => detail.count()).toBe(1);
    const links = await detail
      .locator('a.source-link')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(5);
    for (const href of links) expect(href).toMatch(/^https?:\/\//);
    // A field no source gives says so instead of staying blank.
    expect(await detail.textContent()).toContain('Chưa rõ — không có nguồn');
    await page.screenshot({ path: `${SHOTS}/detail.png` });
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('can be chosen from a list by keyboard, and show that a schematic feature is provisional', async () => {
    const { page, context } = await openApp(browser, base);
    const summary = page.locator('[data-layer="zones"] details:not(.layer-facts) > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Vùng kinh tế phía Đông', exact: true }).focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('.maplibregl-popup .popup');
    await expect.poll(() => popup.getAttribute('data-feature')).toBe('zone-eastern');
    expect(await popup.locator('.badge-provisional').textContent()).toBe('Tạm thời');
    expect(await popup.locator('.provisional-note').textContent()).toContain('Không vẽ phạm vi vùng');
    expect(await popup.locator('.accuracy').textContent()).toContain('Sơ đồ minh hoạ');
    await context.close();
  });

  it('show seed documents as links the app itself serves', async () => {
    const { page, context } = await openApp(browser, base);
    await page.locator('[data-layer="axis"] details:not(.layer-facts) > summary').click();
    await page.getByRole('button', { name: 'Trục phát triển Đồng Đăng – Hữu Lũng', exact: true }).click();
    const seedLink = page.locator('.maplibregl-popup a.source-link[href^="./seeds/"]').first();
    const href = await seedLink.getAttribute('href');
    const res = await page.request.get(new URL(href ?? '', base).href);
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain('Lạng Sơn');
    await context.close();
  });

  it('describe a layer as a whole, with the sources of its figures', async () => {
    const { page, context } = await openApp(browser, base);
    await page.locator('#layer-wind').check();
    const description = page.locator('[data-layer="wind"] .layer-description');
    expect(await description.textContent()).toContain('21/22 dự án đã lắp cột đo gió');
    expect(await description.locator('a.source-link').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('list a layer’s own facts when asked, labelled and with their sources and passages', async () => {
    const { page, context } = await openApp(browser, base);
    await page.locator('#layer-industrial-clusters').check();
    const toggle = page.locator('[data-layer="industrial-clusters"] .layer-facts');
    await toggle.locator('summary').click();
    const facts = toggle.locator('.layer-facts-body li[data-fact]');
    await expect.poll(() => facts.count()).toBeGreaterThan(3);
    // The draft dossier's count comes from an aggregator: it says so.
    const draft = facts.filter({ hasText: '37 CCN' });
    expect(await draft.locator('.badge-label').textContent()).toBe('Dữ liệu bên thứ ba');
    // Each figure's page is cited with the sentence that gives it.
    const quote = toggle.locator('.source-list blockquote.source-quote').filter({ hasText: '450ha' });
    await expect.poll(() => quote.count()).toBe(1);
    expect(await toggle.locator('.source-list a.source-link').count()).toBeGreaterThan(1);
    await context.close();
  });

  it('open a plan overview whose figures carry their sources', async () => {
    const { page, context } = await openApp(browser, base);
    await page.getByRole('button', { name: 'Tổng quan quy hoạch' }).click();
    const growth = page.locator('[data-indicator="grdp-growth"]');
    await expect.poll(() => growth.count()).toBe(1);
    expect(await growth.textContent()).toContain('8,06');
    expect(await growth.locator('a.source-link').count()).toBeGreaterThan(0);
    expect(await page.locator('.overview svg.bars').count()).toBeGreaterThan(3);
    await page.screenshot({ path: `${SHOTS}/overview.png` });
    await context.close();
  });

  it('read all of Plan 267’s goals and 2030 targets in the overview, each with its line, and now → 2030', async () => {
    const { page, context } = await openApp(browser, `${base}#panel=overview&v=1`);
    const targets = page.locator('.plan-267 [data-target]');
    await expect.poll(() => targets.count()).toBeGreaterThanOrEqual(34 + 11);
    const growth = page.locator('.plan-267 [data-target="grdp-growth"]');
    expect(await growth.getAttribute('data-line')).toBe('51');
    expect(await growth.textContent()).toContain('dòng 51');
    expect(await growth.locator('[data-baseline="grdp-growth"]').textContent()).toMatch(
      /2025: 8,06.*→ 2030: 10–11/,
    );
    expect(await page.locator('.plan-267 [data-target="gate-warehouses"]').textContent()).toContain(
      'Không vẽ',
    );
    await page.locator('.plan-267').screenshot({ path: `${SHOTS}/overview-plan-267.png` });
    await context.close();
  });

  it('open the data sources page: each dataset with its licence’s address, what was changed, the MIT notice', async () => {
    const { page, context } = await openApp(browser, base);
    await page.getByRole('button', { name: 'Nguồn dữ liệu, giấy phép' }).click();
    const items = page.locator('.credits [data-credit]');
    await expect.poll(() => items.count()).toBe(7);
    const communes = page.locator('.credits [data-credit="communes"]');
    expect(await communes.getByRole('link', { name: 'CC BY 4.0' }).getAttribute('href')).toBe(
      'https://creativecommons.org/licenses/by/4.0/',
    );
    expect(await communes.textContent()).toContain('Nguồn gốc toạ độ không được ghi');
    expect(await page.locator('.credits-mit').textContent()).toContain('Copyright (c) 2025 dvhcvn');
    await page.getByRole('button', { name: 'Đóng trang nguồn dữ liệu' }).click();
    await expect.poll(() => page.locator('.credits').count()).toBe(0);
    await context.close();
  });

  it('see and click each of the points stacked at the Tân Thanh gate: the lower ones are rings around the upper', async () => {
    const { page, context } = await openApp(
      browser,
      `${base}#map=13/22.0031/106.6825&layers=province,urban-areas,logistics,border-gates&v=1`,
    );
    const at = await projectToPage(page, [106.6825, 22.0031]);
    // The urban area is drawn lowest, as the widest ring (5 + 3 × 6 px): its edge is its own.
    await page.mouse.click(at.x + 22, at.y);
    const popup = page.locator('.maplibregl-popup');
    await expect.poll(() => popup.count()).toBe(1);
    const text = (await popup.textContent()) ?? '';
    expect(text).toContain('Tân Thanh');
    expect(text).not.toContain('Cửa khẩu Tân Thanh');
    await page.keyboard.press('Escape');
    await expect.poll(() => popup.count()).toBe(0);
    // At the centre all four are under the click, and the chooser names each.
    await page.mouse.click(at.x, at.y);
    const names = await page.locator('.maplibregl-popup .chooser .feature-choice').allTextContents();
    expect(names.length).toBe(4);
    await page.screenshot({ path: `${SHOTS}/stacked-tan-thanh.png` });
    await context.close();
  });

  it('ask which one is meant where several lie under a click, and close with Escape', async () => {
    const { page, context } = await openApp(
      browser,
      `${base}#map=13/21.97515/106.7112&layers=province,border-gates&v=1`,
    );
    const at = await projectToPage(page, [106.7112, 21.97515]);
    await page.mouse.click(at.x, at.y);
    const chooser = page.locator('.maplibregl-popup .chooser');
    await expect.poll(() => chooser.count()).toBe(1);
    const names = await chooser.locator('.feature-choice').allTextContents();
    expect(names).toEqual(
      expect.arrayContaining(['Cửa khẩu quốc tế Hữu Nghị', 'Cửa khẩu thông minh Hữu Nghị – Hữu Nghị Quan']),
    );
    await chooser.getByRole('button', { name: 'Cửa khẩu thông minh Hữu Nghị – Hữu Nghị Quan' }).click();
    const popup = page.locator('.maplibregl-popup .popup');
    await expect.poll(() => popup.getAttribute('data-feature')).toBe('smart-gate-huu-nghi');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(0);

    const overviewButton = page.getByRole('button', { name: 'Tổng quan quy hoạch' });
    await overviewButton.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.overview').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.overview').count()).toBe(0);
    expect(await overviewButton.evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });
});
