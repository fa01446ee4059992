import type { Communication, EpochMs, Incident } from '../../domain/model';

export interface EndBeforeAlert {
  readonly what: 'resolution-update' | 'resolution' | 'last-message';
  readonly end: EpochMs;
  readonly alert: EpochMs;
}

/**
 * Which end lies before the alert, checked in the order the analysis checks them
 * (resolution update, then R, then the last customer message), with both times.
 */
export function describeEndBeforeAlert(
  incident: Pick<Incident, 'alert' | 'resolution'>,
  communications: readonly Communication[],
): EndBeforeAlert | null {
  const alert = incident.alert;
  if (alert === null) return null;
  const resolutionUpdates = communications
    .filter((c) => c.kind === 'resolution')
    .map((c) => c.instant);
  const firstResolution = resolutionUpdates.length > 0 ? Math.min(...resolutionUpdates) : null;
  if (firstResolution !== null && firstResolution < alert) {
    return { what: 'resolution-update', end: firstResolution, alert };
  }
  if (incident.resolution !== null && incident.resolution < alert) {
    return { what: 'resolution', end: incident.resolution, alert };
  }
  if (firstResolution !== null || incident.resolution !== null) return null;
  const customer = communications.filter((c) => c.kind !== 'internal').map((c) => c.instant);
  const last = customer.length > 0 ? Math.max(...customer) : null;
  return last !== null && last < alert ? { what: 'last-message', end: last, alert } : null;
}
