import type { Finding } from '../../domain/checks/finding';
import type { EpochMs, Incident } from '../../domain/model';

/**
 * The moment a finding is about, where its note is pinned: its message's instant; for a
 * finding about the incident as a whole, the resolution, else the alert (null: neither).
 */
export function findingMoment(
  finding: Pick<Finding, 'instant'>,
  incident: Pick<Incident, 'alert' | 'resolution'>,
): EpochMs | null {
  return finding.instant ?? incident.resolution ?? incident.alert;
}
