import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fromGrid, gridById, LANG_SON_GRID, toGrid } from '../../src/import/vn2000';
import { openApp, projectToPage, SHOTS, still, withBrowser } from './harness';

let base = '';
let browser: Browser;
withBrowser((b, url) => {
  browser = b;
  base = url;
});

/** A certificate's corner table as Word gives it (tabs, decimal commas); invented coordinates. */
const CERTIFICATE = readFileSync('tests/fixtures/parcel/certificate-tabs.txt', 'utf8');
const XY: [number, number][] = CERTIFICATE.split('\n')
  .filter((l) => /^\d\t/.test(l))
  .map((l) => {
    const [, x = '', y = ''] = l.split('\t');
    return [Number(x.replace(',', '.')), Number(y.replace(',', '.'))];
  });
/** The shoelace formula over the planar X/Y, worked here apart from the app. */
const SHOELACE =
  Math.abs(
    XY.reduce((s, [x, y], i) => {
      const [x2, y2] = XY[(i + 1) % XY.length] ?? [x, y];
      return s + (y * x2 - y2 * x);
    }, 0),
  ) / 2;
/** A number as the app prints it in Vietnamese ("436,1"). */
const vi = (n: number, digits: number) =>
  new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits }).format(n);

async function openPaste(page: Page) {
  // The button comes after the first view is drawn.
  await page.getByRole('button', { name: 'Dán tọa độ (sổ đỏ)…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dán tọa độ thửa đất (sổ đỏ)' });
  await expect.poll(() => dialog.isVisible()).toBe(true);
  return dialog;
}

describe('coordinates', () => {
  it('draws a parcel pasted from a certificate’s table, with the right area, as a layer of the user’s', async () => {
    const { page, context, pageErrors } = await openApp(browser, base);
    const dialog = await openPaste(page);
    await dialog.getByLabel('Bảng tọa độ').fill(CERTIFICATE);
    const area = dialog.locator('.parcel-area');
    await expect.poll(() => area.textContent()).toContain(`Diện tích ${vi(SHOELACE, 1)} m²`);
    // The ellipsoid's area of the WGS 84 ring agrees with the grid's within 0.1 %.
    const text = (await area.textContent()) ?? '';
    const geodesic = Number(
      (/WGS 84: ([\d.,]+) m²/.exec(text)?.[1] ?? '').replace(/\./g, '').replace(',', '.'),
    );
    expect(Math.abs(geodesic / SHOELACE - 1)).toBeLessThan(0.001);
    expect(await dialog.locator('.paste-table tbody tr').count()).toBe(4);
    await page.screenshot({ path: `${SHOTS}/paste-coordinates.png` });
    expect((await new AxeBuilder({ page }).include('.paste-dialog').analyze()).violations).toEqual([]);
    await dialog.getByRole('button', { name: 'Hiện trên bản đồ' }).click();
    // A layer of the user's, and the land report on it: its area on the ellipsoid, within 0.1 % of
    // the certificate grid's.
    await expect.poll(() => page.locator('.user-layers').textContent()).toContain('Thửa đất (dán tọa độ)');
    const reportArea = page.locator('.land-report [data-report-area]');
    await expect.poll(() => reportArea.count(), { timeout: 30_000 }).toBe(1);
    expect(Math.abs(Number(await reportArea.getAttribute('data-report-area')) / SHOELACE - 1)).toBeLessThan(
      0.001,
    );
    await page.locator('.land-report .report-close').click();
    // Framed close (a parcel is invisible at a town's zoom) and drawn.
    await still(page);
    const zoom = await page.evaluate(() => (window.__lsMap as { getZoom(): number }).getZoom());
    expect(zoom).toBeGreaterThanOrEqual(14);
    const parcelMiddle = () =>
      page.evaluate(() => {
        const f = (
          window.__lsMap as {
            queryRenderedFeatures(): {
              source: string;
              geometry: { type: string; coordinates: number[][][] };
            }[];
          }
        )
          .queryRenderedFeatures()
          .find((g) => g.source.startsWith('user-') && g.geometry.type === 'Polygon');
        const ring = f?.geometry.coordinates[0]?.slice(0, -1) ?? [];
        if (ring.length === 0) return null;
        let [lng, lat] = [0, 0];
        for (const c of ring) {
          lng += (c[0] ?? 0) / ring.length;
          lat += (c[1] ?? 0) / ring.length;
        }
        return [lng, lat] as [number, number];
      });
    await expect.poll(parcelMiddle).not.toBeNull();
    // Its popup names the area and the source.
    const at = await projectToPage(page, (await parcelMiddle()) as [number, number]);
    await page.mouse.click(at.x, at.y);
    const popup = page.locator('.maplibregl-popup .popup');
    await expect.poll(() => popup.textContent()).toContain('EPSG:6960');
    expect(await popup.textContent()).toMatch(
      new RegExp(`area_m2\\D*${Math.floor(SHOELACE)}[.,]${Math.round((SHOELACE % 1) * 10)}`),
    );
    // Its corners come back as a VN-2000 table, to the centimetre of the certificate.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      popup.getByRole('button', { name: 'Tọa độ góc VN-2000 (CSV)' }).click(),
    ]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv.startsWith('\uFEFF# VN-2000 / TM-3 107°15′ (EPSG:9215)')).toBe(true);
    const rows = csv.trim().split('\r\n').slice(2);
    expect(rows.map((r) => r.split(',').slice(1, 3).map(Number))).toSatisfy((got: number[][]) =>
      XY.every(([x, y]) =>
        got.some(([gx = 0, gy = 0]) => Math.abs(gx - x) <= 0.011 && Math.abs(gy - y) <= 0.011),
      ),
    );
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('catches X and Y swapped, and fixes them when asked', async () => {
    const { page, context } = await openApp(browser, base);
    const dialog = await openPaste(page);
    const swapped = XY.map(
      ([x, y], i) => `${i + 1}\t${String(y).replace('.', ',')}\t${String(x).replace('.', ',')}`,
    );
    await dialog.getByLabel('Bảng tọa độ').fill(swapped.join('\n'));
    await expect.poll(() => dialog.locator('[data-problem="xy-swapped"]').count()).toBe(1);
    const show = dialog.getByRole('button', { name: 'Hiện trên bản đồ' });
    expect(await show.isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Đảo X và Y' }).click();
    await expect.poll(() => dialog.locator('[data-problem]').count()).toBe(0);
    await expect
      .poll(() => dialog.locator('.parcel-area').textContent())
      .toContain(`Diện tích ${vi(SHOELACE, 1)} m²`);
    expect(await show.isDisabled()).toBe(false);
    await context.close();
  });

  it('catches a list in another grid, and reads it in the one offered', async () => {
    const { page, context } = await openApp(browser, base);
    const dialog = await openPaste(page);
    const utm = gridById('vn-utm48');
    if (!utm) throw new Error('no UTM 48N');
    const rows = XY.map(([x, y], i) => {
      const g = toGrid(utm, fromGrid(LANG_SON_GRID, y, x));
      return `${i + 1}\t${g.northing.toFixed(2).replace('.', ',')}\t${g.easting.toFixed(2).replace('.', ',')}`;
    });
    await dialog.getByLabel('Bảng tọa độ').fill(rows.join('\n'));
    await expect.poll(() => dialog.locator('[data-problem="far-away"]').count()).toBe(1);
    expect(await dialog.locator('[data-problem="far-away"]').textContent()).toContain(
      'VN-2000 / TM-3 107°15′',
    );
    await dialog.getByRole('button', { name: 'Đọc theo VN-2000 / UTM 48N' }).click();
    await expect.poll(() => dialog.locator('[data-problem]').count()).toBe(0);
    expect(await dialog.getByLabel('Hệ tọa độ của bảng').inputValue()).toBe('vn-utm48');
    await context.close();
  });

  it('goes to a VN-2000 X/Y typed in the search', async () => {
    const { page, context } = await openApp(browser, base);
    const box = page.getByRole('combobox', { name: 'Tìm địa danh, dự án' });
    await box.fill('X 2 417 140,52 Y 449 158,03');
    const first = page.locator('.search-results [role="option"]').first();
    await expect
      .poll(() => first.textContent())
      .toContain('VN-2000 / TM-3 107°15′: X 2417140.52 Y 449158.03');
    await box.press('Enter');
    const want = fromGrid(LANG_SON_GRID, 449158.03, 2417140.52);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const c = (window.__lsMap as { getCenter(): { lng: number; lat: number } }).getCenter();
          return [c.lng, c.lat];
        }),
      )
      .toSatisfy((c: number[]) => Math.hypot((c[0] ?? 0) - want[0], (c[1] ?? 0) - want[1]) < 1e-5);
    await context.close();
  });

  it('reads out the pointer’s position in VN-2000 as the conversion gives it, and copies it with C', async () => {
    const { page, context } = await openApp(browser, base);
    const readout = page.getByRole('region', { name: 'Tọa độ' });
    await expect.poll(() => readout.isVisible()).toBe(true);
    const box = await page.locator('.map canvas').first().boundingBox();
    if (!box) throw new Error('no map');
    const at = { x: box.x + box.width * 0.6, y: box.y + box.height * 0.4 };
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => readout.textContent()).toContain('Con trỏ');
    const lngLat = await page.evaluate(
      (p) => {
        const map = window.__lsMap as {
          unproject(p: [number, number]): { lng: number; lat: number };
          getContainer(): HTMLElement;
        };
        const r = map.getContainer().getBoundingClientRect();
        const ll = map.unproject([(p[0] ?? 0) - r.left, (p[1] ?? 0) - r.top]);
        return [ll.lng, ll.lat] as [number, number];
      },
      [at.x, at.y],
    );
    const want = toGrid(LANG_SON_GRID, lngLat);
    const shown = (await readout.locator('output').textContent()) ?? '';
    const m = /^X (\d+\.\d{2}) Y (\d+\.\d{2})$/.exec(shown);
    expect(m, shown).not.toBeNull();
    expect(Math.abs(Number(m?.[1]) - want.northing)).toBeLessThan(0.02);
    expect(Math.abs(Number(m?.[2]) - want.easting)).toBeLessThan(0.02);
    expect((await new AxeBuilder({ page }).include('.coord-readout').analyze()).violations).toEqual([]);
    // Keyboard: the map's centre, copied with C.
    await page.mouse.move(box.x + box.width + 50, box.y + 10);
    await page.locator('.map canvas').first().focus();
    await expect.poll(() => readout.textContent()).toContain('Tâm bản đồ');
    await page.keyboard.press('c');
    await expect
      .poll(() => readout.locator('.coord-copied').textContent())
      .toContain('Đã sao chép: VN-2000 / TM-3 107°15′: X ');
    await context.close();
  });
});
