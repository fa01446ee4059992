// Which sticky-note colour a finding becomes with "Add as note".
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../../../src/domain/checks/ruleIds';
import { findingCategory } from '../../../../src/features/checks/findingCategory';

describe('findingCategory', () => {
  it('makes timing problems gaps, unclear wording confusion, and the rest other problems', () => {
    expect(Object.fromEntries(RULE_IDS.map((id) => [id, findingCategory(id)]))).toEqual({
      'late-acknowledgement': 'gap',
      'non-apology': 'other-problem',
      'no-next-update': 'gap',
      'broken-promise': 'gap',
      'internal-cause': 'confusion',
      'no-scope': 'confusion',
      'no-workaround': 'other-problem',
      'over-promise': 'other-problem',
      blame: 'other-problem',
      repeat: 'confusion',
      'unclear-resolution': 'confusion',
      'no-follow-up': 'gap',
      'inconsistent-channels': 'confusion',
    });
  });
});
