// checks.md, broken-promise and its clock-time details (zones, daylight saving, no date).
import { describe, expect, it } from 'vitest';
import { firedOn, only, run, type Msg } from '../runChecks';

const SECOND = 1 / 60;
const broken = (messages: readonly Msg[], alert?: string): string[] =>
  firedOn(run(messages, alert === undefined ? {} : { alert }), 'broken-promise');

describe('broken-promise', () => {
  it('interval: the next message exactly on the deadline is kept, one second later is not', () => {
    const promise = {
      at: 5,
      text: 'Webhooks are delayed for some customers. Next update in 30 minutes.',
    };
    expect(
      broken([promise, { at: 35, text: 'Webhooks are still delayed. Next update in 30 minutes.' }]),
    ).toEqual([]);
    expect(
      broken([
        promise,
        { at: 35 + SECOND, text: 'Webhooks are still delayed. Next update in 30 minutes.' },
      ]),
    ).toEqual(['m0']);
    expect(
      broken([promise, { at: 20, text: 'Webhooks are flowing again. Next update in 30 minutes.' }]),
    ).toEqual([]);
  });

  it('compares to the second: a few milliseconds past the deadline are still on time', () => {
    const promise = { at: 5, text: 'Webhooks are delayed. Next update in 30 minutes.' };
    expect(
      broken([
        promise,
        { at: 35 + (0.5 / 60_000) * 1000, text: 'Still delayed. Next update in 30 minutes.' },
      ]),
    ).toEqual([]);
  });

  it('the next customer message on any channel keeps the promise; internal notes do not', () => {
    const promise = { at: 5, text: 'Logins fail for some customers. Next update in 30 minutes.' };
    expect(
      broken([
        promise,
        {
          at: 30,
          channel: 'Email',
          text: 'Logins still fail; we are on it. Next email within 30 minutes.',
        },
        { at: 70, text: 'Logins work again. Next update in 30 minutes.' },
      ]),
    ).toEqual(['m1']);
    expect(
      broken([
        promise,
        { at: 20, kind: 'internal', text: 'Rolled back.' },
        { at: 50, text: 'Logins work again. Next update in 30 minutes.' },
      ]),
    ).toEqual(['m0']);
  });

  it('a resolution or follow-up is a next message too; with no next message the rule is silent', () => {
    const promise = { at: 5, text: 'Logins fail for some customers. Next update in 30 minutes.' };
    expect(
      broken([promise, { at: 60, kind: 'resolution', text: 'Resolved. No data was lost.' }]),
    ).toEqual(['m0']);
    expect(broken([promise])).toEqual([]);
  });

  it('a cross-post of the promise on another channel is not the next message', () => {
    const text = 'Logins fail for some customers. Next update in 30 minutes.';
    expect(
      broken([
        { at: 5, text },
        { at: 5 + SECOND, channel: 'Twitter/X', text },
        { at: 50, text: 'Logins work again. Next update in 30 minutes.' },
      ]),
    ).toEqual(['m0']);
  });

  it('a clock time in BST is read in Europe/London with summer time ("10:15 BST" = 09:15 UTC)', () => {
    const alert = '2024-07-10T09:00:00.000Z';
    const promise = {
      at: 0,
      offset: 0,
      text: 'Checkout is slow in the UK. Next update at 10:15 BST.',
    };
    expect(
      broken(
        [promise, { at: 15, text: 'Checkout is fast again. Next update in 30 minutes.' }],
        alert,
      ),
    ).toEqual([]);
    expect(
      broken(
        [promise, { at: 16, text: 'Checkout is fast again. Next update in 30 minutes.' }],
        alert,
      ),
    ).toEqual(['m0']);
    // In winter BST is not in force: Europe/London is UTC, so 10:15 is 10:15 UTC.
    const winter = '2024-01-10T09:00:00.000Z';
    expect(
      broken(
        [promise, { at: 74, text: 'Checkout is fast again. Next update in 30 minutes.' }],
        winter,
      ),
    ).toEqual([]);
  });

  it('"a las 09:30 hora peninsular" is Madrid time, summer and winter', () => {
    const summer = '2024-07-10T07:00:00.000Z'; // 09:00 in Madrid
    const promise = {
      at: 5,
      offset: 0,
      text: 'Los pagos fallan en España. Próxima actualización a las 09:30 hora peninsular.',
    };
    const next = (at: number) => ({
      at,
      text: 'Los pagos siguen fallando. Próxima actualización en 30 minutos.',
    });
    expect(broken([promise, next(30)], summer)).toEqual([]);
    expect(broken([promise, next(31)], summer)).toEqual(['m0']);
    const winter = '2024-01-10T08:00:00.000Z'; // 09:00 in Madrid
    expect(broken([promise, next(30)], winter)).toEqual([]);
    expect(broken([promise, next(30 + SECOND)], winter)).toEqual(['m0']);
  });

  it('other named zones: ET, PT, CET, UTC+2, hora de Argentina, hora del centro de México, hora de Colombia', () => {
    const next = (at: number) => ({ at, text: 'Still failing. Next update in 30 minutes.' });
    // 12:00 UTC on 5 March: New York is UTC−5, Los Angeles UTC−8, Paris UTC+1.
    expect(broken([{ at: 0, text: 'Logins fail. Next update at 7:30am ET.' }, next(30)])).toEqual(
      [],
    );
    expect(broken([{ at: 0, text: 'Logins fail. Next update at 7:30am ET.' }, next(31)])).toEqual([
      'm0',
    ]);
    expect(broken([{ at: 0, text: 'Logins fail. Next update at 4:20 PT.' }, next(21)])).toEqual([
      'm0',
    ]);
    expect(broken([{ at: 0, text: 'Logins fail. Next update at 13:20 CET.' }, next(20)])).toEqual(
      [],
    );
    expect(broken([{ at: 0, text: 'Logins fail. Next update at 14:10 UTC+2.' }, next(11)])).toEqual(
      ['m0'],
    );
    const nextEs = (at: number) => ({
      at,
      text: 'Siguen los fallos. Próxima actualización en 30 minutos.',
    });
    expect(
      broken([
        { at: 0, text: 'Fallan los pagos. Próxima actualización a las 9:40 hora de Argentina.' },
        nextEs(40),
      ]),
    ).toEqual([]);
    expect(
      broken([
        { at: 0, text: 'Fallan los pagos. Próxima actualización a las 9:40 hora de Argentina.' },
        nextEs(41),
      ]),
    ).toEqual(['m0']);
    expect(
      broken([
        {
          at: 0,
          text: 'Fallan los pagos. Próxima actualización a las 6:15 hora del centro de México.',
        },
        nextEs(16),
      ]),
    ).toEqual(['m0']);
    expect(
      broken([
        { at: 0, text: 'Fallan los pagos. Próxima actualización a las 7:30 hora de Colombia.' },
        nextEs(30),
      ]),
    ).toEqual([]);
  });

  it('with no zone named, the clock time is read in the offset the message was written in', () => {
    const promise = {
      at: 5,
      offset: -180,
      text: 'Notifications are delayed. We will post the next update at 09:35.',
    };
    const next = (at: number) => ({
      at,
      offset: -180,
      text: 'Still delayed. Next update in 30 minutes.',
    });
    expect(broken([promise, next(35)])).toEqual([]);
    expect(broken([promise, next(36)])).toEqual(['m0']);
    const madrid = {
      at: 5,
      offset: 60,
      text: 'Los correos llegan tarde. Próxima actualización a las 13:35.',
    };
    expect(
      broken([
        madrid,
        { at: 36, offset: 60, text: 'Siguen llegando tarde. Próxima actualización en 30 minutos.' },
      ]),
    ).toEqual(['m0']);
  });

  it('a message stored without an offset falls back to the zone its times were read in', () => {
    const findings = run(
      [
        { at: 5, offset: null, text: 'Notifications are delayed. Next update at 13:35.' },
        { at: 36, offset: null, text: 'Still delayed. Next update in 30 minutes.' },
      ],
      { sourceTimeZone: 'Europe/Madrid' },
    );
    expect(firedOn(findings, 'broken-promise')).toEqual(['m0']);
  });

  it('a clock time with no date is the first such time after the message (across midnight)', () => {
    const alert = '2024-03-05T23:20:00.000Z';
    const promise = { at: 10, text: 'Search is down. Next update at 00:15 UTC.' };
    expect(
      broken([promise, { at: 55, text: 'Search is back. Next update at 01:00 UTC.' }], alert),
    ).toEqual([]);
    expect(
      broken([promise, { at: 56, text: 'Search is back. Next update at 01:00 UTC.' }], alert),
    ).toEqual(['m0']);
    // "tomorrow at 09:00" written at 01:00 means the next calendar day.
    const night = '2024-03-05T01:00:00.000Z';
    const tomorrow = {
      at: 0,
      text: 'Exports are paused overnight. Next update tomorrow at 09:00 UTC.',
    };
    expect(
      broken([tomorrow, { at: 9 * 60, text: 'Exports resume. Next update in 30 minutes.' }], night),
    ).toEqual([]);
    const manana = {
      at: 0,
      text: 'Las exportaciones se detienen esta noche. Próxima actualización mañana a las 9:00.',
    };
    const sigue = (at: number) => ({
      at,
      text: 'Siguen detenidas. Próxima actualización en 30 minutos.',
    });
    expect(broken([manana, sigue(32 * 60)], night)).toEqual([]);
    expect(broken([manana, sigue(32 * 60 + 1)], night)).toEqual(['m0']);
    // "a las 9 de la mañana" is the morning, not tomorrow: 09:00 on the same day.
    const morning = { at: 0, text: 'Se detienen. Próxima actualización a las 9 de la mañana.' };
    expect(broken([morning, sigue(8 * 60 + 1)], night)).toEqual(['m0']);
  });

  it('gives the minutes late and the partner message in the evidence', () => {
    const f = only(
      run([
        { at: 5, text: 'Webhooks are delayed. Next update in 30 minutes.' },
        {
          at: 58,
          channel: 'Twitter/X',
          text: 'Webhooks are still delayed. Next update in 30 minutes.',
        },
      ]),
      'broken-promise',
    );
    expect(f.evidence).toBe(
      'Promised "Next update in 30 minutes" (due 12:35 UTC+00:00); the next message came 23 min late, at 12:58 UTC+00:00 (Twitter/X).',
    );
    expect(f.communicationId).toBe('m0');
  });

  it('only updates make promises; unknown languages are not read', () => {
    expect(
      broken([
        {
          at: 5,
          kind: 'resolution',
          text: 'Resolved. We will publish a full report within 48 hours.',
        },
        { at: 5000, kind: 'follow-up', text: 'Report.' },
      ]),
    ).toEqual([]);
    expect(
      broken([
        { at: 5, text: 'Nächstes Update um 12:35.' },
        { at: 60, text: 'Wieder da.' },
      ]),
    ).toEqual([]);
  });
});
