import type { Finding } from './finding';
import { RULE_IDS, type RuleId } from './ruleIds';

/** How many findings each rule gave; every rule is listed, with 0 when it gave none. */
export function countByRule(findings: readonly Pick<Finding, 'rule'>[]): Record<RuleId, number> {
  const counts = Object.fromEntries(RULE_IDS.map((id) => [id, 0])) as Record<RuleId, number>;
  for (const f of findings) counts[f.rule] += 1;
  return counts;
}
