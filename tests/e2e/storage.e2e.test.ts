import { randomBytes } from 'node:crypto';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { drawnIds, idle, openApp, SHOTS, still, storedLayersRead, withBrowser } from './harness';

let base = '';
let browser: Browser;
withBrowser((b, url) => {
  browser = b;
  base = url;
});

const FIXTURES = 'tests/fixtures/import';
const userLayerIds = (page: Page) =>
  page
    .locator('.user-layers li[data-layer]')
    .evaluateAll((li) => li.map((l) => l.getAttribute('data-layer') ?? ''));
const reload = async (page: Page) => {
  await page.reload();
  await page.waitForFunction(() => typeof window.__lsReady === 'number', undefined, { timeout: 60_000 });
};

/**
 * IndexedDB as Firefox's private windows (before Firefox 115) and some embedded browsers have it:
 * `indexedDB` is there, but every `open` fails with InvalidStateError. Done to the prototype so
 * that it holds for every caller, idb-keyval included, before any of the app's code runs.
 */
const PRIVATE_WINDOW = () => {
  IDBFactory.prototype.open = function open() {
    const request = new EventTarget() as EventTarget & { onerror?: (e: Event) => void };
    const error = new DOMException(
      'A mutation operation was attempted on a database that did not allow mutations.',
      'InvalidStateError',
    );
    Object.defineProperties(request, {
      error: { get: () => error },
      readyState: { get: () => 'done' },
      result: {
        get: () => {
          throw new DOMException('The request has not finished.', 'InvalidStateError');
        },
      },
    });
    // After the caller has set its handlers, as the real request fails.
    queueMicrotask(() => {
      const e = new Event('error', { cancelable: true });
      request.onerror?.(e);
      request.dispatchEvent(e);
    });
    return request as unknown as IDBOpenDBRequest;
  };
};

/**
 * Some 1.5 MB of GeoJSON: 4,000 survey points inside the province, each with a random code.
 * Random, because Chromium compresses what it stores: repeated text would fit in any quota.
 */
function bigGeoJson(): Buffer {
  const features = Array.from({ length: 4000 }, (_, i) => ({
    type: 'Feature',
    id: `p${i}`,
    properties: { ten: `Điểm ${i}`, ma: randomBytes(150).toString('base64') },
    geometry: { type: 'Point', coordinates: [106.6 + (i % 80) / 400, 21.75 + Math.floor(i / 80) / 400] },
  }));
  return Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }));
}

/** What IndexedDB holds for imported layers: each record's key and name (or type, if not a layer). */
const storedRecords = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('lang-son-viewer');
        open.onupgradeneeded = () => open.result.createObjectStore('imported-layers');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('imported-layers').objectStore('imported-layers').openCursor();
          const out: string[] = [];
          all.onsuccess = () => {
            const c = all.result;
            if (!c) {
              db.close();
              resolve(out);
              return;
            }
            const v = c.value as { name?: unknown };
            out.push(`${String(c.key)}: ${typeof v?.name === 'string' ? v.name : typeof v}`);
            c.continue();
          };
        };
      }),
  );

describe('when the browser cannot keep imported layers', () => {
  it('IndexedDB unavailable (a private window): the import works, is marked, and the user is told once', async () => {
    let read: Promise<void> | undefined;
    const { page, context, pageErrors } = await openApp(browser, base, {
      beforeGoto: async (ctx) => {
        await ctx.addInitScript(PRIVATE_WINDOW);
        read = storedLayersRead(ctx);
      },
    });
    // Nothing is said before there is something to lose: not even once the stored layers were read.
    await read;
    expect(await page.locator('[data-notice^="store"]').count()).toBe(0);

    await page.setInputFiles('[data-import-input]', `${FIXTURES}/valid.geojson`);
    await expect.poll(async () => (await userLayerIds(page)).length).toBe(1);
    const [layerId = ''] = await userLayerIds(page);
    await expect
      .poll(async () => {
        await idle(page);
        return (await drawnIds(page, layerId)).length;
      })
      .toBeGreaterThan(0);

    const notice = page.locator('[data-notice="store-unavailable"]');
    await expect
      .poll(() => notice.textContent())
      .toContain('Lớp “valid” sẽ không được giữ lại sau khi đóng trang: trình duyệt không cho trang này lưu');
    expect(await notice.getAttribute('role')).toBe('status');
    const mark = page.locator(`li[data-layer="${layerId}"] .unsaved-mark`);
    expect(await mark.getAttribute('data-unsaved')).toBe('unavailable');
    expect(await mark.textContent()).toContain('chưa lưu');
    expect(await mark.getAttribute('title')).toContain('cửa sổ ẩn danh');
    expect(
      await page.locator('[data-import-report="valid.geojson"] .import-unsaved').textContent(),
    ).toContain('Chưa lưu trên máy.');
    await page.screenshot({ path: `${SHOTS}/storage-unavailable.png` });

    // A second import, dismissed notice: marked, not told again.
    await notice.getByRole('button').click();
    await page.setInputFiles('[data-import-input]', `${FIXTURES}/points.csv`);
    await expect.poll(async () => (await userLayerIds(page)).length).toBe(2);
    await expect.poll(() => page.locator('.unsaved-mark').count()).toBe(2);
    expect(await page.locator('[data-notice^="store"]').count()).toBe(0);

    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('IndexedDB unavailable, on a phone: the notice reads in full', async () => {
    const { page, context, pageErrors } = await openApp(browser, base, {
      viewport: { width: 390, height: 844 },
      beforeGoto: async (ctx) => {
        await ctx.addInitScript(PRIVATE_WINDOW);
      },
    });
    await page.setInputFiles('[data-import-input]', `${FIXTURES}/valid.geojson`);
    const notice = page.locator('[data-notice="store-unavailable"]');
    await expect.poll(() => notice.count()).toBe(1);
    const box = await notice.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await still(page);
    await page.screenshot({ path: `${SHOTS}/storage-unavailable-phone.png` });
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a full quota: the large layer is not kept and the user is told; the small one is back after a reload', async () => {
    // A real limit, through DevTools: 500 kB for the origin, room for a small layer but not a
    // large one. Chromium reads the quota when the database is first opened, so it is set before
    // the app runs, from a page of its own kept open for the test (the override lasts as long as
    // the DevTools session).
    const origin = new URL(base).origin;
    let cdp: CDPSession | undefined;
    // The service worker is kept out (its script cannot be fetched): its copy of the app (4 MB, in
    // Cache Storage) shares the origin's quota, and it starts 3 s after the first view, so on a
    // loaded machine it was filling the quota at any point of the test (usage 1,032,192 once,
    // mid-install; ~350 kB of a failed install stay counted until the worker is gone) and could
    // even refuse the small layer.
    const { page, context, pageErrors } = await openApp(browser, base, {
      beforeGoto: async (ctx) => {
        await ctx.route(/\/sw\.js$/, (route) => route.abort());
        cdp = await ctx.newCDPSession(await ctx.newPage());
        await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 500_000 });
      },
    });
    await page.setInputFiles('[data-import-input]', `${FIXTURES}/valid.geojson`);
    await expect.poll(() => storedRecords(page)).toEqual([expect.stringMatching(/^user-.*: valid$/)]);
    const [small = ''] = await userLayerIds(page);

    await page.setInputFiles('[data-import-input]', {
      name: 'khao-sat-lon.geojson',
      mimeType: 'application/geo+json',
      buffer: bigGeoJson(),
    });
    await expect.poll(async () => (await userLayerIds(page)).length, { timeout: 30_000 }).toBe(2);
    const notice = page.locator('[data-notice="store-quota-exceeded"]');
    await expect
      .poll(() => notice.textContent(), { timeout: 15_000 })
      .toContain('Lớp “khao-sat-lon” sẽ không được giữ lại sau khi đóng trang: bộ nhớ dành cho trang này');
    expect(await notice.textContent()).toContain('Các lớp đã lưu trước đó vẫn còn nguyên');
    const [big = ''] = await userLayerIds(page);
    expect(await page.locator(`li[data-layer="${big}"] .unsaved-mark`).getAttribute('data-unsaved')).toBe(
      'quota-exceeded',
    );
    expect(await page.locator(`li[data-layer="${small}"] .unsaved-mark`).count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/storage-quota.png` });
    expect(await storedRecords(page)).toEqual([`${small}: valid`]);
    // What the test means is asserted above: the large layer is not among the stored records. The
    // origin's usage is not: with the worker kept out it stayed at 1,032,192 bytes (quota 500,000)
    // for 15 s and more in some runs and was 147,456 in others — bytes of the refused write that
    // Chromium (or the app: not found yet) counts outside the records.
    expect((await cdp?.send('Storage.getUsageAndQuota', { origin }))?.quota).toBe(500_000);

    await reload(page);
    // The stored layers are listed all at once, with whatever the reading had to say.
    await expect.poll(() => userLayerIds(page)).toEqual([small]);
    expect(await page.locator('[data-notice^="store"]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a corrupted record: named in a notice, kept until the user deletes it, the other layers load', async () => {
    const { page, context, pageErrors } = await openApp(browser, base);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('lang-son-viewer');
          open.onupgradeneeded = () => open.result.createObjectStore('imported-layers');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('imported-layers', 'readwrite');
            const store = tx.objectStore('imported-layers');
            const layer = (id: string, name: string, geometry: object) => ({
              id,
              name,
              format: 'geojson',
              color: '#1971c2',
              opacity: 0.8,
              visible: true,
              addedAt: '2026-03-01T08:00:00.000Z',
              fc: {
                type: 'FeatureCollection',
                features: [{ type: 'Feature', id: 'f1', properties: { ten: name }, geometry }],
              },
            });
            store.put(
              layer('user-good-survey-01', 'Khảo sát tốt', { type: 'Point', coordinates: [106.76, 21.85] }),
              'user-good-survey-01',
            );
            // A polygon whose ring does not close: the import's GeoJSON check refuses it.
            store.put(
              layer('user-damaged-ring-1', 'Ranh giới hỏng', {
                type: 'Polygon',
                coordinates: [
                  [
                    [106.7, 21.8],
                    [106.8, 21.8],
                    [106.8, 21.9],
                  ],
                ],
              }),
              'user-damaged-ring-1',
            );
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await reload(page);
    const notice = page.locator('[data-notice="store-unreadable"]');
    await expect
      .poll(() => notice.textContent())
      .toContain('1 lớp đã lưu trên máy không đọc được: “Ranh giới hỏng”. Các lớp khác đã được mở');
    await expect.poll(() => userLayerIds(page)).toEqual(['user-good-survey-01']);
    await idle(page);
    expect(await drawnIds(page, 'user-good-survey-01')).toEqual(['user-good-survey-01/0']);
    await page.screenshot({ path: `${SHOTS}/storage-corrupted.png` });
    // Kept as it was, until the user asks.
    expect(await storedRecords(page)).toEqual([
      'user-damaged-ring-1: Ranh giới hỏng',
      'user-good-survey-01: Khảo sát tốt',
    ]);
    await notice.getByRole('button', { name: 'Xoá bản ghi hỏng' }).click();
    await expect.poll(() => storedRecords(page)).toEqual(['user-good-survey-01: Khảo sát tốt']);
    await reload(page);
    await expect.poll(() => userLayerIds(page)).toEqual(['user-good-survey-01']);
    expect(await page.locator('[data-notice^="store"]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
