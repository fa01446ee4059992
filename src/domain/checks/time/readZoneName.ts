/**
 * A time zone named right after a clock time in a message (`../shared/spec/checks.md`,
 * Details): abbreviations are read as the zone they belong to, with daylight saving
 * (ET = America/New_York, PT = America/Los_Angeles, CET/CEST = Europe/Paris,
 * BST = Europe/London), "UTC+2"/"GMT-3" as fixed offsets, and "hora de <lugar>" as the
 * place's zone. Reads the folded text (see `foldText`) at `from`, sticky.
 */
import type { ZoneRef } from './zoneRef';

const zone = (name: string): ZoneRef => ({ kind: 'zone', zone: name });

const PLACES: readonly (readonly [string, string])[] = [
  ['peninsular espanola', 'Europe/Madrid'],
  ['peninsular', 'Europe/Madrid'],
  ['espanola', 'Europe/Madrid'],
  ['de espana', 'Europe/Madrid'],
  ['de madrid', 'Europe/Madrid'],
  ['de la peninsula', 'Europe/Madrid'],
  ['canaria', 'Atlantic/Canary'],
  ['de canarias', 'Atlantic/Canary'],
  ['de argentina', 'America/Argentina/Buenos_Aires'],
  ['de buenos aires', 'America/Argentina/Buenos_Aires'],
  ['argentina', 'America/Argentina/Buenos_Aires'],
  ['del centro de mexico', 'America/Mexico_City'],
  ['de la ciudad de mexico', 'America/Mexico_City'],
  ['de ciudad de mexico', 'America/Mexico_City'],
  ['de mexico', 'America/Mexico_City'],
  ['del centro', 'America/Mexico_City'],
  ['mexicana', 'America/Mexico_City'],
  ['de colombia', 'America/Bogota'],
  ['de bogota', 'America/Bogota'],
  ['colombiana', 'America/Bogota'],
  ['de chile', 'America/Santiago'],
  ['de santiago', 'America/Santiago'],
  ['chilena', 'America/Santiago'],
  ['de peru', 'America/Lima'],
  ['del peru', 'America/Lima'],
  ['de lima', 'America/Lima'],
  ['peruana', 'America/Lima'],
  ['de uruguay', 'America/Montevideo'],
  ['de montevideo', 'America/Montevideo'],
  ['uruguaya', 'America/Montevideo'],
  ['de venezuela', 'America/Caracas'],
  ['de caracas', 'America/Caracas'],
  ['venezolana', 'America/Caracas'],
  ['de londres', 'Europe/London'],
  ['de nueva york', 'America/New_York'],
];

const ABBREVIATIONS: Readonly<Record<string, string>> = {
  utc: 'UTC',
  gmt: 'UTC',
  z: 'UTC',
  bst: 'Europe/London',
  cet: 'Europe/Paris',
  cest: 'Europe/Paris',
  et: 'America/New_York',
  est: 'America/New_York',
  edt: 'America/New_York',
  pt: 'America/Los_Angeles',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  ct: 'America/Chicago',
  cst: 'America/Chicago',
  cdt: 'America/Chicago',
  mt: 'America/Denver',
  mst: 'America/Denver',
  mdt: 'America/Denver',
};

const place = PLACES.map(([words]) => words.replace(/ /g, '\\s+')).join('|');
const ZONE = new RegExp(
  String.raw`\s*\(?\s*(?:(utc|gmt)\s?([+\-\u2212])\s?(\d{1,2})(?::?(\d{2}))?|(utc|gmt|bst|cest|cet|edt|est|et|pdt|pst|pt|cdt|cst|ct|mdt|mst|mt|z)|hora\s+(${place}))\b\s*\)?`,
  'y',
);

export interface ZoneReading {
  readonly zone: ZoneRef;
  readonly end: number;
}

export function readZoneName(folded: string, from: number): ZoneReading | null {
  ZONE.lastIndex = from;
  const m = ZONE.exec(folded);
  if (m === null) return null;
  const end = m.index + m[0].length;
  if (m[2] !== undefined) {
    const sign = m[2] === '+' ? 1 : -1;
    const minutes = sign * (Number(m[3]) * 60 + Number(m[4] ?? '0'));
    return Math.abs(minutes) <= 14 * 60 ? { zone: { kind: 'offset', minutes }, end } : null;
  }
  const abbreviation = m[5];
  if (abbreviation !== undefined) {
    const name = ABBREVIATIONS[abbreviation];
    return name === undefined ? null : { zone: zone(name), end };
  }
  const spoken = (m[6] ?? '').replace(/\s+/g, ' ');
  const found = PLACES.find(([words]) => words === spoken);
  return found === undefined ? null : { zone: zone(found[1]), end };
}
