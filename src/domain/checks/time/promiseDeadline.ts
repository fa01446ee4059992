/** The moment a time in a message points at: the message plus an interval, or a clock time. */
import type { EpochMs } from '../../model';
import type { CheckIncident, CheckMessage } from '../checkContext';
import { clockAfter } from './clockAfter';
import { messageZone } from './messageZone';
import type { TimeExpression } from './timeExpression';

export function promiseDeadline(
  time: TimeExpression,
  message: CheckMessage,
  incident: CheckIncident,
): EpochMs | null {
  const from = message.communication.instant;
  if (time.kind === 'interval') return from + time.minutes * 60_000;
  const where = time.zone ?? messageZone(message, incident);
  return clockAfter(from, time.hour, time.minute, where, time.tomorrow);
}
