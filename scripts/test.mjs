// The one test command (npm test): lint, type-check, unit tests, production build, browser tests.
// Ends with a plain "N passed, N failed" line that CI can read.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status === 0;
const fail = (why) => {
  console.log(why);
  console.log('0 passed, 1 failed');
  process.exit(1);
};

if (!run('npx', ['biome', 'check', '.'])) fail('lint failed (npx biome check .)');
if (!run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'])) fail('type-check failed');
if (!run('npx', ['vite', 'build', '--logLevel', 'warn'])) fail('build failed');

const report = '.ci/vitest-report.json';
rmSync(report, { force: true });
const ok = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${report}`]);
if (!existsSync(report)) fail('vitest wrote no report');
const r = JSON.parse(readFileSync(report, 'utf8'));
const failed = r.numFailedTests + (r.success || r.numFailedTests > 0 ? 0 : 1);
console.log(`${r.numPassedTests} passed, ${failed} failed`);
process.exit(ok && failed === 0 && r.numPassedTests > 0 ? 0 : 1);
