/**
 * Whether `Intl.DateTimeFormat` accepts the zone (any IANA name the runtime knows, plus
 * `UTC` and `Etc/UTC`). Node 20's `supportedValuesOf` omits some valid names, so validity
 * is tested by construction, never by list membership.
 */
export function isValidTimeZone(zone: string): boolean {
  if (zone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
