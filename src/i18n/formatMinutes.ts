const formats = new Map<string, Intl.NumberFormat>();

/**
 * Minutes for display: rounded to one decimal, shown whole when the decimal is zero
 * (`75.5`, `12`), never grouped (`1250`), in the locale's decimal sign.
 */
export function formatMinutes(minutes: number, locale: string): string {
  let f = formats.get(locale);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, useGrouping: false });
    formats.set(locale, f);
  }
  const rounded = Math.round(minutes * 10) / 10;
  return f.format(Object.is(rounded, -0) ? 0 : rounded);
}
