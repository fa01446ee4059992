// The time of a message in the Message checks list, in the display zone.
import { describe, expect, it } from 'vitest';
import { messageTime } from '../../../../src/features/checks/messageTime';

const alert = Date.parse('2024-03-05T14:00:00-03:00');

describe('messageTime', () => {
  it('is the clock time with its offset on the alert’s day, in the display zone', () => {
    const at = Date.parse('2024-03-05T23:30:00-03:00');
    expect(messageTime(at, alert, 'America/Sao_Paulo', 'en')).toBe('23:30 UTC−03:00');
    // The same instant is the next day in UTC: the date is written.
    expect(messageTime(at, alert, 'UTC', 'en')).toBe('Mar 6, 2024, 02:30 UTC+00:00');
  });

  it('writes the date on another day, and when the alert is unknown', () => {
    const nextDay = Date.parse('2024-03-06T10:00:00-03:00');
    expect(messageTime(nextDay, alert, 'America/Sao_Paulo', 'es')).toBe(
      '6 mar 2024, 10:00 UTC−03:00',
    );
    expect(messageTime(alert, null, 'America/Sao_Paulo', 'en')).toBe(
      'Mar 5, 2024, 14:00 UTC−03:00',
    );
  });
});
