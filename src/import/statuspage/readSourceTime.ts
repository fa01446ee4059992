/**
 * One Statuspage time field (`display_at`, `created_at`, `started_at`, …): absent, read,
 * or unreadable (with the reason).
 */
import type { SourceInstant } from '../../domain/model';
import { parseTimestamp, type TimestampContext } from '../time/parseTimestamp';

export type SourceTime =
  | { readonly kind: 'absent' }
  | { readonly kind: 'ok'; readonly instant: SourceInstant; readonly hadOffset: boolean }
  | { readonly kind: 'bad'; readonly reason: string };

export function readSourceTime(
  value: unknown,
  field: string,
  context: TimestampContext,
): SourceTime {
  if (value === null || value === undefined || value === '') return { kind: 'absent' };
  if (typeof value !== 'string') return { kind: 'bad', reason: `${field} is not a time` };
  const parsed = parseTimestamp(value, context);
  if (!parsed.ok) return { kind: 'bad', reason: `${field}: ${parsed.reason}` };
  return {
    kind: 'ok',
    instant: { ms: parsed.ms, offsetMinutes: parsed.offsetMinutes },
    hadOffset: parsed.hadOffset,
  };
}
