// checks.md, unclear-resolution: not clearly resolved, or nothing about data or action needed.
import { describe, expect, it } from 'vitest';
import type { CommunicationKind } from '../../../../../src/domain/model';
import { firedOn, only, run } from '../runChecks';

const fires = (text: string, kind: CommunicationKind = 'resolution'): boolean =>
  firedOn(run([{ at: 30, text, kind }]), 'unclear-resolution').length === 1;

describe('unclear-resolution', () => {
  it.each([
    'Resolved: card payments have worked normally since 13:20 UTC. No orders were lost.',
    'Working again since 11:50 UTC, no data was lost.',
    'The dashboard has been working again since 12:28 UTC for all customers. No data was lost.',
    'All services are operating normally again. No customer data was affected and no action is required.',
    'This incident has been resolved. Workflow runs that failed during the incident can be re-run.',
    'Uploads work again; resolved. Files that failed need to be uploaded again.',
    'All good now. Deploys that failed can simply be retried; nothing was lost.',
  ])('English, clear and with data or action: %s', (text) => {
    expect(fires(text)).toBe(false);
  });

  it.each([
    'Resuelto: los pagos funcionan con normalidad desde las 13:00 UTC. No se ha perdido ningún pedido.',
    'El panel vuelve a funcionar para todos los clientes. No se ha perdido ningún dato.',
    'Incidencia resuelta. Las compilaciones que fallaron deben volver a lanzarse.',
    'Todos los servicios funcionan con normalidad y no tienen que hacer nada.',
    'Incidencia cerrada: los cobros funcionan bien. Los cobros que fallaron no se llegaron a cargar en la tarjeta.',
  ])('Spanish, clear and with data or action: %s', (text) => {
    expect(fires(text)).toBe(false);
  });

  it.each([
    'This incident has been resolved.',
    'Everything should be back to normal now. No data was lost.',
    'We believe the issue is resolved. No data was lost.',
    'The fix has been deployed and we are seeing recovery. No data was lost.',
    'Uploads are working again for some customers. No data was lost.',
    'Thanks for your patience. No data was lost.',
    'La incidencia ha sido resuelta.',
    'Parece que ya funciona. No se ha perdido ningún dato.',
    'El servicio debería estar operativo de nuevo. No se ha perdido ninguna factura.',
    'Aún no está resuelto del todo. No se ha perdido ningún dato.',
  ])('hedged, partial, missing, or silent about data: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it('only resolution messages are judged, in a known language', () => {
    expect(fires('This incident has been resolved.', 'update')).toBe(false);
    expect(fires('This incident has been resolved.', 'follow-up')).toBe(false);
    expect(fires('Das Problem ist behoben.')).toBe(false);
  });

  it('says what is missing, in the review language', () => {
    expect(
      only(
        run([{ at: 30, kind: 'resolution', text: 'Should be back to normal now.' }]),
        'unclear-resolution',
      ).evidence,
    ).toBe('Hedged: "back to normal"; nothing about lost data or action customers need to take.');
    expect(
      only(
        run([{ at: 30, kind: 'resolution', text: 'Thanks, everyone. No data was lost.' }], {
          language: 'es',
        }),
        'unclear-resolution',
      ).evidence,
    ).toBe('No dice claramente que el problema esté resuelto.');
    expect(
      only(
        run([{ at: 30, kind: 'resolution', text: 'This incident has been resolved.' }]),
        'unclear-resolution',
      ).evidence,
    ).toBe('Nothing about lost data or action customers need to take.');
  });
});
