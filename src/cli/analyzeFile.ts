/**
 * One file through the importers and the gap analysis: a report per incident, in the
 * file's order, or the one-line reason the file cannot be read in a format Gapline knows.
 */
import { checkMessages } from '../domain/checks/checkMessages';
import { splitFindings } from '../domain/checks/splitFindings';
import { findingToJson } from '../domain/checks/findingToJson';
import { analyzeGaps } from '../domain/gaps/analyzeGaps';
import type { Target } from '../domain/model';
import { buildAnalyzeReport, reportIncidentId } from '../domain/report/analyzeReport';
import type { AnalyzeReport } from '../domain/report/analyzeReportTypes';
import type { ImportedIncident, RejectedRow } from '../import/contract';
import { defaultImportOptions } from '../import/defaultImportOptions';
import { importFile } from '../import/importFile';
import type { AnalyzeOptions } from './parseCliArgs';

export interface AnalyzedIncident {
  readonly report: AnalyzeReport;
  /** The target the incident was analysed with (`--target`, else its own). */
  readonly target: Target;
  /** With `--checks`: findings the review's team dismissed (a Gapline file), not listed. */
  readonly dismissedFindings: number;
}

export type FileAnalysis =
  | { readonly ok: true; readonly incidents: readonly AnalyzedIncident[] }
  | { readonly ok: false; readonly reason: string };

export type FileOptions = Pick<
  AnalyzeOptions,
  'incidentIds' | 'target' | 'timeZone' | 'instantSource' | 'checks'
>;

/**
 * Record ids come from a counter that starts again for every file, so the same file gives
 * the same output on every run and in any position on the command line. Rows rejected
 * outside any incident are listed with the file's first reported incident.
 */
export function analyzeFile(
  raw: string,
  fileName: string,
  options: FileOptions,
  now: () => number,
): FileAnalysis {
  let counter = 0;
  const result = importFile(
    raw,
    fileName,
    defaultImportOptions({
      timeZone: options.timeZone,
      instantSource: options.instantSource,
      newId: () => `gapline-${++counter}`,
      now,
      fileName,
      incidentIds: options.incidentIds,
    }),
  );
  if (!result.ok) return { ok: false, reason: result.error.message };

  const wanted = options.incidentIds;
  const incidents = result.incidents.filter(
    (i) => wanted === null || wanted.includes(reportIncidentId(i.data.incident)),
  );
  if (incidents.length === 0 && wanted === null) {
    return { ok: false, reason: noIncidentReason(result.rejected) };
  }
  return {
    ok: true,
    incidents: incidents.map((imported, index) =>
      analyzeIncident(imported, options, index === 0 ? result.rejected : []),
    ),
  };
}

function analyzeIncident(
  imported: ImportedIncident,
  options: FileOptions,
  fileRejected: readonly RejectedRow[],
): AnalyzedIncident {
  const target = options.target ?? imported.data.incident.target;
  const data = { ...imported.data, incident: { ...imported.data.incident, target } };
  const analysis = analyzeGaps({
    incident: data.incident,
    channels: data.channels,
    communications: data.communications,
  });
  const report = buildAnalyzeReport(
    { data, warnings: imported.warnings, rejected: [...imported.rejected, ...fileRejected] },
    analysis,
  );
  if (!options.checks) return { report, target, dismissedFindings: 0 };
  // The team's judgement travels with a Gapline file: what it dismissed is left out.
  const split = splitFindings(checkMessages(data, { language: 'en' }), data.dismissals);
  const findings = split.kept.map((f) => findingToJson(f, data.communications));
  return { report: { ...report, findings }, target, dismissedFindings: split.dismissed.length };
}

function noIncidentReason(rejected: readonly RejectedRow[]): string {
  const first = rejected[0];
  if (first === undefined) return 'no incident found in the file';
  const where = first.path ?? (first.line === null ? '' : `line ${first.line}`);
  const more = rejected.length > 1 ? ` (and ${rejected.length - 1} more rejected)` : '';
  return `no incident could be read: ${where === '' ? '' : `${where}: `}${first.reason}${more}`;
}
