// Where the note of a finding is pinned.
import { describe, expect, it } from 'vitest';
import { findingMoment } from '../../../../src/features/checks/findingMoment';

const incident = { alert: 1_000, resolution: 9_000 };

describe('findingMoment', () => {
  it("is the message's instant for a finding about a message", () => {
    expect(findingMoment({ instant: 4_000 }, incident)).toBe(4_000);
  });

  it('is the resolution for a finding about the incident, else the alert, else none', () => {
    expect(findingMoment({ instant: null }, incident)).toBe(9_000);
    expect(findingMoment({ instant: null }, { alert: 1_000, resolution: null })).toBe(1_000);
    expect(findingMoment({ instant: null }, { alert: null, resolution: null })).toBeNull();
  });
});
