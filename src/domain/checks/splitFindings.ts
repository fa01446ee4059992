import type { FindingDismissal } from '../model';
import type { Finding } from './finding';
import type { RuleId } from './ruleIds';

/** A finding the facilitator dismissed, with the record that dismissed it. */
export interface DismissedFinding {
  readonly finding: Finding;
  readonly dismissal: FindingDismissal;
}

export interface SplitFindings {
  /** The findings the team kept: what the panel, the markers and every export show. */
  readonly kept: readonly Finding[];
  /** The dismissed ones, in the order of `findings`, each with its dismissal. */
  readonly dismissed: readonly DismissedFinding[];
}

/** A finding's identity across reloads: its rule and the message it is about. */
export const findingKey = (rule: RuleId, communicationId: string | null): string =>
  communicationId === null ? `${rule}\n` : `${rule}\n#${communicationId}`;

/**
 * Splits the findings into the ones the team kept and the ones it dismissed. A dismissal
 * names a finding by rule and message, so it keeps applying when the wording of the
 * evidence changes (another UI language, an edited message that still trips the rule); a
 * dismissal that matches no finding (the message was edited until the rule no longer
 * fires) matches nothing and shows nowhere.
 */
export function splitFindings(
  findings: readonly Finding[],
  dismissals: readonly FindingDismissal[],
): SplitFindings {
  if (dismissals.length === 0) return { kept: findings, dismissed: [] };
  const byKey = new Map(dismissals.map((d) => [findingKey(d.rule, d.communicationId), d]));
  const kept: Finding[] = [];
  const dismissed: DismissedFinding[] = [];
  for (const finding of findings) {
    const dismissal = byKey.get(findingKey(finding.rule, finding.communicationId));
    if (dismissal === undefined) kept.push(finding);
    else dismissed.push({ finding, dismissal });
  }
  return { kept, dismissed };
}
