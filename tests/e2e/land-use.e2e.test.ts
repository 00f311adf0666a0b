import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { LAND_USE_STRIPS, STRIPS_WEST } from '../fixtures/import/land-use-strips.mjs';
import { vectorArchive } from '../fixtures/pmtiles-fixtures.mjs';
import {
  colorDistance,
  hexToRgb,
  idle,
  openApp,
  pixelAt,
  projectToPage,
  SHOTS,
  still,
  withBrowser,
} from './harness';

/**
 * A planner's land-use shapefile (#24): a cadastral table in VN-2000 whose KHLOAIDAT holds the
 * national land-use codes. It is drawn as a land-use map, in the codes' colours with the codes
 * written on it, with a legend and an area table in its row; in high contrast by class; and the
 * choice is kept with the layer.
 */

let base = '';
let browser: Browser;
withBrowser((b, url) => {
  browser = b;
  base = url;
});

const FILE = 'tests/fixtures/import/land-use.zip';
const TOTAL = LAND_USE_STRIPS.reduce((s, [, w]) => s + w, 0);
/** A point in the LUC strip, off its middle (where its code is written) and its edges. */
const IN_LUC: [number, number] = [106.3405, 21.5003];

/** A share as the table writes it in Vietnamese: a percentage to one decimal, with a comma. */
const percent = (share: number) =>
  new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(share * 100);

const paint = (page: Page, layer: string, prop: string) =>
  page.evaluate(
    ([l, p]) =>
      (window.__lsMap as { getPaintProperty(l: string, p: string): unknown }).getPaintProperty(l, p),
    [layer, prop] as const,
  );

/** A colour laid at `alpha` over a pixel, as the map blends a fill. */
const blend = (under: [number, number, number], hex: string, alpha: number) => {
  const top = hexToRgb(hex);
  return under.map((u, i) => u * (1 - alpha) + (top[i] as number) * alpha) as [number, number, number];
};

/** The map's pixel at a place, from a screenshot of the page. */
async function pixelOf(page: Page, lngLat: [number, number]): Promise<[number, number, number]> {
  await still(page);
  const at = await projectToPage(page, lngLat);
  return pixelAt(PNG.sync.read(await page.screenshot()), at.x, at.y);
}

describe('a land-use shapefile', () => {
  it('is drawn by its codes, with a legend and an area table, in high contrast too, and stays so after a reload', async () => {
    const { page, context, pageErrors } = await openApp(browser, base);
    await page.setInputFiles('[data-import-input]', [FILE]);
    const row = page.locator('.user-layers li[data-layer]');
    await expect.poll(() => row.count()).toBe(1);
    const id = (await row.getAttribute('data-layer')) as string;

    // Recognised: the codes are in KHLOAIDAT (MALOAIDAT beside it is a number, as in a cadastral table).
    const choice = row.getByLabel('Tô màu lớp');
    await expect.poll(() => choice.inputValue()).toBe('land-use:KHLOAIDAT');
    expect(await choice.locator('option:checked').textContent()).toBe(
      'Mã loại đất ở trường KHLOAIDAT (tự nhận ra)',
    );
    // Coloured by code, the layer has no one colour to choose.
    expect(await row.locator('input[type="color"]').count()).toBe(0);

    // The legend and the area table: codes merged as drawn (ONT+CLN is ONT), largest area first.
    const table = row.locator('[data-land-use-table]');
    const rows = table.locator('tbody tr');
    await expect
      .poll(() => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code'))))
      .toEqual(['SKK', 'LUC', 'TMD', 'ONT', 'CNT']);
    const cells = (code: string) =>
      table
        .locator(`tr[data-code="${code}"] > *`)
        .evaluateAll((els) => els.map((e) => e.textContent?.trim()));
    const lucCells = await cells('LUC');
    expect(lucCells.slice(1, 3)).toEqual(['LUC', 'Đất chuyên trồng lúa']);
    // Its share of the area, as its width's share of the strips (one latitude band).
    expect(lucCells[4]).toBe(percent(3 / TOTAL));
    expect((await cells('ONT'))[4]).toBe(percent(1.5 / TOTAL));
    expect(await table.locator('tfoot').textContent()).toContain('Tổng (6 đối tượng)');
    // SKK and TMD share a colour in the palette: said under the table; CNT has no colour in any source.
    expect(await table.locator('[data-land-use-twins]').textContent()).toContain(': SKK = TMD.');
    expect((await cells('CNT'))[2]).toContain('chưa tìm được màu');
    expect(await table.textContent()).toContain('TT 08/2024/TT-BTNMT');
    expect(await table.textContent()).toContain('chưa đối chiếu với văn bản gốc');
    await row.scrollIntoViewIfNeeded();
    await row.screenshot({ path: `${SHOTS}/land-use-row.png` });

    // On the map: LUC's strip in LUC's colour (its fill at 0.75 of the layer's 0.8 opacity over
    // what lies under it, seen with the layer switched off).
    const fill = `${id}--fill`;
    // The paint by attribute loads apart from the row's table: waited for, not read once.
    await expect
      .poll(async () => JSON.stringify(await paint(page, fill, 'fill-color')))
      .toContain('KHLOAIDAT');
    await idle(page);
    const shown = await pixelOf(page, IN_LUC);
    await page.screenshot({ path: `${SHOTS}/land-use.png` });
    await row.locator(`#layer-${id}`).uncheck();
    const under = await pixelOf(page, IN_LUC);
    await row.locator(`#layer-${id}`).check();
    const alpha = 0.75 * 0.8;
    const luc = hexToRgb('#fffc8c');
    const want = under.map((u, i) => u * (1 - alpha) + (luc[i] as number) * alpha) as [
      number,
      number,
      number,
    ];
    expect(colorDistance(shown, want)).toBeLessThan(12);
    // The codes are written on the map (from zoom 13; the layer is framed closer than that).
    expect(await page.evaluate(() => (window.__lsMap as { getZoom(): number }).getZoom())).toBeGreaterThan(
      13,
    );
    await expect
      .poll(() =>
        page.evaluate(
          (layer) =>
            (window.__lsMap as { queryRenderedFeatures(o: object): { properties: { KHLOAIDAT: string } }[] })
              .queryRenderedFeatures({ layers: [layer] })
              .map((f) => f.properties.KHLOAIDAT)
              .sort(),
          `${id}--label`,
        ),
      )
      .toContain('LUC');

    // A parcel's popup gives its area and perimeter, the same area the table gives its code.
    const at = await projectToPage(page, IN_LUC);
    await page.mouse.click(at.x, at.y);
    const size = page.locator('.maplibregl-popup [data-feature-measure]');
    await expect
      .poll(() => size.textContent())
      .toMatch(
        /^Diện tích \d+,\d\d ha \([\d.]+ m²\) · chu vi [\d.]+(,\d)? mĐo từ hình học trong tệp của bạn/,
      );
    const popupHa = (/Diện tích ([\d,]+) ha/.exec((await size.textContent()) ?? '') ?? [])[1];
    expect(popupHa).toBe(lucCells[3]);
    await page.keyboard.press('Escape');

    // High contrast: colours by class from a colour-blind-safe palette, said under the table.
    await page.getByRole('checkbox', { name: 'Bản đồ tương phản cao' }).check();
    await expect.poll(async () => JSON.stringify(await paint(page, fill, 'fill-color'))).toContain('#f0e442');
    expect(await table.textContent()).toContain('Okabe–Ito');
    const contrastShown = await pixelOf(page, IN_LUC);
    await row.locator(`#layer-${id}`).uncheck();
    const contrastUnder = await pixelOf(page, IN_LUC);
    await row.locator(`#layer-${id}`).check();
    expect(colorDistance(contrastShown, blend(contrastUnder, '#f0e442', alpha))).toBeLessThan(12);
    await page.getByRole('checkbox', { name: 'Bản đồ tương phản cao' }).uncheck();

    // One colour again: the table goes, the colour comes back; then by code again.
    await choice.selectOption('');
    await expect.poll(() => table.count()).toBe(0);
    await expect.poll(() => row.locator('input[type="color"]').count()).toBe(1);
    await expect
      .poll(async () => paint(page, fill, 'fill-color'))
      .toBe(await row.locator('input[type="color"]').inputValue());
    await choice.selectOption('land-use:KHLOAIDAT');
    await expect.poll(() => rows.count()).toBe(5);

    // Kept with the layer: a reload draws it by code again.
    const storedField = () =>
      page.evaluate(
        (layerId) =>
          new Promise<string | undefined>((resolve) => {
            const open = indexedDB.open('lang-son-viewer');
            open.onsuccess = () => {
              const get = open.result
                .transaction('imported-layers')
                .objectStore('imported-layers')
                .get(layerId);
              get.onsuccess = () => resolve(get.result?.style?.field);
              get.onerror = () => resolve(undefined);
            };
            open.onerror = () => resolve(undefined);
          }),
        id,
      );
    await expect.poll(storedField).toBe('KHLOAIDAT');
    await page.reload();
    await expect
      .poll(() => page.locator(`li[data-layer="${id}"]`).getByLabel('Tô màu lớp').inputValue())
      .toBe('land-use:KHLOAIDAT');
    await expect
      .poll(async () => JSON.stringify(await paint(page, fill, 'fill-color')))
      .toContain('KHLOAIDAT');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('is coloured by any field, as categories or classes of a number, and labelled by a field', async () => {
    const { page, context, pageErrors } = await openApp(browser, base);
    await page.setInputFiles('[data-import-input]', [FILE]);
    const row = page.locator('.user-layers li[data-layer]');
    await expect.poll(() => row.count()).toBe(1);
    const id = (await row.getAttribute('data-layer')) as string;
    const choice = row.getByLabel('Tô màu lớp');
    await expect.poll(() => choice.inputValue()).toBe('land-use:KHLOAIDAT');
    const fill = `${id}--fill`;

    // Each owner's name its colour: six values, most area first (one parcel each).
    await choice.selectOption('categories:TENCHU');
    const legend = row.locator('[data-attribute-legend]');
    await expect.poll(() => legend.getAttribute('data-attribute-legend')).toBe('categories');
    expect(await legend.locator('tbody tr').count()).toBe(6);
    expect(await legend.locator('tbody tr').first().getAttribute('data-value')).toBe('Hộ ông Nguyễn Văn D');
    await expect.poll(async () => JSON.stringify(await paint(page, fill, 'fill-color'))).toContain('TENCHU');
    const skk: [number, number] = [106.3465, 21.5003];

    // The parcel numbers 101…106 in classes: five of equal counts, then three of equal widths.
    await choice.selectOption('classes:SHTHUA');
    await expect.poll(() => legend.getAttribute('data-attribute-legend')).toBe('classes');
    await expect.poll(() => legend.locator('tbody tr').count()).toBe(5);
    await row.getByLabel('Chia').selectOption('equal');
    await row.getByLabel('Số lớp').selectOption('3');
    await expect
      .poll(() => legend.locator('tbody td:last-child').allTextContents())
      .toEqual(['từ 101 đến dưới 102,67', 'từ 102,67 đến dưới 104,33', 'từ 104,33 đến 106']);
    // SKK is parcel 104: the middle class's colour on the map.
    await idle(page);
    const classed = await pixelOf(page, skk);
    const layerOff = async () => {
      await row.locator(`#layer-${id}`).uncheck();
      const p = await pixelOf(page, skk);
      await row.locator(`#layer-${id}`).check();
      return p;
    };
    expect(colorDistance(classed, blend(await layerOff(), '#7fcdbb', 0.75 * 0.8))).toBeLessThan(12);

    // Labels from the owner's name, written on the map.
    await row.getByLabel('Nhãn của lớp').selectOption('TENCHU');
    await expect
      .poll(() =>
        page.evaluate(
          (layer) =>
            (window.__lsMap as { queryRenderedFeatures(o: object): { properties: { TENCHU: string } }[] })
              .queryRenderedFeatures({ layers: [layer] })
              .map((f) => f.properties.TENCHU),
          `${id}--label`,
        ),
      )
      .toContain('Hộ ông Nguyễn Văn D');
    await still(page);
    await page.screenshot({ path: `${SHOTS}/land-use-classes.png` });
    await row.screenshot({ path: `${SHOTS}/land-use-classes-row.png` });
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('has an attribute table in step with the map, a page at a time', async () => {
    const { page, context, pageErrors } = await openApp(browser, base);
    await page.setInputFiles('[data-import-input]', [FILE]);
    const row = page.locator('.user-layers li[data-layer]');
    await expect.poll(() => row.count()).toBe(1);
    const id = (await row.getAttribute('data-layer')) as string;
    await row.getByRole('button', { name: 'Bảng thuộc tính' }).click();
    const table = page.locator(`[data-attribute-table="${id}"]`);
    await expect.poll(() => table.locator('tbody tr').count()).toBe(6);
    expect(await table.locator('thead th').allTextContents()).toEqual([
      '#',
      'SHTHUA',
      'MALOAIDAT',
      'KHLOAIDAT',
      'TENCHU',
    ]);
    expect(await table.locator('tbody tr[data-n="3"] td').allTextContents()).toEqual([
      '104',
      '4',
      'SKK',
      'Hộ ông Nguyễn Văn D',
    ]);

    // A row chosen: its feature's popup on the map, and the row marked.
    await table.getByRole('button', { name: 'Hiện đối tượng 4 trên bản đồ' }).click();
    await expect.poll(() => page.locator('.maplibregl-popup').textContent()).toContain('Hộ ông Nguyễn Văn D');
    expect(await table.locator('tbody tr[data-chosen="true"]').getAttribute('data-n')).toBe('3');
    // A feature chosen on the map: its row marked.
    await page.locator('.maplibregl-popup-close-button').click();
    await still(page);
    const at = await projectToPage(page, IN_LUC);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => table.locator('tbody tr[data-chosen="true"]').getAttribute('data-n')).toBe('0');
    await table.getByRole('button', { name: 'Đóng bảng thuộc tính' }).click();
    await expect.poll(() => table.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-open-table'))).toBe(id);

    // A layer of 120 points: three pages; the point chosen on page 3 turns the table to it.
    const points = {
      type: 'FeatureCollection',
      features: Array.from({ length: 120 }, (_, i) => ({
        type: 'Feature',
        properties: { so: i + 1 },
        geometry: { type: 'Point', coordinates: [106.3 + (i % 12) * 0.01, 21.4 + Math.floor(i / 12) * 0.01] },
      })),
    };
    await page.setInputFiles('[data-import-input]', {
      name: 'diem.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(JSON.stringify(points)),
    });
    const second = page.locator('.user-layers li[data-layer]').first();
    await expect.poll(() => second.locator('label').first().textContent()).toBe('diem');
    await second.getByRole('button', { name: 'Bảng thuộc tính' }).click();
    const big = page.locator('[data-attribute-table]');
    await expect.poll(() => big.getByRole('status').textContent()).toBe('Hàng 1–50 trong 120');
    await big.getByRole('button', { name: 'Sau ›' }).click();
    await big.getByRole('button', { name: 'Sau ›' }).click();
    await expect.poll(() => big.getByRole('status').textContent()).toBe('Hàng 101–120 trong 120');
    expect(await big.getByRole('button', { name: 'Sau ›' }).isDisabled()).toBe(true);
    await big.getByRole('button', { name: '‹ Trước' }).click();
    await big.getByRole('button', { name: '‹ Trước' }).click();
    await expect.poll(() => big.getByRole('status').textContent()).toBe('Hàng 1–50 trong 120');
    // A point chosen on the map whose row is on page 3 (the 109th, at the grid's west edge): the
    // table turns to it and marks it. (The parcel's popup, still open, is closed first.)
    await page.locator('.maplibregl-popup-close-button').click();
    await still(page);
    const west = await projectToPage(page, [106.3, 21.49]);
    await page.mouse.click(west.x, west.y);
    await expect.poll(() => big.getByRole('status').textContent()).toBe('Hàng 101–120 trong 120');
    await expect.poll(() => big.locator('tbody tr[data-chosen="true"]').getAttribute('data-n')).toBe('108');
    expect(
      await big
        .getByRole('button', { name: 'Hiện đối tượng 109 trên bản đồ (đang chọn)' })
        .getAttribute('aria-current'),
    ).toBe('true');
    await page.screenshot({ path: `${SHOTS}/attribute-table.png` });
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('as a PMTiles archive, is drawn by the codes of its KHLOAIDAT field too', async () => {
    // The same strips as the shapefile, as a vector archive (its metadata lists the fields).
    let west = STRIPS_WEST;
    const features = LAND_USE_STRIPS.map(([code, width], i) => {
      const east = west + width / 1000;
      const ring = [
        [west, 21.5],
        [east, 21.5],
        [east, 21.501],
        [west, 21.501],
        [west, 21.5],
      ];
      west = east;
      return {
        type: 'Feature' as const,
        properties: { SHTHUA: 101 + i, KHLOAIDAT: code },
        geometry: { type: 'Polygon' as const, coordinates: [ring] },
      };
    });
    const path = join(mkdtempSync(join(tmpdir(), 'land-use-')), 'hien-trang.pmtiles');
    writeFileSync(
      path,
      vectorArchive({
        minZoom: 10,
        maxZoom: 14,
        bounds: [106.33, 21.49, 106.36, 21.51],
        layers: { hien_trang: { type: 'FeatureCollection', features } },
      }),
    );
    const { page, context, pageErrors } = await openApp(browser, base);
    await page.setInputFiles('[data-import-input]', [path]);
    const row = page.locator('li[data-archive]');
    await expect.poll(() => row.getAttribute('data-status')).toBe('open');
    const id = (await row.getAttribute('data-archive')) as string;
    // Recognised by its field's name (an archive's values are not read beforehand).
    await expect.poll(() => row.getByLabel('Tô màu lớp').inputValue()).toBe('KHLOAIDAT');
    const fill = `${id}--hien_trang--fill`;
    await expect
      .poll(async () => JSON.stringify(await paint(page, fill, 'fill-color')))
      .toContain('KHLOAIDAT');
    await row.getByRole('button', { name: /^Phóng tới lớp/ }).click();
    await idle(page);
    const shown = await pixelOf(page, IN_LUC);
    await row.locator(`#layer-${id}`).uncheck();
    const under = await pixelOf(page, IN_LUC);
    await row.locator(`#layer-${id}`).check();
    expect(colorDistance(shown, blend(under, '#fffc8c', 0.75))).toBeLessThan(12);
    // Its legend is the whole list, and it says why it has no area table.
    await row.locator('[data-land-use-legend] summary').click();
    expect(await row.locator('[data-land-use-legend] li').count()).toBeGreaterThan(50);
    expect(await row.locator('[data-land-use-legend]').textContent()).toContain('nhập tệp gốc');
    // One colour again.
    await row.getByLabel('Tô màu lớp').selectOption('');
    await expect
      .poll(async () => paint(page, fill, 'fill-color'))
      .toBe(await row.locator('input[type="color"]').inputValue());
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
