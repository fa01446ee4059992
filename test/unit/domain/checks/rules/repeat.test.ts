// checks.md, repeat: a near-duplicate of the previous customer message that adds nothing.
import { describe, expect, it } from 'vitest';
import { firedOn, only, run, type Msg } from '../runChecks';

const repeats = (messages: readonly Msg[]): string[] => firedOn(run(messages), 'repeat');
const first = {
  at: 5,
  text: 'We are investigating delays in CI builds for customers on the Team plan. Next update in 30 minutes.',
};

describe('repeat', () => {
  it('fires on the later message when only the next-update time changed', () => {
    expect(
      repeats([
        first,
        {
          at: 35,
          text: 'We are investigating delays in CI builds for customers on the Team plan. Next update in 45 minutes.',
        },
      ]),
    ).toEqual(['m1']);
    expect(
      repeats([
        first,
        {
          at: 35,
          text: 'We are investigating delays in CI builds for customers on the Team plan. Next update at 13:15 UTC.',
        },
      ]),
    ).toEqual(['m1']);
    const es = {
      at: 5,
      text: 'Estamos investigando retrasos en las compilaciones de los clientes del plan Pro en Europa; las demás compilaciones funcionan con normalidad. Próxima actualización en 30 minutos.',
    };
    expect(
      repeats([
        es,
        {
          at: 35,
          text: 'Estamos investigando retrasos en las compilaciones de los clientes del plan Pro en Europa; las demás compilaciones funcionan con normalidad. Próxima actualización a las 13:15.',
        },
      ]),
    ).toEqual(['m1']);
    // Short messages: a new time weighs more, and below 0.8 the rule is silent.
    const short = { at: 5, text: 'Seguimos investigando. Próxima actualización en 30 minutos.' };
    expect(
      repeats([
        short,
        { at: 35, text: 'Seguimos investigando. Próxima actualización a las 13:15.' },
      ]),
    ).toEqual([]);
  });

  it('fires when the text is identical, or a sentence was dropped', () => {
    expect(repeats([first, { at: 35, text: first.text }])).toEqual(['m1']);
    const long = {
      at: 5,
      text: 'Git pushes are slow for some customers in Europe. Pulls and clones are not affected. We are investigating. Next update in 30 minutes.',
    };
    expect(
      repeats([
        long,
        {
          at: 35,
          text: 'Git pushes are slow for some customers in Europe. We are investigating. Next update in 30 minutes.',
        },
      ]),
    ).toEqual(['m1']);
  });

  it('does not fire when a fact was added, even with the same phrasing', () => {
    const added = {
      at: 35,
      text: 'We are investigating delays in CI builds for customers on the Team plan. Builds queued before 12:30 UTC now run. Next update in 30 minutes.',
    };
    expect(repeats([first, added])).toEqual([]);
    const few = {
      at: 35,
      text: 'We are still investigating delays in CI builds for customers on the Team plan. Next update in 30 minutes.',
    };
    expect(repeats([first, few])).toEqual([]);
  });

  it('does not fire when the status changed (in the text or the Statuspage field) or the kind differs', () => {
    expect(
      repeats([
        first,
        {
          at: 35,
          text: 'We have identified delays in CI builds for customers on the Team plan. Next update in 30 minutes.',
        },
      ]),
    ).toEqual([]);
    const a = {
      at: 5,
      status: 'identified',
      text: 'Mitigation for Codespaces is in progress. Next update in 30 minutes.',
    };
    expect(repeats([a, { ...a, at: 35, status: 'monitoring' }])).toEqual([]);
    expect(repeats([a, { ...a, at: 35 }])).toEqual(['m1']);
    const resolved = {
      at: 5,
      kind: 'resolution' as const,
      text: 'This incident has been resolved.',
    };
    expect(repeats([{ at: 1, text: 'This incident has been resolved.' }, resolved])).toEqual([]);
  });

  it('a cross-post or a shorter version on another channel is not a repeat', () => {
    expect(repeats([first, { at: 5 + 1 / 60, channel: 'Twitter/X', text: first.text }])).toEqual(
      [],
    );
    const short = {
      at: 40,
      channel: 'Twitter/X',
      text: 'We are investigating delays in CI builds for customers on the Team plan.',
    };
    expect(repeats([first, short])).toEqual([]);
  });

  it('compares with the previous message only, and skips unknown languages', () => {
    const other = {
      at: 20,
      text: 'Builds for the Team plan are running again. Next update in 30 minutes.',
    };
    expect(repeats([first, other, { at: 50, text: first.text }])).toEqual([]);
    const german = { at: 5, text: 'Wir untersuchen Verzögerungen bei den Builds.' };
    expect(repeats([german, { ...german, at: 35 }])).toEqual([]);
  });

  it('names the partner message and the similarity', () => {
    const f = only(run([first, { at: 35, text: first.text }]), 'repeat');
    expect(f.evidence).toBe(
      'Near-duplicate (similarity 1.00) of the previous message, 12:05 UTC+00:00 (Status page): "We are investigating delays in CI builds for customers on the Team plan. Next u…".',
    );
  });
});
