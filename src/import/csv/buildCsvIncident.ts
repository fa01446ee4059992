/**
 * Accepted CSV rows → one imported incident (`../shared/spec/gaps.md`): A = the earliest
 * `alert` row (not a communication), else the earliest row with the warning `no-alert`;
 * R = the earliest `resolution` row; rows in any order; duplicates (same instant, channel
 * and text) imported once with the warning `duplicate`; phases from the `phase` column.
 */
import type { CommunicationKind, PhaseKind } from '../../domain/model';
import type { ImportedIncident, ImportOptions, ImportWarning, RejectedRow } from '../contract';
import { assembleReview, type DraftCommunication, type DraftPhase } from '../assembleReview';
import type { CsvRow } from './readCsvRow';

type CommunicationRow = CsvRow & { readonly kind: CommunicationKind };
const isCommunicationRow = (row: CsvRow): row is CommunicationRow => row.kind !== 'alert';

const byInstantThenLine = (a: CsvRow, b: CsvRow): number =>
  a.instant - b.instant || a.line - b.line;

/** `exports/outage.csv` → `outage`; no name → `Imported timeline`. */
export function titleFromFileName(fileName: string | null): string {
  const base = (fileName ?? '').split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const title = (dot > 0 ? base.slice(0, dot) : base).trim();
  return title === '' ? 'Imported timeline' : title;
}

export function buildCsvIncident(
  rows: readonly CsvRow[],
  rejected: readonly RejectedRow[],
  options: ImportOptions,
): ImportedIncident {
  const sorted = [...rows].sort(byInstantThenLine);
  const alerts = sorted.filter((r) => r.kind === 'alert');
  const warnings: ImportWarning[] = [];

  const kept: CommunicationRow[] = [];
  const duplicates = new Map<string, number[]>();
  for (const row of sorted) {
    if (!isCommunicationRow(row)) continue;
    const key = `${row.instant}\u0000${row.channel}\u0000${row.text}`;
    const lines = duplicates.get(key);
    if (lines === undefined) {
      duplicates.set(key, [row.line]);
      kept.push(row);
    } else {
      lines.push(row.line);
    }
  }
  for (const lines of duplicates.values()) {
    if (lines.length < 2) continue;
    warnings.push({
      code: 'duplicate',
      message: `Lines ${lines.join(', ')} hold the same message (same time, channel and text); it was imported once.`,
      lines,
    });
  }

  let alert: number | null = alerts[0]?.instant ?? null;
  const earliest = sorted[0];
  if (alert === null && earliest !== undefined) {
    alert = earliest.instant;
    warnings.unshift({
      code: 'no-alert',
      message: `No row has the kind "alert"; the alert time is the earliest row's (line ${earliest.line}).`,
      lines: [earliest.line],
    });
  }
  const resolution = kept.find((r) => r.kind === 'resolution')?.instant ?? null;
  const communications = kept.map((r): DraftCommunication => ({
    instant: r.instant,
    offsetMinutes: r.offsetMinutes,
    channel: r.channel,
    author: r.author,
    kind: r.kind,
    text: r.text,
    sourceId: `line:${r.line}`,
    sourceTimes: null,
    sourceStatus: null,
    affectedComponents: [],
  }));
  const data = assembleReview(
    {
      title: titleFromFileName(options.fileName),
      alert,
      resolution,
      timeZone: options.timeZone,
      sourceTimeZone: rows.some((r) => !r.hadOffset) ? options.timeZone : null,
      instantSource: options.instantSource,
      source: { format: 'csv', externalId: null, url: null, fileName: options.fileName },
      communications,
      phases: phasesOf(sorted),
    },
    options,
  );
  return { data, warnings, rejected };
}

/** Each phase named in the `phase` column spans its rows, from the first to the last. */
function phasesOf(sorted: readonly CsvRow[]): DraftPhase[] {
  const spans = new Map<PhaseKind, { start: number; end: number }>();
  for (const row of sorted) {
    if (row.phase === null) continue;
    const span = spans.get(row.phase);
    if (span === undefined) spans.set(row.phase, { start: row.instant, end: row.instant });
    else span.end = row.instant;
  }
  return [...spans].map(([kind, span]) => ({ kind, start: span.start, end: span.end }));
}
