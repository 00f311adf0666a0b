import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, launchBrowser, openApp, SHOTS, startPreview } from './harness';

/** WCAG 2.2 level A and AA, as the issue measures it (axe's best-practice rules are not asked for). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SIZES = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;
type Size = keyof typeof SIZES;

let server: Awaited<ReturnType<typeof startPreview>>['server'] | undefined;
let base = '';
let browser: Browser | undefined;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const started = await startPreview();
  server = started.server;
  base = started.base;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What axe finds, as `rule: target, target…` lines that say where, so a failure reads on its own. */
async function violations(page: Page): Promise<string[]> {
  // The one exclusion: MapLibre's canvas. axe cannot evaluate what WebGL draws in it (there is no
  // DOM to read); what it shows is told in the DOM beside it (popups, panels, legend), checked here.
  const result = await new AxeBuilder({ page })
    .withTags(TAGS)
    .exclude('.maplibregl-canvas')
    // Only violations are read: not listing every pass and doubtful node saves seconds per view.
    .options({ resultTypes: ['violations'] })
    .analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.nodes.length}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

const hash = (page: Page, h: string) =>
  page.evaluate((value) => {
    window.location.hash = value;
  }, h);

/** The views reached by a link, and those reached by doing something, in the order they are visited. */
function views(size: Size) {
  let page: Page;
  let context: BrowserContext;
  /** A phone folds the filters and weights away above the table: unfold them, they are checked too. */
  const unfoldFilters = async () => {
    const toggle = page.locator('.controls-toggle[aria-expanded="false"]');
    if ((await toggle.count()) > 0) await toggle.click();
    await page.locator('.weights').waitFor();
  };
  const shot = (name: string) => page.screenshot({ path: `${SHOTS}/a11y-${size}-${name}.png` });

  beforeAll(async () => {
    if (!browser) throw new Error('no browser');
    ({ page, context } = await openApp(browser, `${base}#v=1`, { viewport: SIZES[size] }));
  });
  afterAll(async () => {
    await context?.close();
  });

  it('the default view', async () => {
    await shot('default');
    expect(await violations(page)).toEqual([]);
  });

  it('the plan overview', async () => {
    await hash(page, '#panel=overview&v=1');
    // Wait for the lazily loaded data, so Plan 267's goals and targets are checked too.
    await page.locator('.overview .plan-267 [data-target]').first().waitFor();
    await shot('overview');
    expect(await violations(page)).toEqual([]);
  });

  it('the data sources and licences page', async () => {
    await hash(page, '#panel=credits&v=1');
    await page.locator('.credits [data-credit]').first().waitFor();
    await shot('credits');
    expect(await violations(page)).toEqual([]);
  });

  it('the site table with ranking', async () => {
    await hash(page, '#sites=1&rank=area-3,gate-2&v=1');
    await page.locator('.score-value').first().waitFor();
    await unfoldFilters();
    await shot('sites');
    expect(await violations(page)).toEqual([]);
  });

  it('the detail panel', async () => {
    await hash(page, '#sel=kcn-vsip-huu-lung&panel=detail&v=1');
    await page.locator('.detail[data-detail="kcn-vsip-huu-lung"]').waitFor();
    await shot('detail');
    expect(await violations(page)).toEqual([]);
  });

  it('the comparison', async () => {
    await hash(page, '#cmp=kcn-vsip-huu-lung,kcn-dong-banh&panel=compare&v=1');
    await page.locator('.compare-dialog').waitFor();
    await shot('compare');
    expect(await violations(page)).toEqual([]);
  });

  it('the site sheet', async () => {
    await hash(page, '#sel=kcn-vsip-huu-lung&panel=sheet&v=1');
    await page.getByRole('dialog').first().waitFor();
    await shot('sheet');
    expect(await violations(page)).toEqual([]);
  });

  it('the share dialog', async () => {
    await hash(page, '#v=1');
    await page.getByRole('button', { name: 'Chia sẻ bản đồ' }).click();
    await page.getByRole('dialog').waitFor();
    await shot('share');
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('measuring', async () => {
    await page.getByRole('button', { name: 'Đo khoảng cách' }).click();
    await page.getByRole('button', { name: 'Điểm ở tâm' }).click();
    await page.mouse.move(SIZES[size].width / 2 + 60, SIZES[size].height / 2 + 40);
    await page.locator('.measure-result').waitFor();
    await shot('measure');
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('an import report, with the layer the good file added', async () => {
    await page.setInputFiles('[data-import-input]', 'tests/fixtures/import/valid.geojson');
    await page.locator('[data-import-report="valid.geojson"]').waitFor();
    await page.setInputFiles('[data-import-input]', 'tests/fixtures/import/broken.geojson');
    await page.locator('[data-import-report="broken.geojson"] .import-problems').waitFor();
    await shot('import');
    expect(await violations(page)).toEqual([]);
    // A land-use layer's row: its colour choice, legend and area table.
    await page.setInputFiles('[data-import-input]', 'tests/fixtures/import/land-use.zip');
    await page.locator('[data-land-use-table] tbody tr').first().waitFor();
    expect(await violations(page)).toEqual([]);
    // Coloured by category, then by classes, with the attribute table open.
    const row = page.locator('.user-layers li[data-layer]').first();
    await row.getByLabel('Tô màu lớp').selectOption('categories:TENCHU');
    await row.locator('[data-attribute-legend="categories"]').waitFor();
    expect(await violations(page)).toEqual([]);
    await row.getByLabel('Tô màu lớp').selectOption('classes:SHTHUA');
    await row.locator('[data-attribute-legend="classes"]').waitFor();
    await row.getByRole('button', { name: 'Bảng thuộc tính' }).click();
    await page.locator('[data-attribute-table] tbody tr').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Đóng bảng thuộc tính' }).click();
  });

  it('the English interface', async () => {
    await hash(page, '#lang=en&v=1');
    await page.getByRole('button', { name: 'Share this map' }).waitFor();
    await shot('english');
    expect(await violations(page)).toEqual([]);
    // English labels are longer and wrap elsewhere: the site table's many controls again.
    await hash(page, '#sites=1&rank=area-3,gate-2&lang=en&v=1');
    await page.locator('.score-value').first().waitFor();
    await unfoldFilters();
    expect(await violations(page)).toEqual([]);
  });

  it('embedded in another page', async () => {
    await page.goto(`${base}?embed=1#v=1`);
    await page.waitForFunction(() => typeof window.__lsReady === 'number', undefined, { timeout: 60_000 });
    await shot('embed');
    expect(await violations(page)).toEqual([]);
  });
}

describe.each(Object.keys(SIZES) as Size[])('WCAG 2.2 AA at %s size', (size) => {
  views(size);
});

describe('embedded in a small frame', () => {
  it('an embed at 640×420 with a site selected, its legend folded then unfolded', async () => {
    if (!browser) throw new Error('no browser');
    const { page, context } = await openApp(browser, `${base}?embed=1#sel=kcn-vsip-huu-lung&v=1`, {
      viewport: { width: 640, height: 420 },
    });
    await page.locator('.maplibregl-popup .popup').waitFor();
    await page.screenshot({ path: `${SHOTS}/a11y-embed-640x420.png` });
    expect(await violations(page)).toEqual([]);
    await page.locator('.embed-legend summary').click();
    await page.locator('.embed-legend .legend').waitFor();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});

describe('without WebGL', () => {
  let plain: Browser | undefined;
  beforeAll(async () => {
    plain = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'],
    });
  });
  afterAll(async () => {
    await plain?.close();
  });

  it.each(Object.keys(SIZES) as Size[])('the page that stands in for the map, at %s size', async (size) => {
    if (!plain) throw new Error('no browser');
    const context = await plain.newContext({ viewport: SIZES[size] });
    const page = await context.newPage();
    await page.goto(`${base}#v=1`);
    await page.locator('.no-map-picture img').waitFor();
    await page.screenshot({ path: `${SHOTS}/a11y-${size}-no-webgl.png` });
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});
