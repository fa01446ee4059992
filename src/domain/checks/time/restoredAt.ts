/**
 * When a later message says service came back (`over-promise`): the first later customer
 * message that states outright that the problem is over (see `readResolution`), at the time
 * it names ("working again since 11:50 UTC") when that lies between the promise and the
 * message, else at its own instant; without one, the first resolution message. Null when
 * neither exists.
 */
import type { EpochMs } from '../../model';
import type { CheckIncident, CheckMessage } from '../checkContext';
import { readResolution } from '../text/readResolution';
import { clockAfter } from './clockAfter';
import { messageZone } from './messageZone';
import { readClock } from './readClock';

const DAY = 86_400_000;
const SINCE = /\b(?:since|as of|desde las|desde la|a partir de las|a partir de la)\s+/g;

function statedTime(
  message: CheckMessage,
  incident: CheckIncident,
  after: EpochMs,
): EpochMs | null {
  SINCE.lastIndex = 0;
  for (let m = SINCE.exec(message.folded); m !== null; m = SINCE.exec(message.folded)) {
    const clock = readClock(message.folded, m.index + m[0].length, {
      spanishClock: m[0].startsWith('desde') || m[0].startsWith('a partir'),
      tomorrow: false,
    });
    if (clock === null || clock.kind !== 'clock') continue;
    const where = clock.zone ?? messageZone(message, incident);
    const at = clockAfter(message.communication.instant - DAY, clock.hour, clock.minute, where);
    if (at !== null && at <= message.communication.instant && at >= after) return at;
  }
  return null;
}

export function restoredAt(
  messages: readonly CheckMessage[],
  promise: CheckMessage,
  incident: CheckIncident,
): EpochMs | null {
  const later = messages.filter((m) => m.position > promise.position && m.crossPostOf !== promise);
  for (const m of later) {
    if (readResolution(m).clear !== null) {
      return statedTime(m, incident, promise.communication.instant) ?? m.communication.instant;
    }
  }
  return later.find((m) => m.communication.kind === 'resolution')?.communication.instant ?? null;
}
