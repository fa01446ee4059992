// checks.md, no-workaround: a workaround was recorded and no customer message mentions one.
import { describe, expect, it } from 'vitest';
import { firedOn, only, run, type Msg } from '../runChecks';

const down: Msg = {
  at: 5,
  text: 'Card payments fail for all customers. Next update in 30 minutes.',
};
const back: Msg = {
  at: 30,
  kind: 'resolution',
  text: 'Card payments work again; resolved. No payments were lost.',
};

describe('no-workaround', () => {
  it('fires on the incident when the preparation records a workaround nobody mentioned', () => {
    expect(
      firedOn(run([down, back], { workaround: 'Pay by bank transfer' }), 'no-workaround'),
    ).toEqual(['incident']);
    const es = [
      { at: 5, text: 'Los pagos con tarjeta fallan. Próxima actualización en 30 minutos.' },
    ];
    expect(firedOn(run(es, { workaround: 'Pagar por transferencia' }), 'no-workaround')).toEqual([
      'incident',
    ]);
  });

  it('is silent without a recorded workaround', () => {
    expect(firedOn(run([down, back]), 'no-workaround')).toEqual([]);
    expect(firedOn(run([down, back], { workaround: null }), 'no-workaround')).toEqual([]);
  });

  it.each([
    'In the meantime, you can pay by bank transfer.',
    'As a workaround, customers can pay by bank transfer.',
    'Bank transfers still work: please use them instead.',
    'Paying by bank transfer works.',
  ])('a message that mentions it (English): %s', (text) => {
    expect(
      firedOn(
        run([down, { at: 10, text }, back], { workaround: 'Pay by bank transfer' }),
        'no-workaround',
      ),
    ).toEqual([]);
  });

  it.each([
    'Como alternativa, pueden pagar por transferencia.',
    'Mientras tanto, pueden usar la app de escritorio.',
    'Existe una solución temporal: usar la app de escritorio.',
  ])('a message that mentions it (Spanish): %s', (text) => {
    expect(
      firedOn(
        run([down, { at: 10, text }, back], { workaround: 'Usar la app de escritorio' }),
        'no-workaround',
      ),
    ).toEqual([]);
  });

  it('a long message in an unknown language might mention it: silent', () => {
    const german = {
      at: 10,
      text: 'Bitte nutzen Sie in der Zwischenzeit die Überweisung als Alternative.',
    };
    expect(
      firedOn(run([down, german, back], { workaround: 'Pay by bank transfer' }), 'no-workaround'),
    ).toEqual([]);
  });

  it('shows the recorded workaround, or says there was one', () => {
    expect(
      only(run([down], { workaround: 'Pay by bank transfer' }), 'no-workaround').evidence,
    ).toBe(
      'Workaround in the preparation: "Pay by bank transfer"; no customer message mentions one.',
    );
    expect(only(run([down], { workaround: ' ', language: 'es' }), 'no-workaround').evidence).toBe(
      'La preparación registra una solución alternativa; ningún mensaje a clientes la menciona.',
    );
  });
});
