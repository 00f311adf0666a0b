// The one test command (npm test): lint, type-check, unit tests, production build and the size of
// its first load, browser tests —
// the cheap checks first, so a broken unit fails in seconds, not after the build.
// Ends with a plain "N passed, N failed" line that CI can read.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status === 0;
const totals = { passed: 0, failed: 0 };
const summary = () => console.log(`${totals.passed} passed, ${totals.failed} failed`);
const fail = (why) => {
  console.log(why);
  totals.failed += 1;
  summary();
  process.exit(1);
};

/** Runs one vitest project and adds its counts; false when any test failed or none ran. */
function vitest(project) {
  const report = `.ci/vitest-${project}.json`;
  rmSync(report, { force: true });
  const ok = run('npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${report}`,
  ]);
  if (!existsSync(report)) fail(`vitest (${project}) wrote no report`);
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const failed = r.numFailedTests + (r.success || r.numFailedTests > 0 ? 0 : 1);
  totals.passed += r.numPassedTests;
  totals.failed += failed;
  return ok && failed === 0 && r.numPassedTests > 0;
}

if (!run('npx', ['biome', 'check', '.'])) fail('lint failed (npx biome check .)');
if (!run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'])) fail('type-check failed');
if (!run('npx', ['tsc', '--noEmit', '-p', 'sw/tsconfig.json']))
  fail('type-check of the service worker failed');
const unitOk = vitest('unit');
if (!unitOk) {
  summary();
  process.exit(1);
}
if (!run('npx', ['vite', 'build', '--logLevel', 'warn'])) fail('build failed');
// The first load's budget, as MapLibre guards its bundle size: the app's own JS the page loads
// before anything else, gzip, at most 60 KiB (scripts/first-load-size.mjs).
if (!run('node', ['scripts/first-load-size.mjs', 'dist']))
  fail('first load over budget (scripts/first-load-size.mjs)');
const e2eOk = vitest('e2e');
summary();
process.exit(unitOk && e2eOk ? 0 : 1);
