import type { RuleId } from '../../domain/checks/ruleIds';
import type { NoteCategory } from '../../domain/model';

/**
 * The sticky-note colour a finding becomes: timing problems are gaps, unclear or
 * contradictory wording is confusion, the rest (tone, blame, over-promising, a workaround
 * not shared) another problem.
 */
const CATEGORY: Readonly<Record<RuleId, NoteCategory>> = {
  'late-acknowledgement': 'gap',
  'broken-promise': 'gap',
  'no-next-update': 'gap',
  'no-follow-up': 'gap',
  'inconsistent-channels': 'confusion',
  'internal-cause': 'confusion',
  'no-scope': 'confusion',
  'unclear-resolution': 'confusion',
  repeat: 'confusion',
  'non-apology': 'other-problem',
  'no-workaround': 'other-problem',
  'over-promise': 'other-problem',
  blame: 'other-problem',
};

export function findingCategory(rule: RuleId): NoteCategory {
  return CATEGORY[rule];
}
