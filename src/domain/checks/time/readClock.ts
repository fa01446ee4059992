/**
 * A clock time written in a message, read sticky at `from` in the folded text: `10:15`,
 * `3pm`, `3:30 p.m.`, `1230 UTC`, `16h`, `16:00 h`, `a las 10.30` (a dot only where the
 * caller says Spanish clock words came before), `9 de la noche`, then an optional zone
 * ("BST", "(hora peninsular)", "UTC+2"). A bare hour counts only after "a las" or with a
 * zone or am/pm.
 */
import { readZoneName } from './readZoneName';
import type { TimeExpression } from './timeExpression';

const DIGITS = /\s*(\d{1,4})(?:(:)(\d{2})|\.(\d{2})(?!\d)|h(\d{2}))?(?!\d)/y;
const MERIDIEM = /\s*(a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])/y;
const HOURS_WORD = /\s*(?:h|hs|hrs|horas)\b\.?/y;
const DAY_PART = /\s*(?:de la (manana|tarde|noche|madrugada)|del (mediodia))\b/y;

function sticky(re: RegExp, text: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  return re.exec(text);
}

export interface ClockContext {
  /** Spanish clock words ("a las") came before: `10.30` and a bare `10` are clock times. */
  readonly spanishClock: boolean;
  readonly tomorrow: boolean;
}

export function readClock(
  folded: string,
  from: number,
  context: ClockContext,
): TimeExpression | null {
  const d = sticky(DIGITS, folded, from);
  if (d === null) return null;
  const raw = d[1] ?? '';
  let end = d.index + d[0].length;
  let hour: number;
  let minute: number;
  let explicit = false; // minutes written with a separator, or an "h"
  const dotted = d[4] !== undefined;
  if (dotted && !context.spanishClock) return null;
  if (d[3] !== undefined || d[4] !== undefined || d[5] !== undefined) {
    if (raw.length > 2) return null;
    hour = Number(raw);
    minute = Number(d[3] ?? d[4] ?? d[5]);
    explicit = true;
  } else if (raw.length === 4) {
    hour = Number(raw.slice(0, 2));
    minute = Number(raw.slice(2));
  } else if (raw.length <= 2) {
    hour = Number(raw);
    minute = 0;
  } else {
    return null;
  }

  let meridiem: string | null = null;
  const mer = sticky(MERIDIEM, folded, end);
  if (mer !== null) {
    meridiem = (mer[1] ?? '').startsWith('p') ? 'pm' : 'am';
    end = mer.index + mer[0].length;
  }
  const hoursWord = sticky(HOURS_WORD, folded, end);
  if (hoursWord !== null && meridiem === null) {
    end = hoursWord.index + hoursWord[0].length;
    explicit = true;
  }
  const part = sticky(DAY_PART, folded, end);
  if (part !== null) end = part.index + part[0].length;
  const zone = readZoneName(folded, end);
  if (zone !== null) end = zone.end;

  if (meridiem !== null) {
    if (hour < 1 || hour > 12 || raw.length === 4) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  } else if (part !== null) {
    const when = part[1] ?? part[2];
    if (hour > 12) return null;
    if (when === 'tarde' || (when === 'noche' && hour >= 6) || (when === 'mediodia' && hour < 12)) {
      hour = (hour % 12) + 12;
    }
  }
  if (hour > 23 || minute > 59) return null;
  // "1230" needs a zone; a bare "10" needs "a las", a zone, am/pm or a day part.
  if (raw.length === 4 && zone === null && !explicit) return null;
  if (raw.length <= 2 && !explicit && zone === null && meridiem === null && part === null) {
    if (!context.spanishClock) return null;
  }
  return {
    kind: 'clock',
    hour,
    minute,
    zone: zone?.zone ?? null,
    tomorrow: context.tomorrow,
    end,
  };
}
