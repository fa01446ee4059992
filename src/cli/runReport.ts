/**
 * `gapline report`: one file in, one report file out (`-o`). Prints one line on stdout
 * naming what was written; every failure is one line on stderr and a non-zero status.
 */
import { basename } from 'node:path';
import type { CliIo } from './CliIo';
import { oneLine } from './oneLine';
import type { ReportOptions } from './parseReportArgs';
import { renderReportFile } from './renderReportFile';
import { reportModelOfFile } from './reportModelOfFile';

const EXIT_OK = 0;
const EXIT_FILE_ERROR = 1;

export async function runReport(options: ReportOptions, io: CliIo): Promise<number> {
  const { file, output } = options;
  const read = io.readFile(file);
  if (!read.ok) {
    io.stderr(`gapline: cannot read ${file}: ${oneLine(read.reason)}\n`);
    return EXIT_FILE_ERROR;
  }
  const built = reportModelOfFile(read.text, basename(file), options, io.now);
  if (!built.ok) {
    io.stderr(`gapline: ${file}: ${oneLine(built.reason)}\n`);
    return EXIT_FILE_ERROR;
  }
  const rendered = await renderReportFile(built.model, options.format, io);
  if (!rendered.ok) {
    io.stderr(`gapline: ${oneLine(rendered.reason)}\n`);
    return EXIT_FILE_ERROR;
  }
  const written = io.writeFile(output, rendered.data);
  if (!written.ok) {
    io.stderr(`gapline: cannot write ${output}: ${oneLine(written.reason)}\n`);
    return EXIT_FILE_ERROR;
  }
  if (rendered.warning !== null) io.stderr(`gapline: warning: ${oneLine(rendered.warning)}\n`);
  io.stdout(`wrote ${output}${rendered.detail === null ? '' : `: ${rendered.detail}`}\n`);
  return EXIT_OK;
}
