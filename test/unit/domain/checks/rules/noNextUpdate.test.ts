// checks.md, no-next-update: an update with no clock time or interval for the next update.
import { describe, expect, it } from 'vitest';
import type { CommunicationKind } from '../../../../../src/domain/model';
import { firedOn, only, run } from '../runChecks';

const fires = (text: string, kind: CommunicationKind = 'update'): boolean =>
  firedOn(run([{ at: 5, text, kind }]), 'no-next-update').length === 1;

describe('no-next-update', () => {
  it.each([
    'Checkout is failing for some customers. Next update in 30 minutes.',
    'Checkout is failing. We will post another update within the hour.',
    'Checkout is failing. Next update at 14:30 UTC.',
    'Checkout is failing. Our next update will be at 15:00 UTC.',
    "Checkout is failing. We'll update you by 3pm ET.",
    'Checkout is failing. Updates on our status page every 30 minutes.',
    'Checkout is failing. Follow @acmestatus on Twitter, where we post updates every 20 minutes.',
    'Checkout is failing. In 30 minutes we will share another update.',
    "Checkout is failing. We'll be back with more information by 9:30am ET.",
    'Checkout is failing. Next update: 10:30 UTC.',
  ])('English with a time: %s', (text) => {
    expect(fires(text)).toBe(false);
  });

  it.each([
    'El pago con tarjeta falla. Próxima actualización en 30 minutos.',
    'El pago con tarjeta falla. Próxima actualización a las 09:30 hora peninsular.',
    'El pago con tarjeta falla. Daremos más información dentro de una hora.',
    'El pago con tarjeta falla. Publicaremos una nueva actualización a las 9:45.',
    'El pago con tarjeta falla. Os escribiremos de nuevo en media hora.',
    'El pago con tarjeta falla. Publicamos novedades en nuestra página de estado cada 30 minutos.',
  ])('Spanish with a time: %s', (text) => {
    expect(fires(text)).toBe(false);
  });

  it.each([
    'Customers cannot upload files. We will provide an update shortly.',
    "Customers cannot upload files. We'll keep you posted.",
    'Customers cannot upload files. We will update this page as soon as we know more.',
    'Customers cannot upload files. Follow @acmestatus on Twitter for updates.',
    // A fix ETA is not a next-update time.
    'Customers cannot upload files. We expect uploads to be working again within 10 minutes.',
    "Our website is down. We'll be back in 5 minutes!",
    // A change deployed at a time is not a message.
    'Customers cannot upload files. We are deploying an update to the storage layer at 14:00 UTC.',
  ])('English without a next-update time: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'Seguimos trabajando para resolver la incidencia.',
    'Los pagos fallan. Os mantendremos informados.',
    'Los pagos fallan. Publicaremos novedades en breve.',
    'Los clientes no pueden subir archivos. Esperamos que vuelva a funcionar en 10 minutos.',
    'Los pagos fallan. Os informaremos en cuanto tengamos más datos.',
  ])('Spanish without a next-update time: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it('never judges resolutions, follow-ups or internal notes', () => {
    expect(fires('This incident has been resolved.', 'resolution')).toBe(false);
    expect(fires('Post-incident summary: a full disk delayed builds.', 'follow-up')).toBe(false);
    expect(fires('Paged the database team.', 'internal')).toBe(false);
  });

  it('stays silent on a message in an unknown language', () => {
    expect(fires('Wir untersuchen derzeit Anmeldeprobleme.')).toBe(false);
  });

  it('quotes the vague words when there are some, in the review language', () => {
    const text = 'Customers cannot upload files. We will provide an update shortly.';
    expect(only(run([{ at: 5, text }]), 'no-next-update').evidence).toBe(
      'No time for the next update: "We will provide an update shortly".',
    );
    const bare = only(
      run([{ at: 5, text: 'Estamos investigando.' }], { language: 'es' }),
      'no-next-update',
    );
    expect(bare.evidence).toBe('Sin hora ni intervalo para la próxima actualización.');
  });
});
