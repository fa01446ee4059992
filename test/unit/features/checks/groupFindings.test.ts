// The panel lists findings by message, in time order, the incident's own findings last.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../src/domain/checks/finding';
import type { RuleId } from '../../../../src/domain/checks/ruleIds';
import { flaggedCommunicationIds } from '../../../../src/features/checks/flaggedCommunicationIds';
import { groupFindings } from '../../../../src/features/checks/groupFindings';

const finding = (
  rule: RuleId,
  communicationId: string | null,
  instant: number | null,
): Finding => ({
  rule,
  communicationId,
  instant,
  channel: communicationId === null ? null : 'Status page',
  evidence: `${rule} evidence`,
  suggestion: `${rule} advice`,
});

const findings = [
  finding('late-acknowledgement', 'a', 1),
  finding('no-next-update', 'a', 1),
  finding('no-next-update', 'b', 2),
  finding('unclear-resolution', 'c', 3),
  finding('no-workaround', null, null),
  finding('no-follow-up', null, null),
];

describe('groupFindings', () => {
  it('keeps the order, one group per message and one for the incident, last', () => {
    expect(
      groupFindings(findings).map((g) => [g.communicationId, g.findings.map((f) => f.rule)]),
    ).toEqual([
      ['a', ['late-acknowledgement', 'no-next-update']],
      ['b', ['no-next-update']],
      ['c', ['unclear-resolution']],
      [null, ['no-workaround', 'no-follow-up']],
    ]);
  });

  it('has no incident group when every finding is about a message, and none at all for none', () => {
    expect(groupFindings(findings.slice(0, 3)).map((g) => g.communicationId)).toEqual(['a', 'b']);
    expect(groupFindings([])).toEqual([]);
  });
});

describe('flaggedCommunicationIds', () => {
  it('lists each message with findings once, and gives the same set for the same findings', () => {
    const flagged = flaggedCommunicationIds(findings);
    expect([...flagged]).toEqual(['a', 'b', 'c']);
    expect(flaggedCommunicationIds(findings)).toBe(flagged);
  });
});
