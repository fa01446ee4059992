import type { RuleId } from '../domain/checks/ruleIds';
import type { MessageKey } from './Dictionary';

/** The message key of each rule's human name ("No next-update time"). */
export function ruleName(rule: RuleId): MessageKey {
  return `checks.rule.${rule}`;
}
