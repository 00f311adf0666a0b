import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PARCEL_CENTRE, vectorArchive } from '../fixtures/pmtiles-fixtures.mjs';
import { idle, openApp, projectToPage, SHOTS, still, withBrowser } from './harness';

/**
 * The land report (#22): asked from an imported parcel's popup over an imported land-use layer
 * (the shares checked against a hand calculation), from an archive's feature, from a right-click
 * and the R key; reopened from its link in a fresh page; printed on one A4 page.
 */
let base = '';
let browser: Browser;
withBrowser((b, url) => {
  browser = b;
  base = url;
});

const FIXTURES = 'tests/fixtures/report';
const userLayerIds = (page: Page) =>
  page
    .locator('.user-layers li[data-layer]')
    .evaluateAll((li) => li.map((l) => l.getAttribute('data-layer')));
const report = (page: Page) => page.locator('.land-report');
const pages = (b: Buffer) => b.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length;

/** Zooms the map to a place and gives the point's position on the page. */
async function showAt(page: Page, lngLat: [number, number], zoom: number) {
  await page.evaluate(
    ([ll, z]) => (window.__lsMap as { jumpTo(o: unknown): void }).jumpTo({ center: ll, zoom: z }),
    [lngLat, zoom] as const,
  );
  await idle(page);
  return projectToPage(page, lngLat);
}

// The parcel spans 0.001° of longitude (106.700–106.701) between 21.8000° and 21.8005°; the
// land-use layer's ONT polygon ends at 106.70062 and LUC begins there: 0.00062/0.001 is ONT.
// On the WGS 84 ellipsoid an area between two meridians and two parallels is
// (b²·Δλ/2)·[sin φ/(1 − e²sin²φ) + ln((1 + e sin φ)/(1 − e sin φ))/(2e)] from φ₁ to φ₂: the shares
// go by Δλ alone, 62 % and 38 %.
const RAD = Math.PI / 180;
const AREA = (() => {
  const a = 6_378_137;
  const f = 1 / 298.257223563;
  const b = a * (1 - f);
  const e = Math.sqrt(f * (2 - f));
  const series = (lat: number) => {
    const x = Math.sin(lat * RAD);
    return x / (1 - e * e * x * x) + Math.log((1 + e * x) / (1 - e * x)) / (2 * e);
  };
  return ((b * b * 0.001 * RAD) / 2) * (series(21.8005) - series(21.8));
})();

describe('the land report', () => {
  it('gives an imported parcel its area and its shares of an imported land-use layer, prints on one page and reopens from its link', async () => {
    const { page, context, pageErrors } = await openApp(browser, base);
    await page.setInputFiles('[data-import-input]', [`${FIXTURES}/land-use.geojson`]);
    await expect.poll(async () => (await userLayerIds(page)).length).toBe(1);
    await page.setInputFiles('[data-import-input]', [`${FIXTURES}/parcels.geojson`]);
    await expect.poll(async () => (await userLayerIds(page)).length).toBe(2);

    // Click the parcel (drawn on top), then ask its popup.
    const at = await showAt(page, [106.7005, 21.80025], 17);
    await page.mouse.click(at.x, at.y);
    const popup = page.locator('.maplibregl-popup [data-user-feature="thua-12"]');
    await expect.poll(() => popup.textContent()).toContain('Thửa số 12');
    await popup.locator('[data-ask-report]').click();
    await expect.poll(() => report(page).getAttribute('data-report'), { timeout: 30_000 }).toBe('ready');
    expect(await page.locator('.maplibregl-popup').count()).toBe(0);

    const text = (await report(page).textContent()) ?? '';
    expect(text).toContain('Phiếu tra cứu quy hoạch');
    expect(text).toContain('không phải chứng chỉ quy hoạch');
    expect(text).toContain('Thửa số 12, tờ bản đồ 5');
    const area = Number(await report(page).locator('[data-report-area]').getAttribute('data-report-area'));
    // About 5,740 m², to the tenth of a square metre.
    expect(Math.abs(area - AREA)).toBeLessThan(0.1);
    // Four corners, with VN-2000 X (northing, about 2.41 million m) before Y (easting).
    const corner = await report(page)
      .locator('.report-corners tbody tr')
      .first()
      .locator('td')
      .allTextContents();
    expect(corner[2]?.replace(/\./g, '')).toMatch(/^241\d{4},\d{2}$/);
    expect(await report(page).locator('.report-corners tbody tr').count()).toBe(4);

    const shares = report(page).locator('[data-report-shares]');
    await expect
      .poll(() => shares.textContent())
      .toBe('Cơ cấu theo “ma_loai_dat”: 62 % ONT (Đất ở tại nông thôn), 38 % LUC (Đất chuyên trồng lúa)');
    const ont = report(page).locator('[data-hit="0"]').first();
    expect(await ont.textContent()).toContain('Đất ở nông thôn: chiếm 62 % diện tích thửa');
    expect(await ont.textContent()).toContain('example.org/qhsdd-lang-son-2030');
    // The approximate SKK area, about 170 m south, is near; the parcel is not said to lie in itself.
    const skk = report(page).locator('[data-hit="2"]').filter({ hasText: 'Khu sản xuất' });
    expect(await skk.getAttribute('data-relation')).toBe('near');
    expect(await skk.textContent()).toContain('ranh giới gần đúng');
    expect(await report(page).locator('[data-hit]').filter({ hasText: 'Thửa số 12' }).count()).toBe(0);
    // Distances as the site table measures them.
    expect(await report(page).locator('[data-target="huu_nghi"]').textContent()).toMatch(/\d+(,\d)? km/);

    const axe = await new AxeBuilder({ page })
      .include('.land-report')
      .withTags(['wcag2a', 'wcag2aa'])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    await report(page).screenshot({ path: `${SHOTS}/land-report.png` });

    // Printed alone, on one A4 page.
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(`${SHOTS}/land-report.pdf`, pdf);
    expect(pages(pdf)).toBe(1);

    // The link names the parcel by its layer and number; a fresh page in this browser reopens it.
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/report=u\.user-[\w-]+\.0/);
    const link = page.url();
    const fresh = await context.newPage();
    await fresh.goto(link);
    await expect.poll(() => report(fresh).getAttribute('data-report'), { timeout: 30_000 }).toBe('ready');
    await expect
      .poll(() => report(fresh).locator('[data-report-shares]').textContent())
      .toBe('Cơ cấu theo “ma_loai_dat”: 62 % ONT (Đất ở tại nông thôn), 38 % LUC (Đất chuyên trồng lúa)');

    // Escape closes it, and the link forgets it.
    await page.keyboard.press('Escape');
    await expect.poll(() => report(page).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => window.location.hash)).not.toContain('report=');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('gives a polygon drawn with the mouse its shares of an imported land-use layer', async () => {
    const { page, context, pageErrors } = await openApp(browser, base);
    await page.setInputFiles('[data-import-input]', [`${FIXTURES}/land-use.geojson`]);
    await expect.poll(async () => (await userLayerIds(page)).length).toBe(1);
    await showAt(page, [106.7005, 21.80025], 17);
    await still(page);
    await page.getByRole('button', { name: 'Vẽ', exact: true }).click();
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            Boolean((window.__lsMap as { getLayer(id: string): unknown }).getLayer('td-polygon')),
          ),
        { timeout: 30_000 },
      )
      .toBe(true);
    // The parcel of the first test, clicked corner by corner and closed on the first.
    const corners: [number, number][] = [
      [106.7, 21.8],
      [106.701, 21.8],
      [106.701, 21.8005],
      [106.7, 21.8005],
      [106.7, 21.8],
    ];
    for (const c of corners) {
      const p = await projectToPage(page, c);
      await page.mouse.move(p.x, p.y);
      await page.mouse.click(p.x, p.y);
    }
    const sketch = page.locator('.sketch-list > li').first();
    await expect.poll(() => page.locator('.sketch-list > li').count()).toBe(1);

    // The ring as drawn (a click lands on a whole pixel, about a metre here), from the sketches' export.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'GeoJSON', exact: true }).click(),
    ]);
    const drawn = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')).features[0].geometry
      .coordinates[0] as [number, number][];
    // Its share west of the ONT/LUC boundary (the meridian 106.70062), worked apart from the app:
    // the ring cut at the meridian, both parts' areas by the shoelace formula (at this size the
    // plane of longitude and latitude gives the ellipsoid's shares to a hundredth of a percent).
    const shoelace = (r: [number, number][]) =>
      Math.abs(
        r.reduce(
          (a, [x, y], i) => a + x * (r[(i + 1) % r.length]?.[1] ?? y) - (r[(i + 1) % r.length]?.[0] ?? x) * y,
          0,
        ),
      ) / 2;
    const west: [number, number][] = [];
    const ring = drawn.slice(0, -1);
    for (const [i, a] of ring.entries()) {
      const b = ring[(i + 1) % ring.length] as [number, number];
      if (a[0] <= 106.70062) west.push(a);
      if (a[0] < 106.70062 !== b[0] < 106.70062) {
        const t = (106.70062 - a[0]) / (b[0] - a[0]);
        west.push([106.70062, a[1] + t * (b[1] - a[1])]);
      }
    }
    const ont = (100 * shoelace(west)) / shoelace(ring);

    await sketch.getByRole('button', { name: /^Quy hoạch nói gì ở phác thảo/ }).click();
    await expect.poll(() => report(page).getAttribute('data-report'), { timeout: 30_000 }).toBe('ready');
    const shares = (await report(page).locator('[data-report-shares]').textContent()) ?? '';
    const [, o = '', l = ''] =
      /^Cơ cấu theo “ma_loai_dat”: (\d+) % ONT \(Đất ở tại nông thôn\), (\d+) % LUC \(Đất chuyên trồng lúa\)$/.exec(
        shares,
      ) ?? [];
    expect(Math.abs(Number(o) - ont)).toBeLessThanOrEqual(0.6);
    expect(Number(o) + Number(l)).toBe(100);
    expect(await report(page).locator('[data-hit="0"]').first().textContent()).toContain(
      `Đất ở nông thôn: chiếm ${o} % diện tích thửa`,
    );
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('shows the attributes of the archive feature it was asked from', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-e2e-'));
    const path = join(dir, 'khao-sat.pmtiles');
    writeFileSync(path, vectorArchive());
    const { page, context, pageErrors } = await openApp(browser, base);
    await page.setInputFiles('[data-import-input]', [path]);
    await expect.poll(() => page.locator('li[data-archive]').getAttribute('data-status')).toBe('open');
    const at = await showAt(page, PARCEL_CENTRE as [number, number], 11);
    await page.mouse.click(at.x, at.y);
    const popup = page.locator('[data-archive-feature]');
    await expect.poll(() => popup.textContent()).toContain('Đất rừng sản xuất');
    await popup.locator('[data-ask-report]').click();
    await expect.poll(() => report(page).getAttribute('data-report'), { timeout: 30_000 }).toBe('ready');
    const archive = report(page).locator('.report-archive');
    expect(await archive.textContent()).toContain('Đất rừng sản xuất');
    expect(await archive.textContent()).toContain('khao-sat');
    expect(await report(page).locator('.report-parcel').textContent()).toContain(
      'Điểm 21.600000, 106.300000',
    );
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('is asked of a point by a right-click or the R key, in English too; a broken link opens the map', async () => {
    const { page, context, pageErrors } = await openApp(browser, `${base}#lang=en&v=1`);
    const at = await showAt(page, [106.7615, 21.8537], 13);
    await page.mouse.click(at.x, at.y, { button: 'right' });
    await expect.poll(() => report(page).getAttribute('data-report'), { timeout: 30_000 }).toBe('ready');
    expect(await report(page).locator('h2').textContent()).toBe('Land report: what the plan says here');
    expect(await report(page).textContent()).toContain('Point 21.853700, 106.761500');
    expect(await report(page).textContent()).toContain('not a planning certificate');
    await report(page).locator('.report-close').click();
    await expect.poll(() => report(page).count()).toBe(0);
    await page.locator('body').press('r');
    await expect.poll(() => report(page).getAttribute('data-report'), { timeout: 30_000 }).toBe('ready');
    await expect
      .poll(() => page.evaluate(() => window.location.hash))
      .toMatch(/report=p\.106\.76\d*,21\.85\d*/);
    await context.close();

    const broken = await openApp(browser, `${base}#report=p.abc,1&v=1`);
    await expect.poll(() => report(broken.page).getAttribute('data-report')).toBe('bad-link');
    expect(await broken.page.locator('.maplibregl-canvas').count()).toBe(1);
    await broken.context.close();
    const refused = await openApp(browser, `${base}#report=%3Cscript%3E&v=1`);
    await expect
      .poll(() => refused.page.locator('.notice').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('report')]));
    expect(await report(refused.page).count()).toBe(0);
    await refused.context.close();
    expect(pageErrors).toEqual([]);
  });
});
