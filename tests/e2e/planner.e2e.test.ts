import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../geodata/catalog';
import { ATTRIBUTIONS } from '../../src/data/catalog-types';
import { drawnIds, idle, openApp, projectToPage, SHOTS, withBrowser } from './harness';

let base = '';
let browser: Browser;
withBrowser((b, url) => {
  browser = b;
  base = url;
});

const clickAt = async (page: Page, lngLat: [number, number], double = false) => {
  const at = await projectToPage(page, lngLat);
  if (double) await page.mouse.dblclick(at.x, at.y);
  else await page.mouse.click(at.x, at.y);
};
const drawnPlan = async (page: Page, layer: string) => {
  await idle(page);
  return (await drawnIds(page, layer)).sort();
};

describe('the planner tools', () => {
  it('measure a distance in km and an area in ha, by mouse and by keyboard', async () => {
    const { page, context } = await openApp(browser, base);
    await page.getByRole('button', { name: 'Đo khoảng cách' }).click();
    // 0.2° of latitude: 22.239 km on the sphere of 6,371 km (hand-checked in the unit tests); a
    // click lands on a whole pixel, some 200 m at this zoom, hence the tolerance.
    await clickAt(page, [106.7, 21.7]);
    await clickAt(page, [106.7, 21.9], true);
    const result = page.locator('.measure-result');
    const number = async () =>
      Number(((await result.textContent()) ?? '').replace(/[^\d,]/g, '').replace(',', '.'));
    await expect.poll(() => result.textContent()).toMatch(/^Chiều dài: \d+,\d km$/);
    expect(Math.abs((await number()) - 22.24)).toBeLessThan(0.5);
    // No popup opened: clicks were measure points.
    expect(await page.locator('.maplibregl-popup').count()).toBe(0);

    await page.getByRole('button', { name: 'Đo diện tích' }).click();
    // A square of 0.2° at 21.7–21.9° N: 22.239 km × 20.66 km ≈ 45,900 ha.
    for (const ll of [
      [106.6, 21.7],
      [106.8, 21.7],
      [106.8, 21.9],
    ] as [number, number][])
      await clickAt(page, ll);
    await clickAt(page, [106.6, 21.9], true);
    await expect
      .poll(() => result.textContent())
      .toMatch(/^Diện tích: [\d.]+ ha \([\d,]+ km²\) · Chu vi: [\d,]+ km$/);
    const ha = Number(
      /Diện tích: ([\d.]+) ha/.exec((await result.textContent()) ?? '')?.[1]?.replace(/\./g, ''),
    );
    expect(Math.abs(ha - 45_900) / 45_900).toBeLessThan(0.03);
    // Finished by the double-click, and it says so: the next click starts anew.
    expect(await page.locator('.measure-help').textContent()).toBe(
      'Đã đo xong. Bấm lên bản đồ để bắt đầu phép đo mới.',
    );
    await page.screenshot({ path: `${SHOTS}/planner-measure.png` });

    // Keyboard: the map's centre is added, Backspace takes it back, Escape stops.
    await page.getByRole('button', { name: 'Đo khoảng cách' }).click();
    // A cross marks the centre, where those points land.
    const cross = await page.locator('.map-crosshair').boundingBox();
    const canvas = await page.locator('.map canvas').boundingBox();
    expect(
      Math.abs((cross?.x ?? 0) + (cross?.width ?? 0) / 2 - ((canvas?.x ?? 0) + (canvas?.width ?? 0) / 2)),
    ).toBeLessThan(1.5);
    expect(
      Math.abs((cross?.y ?? 0) + (cross?.height ?? 0) / 2 - ((canvas?.y ?? 0) + (canvas?.height ?? 0) / 2)),
    ).toBeLessThan(1.5);
    await page.getByRole('button', { name: 'Điểm ở tâm' }).click();
    await page.getByRole('button', { name: 'Điểm ở tâm' }).click();
    await expect.poll(() => result.textContent()).toBe('Chiều dài: 0 km');
    // A button finishes too, for touch screens without Enter.
    await page.getByRole('button', { name: 'Xong', exact: true }).click();
    await expect
      .poll(() => page.locator('.measure-help').textContent())
      .toBe('Đã đo xong. Bấm lên bản đồ để bắt đầu phép đo mới.');
    await page.keyboard.press('Escape');
    await expect.poll(() => result.count()).toBe(0);
    await context.close();
  });

  it('export the view as a PNG with legend and credits, and the visible layers as GeoJSON and CSV', async () => {
    const { page, context } = await openApp(browser, base);
    await page.locator('.export-menu summary').click();
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ảnh PNG của khung nhìn' }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/^quy-hoach-lang-son-2050-\d{4}-\d\d-\d\d\.png$/);
    const picture = PNG.sync.read(readFileSync((await png.path()) ?? ''));
    const map = await page.locator('.map canvas').boundingBox();
    // The map plus the legend column, and the title band and the credits.
    expect(picture.width).toBe(Math.round((map?.width ?? 0) + 250));
    expect(picture.height).toBeGreaterThan((map?.height ?? 0) + 50);
    // Not a blank image: many colours where the map is drawn.
    const colours = new Set<number>();
    for (let y = 60; y < picture.height - 60; y += 7)
      for (let x = 0; x < picture.width - 260; x += 7) {
        const i = (y * picture.width + x) * 4;
        colours.add(
          ((picture.data[i] ?? 0) << 16) | ((picture.data[i + 1] ?? 0) << 8) | (picture.data[i + 2] ?? 0),
        );
      }
    expect(colours.size).toBeGreaterThan(100);
    // The menu folds away once the file is on its way, so it does not sit over the map.
    await expect.poll(() => page.locator('.export-menu').getAttribute('open')).toBeNull();

    await page.locator('.export-menu summary').click();
    const [geojson] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Các lớp đang hiện (GeoJSON)' }).click(),
    ]);
    const fc = JSON.parse(readFileSync((await geojson.path()) ?? '', 'utf8'));
    const layers = new Set(fc.features.map((f: { properties: { layer: string } }) => f.properties.layer));
    expect(layers.has('industrial-parks')).toBe(true);
    // The geopark is off at first, and the base map is reference data: neither is exported.
    expect(layers.has('geopark')).toBe(false);
    expect(layers.has('railways')).toBe(false);
    // Each exported layer brings its credit: the plan documents and the datasets its geometry is made from.
    expect([...fc.attribution].sort()).toEqual(
      [...new Set(CATALOG.filter((d) => layers.has(d.id)).map((d) => ATTRIBUTIONS[d.attribution]))].sort(),
    );
    expect(fc.attribution.join(' · ')).toContain('Open Admin Data (CC BY 4.0)');
    expect(fc.phase).toBe('2050');

    await page.locator('.export-menu summary').click();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Các lớp đang hiện (CSV)' }).click(),
    ]);
    const text = readFileSync((await csv.path()) ?? '', 'utf8');
    // Vietnamese Excel's own separators: semicolons, and decimal commas.
    expect(text.split('\n')[0]).toMatch(/^\uFEFFlayer;layer_title;id;/);
    expect(text).toContain('kcn-vsip-huu-lung');
    expect(text).toContain('106,347;21,481');

    // What is exported follows the phase the map shows.
    await page.locator('.export-menu summary').click();
    // A click elsewhere folds the menu too.
    await page.getByRole('radio', { name: 'Hiện có' }).check();
    await expect.poll(() => page.locator('.export-menu').getAttribute('open')).toBeNull();
    await page.locator('.export-menu summary').click();
    const [existing] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Các lớp đang hiện (GeoJSON)' }).click(),
    ]);
    expect(existing.suggestedFilename()).toContain('-existing-');
    const ids = JSON.parse(readFileSync((await existing.path()) ?? '', 'utf8')).features.map(
      (f: { id: string }) => f.id,
    );
    expect(ids).toContain('kcn-dong-banh');
    expect(ids).not.toContain('kcn-vsip-huu-lung');
    await page.keyboard.press('Escape');
    await context.close();
  });

  it('show the plan as it exists, by 2030 or in 2050, and compare two phases with a divider', async () => {
    const { page, context } = await openApp(browser, base);
    const all = await drawnPlan(page, 'industrial-parks');
    expect(all).toContain('kcn-vsip-huu-lung');
    expect(await drawnPlan(page, 'corridors')).toHaveLength(2);

    await page.getByRole('radio', { name: 'Hiện có' }).check();
    await expect.poll(() => drawnPlan(page, 'industrial-parks')).toEqual(['kcn-dong-banh']);
    // The corridors are the plan's, not built yet.
    expect(await drawnPlan(page, 'corridors')).toEqual([]);
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('phase=existing');
    // The layer list counts what the phase draws, not the whole file.
    const parksCount = page.locator('[data-layer="industrial-parks"] .layer-status');
    expect(await parksCount.textContent()).toMatch(/^1\/\d+ đối tượng ở giai đoạn này$/);

    await page.getByRole('radio', { name: 'Đến năm 2030' }).check();
    await expect.poll(() => drawnPlan(page, 'industrial-parks')).toEqual(all);
    expect(await parksCount.textContent()).toMatch(/^\d+ đối tượng$/);

    // The divider: the plan as it exists on the left, the 2050 vision on the right.
    await page.getByRole('radio', { name: 'Hiện có' }).check();
    await page.getByLabel('So sánh với giai đoạn khác (kéo thanh chia trên bản đồ)').check();
    // The right side offers what the left does not show already.
    expect(await page.getByLabel('Bên phải:').locator('option').allTextContents()).not.toContain('Hiện có');
    await page.getByLabel('Bên phải:').selectOption('2050');
    const handle = page.getByRole('slider', { name: /Thanh chia so sánh/ });
    await expect.poll(() => handle.getAttribute('aria-valuenow')).toBe('50');
    await page.waitForFunction(() => {
      const m = window.__lsSwipeMap as { loaded(): boolean } | undefined;
      return m?.loaded();
    });
    const swipeDrawn = () =>
      page.evaluate(() => {
        const m = window.__lsSwipeMap as {
          queryRenderedFeatures(): { source: string; properties: { id?: string } }[];
        };
        return [
          ...new Set(
            m
              .queryRenderedFeatures()
              .filter((f) => f.source === 'corridors')
              .map((f) => f.properties.id),
          ),
        ];
      });
    await expect.poll(swipeDrawn).toHaveLength(2);
    expect(await drawnPlan(page, 'corridors')).toEqual([]);
    await handle.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => handle.getAttribute('aria-valuenow')).toBe('45');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('swipe=2050');

    // The user's own data is on both sides of the divider.
    await page.setInputFiles('[data-import-input]', 'tests/fixtures/import/valid.geojson');
    const userOnRight = () =>
      page.evaluate(() => {
        const m = window.__lsSwipeMap as { queryRenderedFeatures(): { source: string }[] };
        return m.queryRenderedFeatures().some((f) => f.source.startsWith('user-'));
      });
    // The import is told first (a worker reads the file); then the compared map draws it too. The
    // time limit only guards a hang: on a loaded 2-core machine both steps took over 20 s.
    await page.locator('[data-import-report="valid.geojson"]').waitFor({ timeout: 60_000 });
    await expect.poll(userOnRight, { timeout: 60_000 }).toBe(true);
    await page.screenshot({ path: `${SHOTS}/planner-swipe.png` });

    // The picture shows both sides, the divider where it is on screen, and names the phases.
    await page.locator('.export-menu summary').click();
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ảnh PNG của khung nhìn' }).click(),
    ]);
    const picture = PNG.sync.read(readFileSync((await png.path()) ?? ''));
    const mapWidth = picture.width - 250;
    const x = Math.round(mapWidth * 0.45);
    const i = (Math.round(picture.height / 2) * picture.width + x) * 4;
    expect([picture.data[i], picture.data[i + 1], picture.data[i + 2]]).toEqual([11, 61, 112]);
    await page.keyboard.press('Escape');

    // The link reopens both sides.
    const again = await openApp(browser, page.url());
    await again.page.waitForFunction(() => Boolean(window.__lsSwipeMap));
    expect(await again.page.getByRole('radio', { name: 'Hiện có' }).isChecked()).toBe(true);
    await again.context.close();
    await context.close();
  });
});
