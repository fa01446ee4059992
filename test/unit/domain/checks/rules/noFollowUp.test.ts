// checks.md, no-follow-up: a resolution exists and no follow-up was sent.
import { describe, expect, it } from 'vitest';
import { firedOn, only, run, type Msg } from '../runChecks';

const update: Msg = { at: 5, text: 'Logins fail. Next update in 30 minutes.' };
const resolved: Msg = { at: 30, kind: 'resolution', text: 'Resolved. No data was lost.' };

describe('no-follow-up', () => {
  it('fires on the incident after a resolution message with no follow-up', () => {
    expect(firedOn(run([update, resolved]), 'no-follow-up')).toEqual(['incident']);
  });

  it('a resolution time alone (no resolution message) counts as a resolution', () => {
    expect(firedOn(run([update], { resolution: 40 }), 'no-follow-up')).toEqual(['incident']);
  });

  it('is silent while the incident is open, or once a follow-up was sent', () => {
    expect(firedOn(run([update]), 'no-follow-up')).toEqual([]);
    expect(
      firedOn(
        run([
          update,
          resolved,
          { at: 300, kind: 'follow-up', text: 'What happened and what we changed.' },
        ]),
        'no-follow-up',
      ),
    ).toEqual([]);
  });

  it('an internal note is not a follow-up; a follow-up in any language is', () => {
    expect(
      firedOn(
        run([update, resolved, { at: 300, kind: 'internal', text: 'Post-mortem draft.' }]),
        'no-follow-up',
      ),
    ).toEqual(['incident']);
    expect(
      firedOn(
        run([update, resolved, { at: 300, kind: 'follow-up', text: 'Nachbetrachtung.' }]),
        'no-follow-up',
      ),
    ).toEqual([]);
  });

  it('evidence and suggestion in both languages; incident-level fields are null', () => {
    const en = only(run([update, resolved]), 'no-follow-up');
    expect(en).toMatchObject({ communicationId: null, instant: null, channel: null });
    expect(en.evidence).toBe('Resolved (12:30 UTC+00:00), but no follow-up message was sent.');
    const es = only(run([update, resolved], { language: 'es' }), 'no-follow-up');
    expect(es.evidence).toBe(
      'Resuelto (12:30 UTC+00:00), pero no se envió ningún mensaje de seguimiento.',
    );
    expect(es.suggestion).toBe(
      'Envía un seguimiento: qué pasó, cómo se arregló y qué evitará que vuelva a ocurrir.',
    );
  });
});
