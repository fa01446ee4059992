// `npm test`: typecheck, lint, unit + component tests, build, browser tests.
// Every runner ends with its own plain line `N passed, N failed`; the last line is the total.
import { spawnSync } from 'node:child_process';
import { runVitest } from './run-vitest.mjs';

const results = [];

function step(label, cmd, args) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const ok = r.status === 0;
  console.log(`${label}: ${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
  results.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}

const node = process.execPath;
step('typecheck', node, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit']);
step('lint', node, ['node_modules/eslint/bin/eslint.js', '.', '--max-warnings=0']);
console.log('\n▶ unit and component tests (Vitest, jsdom, fake-indexeddb)');
results.push({ label: 'unit', ...runVitest('unit', []) });
if (step('build', node, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'])) {
  step('cli build', node, ['scripts/build-cli.mjs']);
  console.log('\n▶ browser tests (playwright-core + Chromium, against the built app)');
  results.push({
    label: 'browser',
    ...runVitest('browser', ['--config', 'test/e2e/vitest.e2e.config.ts']),
  });
} else {
  results.push({ label: 'browser', passed: 0, failed: 1 });
  console.log('browser: 0 passed, 1 failed (the app did not build)');
}

const passed = results.reduce((s, r) => s + r.passed, 0);
const failed = results.reduce((s, r) => s + r.failed, 0);
console.log('\nSummary by runner:');
for (const r of results)
  console.log(`  ${r.label.padEnd(10)} ${r.passed} passed, ${r.failed} failed`);
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
