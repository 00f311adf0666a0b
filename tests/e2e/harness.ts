import { mkdirSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import chromiumArgs from './chromium-args.json';

/** Where the browser tests save the screenshots people look at. */
export const SHOTS = 'tests/e2e/screenshots';

/** Chromium flags verified on these machines (see toolchain notes): software WebGL, no background traffic. */
export const CHROMIUM_ARGS: string[] = chromiumArgs;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** Serves the production build (dist/) on 127.0.0.1 at a free port. */
export async function startPreview(): Promise<{ server: PreviewServer; base: string }> {
  const server = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const base = server.resolvedUrls?.local[0];
  if (!base) throw new Error('preview server has no URL');
  return { server, base };
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Every request to a host other than the preview server's. */
  offHost: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

/** Opens the app in a fresh context and waits until its first view is fully drawn. */
export async function openApp(
  browser: Browser,
  url: string,
  opts: {
    viewport?: { width: number; height: number };
    beforeGoto?: (ctx: BrowserContext) => Promise<void>;
  } = {},
): Promise<OpenedPage> {
  // A Vietnamese browser, as most of the plan's readers have: another language is offered English
  // (see first-use.e2e.test.ts), which would add a line to every view.
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    locale: 'vi-VN',
  });
  await opts.beforeGoto?.(context);
  const page = await context.newPage();
  const host = new URL(url).host;
  const offHost: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol.startsWith('http') && u.host !== host) offHost.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => typeof window.__lsReady === 'number', undefined, { timeout: 60_000 });
  return { context, page, offHost, consoleErrors, pageErrors };
}

/**
 * Distinct features of a source that the map has drawn (lines and areas repeat per tile), by the
 * ids a click hands the app: a plan feature's id, or `<layer>/<n>` for the nth feature of an
 * imported layer (MapLibre numbers them, see map/user-layers.ts).
 */
export const drawnIds = (page: Page, source: string) =>
  page.evaluate((src) => {
    const map = window.__lsMap as {
      queryRenderedFeatures(): { source: string; id?: number | string; properties: { id?: string } }[];
    };
    return [
      ...new Set(
        map
          .queryRenderedFeatures()
          .filter((f) => f.source === src)
          .map((f) =>
            f.source.startsWith('user-') && typeof f.id === 'number'
              ? `${f.source}/${f.id}`
              : f.properties.id,
          ),
      ),
    ];
  }, source);

/** Resolves when the map has drawn everything it has. */
export const idle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__lsMap as { once(e: string, f: () => void): void; triggerRepaint(): void };
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );

/**
 * Resolves when the map stands still: two rendered frames in a row with nothing moving ('idle')
 * and the same camera. A move the first frame set off (a resize, a popup panning itself into view)
 * defers the second until it is over, and the check runs again. What the app asks of the map in
 * the same turn as a click (React runs the effects of a click before it returns) has started by then.
 */
export const still = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__lsMap as {
          once(e: string, f: () => void): void;
          triggerRepaint(): void;
          isMoving(): boolean;
          getCenter(): { lng: number; lat: number };
          getZoom(): number;
        };
        let last = '';
        const check = () => {
          const now = JSON.stringify([map.getCenter(), map.getZoom()]);
          if (now === last && !map.isMoving()) return resolve();
          last = now;
          map.once('idle', check);
          map.triggerRepaint();
        };
        map.once('idle', check);
        map.triggerRepaint();
      }),
  );

/**
 * Resolves once a page of `ctx` has read the user's stored layers: the worker that reads them
 * (import/stored-worker.ts, started after the first view) has come and gone, so the app has had
 * its say about storage. Call before the page opens (in openApp's `beforeGoto`).
 */
export function storedLayersRead(ctx: BrowserContext): Promise<void> {
  return new Promise((resolve) =>
    ctx.on('page', (p) =>
      p.on('worker', (w) => {
        if (/stored-worker/.test(w.url())) w.once('close', () => resolve());
      }),
    ),
  );
}

/** RGB of the screenshot pixel at (x, y), in CSS pixels of a 1× page. */
export function pixelAt(png: import('pngjs').PNG, x: number, y: number): [number, number, number] {
  const i = (Math.round(y) * png.width + Math.round(x)) * 4;
  return [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
}

/** Where a [lng, lat] falls on the page (map container offset included). */
export async function projectToPage(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const map = window.__lsMap as {
      project(ll: [number, number]): { x: number; y: number };
      getContainer(): HTMLElement;
    };
    const p = map.project(ll);
    const r = map.getContainer().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, lngLat);
}

export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function colorDistance(a: [number, number, number], b: [number, number, number]): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/** Serves the build and launches Chromium once for a test file, handing both to `ready`. */
export function withBrowser(ready: (browser: Browser, base: string) => void): void {
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const started = await startPreview();
    server = started.server;
    browser = await launchBrowser();
    ready(browser, started.base);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}
