/**
 * A finding as the JSON of `../shared/spec/checks.md` (Output) writes it: `instant` as
 * ISO 8601 UTC with milliseconds (as in the gap list), and `communicationId` as the
 * communication's source id (the Statuspage update id, `<id>#tweet`, `line:<N>`) so it is
 * the same on every run; its record id when it has no source id.
 */
import type { Communication } from '../model';
import type { Finding } from './finding';
import type { RuleId } from './ruleIds';

export interface FindingJson {
  readonly rule: RuleId;
  readonly communicationId: string | null;
  readonly instant: string | null;
  readonly channel: string | null;
  readonly evidence: string;
  readonly suggestion: string;
}

export function findingToJson(
  finding: Finding,
  communications: readonly Pick<Communication, 'id' | 'sourceId'>[],
): FindingJson {
  const source =
    finding.communicationId === null
      ? null
      : (communications.find((c) => c.id === finding.communicationId)?.sourceId ??
        finding.communicationId);
  return {
    rule: finding.rule,
    communicationId: source,
    instant: finding.instant === null ? null : new Date(finding.instant).toISOString(),
    channel: finding.channel,
    evidence: finding.evidence,
    suggestion: finding.suggestion,
  };
}
