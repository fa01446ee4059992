/**
 * Lowercased word tokens (`\w+` in the Unicode sense: letters, digits, `_`), the unit of the
 * `repeat` similarity (`../shared/spec/checks.md`, Details).
 */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [];
}
