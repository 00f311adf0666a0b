import { defineConfig } from 'vite';

/** Builds the bare MapLibre baseline page into dist-bench/ (used only by npm run bench). */
export default defineConfig({
  root: 'bench',
  base: './',
  logLevel: 'warn',
  build: { outDir: '../dist-bench', emptyOutDir: true, assetsInlineLimit: 0, chunkSizeWarningLimit: 2000 },
});
