/**
 * An interval written in a message ("30 minutes", "1h", "an hour and a half", "media hora",
 * "the next 45 mins"), read sticky at `from` in the folded text. Vague amounts ("a few
 * minutes", "unos minutos") are not intervals.
 */
import type { TimeExpression } from './timeExpression';

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  'forty-five': 45,
  'forty five': 45,
  sixty: 60,
  ninety: 90,
  'half an': 0.5,
  'a half': 0.5,
  un: 1,
  una: 1,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  diez: 10,
  quince: 15,
  veinte: 20,
  treinta: 30,
  cuarenta: 40,
  'cuarenta y cinco': 45,
  sesenta: 60,
  noventa: 90,
  media: 0.5,
};

const LEAD = String.raw`\s*(?:(?:about|approximately|approx\.?|around|roughly|~|the next|next|another|less than|under|no more than|aproximadamente|aprox\.?|unos|unas|alrededor de|los proximos|las proximas|la proxima|el proximo|un plazo de|menos de|no mas de)\s*)*`;
const WORDS = Object.keys(WORD_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const INTERVAL = new RegExp(
  `${LEAD}(?:(\\d{1,3}(?:[.,]\\d{1,2})?)\\s?(hours?|hrs?|h|minutes?|mins?|m|minutos?|horas?)|(${WORDS})\\s+(hours?|minutes?|mins|horas?|minutos?)|((?:the\\s+|la\\s+)?(?:hour|hora)))(\\s+(?:and a half|y media))?\\b`,
  'y',
);

const isHour = (unit: string): boolean => unit.startsWith('h');

export function readInterval(folded: string, from: number): TimeExpression | null {
  INTERVAL.lastIndex = from;
  const m = INTERVAL.exec(folded);
  if (m === null) return null;
  let hours: number;
  let minutes: number;
  if (m[1] !== undefined && m[2] !== undefined) {
    const n = Number(m[1].replace(',', '.'));
    [hours, minutes] = isHour(m[2]) ? [n, 0] : [0, n];
  } else if (m[3] !== undefined && m[4] !== undefined) {
    const n = WORD_NUMBERS[m[3]] ?? 0;
    [hours, minutes] = isHour(m[4]) ? [n, 0] : [0, n];
  } else {
    [hours, minutes] = [1, 0];
  }
  if (m[6] !== undefined) {
    if (minutes !== 0) return null; // "30 minutes and a half" is not a way to write a time
    hours += 0.5;
  }
  const total = hours * 60 + minutes;
  if (!(total > 0) || total > 7 * 24 * 60) return null;
  return { kind: 'interval', minutes: total, end: m.index + m[0].length };
}
