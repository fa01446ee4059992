// checks.md, internal-cause: internal systems or jargon, and nothing on what customers can do.
import { describe, expect, it } from 'vitest';
import type { CommunicationKind } from '../../../../../src/domain/model';
import { firedOn, only, run } from '../runChecks';

const fires = (text: string, kind: CommunicationKind = 'update'): boolean =>
  firedOn(run([{ at: 5, text, kind }]), 'internal-cause').length === 1;

describe('internal-cause', () => {
  it.each([
    'We are seeing elevated 5xx rates from our API gateway after a database failover.',
    'A misconfigured Redis cluster is causing elevated latency. Next update in 30 minutes.',
    'The root cause is connection pool exhaustion on our primary database after a bad deploy.',
    'We are failing over a storage node after a disk failure in one of our clusters.',
    'Our load balancer is dropping connections to the k8s pods; we are restarting them.',
    'Replication lag on a shard of our main DB. Investigating.',
    'Our payment gateway is down. Next update in 30 minutes.',
    'DNS resolution is failing inside the cluster.',
  ])('English jargon with no customer impact: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'Detectamos una latencia elevada en el clúster de base de datos principal tras una conmutación por error.',
    'El balanceador de carga está devolviendo errores 503 y estamos reiniciando los pods.',
    'Un despliegue defectuoso provocó errores en la réplica de la base de datos.',
    'El pool de conexiones de la pasarela está agotado.',
  ])('Spanish jargon with no customer impact: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'A database failover caused timeouts. Customers cannot create or update invoices; viewing invoices still works.',
    'DNS changes are propagating, so some customers may reach the old servers and see a maintenance page.',
    'Our payment gateway is down, so customers cannot pay by card. You can still pay by bank transfer.',
    'Some customers may see errors when pushing to repositories on the affected storage node.',
    'Invoice creation works again. We are monitoring the database cluster.',
    'Por un fallo en la base de datos, los clientes no pueden crear reservas desde la app.',
    'La creación de reservas funciona de nuevo. Seguimos vigilando el clúster.',
  ])('the same words next to a clear impact statement do not fire: %s', (text) => {
    expect(fires(text)).toBe(false);
  });

  it.each([
    'We have deployed a fix and are monitoring recovery.',
    'A mitigation will be deployed within 30 minutes. We will keep you updated.',
    "We're seeing a spike in failed deploys for apps hosted in Frankfurt.",
    'Hemos desplegado una corrección y seguimos vigilando.',
  ])('deploying a fix, or customers’ own deploys, are not jargon: %s', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('judges updates and resolutions, not follow-ups (which explain causes) nor unknown languages', () => {
    expect(fires('Root cause: a shard of our primary database ran out of disk.', 'follow-up')).toBe(
      false,
    );
    expect(fires('Failover of the database cluster completed.', 'resolution')).toBe(true);
    expect(fires('Die Datenbank im Cluster ist ausgefallen.')).toBe(false);
  });

  it('quotes the terms found', () => {
    const f = only(
      run([{ at: 5, text: 'We are failing over a storage node in one of our clusters.' }]),
      'internal-cause',
    );
    expect(f.evidence).toBe(
      'Internal terms "failing over", "storage node", "our clusters"; nothing on what customers can or cannot do.',
    );
    const es = only(
      run([{ at: 5, text: 'Reiniciamos los pods.' }], { language: 'es' }),
      'internal-cause',
    );
    expect(es.evidence).toBe(
      'Términos internos "pods"; nada sobre lo que los clientes pueden o no pueden hacer.',
    );
  });
});
