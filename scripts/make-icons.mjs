// Draws the app's icons (PNG, for the web app manifest and iOS) from public/favicon.svg in headless
// Chromium. Run once when the favicon changes: node scripts/make-icons.mjs. The icons are the
// project's own artwork, like the favicon (see SOURCES.md).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('public/favicon.svg', 'utf8');
const icons = [
  { file: 'public/icons/icon-192.png', size: 192, pad: 0, round: true },
  { file: 'public/icons/icon-512.png', size: 512, pad: 0, round: true },
  // Maskable: the artwork inside the safe zone (80 %), the background to the edges.
  { file: 'public/icons/icon-maskable-512.png', size: 512, pad: 0.1, round: false },
  { file: 'public/icons/apple-touch-icon.png', size: 180, pad: 0.06, round: false },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
for (const { file, size, pad, round } of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const inner = round ? svg : svg.replace(/rx="[^"]*"/, 'rx="0"');
  const p = Math.round(size * pad);
  await page.setContent(
    `<html><body style="margin:0;background:${round ? 'transparent' : '#6b4f35'}">` +
      `<div style="padding:${p}px;width:${size - 2 * p}px;height:${size - 2 * p}px">` +
      inner.replace('<svg ', `<svg width="${size - 2 * p}" height="${size - 2 * p}" `) +
      '</div></body></html>',
  );
  await page.screenshot({ path: file, omitBackground: round });
  await page.close();
  console.log(file);
}
await browser.close();
