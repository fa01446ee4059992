// checks.md, non-apology: the hedged "sorry for any inconvenience" cliché.
import { describe, expect, it } from 'vitest';
import { firedOn, only, run } from '../runChecks';

const fires = (text: string, next = 'Next update in 30 minutes.'): boolean =>
  firedOn(run([{ at: 5, text: `${text} ${next}` }]), 'non-apology').length === 1;
const PROXIMA = 'Próxima actualización en 30 minutos.';

describe('non-apology', () => {
  it.each([
    'We apologize for any inconvenience this may have caused.',
    'We apologise for any inconvenience.',
    'Sorry for the inconvenience.',
    'We sincerely apologize for the inconvenience caused.',
    'Apologies for any disruption this may cause.',
    'We regret any inconvenience.',
    'Our apologies for any trouble.',
    "We're sorry for the inconvenience this has caused you.",
  ])('English cliché: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'Lamentamos las molestias.',
    'Lamentamos las molestias ocasionadas.',
    'Disculpe las molestias.',
    'Disculpen las molestias.',
    'Pedimos disculpas por las molestias que esto pueda causar.',
    'Rogamos disculpen las molestias.',
    'Sentimos cualquier inconveniente.',
    'Perdón por las molestias.',
  ])('Spanish cliché: %s', (text) => {
    expect(fires(`Los pagos fallan. ${text}`, PROXIMA)).toBe(true);
  });

  it.each([
    "We're sorry that you could not check out for two hours this morning.",
    'We apologize for the disruption to your deployments this morning.',
    'We are sorry for the trouble with logins: some of you were locked out for 40 minutes.',
    'Thank you for your patience.',
  ])('English apology that names the harm, or none at all: %s', (text) => {
    expect(fires(text)).toBe(false);
  });

  it.each([
    'Sentimos que no hayáis podido pagar durante dos horas.',
    'Lamentamos profundamente que muchos clientes no pudieran acceder a sus cuentas.',
    'Gracias por vuestra paciencia.',
  ])('Spanish apology that names the harm, or none at all: %s', (text) => {
    expect(fires(text, PROXIMA)).toBe(false);
  });

  it('quotes the words matched, in both review languages', () => {
    const text = 'Card payments fail. We apologize for any inconvenience this may have caused.';
    expect(only(run([{ at: 5, text }]), 'non-apology').evidence).toBe(
      '"We apologize for any inconvenience this may have caused"',
    );
    const es = only(
      run([{ at: 5, text: 'Pagos caídos. Disculpen las molestias.' }], { language: 'es' }),
      'non-apology',
    );
    expect(es.evidence).toBe('"Disculpen las molestias"');
    expect(es.suggestion).toMatch(/^Pide perdón por el daño concreto/);
  });

  it('judges every customer kind, but not internal notes nor messages of unknown language', () => {
    const findings = run([
      { at: 5, kind: 'internal', text: 'Sorry for the inconvenience, team.' },
      { at: 6, text: 'Entschuldigung für die Unannehmlichkeiten.' },
      {
        at: 40,
        kind: 'resolution',
        text: 'Resolved. No data was lost. Sorry for the inconvenience.',
      },
    ]);
    expect(firedOn(findings, 'non-apology')).toEqual(['m2']);
  });
});
