// Intervals, clock times and zone names as the checks read them (folded text).
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../../../src/domain/checks/text/foldText';
import { readTime } from '../../../../../src/domain/checks/time/readTime';

const en = { spanishClock: false, tomorrow: false };
const es = { spanishClock: true, tomorrow: false };
const read = (text: string, context = en) => {
  const t = readTime(foldText(text), 0, context);
  if (t === null) return null;
  const { end: _end, ...rest } = t;
  return rest;
};

describe('readTime', () => {
  it.each([
    ['30 minutes', 30],
    ['15 mins', 15],
    ['1h', 60],
    ['~45m', 45],
    ['an hour', 60],
    ['the hour', 60],
    ['half an hour', 30],
    ['an hour and a half', 90],
    ['1.5 hours', 90],
    ['the next 20 minutes', 20],
    ['media hora', 30],
    ['una hora y media', 90],
    ['unos 20 minutos', 20],
  ])('interval %s = %i min', (text, minutes) => {
    expect(read(text)).toEqual({ kind: 'interval', minutes });
  });

  it.each(['a few minutes', 'unos minutos', 'shortly', '5% of requests'])(
    'not an interval: %s',
    (text) => {
      expect(read(text)).toBeNull();
    },
  );

  it('clock times with zones (abbreviations, offsets, places)', () => {
    expect(read('10:15 BST')).toEqual({
      kind: 'clock',
      hour: 10,
      minute: 15,
      zone: { kind: 'zone', zone: 'Europe/London' },
      tomorrow: false,
    });
    expect(read('3pm ET')).toMatchObject({
      hour: 15,
      minute: 0,
      zone: { zone: 'America/New_York' },
    });
    expect(read('9:30am PT')).toMatchObject({
      hour: 9,
      minute: 30,
      zone: { zone: 'America/Los_Angeles' },
    });
    expect(read('1230 UTC')).toMatchObject({ hour: 12, minute: 30, zone: { zone: 'UTC' } });
    expect(read('14:10 UTC+2')).toMatchObject({ zone: { kind: 'offset', minutes: 120 } });
    expect(read('14:10 GMT-3')).toMatchObject({ zone: { kind: 'offset', minutes: -180 } });
    expect(read('13:00 CEST')).toMatchObject({ zone: { zone: 'Europe/Paris' } });
    expect(read('10:15')).toMatchObject({ hour: 10, minute: 15, zone: null });
  });

  it('Spanish clock times after "a las"', () => {
    expect(read('09:30 hora peninsular', es)).toMatchObject({
      hour: 9,
      minute: 30,
      zone: { zone: 'Europe/Madrid' },
    });
    expect(read('16:00 h (hora de Madrid)', es)).toMatchObject({
      hour: 16,
      zone: { zone: 'Europe/Madrid' },
    });
    expect(read('10.30', es)).toMatchObject({ hour: 10, minute: 30 });
    expect(read('10', es)).toMatchObject({ hour: 10, minute: 0 });
    expect(read('4 de la tarde', es)).toMatchObject({ hour: 16 });
    expect(read('9:40 hora de Argentina', es)).toMatchObject({
      zone: { zone: 'America/Argentina/Buenos_Aires' },
    });
    expect(read('9:40 hora del centro de México', es)).toMatchObject({
      zone: { zone: 'America/Mexico_City' },
    });
    expect(read('9:40 hora de Colombia', es)).toMatchObject({ zone: { zone: 'America/Bogota' } });
    // After "a las" a bare "10 hora …" is a clock time, never ten hours.
    expect(read('10 hora peninsular', es)).toMatchObject({ kind: 'clock', hour: 10 });
  });

  it('not clock times: a bare English number, a year, impossible times', () => {
    expect(read('10')).toBeNull();
    expect(read('2023')).toBeNull();
    expect(read('25:00 UTC')).toBeNull();
    expect(read('10.30')).toBeNull();
  });
});
