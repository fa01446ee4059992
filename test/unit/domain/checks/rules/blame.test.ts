// checks.md, blame: a third party presented as the culprit.
import { describe, expect, it } from 'vitest';
import { firedOn, only, run } from '../runChecks';

const fires = (text: string): boolean => firedOn(run([{ at: 5, text }]), 'blame').length === 1;

describe('blame', () => {
  it.each([
    'Payments fail. This is entirely their fault, not ours.',
    'Payments fail. This is entirely the fault of our payment provider.',
    'Payments fail. Nothing is wrong on our side.',
    'Payments fail. There is no problem on our end; our provider is having an outage.',
    'Orders fail in Canada. The outage is caused by our hosting provider, not us.',
    'SMS codes do not arrive. Our SMS vendor is to blame for this outage.',
    'Logins fail. This was caused entirely by our cloud provider.',
    "Logins fail. It's not our fault: the carrier dropped the messages.",
    'Logins fail because of an AWS outage that is beyond our control.',
  ])('English: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'Los pagos fallan por culpa de nuestro proveedor de pagos.',
    'El problema se debe a un fallo de nuestro proveedor, no a nosotros.',
    'La culpa es de nuestro proveedor de alojamiento.',
    'No hay ningún problema por nuestra parte: el fallo es del banco.',
    'No es culpa nuestra: el operador ha tenido una caída.',
    'El proveedor es el único responsable de esta caída.',
  ])('Spanish: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'Customers using Stripe checkout cannot pay. Stripe is experiencing an outage; we are in contact with their team.',
    'We are working with our maps provider to restore the service.',
    'Maps load normally again after our provider fixed an outage on their side.',
    'Our cloud provider lost power in one data center; our failover did not work as designed, and that is on us.',
    'Correction: our earlier update wrongly blamed our hosting provider. The problem was a configuration error on our side.',
    'It was not their fault: a change we made broke the integration.',
    'Our payment provider confirmed an outage and is fixing it together with us.',
    'The delay is beyond our control, but we are doing everything we can.',
  ])('English context, help or retraction does not fire: %s', (text) => {
    expect(fires(text)).toBe(false);
  });

  it.each([
    'Nuestro proveedor de SMS ha confirmado una incidencia y estamos trabajando con ellos para solucionarla.',
    'Rectificamos: atribuimos el fallo al proveedor, pero el error fue nuestro.',
    'Los envíos de SMS fallan debido a una incidencia en el operador Movistar, con quien estamos trabajando.',
    'Por culpa de un error en nuestra configuración, los pagos fallaron.',
  ])('Spanish context, help or retraction does not fire: %s', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('quotes the words matched', () => {
    expect(
      only(run([{ at: 5, text: 'La culpa es de nuestro proveedor.' }]), 'blame').evidence,
    ).toBe('"La culpa es de"');
  });
});
