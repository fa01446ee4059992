/**
 * A confident fix ETA in a message (`over-promise`): fix words followed by a vague time
 * ("back shortly": 15 minutes), an interval ("back in 5 minutes") or a clock time ("fixed by
 * 10:30 UTC"); the same preceded by the time ("en unos minutos estará operativo"); or "ETA
 * 45m". None when the message says it gives no ETA. A next-update promise is not an ETA:
 * fix words never include "update".
 */
import type { CheckMessage } from '../checkContext';
import {
  CLOCK_LEAD,
  ETA_WORDS,
  FIX_WORDS,
  INTERVAL_LEAD,
  NO_ETA,
  VAGUE_SOON,
} from '../phrases/fixEtaWords';
import { clauseAfter } from '../text/clauseAfter';
import { clauseBefore } from '../text/clauseBefore';
import { findMatches } from '../text/findMatches';
import { matchPhrases } from '../text/matchPhrases';
import { readClock } from './readClock';
import { readInterval } from './readInterval';
import type { TimeExpression } from './timeExpression';

export interface FixEta {
  readonly words: string;
  readonly index: number;
  readonly time: TimeExpression;
  /** A vague word ("shortly", "en unos minutos"), counted as 15 minutes. */
  readonly vague: boolean;
}

export const VAGUE_MINUTES = 15;

/** Up to three words may come between the fix words and the time, none about updates. */
const WORD = /^\s+([a-z'-]+)/;
const NOT_FILLER =
  /\b(?:update|updates|next|report|post|you|customers|actualizacion|informacion|and|y|but|pero|while|mientras|when|once|if|cuando|si)\b/;

const vague = (end: number): TimeExpression => ({ kind: 'interval', minutes: VAGUE_MINUTES, end });

function timeAfter(
  message: CheckMessage,
  from: number,
): { time: TimeExpression; vague: boolean } | null {
  const lang = message.language === 'es' ? 'es' : 'en';
  const rest = message.folded.slice(from, from + 120);
  const offsets = [0];
  for (let i = 0, pos = 0; i < 3; i++) {
    const w = WORD.exec(rest.slice(pos));
    if (w === null || NOT_FILLER.test(w[1] ?? '')) break;
    pos += w[0].length;
    offsets.push(pos);
  }
  for (const offset of offsets) {
    const at = from + offset;
    const tail = message.folded.slice(at, at + 100);
    for (const re of VAGUE_SOON[lang]) {
      const m = re.exec(tail);
      if (m !== null) return { time: vague(at + m[0].length), vague: true };
    }
    for (const re of INTERVAL_LEAD[lang]) {
      const m = re.exec(tail);
      const interval = m === null ? null : readInterval(message.folded, at + m[0].length);
      if (interval !== null) return { time: interval, vague: false };
    }
    for (const re of CLOCK_LEAD[lang]) {
      const m = re.exec(tail);
      const spanishClock = lang === 'es';
      const clock =
        m === null
          ? null
          : readClock(message.folded, at + m[0].length, { spanishClock, tomorrow: false });
      if (clock !== null) return { time: clock, vague: false };
    }
  }
  return null;
}

/** "next update in 30 minutes, …": the time belongs to the update, not to a fix. */
const UPDATE_BEFORE =
  /\b(?:update|updates|report|actualizacion|actualizaciones|informacion|novedades)\s*:?\s*$/;

const TIME_FIRST = {
  en: /\b(?:in|within)\s+/g,
  es: /\b(?:en|dentro de)\s+/g,
};

export function readFixEta(message: CheckMessage): FixEta | null {
  if (message.language === 'unknown') return null;
  const lang = message.language;
  if (matchPhrases(message, NO_ETA).length > 0) return null;
  const found: FixEta[] = [];
  const words = (index: number, end: number): string =>
    message.text.slice(index, end).replace(/\s+/gu, ' ').trim();

  for (const fix of matchPhrases(message, FIX_WORDS)) {
    const after = timeAfter(message, fix.end);
    if (after !== null) {
      found.push({ words: words(fix.index, after.time.end), index: fix.index, ...after });
    }
  }
  for (const eta of matchPhrases(message, ETA_WORDS)) {
    const time =
      readInterval(message.folded, eta.end) ??
      readClock(message.folded, eta.end, { spanishClock: lang === 'es', tomorrow: false });
    if (time !== null)
      found.push({ words: words(eta.index, time.end), index: eta.index, time, vague: false });
  }
  // Time first: "in a few minutes everything will be back", "en unos minutos estará operativo".
  const re = TIME_FIRST[lang];
  re.lastIndex = 0;
  for (let m = re.exec(message.folded); m !== null; m = re.exec(message.folded)) {
    if (UPDATE_BEFORE.test(clauseBefore(message.folded, m.index, 40))) continue;
    const tail = message.folded.slice(m.index, m.index + 60);
    const soon = VAGUE_SOON[lang].map((v) => v.exec(tail)).find((v) => v !== null) ?? null;
    const isVague = soon !== null;
    const time =
      soon !== null
        ? vague(m.index + soon[0].length)
        : readInterval(message.folded, m.index + m[0].length);
    if (time === null) continue;
    const clause = clauseAfter(message.folded, time.end, 60);
    const fix = findMatches(clause, clause, FIX_WORDS[lang])[0];
    if (fix === undefined || NOT_FILLER.test(clause.slice(0, fix.index))) continue;
    const end = time.end + fix.end;
    found.push({ words: words(m.index, end), index: m.index, time, vague: isVague });
  }
  return found.sort((a, b) => a.index - b.index)[0] ?? null;
}
