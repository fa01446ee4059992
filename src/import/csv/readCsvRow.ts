/**
 * One CSV record → a row of the timeline, or the reason it is rejected
 * (`../shared/spec/gaps.md`, Bad input): missing or unreadable time, empty channel,
 * unknown kind or phase, a cell over its length cap.
 */
import type { PhaseKind } from '../../domain/model';
import { PHASE_KINDS } from '../../domain/model';
import { FIELD_LIMITS } from '../../domain/schema/fieldLimits';
import { parseTimestamp, quoteValue, type TimestampContext } from '../time/parseTimestamp';
import type { CsvColumns, CsvField } from './readCsvHeader';

export const CSV_KINDS = ['alert', 'update', 'resolution', 'follow-up', 'internal'] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

export interface CsvRow {
  readonly line: number;
  readonly instant: number;
  readonly offsetMinutes: number;
  readonly hadOffset: boolean;
  readonly channel: string;
  readonly author: string;
  readonly kind: CsvKind;
  readonly text: string;
  readonly phase: PhaseKind | null;
}

export type CsvRowReading =
  { readonly ok: true; readonly row: CsvRow } | { readonly ok: false; readonly reason: string };

const isCsvKind = (value: string): value is CsvKind =>
  (CSV_KINDS as readonly string[]).includes(value);
const isPhaseKind = (value: string): value is PhaseKind =>
  (PHASE_KINDS as readonly string[]).includes(value);

export function readCsvRow(
  cells: readonly string[],
  line: number,
  columns: CsvColumns,
  context: TimestampContext,
): CsvRowReading {
  const cell = (field: CsvField): string => {
    const index = columns[field];
    return index === undefined ? '' : (cells[index] ?? '');
  };
  const fail = (reason: string): CsvRowReading => ({ ok: false, reason });

  const kindText = cell('kind').trim().toLowerCase();
  if (kindText === '') return fail('missing kind');
  if (!isCsvKind(kindText)) {
    return fail(
      `unknown kind ${quoteValue(cell('kind').trim())} (expected ${CSV_KINDS.join(', ')})`,
    );
  }
  const time = parseTimestamp(cell('timestamp'), context);
  if (!time.ok) return fail(time.reason);

  const channel = cell('channel').trim();
  // The alert is not a communication, so it needs no channel.
  if (channel === '' && kindText !== 'alert') return fail('empty channel');
  if (channel.length > FIELD_LIMITS.name)
    return fail(`channel longer than ${FIELD_LIMITS.name} characters`);
  const author = cell('author').trim();
  if (author.length > FIELD_LIMITS.name)
    return fail(`author longer than ${FIELD_LIMITS.name} characters`);
  const text = cell('message');
  if (text.length > FIELD_LIMITS.text)
    return fail(`message longer than ${FIELD_LIMITS.text} characters`);

  const phaseText = cell('phase').trim().toLowerCase();
  const phase = phaseText === '' ? null : isPhaseKind(phaseText) ? phaseText : undefined;
  if (phase === undefined) {
    return fail(
      `unknown phase ${quoteValue(cell('phase').trim())} (expected ${PHASE_KINDS.join(', ')})`,
    );
  }
  return {
    ok: true,
    row: {
      line,
      instant: time.ms,
      offsetMinutes: time.offsetMinutes,
      hadOffset: time.hadOffset,
      channel,
      author,
      kind: kindText,
      text,
      phase,
    },
  };
}
