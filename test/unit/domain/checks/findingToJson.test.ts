// checks.md, Output: instants as ISO 8601 UTC with milliseconds; ids derived from the source.
import { describe, expect, it } from 'vitest';
import { findingToJson } from '../../../../src/domain/checks/findingToJson';
import type { Finding } from '../../../../src/domain/checks/finding';

const finding: Finding = {
  rule: 'repeat',
  communicationId: 'rec-7',
  instant: Date.parse('2024-03-05T12:35:00Z'),
  channel: 'Twitter/X',
  evidence: 'Near-duplicate',
  suggestion: 'Add something new.',
};

describe('findingToJson', () => {
  it('uses the source id and an ISO instant', () => {
    expect(findingToJson(finding, [{ id: 'rec-7', sourceId: 'abc123#tweet' }])).toEqual({
      rule: 'repeat',
      communicationId: 'abc123#tweet',
      instant: '2024-03-05T12:35:00.000Z',
      channel: 'Twitter/X',
      evidence: 'Near-duplicate',
      suggestion: 'Add something new.',
    });
  });

  it('keeps the record id when there is no source id, and nulls for the incident', () => {
    expect(findingToJson(finding, [{ id: 'rec-7', sourceId: null }]).communicationId).toBe('rec-7');
    const incident = {
      ...finding,
      rule: 'no-follow-up' as const,
      communicationId: null,
      instant: null,
      channel: null,
    };
    expect(findingToJson(incident, [])).toMatchObject({
      communicationId: null,
      instant: null,
      channel: null,
    });
  });
});
