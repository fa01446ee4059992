// Runs a Vitest suite and closes with the plain line CI reads: `N passed, N failed`.
// Usage: node test/run-vitest.mjs [label] [vitest args…]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

export function runVitest(label, args) {
  mkdirSync('test-results', { recursive: true });
  const out = `test-results/vitest-${label}.json`;
  rmSync(out, { force: true });
  const r = spawnSync(
    process.execPath,
    [
      'node_modules/vitest/vitest.mjs',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}`,
      ...args,
    ],
    { stdio: 'inherit', env: process.env.CI ? { ...process.env, NO_COLOR: '1' } : process.env },
  );
  let passed = 0;
  let failed = 0;
  try {
    const json = JSON.parse(readFileSync(out, 'utf8'));
    passed = json.numPassedTests;
    failed = json.numFailedTests + (json.numRuntimeErrorTestSuites ?? 0);
    if (!json.success && failed === 0) failed = 1;
  } catch {
    failed = Math.max(failed, 1);
  }
  if (r.status !== 0 && failed === 0) failed = 1;
  console.log(`${label}: ${passed} passed, ${failed} failed`);
  return { passed, failed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [label = 'unit', ...args] = process.argv.slice(2);
  const { failed } = runVitest(label, args);
  process.exit(failed === 0 ? 0 : 1);
}
