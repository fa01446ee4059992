/**
 * Reads the command line of `gapline report` (`../shared/spec/contracts.md`, "Command
 * line"): `gapline report FILE --format pdf|md|csv|ics -o OUT [--lang en|es] [--tz ZONE]
 * [--incident ID]`. `--format` may be left out when OUT ends in `.pdf`, `.md`, `.csv` or
 * `.ics`. Never throws: every mistake is a one-line usage error.
 */
import { parseArgs } from 'node:util';
import type { ReportLanguage } from '../domain/report/reportModel';
import { isValidTimeZone } from '../domain/time/isValidTimeZone';
import { isOneOf, parseArgsReason } from './parseArgsReason';
import { REPORT_USAGE } from './usage';

export const REPORT_FORMATS = ['pdf', 'md', 'csv', 'ics'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const LANGUAGES: readonly ReportLanguage[] = ['en', 'es'];

export interface ReportOptions {
  readonly file: string;
  readonly format: ReportFormat;
  /** `-o`: the file written. */
  readonly output: string;
  readonly language: ReportLanguage;
  /**
   * `--tz`: zone of offset-less timestamps (CSV) and of the report's times; null reads
   * offset-less times as UTC and shows the incident in its own zone.
   */
  readonly timeZone: string | null;
  /** `--incident`: the incident of a file that holds several; null when it holds one. */
  readonly incidentId: string | null;
}

export type ReportCommand = { readonly kind: 'report'; readonly options: ReportOptions };

type ReportParse =
  | ReportCommand
  | { readonly kind: 'help'; readonly text: string }
  | { readonly kind: 'usage-error'; readonly message: string };

const COMMAND = 'gapline report';

const usageError = (reason: string): ReportParse => ({
  kind: 'usage-error',
  message: `${COMMAND}: ${reason} (see '${COMMAND} --help')`,
});

const OPTIONS = {
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  lang: { type: 'string' },
  tz: { type: 'string' },
  incident: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const isHelp = (arg: string): boolean => arg === '--help' || arg === '-h';

export function parseReportArgs(args: readonly string[]): ReportParse {
  const beforeDashes = args.indexOf('--') === -1 ? args : args.slice(0, args.indexOf('--'));
  if (beforeDashes.some(isHelp)) return { kind: 'help', text: REPORT_USAGE };

  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    return usageError(parseArgsReason(error));
  }
  const { values, positionals } = parsed;
  const [file, ...extra] = positionals;
  if (file === undefined) return usageError('no FILE given');
  if (extra.length > 0) return usageError('one FILE at a time');

  const output = values.output;
  if (output === undefined || output.trim() === '') return usageError('-o OUT is required');
  const format = values.format ?? /\.([a-z]+)$/i.exec(output)?.[1]?.toLowerCase();
  if (format === undefined) {
    return usageError('--format is required (pdf, md, csv or ics) when OUT has no such extension');
  }
  if (!isOneOf(format, REPORT_FORMATS)) {
    return usageError(`--format must be pdf, md, csv or ics (got '${format}')`);
  }
  const language = values.lang ?? 'en';
  if (!isOneOf(language, LANGUAGES)) {
    return usageError(`--lang must be en or es (got '${language}')`);
  }
  const timeZone = values.tz ?? null;
  if (timeZone !== null && !isValidTimeZone(timeZone)) {
    return usageError(
      `--tz '${timeZone}' is not a time zone (an IANA name such as Europe/Madrid, or UTC)`,
    );
  }
  const incidentId = values.incident ?? null;
  if (incidentId !== null && incidentId.trim() === '') return usageError('--incident needs an id');

  return { kind: 'report', options: { file, format, output, language, timeZone, incidentId } };
}
