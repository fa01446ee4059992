let cached: readonly string[] | null = null;

/**
 * Zones offered for picking: `UTC` first, then the runtime's IANA list in order. Used for
 * choosing only; validity is `isValidTimeZone`.
 */
export function listTimeZones(): readonly string[] {
  if (cached === null) {
    const supported =
      typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    cached = ['UTC', ...supported.filter((z) => z !== 'UTC')];
  }
  return cached;
}
