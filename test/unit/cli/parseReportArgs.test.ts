// @vitest-environment node
// `gapline report`'s command line (../shared/spec/contracts.md, "Command line").
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../src/cli/parseCliArgs';

const report = (...args: string[]) => {
  const command = parseCliArgs(['report', ...args]);
  if (command.kind !== 'report') throw new Error(`expected report, got ${JSON.stringify(command)}`);
  return command.options;
};

const usageError = (...args: string[]): string => {
  const command = parseCliArgs(['report', ...args]);
  if (command.kind !== 'usage-error') throw new Error(`expected an error, got ${command.kind}`);
  expect(command.message).not.toContain('\n');
  return command.message;
};

describe('gapline report arguments', () => {
  it('reads FILE, --format and -o; English, the incident’s own zone, no incident by default', () => {
    expect(report('review.json', '--format', 'md', '-o', 'out.md')).toEqual({
      file: 'review.json',
      format: 'md',
      output: 'out.md',
      language: 'en',
      timeZone: null,
      incidentId: null,
    });
  });

  it('reads every option, in either spelling', () => {
    expect(
      report(
        'incidents.json',
        '--format=pdf',
        '--output',
        'plan.pdf',
        '--lang',
        'es',
        '--tz=Europe/Madrid',
        '--incident',
        'abc',
      ),
    ).toEqual({
      file: 'incidents.json',
      format: 'pdf',
      output: 'plan.pdf',
      language: 'es',
      timeZone: 'Europe/Madrid',
      incidentId: 'abc',
    });
  });

  it('takes the format from OUT’s extension when --format is left out', () => {
    expect(report('a.csv', '-o', 'actions.CSV').format).toBe('csv');
    expect(report('a.csv', '-o', 'deadlines.ics').format).toBe('ics');
    expect(report('a.csv', '-o', 'x.txt', '--format', 'md').format).toBe('md');
  });

  it('says what is wrong in one line', () => {
    expect(usageError()).toBe("gapline report: no FILE given (see 'gapline report --help')");
    expect(usageError('a.json', 'b.json', '-o', 'x.md')).toMatch(/one FILE at a time/);
    expect(usageError('a.json', '--format', 'md')).toMatch(/-o OUT is required/);
    expect(usageError('a.json', '-o', 'report')).toMatch(/--format is required/);
    expect(usageError('a.json', '-o', 'x.txt')).toMatch(
      /--format must be pdf, md, csv or ics \(got 'txt'\)/,
    );
    expect(usageError('a.json', '-o', 'x.md', '--format', 'html')).toMatch(/got 'html'/);
    expect(usageError('a.json', '-o', 'x.md', '--lang', 'fr')).toMatch(/--lang must be en or es/);
    expect(usageError('a.json', '-o', 'x.md', '--tz', 'Mars/Olympus')).toMatch(
      /is not a time zone/,
    );
    expect(usageError('a.json', '-o', 'x.md', '--incident', ' ')).toMatch(/--incident needs an id/);
    expect(usageError('a.json', '-o', 'x.md', '--target', '1/2')).toMatch(
      /unknown option '--target'/,
    );
    expect(usageError('a.json', '-o')).toMatch(/option '-o.*' needs a value/);
  });

  it('--help prints the usage; the main usage lists the command', () => {
    const help = parseCliArgs(['report', '--help']);
    expect(help.kind === 'help' && help.text).toMatch(
      /^Usage: gapline report FILE --format pdf\|md\|csv\|ics -o OUT/,
    );
    const top = parseCliArgs(['--help']);
    expect(top.kind === 'help' && top.text).toMatch(/report FILE/);
  });
});
