import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'geodata/**/*.test.ts',
            'scripts/**/*.test.ts',
            'sw/**/*.test.ts',
            'tests/fixtures/**/*.test.ts',
          ],
          environment: 'node',
          // A hang guard, not a speed check (benchmarks measure time): the property test of 10,000
          // mangled links takes 3 s alone and took 36 s on a 2-core machine under a load of 20.
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          // A whole user journey (import, reload, stored layers back) while the service worker stores the
          // build in the background can pass 90 s on a loaded 2-core machine; a stuck test still fails.
          testTimeout: 180_000,
          hookTimeout: 90_000,
          // A lazy chunk or a SwiftShader frame can take seconds on a loaded 2-core CI machine;
          // the 1 s default made tests fail there that pass alone. A poll that succeeds returns at once.
          expect: { poll: { timeout: 15_000, interval: 100 } },
          // One file at a time: two at once took longer on 2 cores (17.9 min against 14.5 for the
          // whole run: the browser's software rendering keeps both cores busy), and raced.
          fileParallelism: false,
        },
      },
    ],
  },
});
