/**
 * Reads the command line of `gapline` (`../shared/spec/contracts.md`, "Command line").
 * Never throws: every mistake is a one-line usage error.
 */
import { parseArgs } from 'node:util';
import type { InstantSource, Target } from '../domain/model';
import { isValidTimeZone } from '../domain/time/isValidTimeZone';
import { isOneOf, parseArgsReason } from './parseArgsReason';
import { parseReportArgs, type ReportCommand } from './parseReportArgs';
import { parseTarget } from './parseTarget';
import { ANALYZE_USAGE, MAIN_USAGE } from './usage';

export type OutputFormat = 'text' | 'json';

export interface AnalyzeOptions {
  readonly files: readonly string[];
  /** `--incident` (repeatable); null = every incident. */
  readonly incidentIds: readonly string[] | null;
  /** `--target`, applied to every incident; null = the incident's own. */
  readonly target: Target | null;
  /** `--tz`: zone of offset-less timestamps and of the text report's times. */
  readonly timeZone: string;
  readonly instantSource: InstantSource;
  readonly format: OutputFormat;
  /** `--checks`: add the message checks' findings to each report. */
  readonly checks: boolean;
}

export type CliCommand =
  | { readonly kind: 'help'; readonly text: string }
  | { readonly kind: 'usage-error'; readonly message: string }
  | { readonly kind: 'analyze'; readonly options: AnalyzeOptions }
  | ReportCommand;

const ANALYZE_OPTIONS = {
  incident: { type: 'string', multiple: true },
  target: { type: 'string' },
  tz: { type: 'string' },
  instant: { type: 'string' },
  format: { type: 'string' },
  checks: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const INSTANT_SOURCES: readonly InstantSource[] = ['display_at', 'created_at'];
const FORMATS: readonly OutputFormat[] = ['text', 'json'];

const usageError = (command: string, reason: string): CliCommand => ({
  kind: 'usage-error',
  message: `${command}: ${reason} (see '${command} --help')`,
});

const isHelp = (arg: string): boolean => arg === '--help' || arg === '-h';

export function parseCliArgs(argv: readonly string[]): CliCommand {
  const [command, ...rest] = argv;
  if (command === undefined) return usageError('gapline', 'missing command');
  if (isHelp(command)) return { kind: 'help', text: MAIN_USAGE };
  if (command === 'analyze') return parseAnalyze(rest);
  if (command === 'report') return parseReportArgs(rest);
  if (command.startsWith('-')) return usageError('gapline', `unknown option '${command}'`);
  return usageError('gapline', `unknown command '${command}'`);
}

function parseAnalyze(args: readonly string[]): CliCommand {
  const command = 'gapline analyze';
  const beforeDashes = args.indexOf('--') === -1 ? args : args.slice(0, args.indexOf('--'));
  if (beforeDashes.some(isHelp)) return { kind: 'help', text: ANALYZE_USAGE };

  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: ANALYZE_OPTIONS,
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    return usageError(command, parseArgsReason(error));
  }
  const { values, positionals } = parsed;

  if (positionals.length === 0) return usageError(command, 'no FILE given');

  const format = values.format ?? 'text';
  if (!isOneOf(format, FORMATS)) {
    return usageError(command, `--format must be text or json (got '${format}')`);
  }
  const instantSource = values.instant ?? 'display_at';
  if (!isOneOf(instantSource, INSTANT_SOURCES)) {
    return usageError(
      command,
      `--instant must be display_at or created_at (got '${instantSource}')`,
    );
  }
  const timeZone = values.tz ?? 'UTC';
  if (!isValidTimeZone(timeZone)) {
    return usageError(
      command,
      `--tz '${timeZone}' is not a time zone (an IANA name such as Europe/Madrid, or UTC)`,
    );
  }
  let target: Target | null = null;
  if (values.target !== undefined) {
    const read = parseTarget(values.target);
    if ('error' in read) return usageError(command, read.error);
    target = read;
  }
  const incidentIds = values.incident ?? null;
  if (incidentIds !== null && incidentIds.some((id) => id.trim() === '')) {
    return usageError(command, '--incident needs an id');
  }

  return {
    kind: 'analyze',
    options: {
      files: positionals,
      incidentIds,
      target,
      timeZone,
      instantSource,
      format,
      checks: values.checks ?? false,
    },
  };
}
