// @vitest-environment node
// The built command (`dist-cli/gapline.mjs`, what `npx gapline` runs after `npm ci`) gives
// exactly what the domain computes in-process. Few spawns: each costs ~100 ms.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeGaps } from '../../../src/domain/gaps/analyzeGaps';
import { buildAnalyzeReport } from '../../../src/domain/report/analyzeReport';
import { defaultImportOptions } from '../../../src/import/defaultImportOptions';
import { importFile } from '../../../src/import/importFile';
import { BIN, ROOT, ensureBuiltCli } from './builtCli';

const CORPUS = '/work/shared/corpus/statuspage-github';
const FILES = ['lc8s9rtyjmgq', '00km0kwpz23b'].map((id) => `${CORPUS}/${id}.json`);

beforeAll(ensureBuiltCli, 60_000);

const gapline = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });

/** The report computed here, through the same importer, analysis and report builder. */
function inProcess(path: string) {
  let n = 0;
  const fileName = path.split('/').pop() ?? path;
  const result = importFile(
    readFileSync(path, 'utf8'),
    fileName,
    defaultImportOptions({ newId: () => `id-${++n}`, fileName }),
  );
  if (!result.ok) throw new Error(result.error.message);
  return result.incidents.map((imported, i) =>
    buildAnalyzeReport(
      { ...imported, rejected: [...imported.rejected, ...(i === 0 ? result.rejected : [])] },
      analyzeGaps(imported.data),
    ),
  );
}

describe('dist-cli/gapline.mjs', () => {
  it('prints, for corpus files in the order given, exactly the reports computed in-process', () => {
    const run = gapline('analyze', ...FILES, '--format', 'json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ reports: FILES.flatMap(inProcess) });
  });

  it('a file that cannot be read: non-zero exit, one line on stderr, no stack trace', () => {
    const run = gapline('analyze', FILES[0] ?? '', 'no/such/file.json');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('gapline: cannot read no/such/file.json: no such file\n');
  });

  it('runs as `npx --no-install gapline` from the repository root', () => {
    const run = spawnSync('npx', ['--no-install', 'gapline', 'analyze', '--help'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: gapline analyze FILE/);
  });
});
