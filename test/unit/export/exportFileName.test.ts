/** The exports' file names: `comms-review-<incident-slug>-<YYYY-MM-DD>.<ext>`. */
import { describe, expect, it } from 'vitest';
import { exportFileName, fileSlug, isoDay } from '../../../src/export/exportFileName';

const source = (title: string, alert: number | null, timeZone = 'UTC') => ({
  incident: { title, alert },
  timeZone,
  generatedAt: Date.parse('2026-11-24T09:00:00.000Z'),
});

describe('exportFileName', () => {
  it('names a file after the incident and its day, in the report zone', () => {
    const alert = Date.parse('2026-10-13T01:30:00.000Z');
    expect(exportFileName(source('Card payments failing at checkout', alert), 'md')).toBe(
      'comms-review-card-payments-failing-at-checkout-2026-10-13.md',
    );
    // 01:30 UTC is still the 12th in São Paulo.
    expect(exportFileName(source('Outage', alert, 'America/Sao_Paulo'), '.csv')).toBe(
      'comms-review-outage-2026-10-12.csv',
    );
  });

  it('with no alert: the first communication’s day, else the day the report is made', () => {
    const communications = [
      { instant: Date.parse('2026-10-14T10:00:00Z') },
      { instant: Date.parse('2026-10-13T23:00:00Z') },
    ];
    expect(exportFileName({ ...source('Outage', null), communications }, 'md')).toBe(
      'comms-review-outage-2026-10-13.md',
    );
    expect(exportFileName(source('Outage', null), 'ics')).toBe(
      'comms-review-outage-2026-11-24.ics',
    );
  });

  it('slugs: ASCII words, accents dropped, at most 60 characters, never empty', () => {
    expect(fileSlug('Caída del pago — ¡Ñandú! / 50%')).toBe('caida-del-pago-nandu-50');
    expect(fileSlug('<script>alert(1)</script>../../etc')).toBe('script-alert-1-script-etc');
    expect(fileSlug('🚀🔥')).toBe('incident');
    expect(fileSlug('Łódź Øresund Straße')).toBe('lodz-oresund-strasse');
    expect(fileSlug('a'.repeat(59) + ' bcd').length).toBeLessThanOrEqual(60);
    expect(fileSlug('a'.repeat(59) + ' bcd').endsWith('-')).toBe(false);
    expect(isoDay(Date.parse('0099-01-02T00:00:00Z'), 'UTC')).toBe('0099-01-02');
  });
});
