const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * `UTC±HH:MM` with a real minus sign (U+2212) for negative offsets and `UTC+00:00` for
 * zero, e.g. `formatOffset(-180)` → `UTC−03:00`.
 */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '\u2212' : '+';
  const abs = Math.abs(Math.round(offsetMinutes));
  return `UTC${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}
