import { describe, expect, it } from 'vitest';
import { countByRule } from '../../../../src/domain/checks/countByRule';
import { RULE_IDS } from '../../../../src/domain/checks/ruleIds';

describe('countByRule', () => {
  it('lists every rule, with 0 for those that gave nothing', () => {
    const counts = countByRule([{ rule: 'repeat' }, { rule: 'blame' }, { rule: 'repeat' }]);
    expect(Object.keys(counts)).toEqual([...RULE_IDS]);
    expect(counts.repeat).toBe(2);
    expect(counts.blame).toBe(1);
    expect(counts['no-scope']).toBe(0);
  });

  it('is all zeros for no findings', () => {
    expect(Object.values(countByRule([]))).toEqual(RULE_IDS.map(() => 0));
  });
});
