// `npm run audit` (CI): fails when `npm audit` reports a high or critical advisory in the
// installed dependencies. When the advisory service cannot be reached (no network, or a
// registry mirror that does not serve it: this build machine answers 405), it says so
// plainly and does not fail — an audit that could not run is not a passed audit, and the
// message says which it was.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`npm audit: no report (exit ${run.status}).\n${run.stderr.slice(0, 400)}`);
  process.exit(0);
}
if (report.metadata?.vulnerabilities === undefined) {
  const why = report.message ?? report.error?.summary ?? 'unknown error';
  console.warn(`npm audit could NOT run here (advisory service unreachable): ${why}`);
  process.exit(0);
}
const { high = 0, critical = 0, moderate = 0, low = 0 } = report.metadata.vulnerabilities;
console.log(`npm audit: ${critical} critical, ${high} high, ${moderate} moderate, ${low} low`);
if (high + critical > 0) {
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
    if (v.severity === 'high' || v.severity === 'critical') console.log(`  ${v.severity}: ${name}`);
  }
  process.exit(1);
}
