// checks.md, no-scope: neither of the first two customer messages says who or what is affected.
import { describe, expect, it } from 'vitest';
import { firedOn, only, run, type Msg } from '../runChecks';

const scopeless = (messages: readonly Msg[]): string[] => firedOn(run(messages), 'no-scope');
const vague = { at: 5, text: 'We are investigating an issue. Next update in 30 minutes.' };
const vagueEs = {
  at: 5,
  text: 'Estamos investigando una incidencia. Próxima actualización en 30 minutos.',
};

describe('no-scope', () => {
  it('fires once, on the first message, when neither of the first two names scope', () => {
    expect(
      scopeless([
        vague,
        {
          at: 20,
          text: 'We are still investigating elevated error rates. Next update in 30 minutes.',
        },
        { at: 40, text: 'Checkout works again for customers in the EU.' },
      ]),
    ).toEqual(['m0']);
    expect(
      scopeless([
        vagueEs,
        {
          at: 20,
          text: 'Seguimos trabajando en la incidencia. Próxima actualización en 30 minutos.',
        },
      ]),
    ).toEqual(['m0']);
    expect(scopeless([vague])).toEqual(['m0']);
  });

  it.each([
    'Customers in the EU cannot pay by card.',
    'Some customers on the Free plan cannot create projects.',
    'About 5% of API requests fail.',
    'Logins to the mobile app fail.',
    'Codespaces in the us-east region do not start.',
    'We are investigating reports of degraded availability for GitHub Docs.',
    'Los clientes de México no pueden descargar sus facturas.',
    'Algunos usuarios del plan Pro ven errores al pagar.',
    'Los pagos con Bizum fallan.',
  ])('the second message names scope: %s', (text) => {
    expect(scopeless([vague, { at: 20, text }])).toEqual([]);
  });

  it.each([
    'We are experiencing degraded performance.',
    'We are seeing elevated errors.',
    'Elevated errors on the edge-7 cluster are being investigated.',
    'We are investigating reports of issues with our service.',
  ])('not scope: %s', (text) => {
    expect(scopeless([vague, { at: 20, text }])).toEqual(['m0']);
  });

  it('Statuspage affected components count as scope', () => {
    expect(scopeless([{ ...vague, components: ['Git Operations'] }])).toEqual([]);
    expect(
      scopeless([
        vague,
        { at: 20, text: 'We are still investigating.', components: ['API Requests'] },
      ]),
    ).toEqual([]);
  });

  it('a cross-post is the same message: the first two distinct messages are read', () => {
    const findings = scopeless([
      vague,
      { at: 5 + 1 / 60, channel: 'Twitter/X', text: vague.text },
      { at: 20, text: 'Customers in Canada cannot place orders.' },
    ]);
    expect(findings).toEqual([]);
  });

  it('stays silent when it cannot read one of the two, or when the first message is a resolution', () => {
    expect(scopeless([vague, { at: 20, text: 'Wir untersuchen das Problem weiter.' }])).toEqual([]);
    expect(
      scopeless([{ at: 5, kind: 'resolution', text: 'Everything operating normally.' }]),
    ).toEqual([]);
  });

  it('quotes the messages', () => {
    const f = only(run([vague]), 'no-scope');
    expect(f.evidence).toBe(
      'The first messages do not say who or what is affected: "We are investigating an issue. Next update in 30 minutes.".',
    );
  });
});
