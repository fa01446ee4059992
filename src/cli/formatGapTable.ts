import type { GapStatus } from '../domain/gaps/types';
import type { ReportGap } from '../domain/report/analyzeReportTypes';
import { formatCliTime } from './formatCliTime';
import { formatMinutes } from './formatNumbers';

const STATUS_WORDS: Readonly<Record<GapStatus, string>> = { ok: 'OK', late: 'Late', gap: 'Gap' };

/**
 * The gap table of the text report, columns aligned: From and To (`Update 3 · 2024-03-05
 * 14:05 UTC+00:00`), Minutes (right-aligned), Status (`OK`, `Late`, `Gap`). One line per
 * row, each starting with `indent`.
 */
export function formatGapTable(gaps: readonly ReportGap[], zone: string, indent = '  '): string[] {
  const header = ['From', 'To', 'Minutes', 'Status'] as const;
  const rows = gaps.map((g) => [
    `${g.fromLabel} · ${formatCliTime(g.from, zone)}`,
    `${g.toLabel} · ${formatCliTime(g.to, zone)}`,
    formatMinutes(g.minutes),
    STATUS_WORDS[g.status],
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    indent +
    cells
      .map((cell, i) => {
        const width = widths[i] ?? 0;
        return i === 2 ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}
