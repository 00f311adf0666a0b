// What the three benchmark scripts share: Chromium's flags, serving a build, the median.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

/** The flags the browser tests run Chromium with (SwiftShader WebGL and the rest). */
export const ARGS = JSON.parse(readFileSync('tests/e2e/chromium-args.json', 'utf8'));

/** Serves a built folder with vite preview on a free port. */
export async function serve(outDir) {
  const server = await preview({
    root: process.cwd(),
    configFile: false,
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
    logLevel: 'warn',
  });
  return { server, url: server.resolvedUrls.local[0] };
}

/** Headless Chromium as the browser tests run it. */
export const launch = () =>
  chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
