/**
 * The `gapline` command with its world passed in (files, output, clock), so tests run it
 * in-process. Returns the exit status: 0 when every file was read, 1 when a file cannot be
 * read or is not a known format, 2 for a usage error. Every failure is one line on stderr.
 * `report` answers with a promise (the PDF renderer is asynchronous); the others at once.
 */
import { basename } from 'node:path';
import type { AnalyzedIncident } from './analyzeFile';
import { analyzeFile } from './analyzeFile';
import type { CliIo } from './CliIo';
import { formatTextReport } from './formatTextReport';
import { oneLine } from './oneLine';
import type { AnalyzeOptions } from './parseCliArgs';
import { parseCliArgs } from './parseCliArgs';
import { runReport } from './runReport';

export type { CliIo } from './CliIo';

export const EXIT_OK = 0;
export const EXIT_FILE_ERROR = 1;
export const EXIT_USAGE = 2;

export function runCli(argv: readonly string[], io: CliIo): number | Promise<number> {
  const command = parseCliArgs(argv);
  switch (command.kind) {
    case 'help':
      io.stdout(command.text);
      return EXIT_OK;
    case 'usage-error':
      io.stderr(`${oneLine(command.message)}\n`);
      return EXIT_USAGE;
    case 'analyze':
      return runAnalyze(command.options, io);
    case 'report':
      return runReport(command.options, io);
  }
}

function runAnalyze(options: AnalyzeOptions, io: CliIo): number {
  const analyzed: AnalyzedIncident[] = [];
  for (const file of options.files) {
    const read = io.readFile(file);
    if (!read.ok) {
      io.stderr(`gapline: cannot read ${file}: ${oneLine(read.reason)}\n`);
      return EXIT_FILE_ERROR;
    }
    const result = analyzeFile(read.text, basename(file), options, io.now);
    if (!result.ok) {
      io.stderr(`gapline: ${file}: ${oneLine(result.reason)}\n`);
      return EXIT_FILE_ERROR;
    }
    analyzed.push(...result.incidents);
  }
  if (options.incidentIds !== null && analyzed.length === 0) {
    const ids = options.incidentIds.join(', ');
    io.stderr(`gapline: no incident ${ids} in ${options.files.join(', ')}\n`);
    return EXIT_FILE_ERROR;
  }

  if (options.format === 'json') {
    io.stdout(`${JSON.stringify({ reports: analyzed.map((a) => a.report) }, null, 2)}\n`);
  } else {
    const texts = analyzed.map((a) =>
      formatTextReport(a.report, {
        zone: options.timeZone,
        target: a.target,
        dismissedFindings: a.dismissedFindings,
      }),
    );
    io.stdout(texts.join(`\n${'─'.repeat(72)}\n\n`));
  }
  return EXIT_OK;
}
