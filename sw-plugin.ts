import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { WORKER_FILE, writeManifest } from './sw/write-manifest.ts';

/**
 * Builds the service worker (sw/service-worker.ts → sw.js, no hash in its name: the browser asks
 * for it by name to find updates) and, once every file is written, writes the build's file list
 * with their hashes into it. Production build only: the dev server has no worker.
 */
export function serviceWorker(): Plugin {
  let outDir = 'dist';
  return {
    name: 'ls-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/')
        ? config.build.outDir
        : `${config.root}/${config.build.outDir}`;
    },
    buildStart() {
      this.emitFile({
        type: 'chunk',
        id: fileURLToPath(new URL('./sw/service-worker.ts', import.meta.url)),
        fileName: WORKER_FILE,
      });
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      handler() {
        writeManifest(outDir);
      },
    },
  };
}
