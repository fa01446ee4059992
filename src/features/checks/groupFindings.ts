import type { Finding } from '../../domain/checks/finding';

export interface FindingGroup {
  /** The message the findings are about; null: the incident as a whole. */
  readonly communicationId: string | null;
  readonly findings: readonly Finding[];
}

/**
 * Findings by message, in the order they come (by instant: `checkMessages` sorts them),
 * with the incident-level ones in one group of their own, last.
 */
export function groupFindings(findings: readonly Finding[]): readonly FindingGroup[] {
  const byMessage = new Map<string, Finding[]>();
  const incident: Finding[] = [];
  for (const f of findings) {
    if (f.communicationId === null) {
      incident.push(f);
      continue;
    }
    const group = byMessage.get(f.communicationId);
    if (group === undefined) byMessage.set(f.communicationId, [f]);
    else group.push(f);
  }
  const groups: FindingGroup[] = [...byMessage].map(([communicationId, list]) => ({
    communicationId,
    findings: list,
  }));
  if (incident.length > 0) groups.push({ communicationId: null, findings: incident });
  return groups;
}
