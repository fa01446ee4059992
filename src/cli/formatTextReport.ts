/**
 * The readable report of `gapline analyze --format text`: the incident, its summary, the
 * gap table, one line per channel, warnings and rejected rows. Times are shown in the
 * `--tz` zone (default UTC), as the contract says, whatever zone the incident is in.
 */
import type { Target } from '../domain/model';
import type {
  AnalyzeReport,
  ReportRejected,
  ReportSummary,
} from '../domain/report/analyzeReportTypes';
import { formatCliTime } from './formatCliTime';
import { formatGapTable } from './formatGapTable';
import { formatMinutes, formatShare } from './formatNumbers';

export interface TextReportContext {
  /** The zone every time is shown in (`--tz`, default UTC). */
  readonly zone: string;
  /** The target the incident was analysed with. */
  readonly target: Target;
  /** Findings the review's team dismissed (left out of the list). */
  readonly dismissedFindings?: number;
}

const minutesOrNone = (m: number | null): string => (m === null ? '—' : `${formatMinutes(m)} min`);

export function formatTextReport(report: AnalyzeReport, context: TextReportContext): string {
  const { incident } = report;
  const time = (iso: string | null): string =>
    iso === null ? '—' : formatCliTime(iso, context.zone);
  const lines: string[] = [
    `${incident.title} (${incident.id})`,
    ...labelled([
      ['Alert', time(incident.alert)],
      ['Resolution', incident.resolution === null ? 'unknown (open)' : time(incident.resolution)],
      ['Zone', `${incident.timeZone} (times shown in ${context.zone})`],
      ['Target', `${formatMinutes(context.target.ideal)}/${formatMinutes(context.target.max)} min`],
    ]),
  ];

  if ('error' in report) {
    lines.push('', `Cannot analyse (${report.error.code}): ${report.error.message}`);
  } else {
    lines.push('', 'Summary', ...labelled(summaryRows(report.summary)));
    lines.push('', 'Communication gaps', ...formatGapTable(report.gaps, context.zone));
    const channels = Object.entries(report.perChannel);
    if (channels.length > 0) {
      const width = Math.max(...channels.map(([name]) => name.length));
      lines.push(
        '',
        'Per channel',
        ...channels.map(([name, c]) => `  ${name.padEnd(width)}  ${channelLine(c.summary)}`),
      );
    }
  }

  if (report.findings !== undefined) {
    lines.push('', `Message checks (${report.findings.length})`);
    const dismissed = context.dismissedFindings ?? 0;
    if (dismissed > 0) {
      lines.push(`  (${dismissed} dismissed by the review's team, not listed)`);
    }
    if (report.findings.length === 0) lines.push('  nothing to flag');
    for (const f of report.findings) {
      const where = f.instant === null ? 'the incident' : `${time(f.instant)} ${f.channel ?? ''}`;
      lines.push(`  ${where.trimEnd()} · ${f.rule}: ${f.evidence}`, `    → ${f.suggestion}`);
    }
  }

  if (report.warnings.length > 0) {
    lines.push('', 'Warnings', ...report.warnings.map((w) => `  ${w.code}: ${w.message}`));
  }
  if (report.rejected.length > 0) {
    lines.push(
      '',
      `Rejected rows (${report.rejected.length})`,
      ...report.rejected.map(rejectedLine),
    );
  }
  return `${lines.join('\n')}\n`;
}

function labelled(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`);
}

function summaryRows(s: ReportSummary): [string, string][] {
  return [
    ['Time to first update', minutesOrNone(s.timeToFirstUpdate)],
    ['Update moments', String(s.updateCount)],
    ['Longest gap', minutesOrNone(s.longestGap)],
    ['Gaps over target', String(s.gapsOverTarget)],
    ['Minutes over target', minutesOrNone(s.minutesOverTarget)],
    ['Coverage', formatShare(s.coverage)],
    ['Resolution notice delay', minutesOrNone(s.resolutionNoticeDelay)],
  ];
}

function channelLine(s: ReportSummary): string {
  return [
    `${s.updateCount} update${s.updateCount === 1 ? '' : 's'}`,
    `first ${minutesOrNone(s.timeToFirstUpdate)}`,
    `longest gap ${minutesOrNone(s.longestGap)}`,
    `${s.gapsOverTarget} over target`,
    `coverage ${formatShare(s.coverage)}`,
  ].join(' · ');
}

function rejectedLine(r: ReportRejected): string {
  const where = 'path' in r ? r.path : r.line === null ? '?' : `line ${r.line}`;
  return `  ${where}: ${r.reason}`;
}
