/** The browser's own time zone (`UTC` when it does not say). */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * How the browser's language writes `05/03/2024`: month first in US English (and the few
 * locales that follow it), day first elsewhere.
 */
export function browserDateOrder(): 'day-first' | 'month-first' {
  const language = typeof navigator === 'undefined' ? 'en-US' : navigator.language;
  return /^en(-(US|PH|CA))?$/i.test(language) ? 'month-first' : 'day-first';
}
