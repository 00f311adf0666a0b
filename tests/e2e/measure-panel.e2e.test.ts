import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, projectToPage, withBrowser } from './harness';

/** Screenshots of the measuring panel (#27, item 12), looked at by a person. */
const SHOTS = process.env.SHOTS_DIR ?? 'tests/e2e/screenshots';

let base = '';
let browser: Browser;
withBrowser((b, url) => {
  browser = b;
  base = url;
});

const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).boundingBox();
  if (!b) throw new Error(`${selector} is not shown`);
  return b;
};

describe('the measuring panel (#27, item 12)', () => {
  it('is compact, lets clicks on its help reach the map, and copies and exports a measurement', async () => {
    const { page, context } = await openApp(browser, `${base}#lang=en`, {
      beforeGoto: (ctx) => ctx.grantPermissions(['clipboard-read', 'clipboard-write']),
    });
    await page.getByRole('button', { name: 'Measure distance' }).click();
    await page.screenshot({ path: `${SHOTS}/measure-panel-start.png` });
    const panel = await box(page, '.measure-panel');
    // The old panel was 360 × 150 px over the map's top left.
    expect(panel.width).toBeLessThanOrEqual(300);
    expect(panel.width * panel.height).toBeLessThan(0.6 * 360 * 150);

    const first = await projectToPage(page, [106.7, 21.7]);
    await page.mouse.click(first.x, first.y);
    // A click on the panel's help, meant for the map, is a point of the line.
    const help = await box(page, '.measure-help');
    await page.mouse.click(help.x + help.width / 2, help.y + help.height / 2);
    const result = page.locator('.measure-result');
    await expect.poll(() => result.textContent()).toMatch(/^Length: [\d.]+ km$/);
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await page.screenshot({ path: `${SHOTS}/measure-panel.png` });

    await page.getByRole('button', { name: 'Copy the measurement (text)' }).click();
    await expect.poll(() => page.locator('.measure-copied').textContent()).toBe('Measurement copied.');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const lines = text.split('\n');
    expect(lines[0]).toBe(await result.textContent());
    expect(lines[1]).toBe('2 points (latitude, longitude, WGS84):');
    // The first point, where it was clicked (a pixel is some 200 m at this zoom).
    expect(lines[2]).toMatch(/^\d+\.\d{6}, \d+\.\d{6}$/);
    const [lat, lng] = (lines[2] ?? '').split(', ').map(Number);
    expect(Math.abs((lat ?? 0) - 21.7)).toBeLessThan(0.005);
    expect(Math.abs((lng ?? 0) - 106.7)).toBeLessThan(0.005);
    expect(lines).toHaveLength(4);

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the measurement (GeoJSON)' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('do-khoang-cach.geojson');
    const geo = JSON.parse(readFileSync((await file.path()) ?? '', 'utf8'));
    const [feature] = geo.features;
    expect(feature.geometry.type).toBe('LineString');
    expect(feature.geometry.coordinates).toHaveLength(2);
    const km = Number(/([\d.]+) km/.exec((await result.textContent()) ?? '')?.[1]);
    expect(Math.abs(feature.properties.length_km - km)).toBeLessThan(0.06);
    expect(feature.properties.accuracy).toBe('as placed by the user on the map');
    await context.close();
  });

  it('on a phone is small, and speaks of taps (no double-click, no Backspace)', async () => {
    const { page, context } = await openApp(browser, `${base}#lang=en`, {
      viewport: { width: 390, height: 844 },
    });
    await page.getByRole('button', { name: 'Measure area' }).click();
    await page.screenshot({ path: `${SHOTS}/measure-panel-phone.png` });
    const panel = await box(page, '.measure-panel');
    const map = await box(page, '.map canvas');
    expect((panel.width * panel.height) / (map.width * map.height)).toBeLessThan(0.12);
    const words = (await page.locator('.measure-panel').textContent()) ?? '';
    expect(words).toMatch(/Tap/);
    expect(words).not.toMatch(/double|Backspace|Click|Enter/i);
    await context.close();
  });
});
