// checks.md, inconsistent-channels: different statuses on different channels within 5 minutes.
import { describe, expect, it } from 'vitest';
import { firedOn, only, run, type Msg } from '../runChecks';

const inconsistent = (messages: readonly Msg[]): string[] =>
  firedOn(run(messages), 'inconsistent-channels');
const resolvedPage: Msg = {
  at: 30,
  kind: 'resolution',
  status: 'resolved',
  text: 'This incident has been resolved. No data was lost.',
};
const stillInvestigating = (at: number): Msg => ({
  at,
  channel: 'Twitter/X',
  text: 'We are still investigating failed logins. Next update in 30 minutes.',
});

describe('inconsistent-channels', () => {
  it('attaches to the later message of a pair at most 5 minutes apart, exactly 5 included', () => {
    expect(inconsistent([resolvedPage, stillInvestigating(33)])).toEqual(['m1']);
    expect(inconsistent([resolvedPage, stillInvestigating(35)])).toEqual(['m1']);
    expect(inconsistent([resolvedPage, stillInvestigating(35 + 1 / 60)])).toEqual([]);
    // The later one is the one flagged, whichever channel it is on.
    expect(inconsistent([stillInvestigating(28), resolvedPage])).toEqual(['m1']);
  });

  it('the same channel never pairs with itself', () => {
    expect(
      inconsistent([
        resolvedPage,
        { at: 32, status: 'investigating', text: 'We are investigating again: logins fail.' },
      ]),
    ).toEqual([]);
  });

  it('different words for the same status do not fire (both languages)', () => {
    expect(
      inconsistent([
        {
          at: 5,
          status: 'identified',
          text: 'We have identified the cause of slow exports and are working on a fix.',
        },
        {
          at: 8,
          channel: 'Email',
          text: 'Our engineers found the problem that slows down exports and are preparing a fix.',
        },
      ]),
    ).toEqual([]);
    expect(
      inconsistent([
        {
          at: 5,
          status: 'identified',
          text: 'Hemos identificado la causa de la lentitud y estamos trabajando en una solución.',
        },
        {
          at: 8,
          channel: 'Email',
          text: 'Nuestro equipo ha localizado el problema y está preparando una corrección.',
        },
      ]),
    ).toEqual([]);
  });

  it('Spanish statuses from the text', () => {
    expect(
      inconsistent([
        {
          at: 30,
          kind: 'resolution',
          text: 'La incidencia está resuelta y no se ha perdido ningún dato.',
        },
        {
          at: 33,
          channel: 'Twitter/X',
          text: 'Seguimos investigando los fallos de inicio de sesión.',
        },
      ]),
    ).toEqual(['m1']);
  });

  it('a channel that is simply ahead is not flagged when the other catches up within 5 minutes', () => {
    const page = {
      at: 5,
      status: 'investigating',
      text: 'We are investigating failed card payments.',
    };
    const ahead = {
      at: 8,
      channel: 'Email',
      text: 'Card payments are working again. We are monitoring.',
    };
    expect(
      inconsistent([
        page,
        ahead,
        { at: 12, status: 'monitoring', text: 'A fix is in place and payments are recovering.' },
      ]),
    ).toEqual([]);
    expect(
      inconsistent([
        page,
        ahead,
        { at: 40, status: 'resolved', kind: 'resolution', text: 'Resolved.' },
      ]),
    ).toEqual(['m1']);
  });

  it('uses the Statuspage status field where there is one; a cross-post never differs', () => {
    const text = 'We are investigating reports of degraded performance for Actions.';
    expect(
      inconsistent([
        { at: 5, status: 'investigating', text },
        { at: 5 + 1 / 60, channel: 'Twitter/X', status: 'investigating', text },
      ]),
    ).toEqual([]);
    expect(
      inconsistent([
        {
          at: 40,
          status: 'monitoring',
          text: 'A fix has been applied and runs are recovering. We are monitoring.',
        },
        {
          at: 43,
          channel: 'Twitter/X',
          text: 'We are still investigating degraded performance for Actions.',
        },
      ]),
    ).toEqual(['m1']);
  });

  it('messages with no status (follow-ups, unknown language) are never compared', () => {
    expect(
      inconsistent([
        resolvedPage,
        { at: 32, channel: 'Email', kind: 'follow-up', text: 'Here is what happened.' },
      ]),
    ).toEqual([]);
    expect(
      inconsistent([
        resolvedPage,
        { at: 32, channel: 'Email', text: 'Wir untersuchen das Problem.' },
      ]),
    ).toEqual([]);
  });

  it('names the partner message', () => {
    const f = only(run([resolvedPage, stillInvestigating(33)]), 'inconsistent-channels');
    expect(f.channel).toBe('Twitter/X');
    expect(f.evidence).toBe(
      'Says "investigating" while Status page said "resolved" 3 min earlier (12:30 UTC+00:00): "This incident has been resolved. No data was lost.".',
    );
    const es = only(
      run([resolvedPage, stillInvestigating(33)], { language: 'es' }),
      'inconsistent-channels',
    );
    expect(es.evidence).toMatch(
      /^Dice "investigando" mientras Status page decía "resuelto" 3 min antes/,
    );
  });
});
