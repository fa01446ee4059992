// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../src/cli/parseCliArgs';
import { parseTarget } from '../../../src/cli/parseTarget';

const analyze = (...args: string[]) => {
  const command = parseCliArgs(['analyze', ...args]);
  if (command.kind !== 'analyze')
    throw new Error(`expected analyze, got ${JSON.stringify(command)}`);
  return command.options;
};

const usageError = (...argv: string[]): string => {
  const command = parseCliArgs(argv);
  if (command.kind !== 'usage-error') throw new Error(`expected an error, got ${command.kind}`);
  expect(command.message).not.toContain('\n');
  return command.message;
};

describe('parseCliArgs', () => {
  it('defaults: every incident, its own target, UTC (never the machine zone), display_at, text', () => {
    expect(analyze('a.json')).toEqual({
      files: ['a.json'],
      incidentIds: null,
      target: null,
      timeZone: 'UTC',
      instantSource: 'display_at',
      format: 'text',
      checks: false,
    });
  });

  it('reads every flag, in either spelling, and keeps the files in order', () => {
    expect(
      analyze(
        'b.csv',
        '--incident',
        'x1',
        '--target=15/25',
        '--tz',
        'America/Sao_Paulo',
        '--instant',
        'created_at',
        '--format',
        'json',
        'a.json',
        '--incident=x2',
        '--checks',
      ),
    ).toEqual({
      files: ['b.csv', 'a.json'],
      incidentIds: ['x1', 'x2'],
      target: { ideal: 15, max: 25 },
      timeZone: 'America/Sao_Paulo',
      instantSource: 'created_at',
      format: 'json',
      checks: true,
    });
  });

  it('accepts UTC, Etc/UTC and names Node 20 does not list (Europe/Kyiv)', () => {
    for (const tz of ['UTC', 'Etc/UTC', 'Europe/Kyiv'])
      expect(analyze('f', '--tz', tz).timeZone).toBe(tz);
  });

  it('prints help for --help and -h, at the top and for analyze', () => {
    const top = parseCliArgs(['--help']);
    expect(top.kind === 'help' && top.text).toMatch(/^Usage: gapline <command>/);
    for (const flag of ['--help', '-h']) {
      const sub = parseCliArgs(['analyze', 'f.json', flag, '--bogus']);
      expect(sub.kind === 'help' && sub.text).toMatch(/^Usage: gapline analyze FILE/);
    }
  });

  it('rejects unknown flags, commands and values with one line naming the culprit', () => {
    expect(usageError('analyze', 'f.json', '--verbose')).toBe(
      "gapline analyze: unknown option '--verbose' (see 'gapline analyze --help')",
    );
    expect(usageError('analyze', 'f.json', '-x')).toContain("unknown option '-x'");
    expect(usageError('frobnicate')).toContain("unknown command 'frobnicate'");
    expect(usageError('--version')).toContain("unknown option '--version'");
    expect(usageError()).toContain('missing command');
    expect(usageError('analyze')).toContain('no FILE given');
    expect(usageError('analyze', 'f', '--format')).toContain("option '--format' needs a value");
    expect(usageError('analyze', 'f', '--format', '--tz', 'UTC')).toContain(
      "'--format' needs a value",
    );
    expect(usageError('analyze', 'f', '--help=1')).toContain('takes no value');
    expect(usageError('analyze', 'f', '--format', 'xml')).toContain(
      '--format must be text or json',
    );
    expect(usageError('analyze', 'f', '--instant', 'updated_at')).toContain('--instant must be');
    expect(usageError('analyze', 'f', '--tz', 'Mars/Olympus')).toContain(
      "--tz 'Mars/Olympus' is not a time zone",
    );
    expect(usageError('analyze', 'f', '--tz', '')).toContain('is not a time zone');
    expect(usageError('analyze', 'f', '--incident', ' ')).toContain('--incident needs an id');
    expect(usageError('analyze', 'f', '--target', '30/20')).toContain('ideal must not exceed max');
  });

  it('takes a file that starts with a dash after --', () => {
    expect(analyze('--', '-odd.csv').files).toEqual(['-odd.csv']);
  });
});

describe('parseTarget', () => {
  it('reads two positive numbers of minutes, ideal ≤ max', () => {
    expect(parseTarget('20/30')).toEqual({ ideal: 20, max: 30 });
    expect(parseTarget(' 7.5 / 10 ')).toEqual({ ideal: 7.5, max: 10 });
    expect(parseTarget('30/30')).toEqual({ ideal: 30, max: 30 });
  });

  it.each(['20', '20/', '/30', 'a/b', '-5/30', '0/30', '20/0', '20/30/40', '1e3/2e3', '31/30'])(
    'rejects %s',
    (value) => {
      expect(parseTarget(value)).toHaveProperty('error');
    },
  );
});
