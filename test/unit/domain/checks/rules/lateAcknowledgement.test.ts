// checks.md, late-acknowledgement: the first customer message, strictly past the target's max.
import { describe, expect, it } from 'vitest';
import { firedOn, only, run } from '../runChecks';

const en = 'Customers cannot log in. Next update in 30 minutes.';
const es = 'Los clientes no pueden iniciar sesión. Próxima actualización en 30 minutos.';

describe('late-acknowledgement', () => {
  it('fires on the first customer message strictly past the upper bound (both languages)', () => {
    expect(firedOn(run([{ at: 31, text: en }]), 'late-acknowledgement')).toEqual(['m0']);
    expect(firedOn(run([{ at: 47, text: es }]), 'late-acknowledgement')).toEqual(['m0']);
  });

  it('keeps a first message exactly on the upper bound, or a millisecond before', () => {
    expect(firedOn(run([{ at: 30, text: en }]), 'late-acknowledgement')).toEqual([]);
    expect(firedOn(run([{ at: 30 + 1 / 60_000, text: en }]), 'late-acknowledgement')).toEqual([
      'm0',
    ]);
    expect(firedOn(run([{ at: 12, text: es }]), 'late-acknowledgement')).toEqual([]);
  });

  it('uses the incident target, not the default', () => {
    const target = { ideal: 10, max: 15 };
    expect(firedOn(run([{ at: 16, text: en }], { target }), 'late-acknowledgement')).toEqual([
      'm0',
    ]);
    expect(
      firedOn(
        run([{ at: 45, text: en }], { target: { ideal: 40, max: 60 } }),
        'late-acknowledgement',
      ),
    ).toEqual([]);
  });

  it('only the first message, of any customer kind; internal notes do not count', () => {
    const findings = run([
      { at: 2, kind: 'internal', text: 'Paging the on-call engineer.' },
      { at: 50, text: en },
      { at: 120, text: en },
    ]);
    expect(firedOn(findings, 'late-acknowledgement')).toEqual(['m1']);
    const resolutionFirst = run([
      { at: 40, kind: 'resolution', text: 'Resolved. No data was lost.' },
    ]);
    expect(firedOn(resolutionFirst, 'late-acknowledgement')).toEqual(['m0']);
  });

  it('is a timing rule: a message in an unknown language is judged too', () => {
    const findings = run([{ at: 45, text: 'Wir untersuchen derzeit Anmeldeprobleme.' }]);
    expect(firedOn(findings, 'late-acknowledgement')).toEqual(['m0']);
  });

  it('stays silent without an alert time or without messages', () => {
    expect(firedOn(run([{ at: 90, text: en }], { alert: null }), 'late-acknowledgement')).toEqual(
      [],
    );
    expect(run([])).toEqual([]);
  });

  it('gives the minutes in the evidence, in the review language', () => {
    const f = only(run([{ at: 47, text: en }]), 'late-acknowledgement');
    expect(f.evidence).toBe(
      "First customer message 47 min after the alert; the target's upper bound is 30 min.",
    );
    const es47 = only(run([{ at: 47, text: en }], { language: 'es' }), 'late-acknowledgement');
    expect(es47.evidence).toBe(
      'Primer mensaje a clientes 47 min después de la alerta; el límite del objetivo es 30 min.',
    );
    expect(es47.suggestion).toMatch(/^Reconoce el problema antes/);
  });
});
