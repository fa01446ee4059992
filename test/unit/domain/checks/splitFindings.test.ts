import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../src/domain/checks/finding';
import { findingKey, splitFindings } from '../../../../src/domain/checks/splitFindings';
import type { FindingDismissal } from '../../../../src/domain/model';

const finding = (rule: Finding['rule'], communicationId: string | null): Finding => ({
  rule,
  communicationId,
  instant: communicationId === null ? null : 1,
  channel: communicationId === null ? null : 'Status page',
  evidence: `evidence ${rule}`,
  suggestion: 'do better',
});
const dismissal = (rule: Finding['rule'], communicationId: string | null): FindingDismissal => ({
  id: `d-${rule}-${communicationId ?? 'incident'}`,
  reviewId: 'r',
  rule,
  communicationId,
  updatedAt: 0,
});

describe('splitFindings', () => {
  const findings = [
    finding('no-next-update', 'c1'),
    finding('non-apology', 'c1'),
    finding('no-next-update', 'c2'),
    finding('no-follow-up', null),
  ];

  it('keeps every finding when nothing is dismissed (the same array)', () => {
    const split = splitFindings(findings, []);
    expect(split.kept).toBe(findings);
    expect(split.dismissed).toEqual([]);
  });

  it('matches a dismissal by rule and message only, in the findings’ order', () => {
    const split = splitFindings(findings, [
      dismissal('no-follow-up', null),
      dismissal('no-next-update', 'c1'),
      // The same rule on another message, and a rule that no longer fires: match nothing.
      dismissal('repeat', 'c2'),
      dismissal('no-next-update', 'c9'),
    ]);
    expect(split.kept.map((f) => [f.rule, f.communicationId])).toEqual([
      ['non-apology', 'c1'],
      ['no-next-update', 'c2'],
    ]);
    expect(split.dismissed.map((d) => [d.finding.rule, d.dismissal.id])).toEqual([
      ['no-next-update', 'd-no-next-update-c1'],
      ['no-follow-up', 'd-no-follow-up-incident'],
    ]);
  });

  it('keys the incident apart from any message', () => {
    expect(findingKey('no-scope', null)).not.toBe(findingKey('no-scope', ''));
    expect(findingKey('no-scope', 'a')).not.toBe(findingKey('no-scope', 'b'));
  });
});
