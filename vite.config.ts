import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CSP } from './csp.ts';
import { provincePicture } from './scripts/province-picture.ts';
import { serviceWorker } from './sw-plugin.ts';

/** Adds the Content-Security-Policy meta tag to the production page only (the dev server needs inline scripts). */
function csp(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), csp(), provincePicture(), serviceWorker()],
  build: {
    chunkSizeWarningLimit: 1200,
    assetsInlineLimit: 0,
    // A browser without modulepreload (Safari before 17) still loads the lazy chunks, only without
    // fetching their imports ahead; the polyfill cost every page 0.3 KiB gzip.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // Everything else the first view loads, as one file: left to itself Rolldown split off
            // every module a lazy chunk shares with the entry (29 files, 6 KiB more gzip, 25 more
            // requests before the first idle). Not the service worker, which must stand alone.
            { name: 'app', tags: ['$initial'], test: (id) => !/[\\/]sw[\\/]/.test(id) },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173 },
});
