/**
 * Whether a message names a product or feature by its proper name after a preposition
 * ("degraded availability for GitHub Docs", "issues with Slack Integration", "problemas con
 * Bizum"): a capitalised word, in the text as written, that is not a sentence start, a zone,
 * a day or a month. Scope for `no-scope`.
 */
const AFTER_PREPOSITION =
  /\b(?:for|with|affecting|impacting|on|in|of|to|from|de|del|con|en|para|a|afecta a|afectan a)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+|our\s+|nuestro\s+|nuestra\s+)?((?:\p{Lu}[\p{L}\p{N}-]*)(?:\s+\p{Lu}[\p{L}\p{N}-]*)*)/gu;

const NOT_PRODUCTS = new Set(
  (
    'I We UTC GMT BST CET CEST ET EST EDT PT PST PDT Pacific Eastern Central Mountain ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June ' +
    'July August September October November December Lunes Martes Miércoles Jueves Viernes Sábado ' +
    'Domingo Enero Febrero Marzo Abril Mayo Junio Julio Agosto Septiembre Octubre Noviembre ' +
    'Diciembre GitHub Incident Update Status'
  ).split(' '),
);

export function namesProduct(text: string): boolean {
  AFTER_PREPOSITION.lastIndex = 0;
  for (let m = AFTER_PREPOSITION.exec(text); m !== null; m = AFTER_PREPOSITION.exec(text)) {
    const name = m[1] ?? '';
    if (!NOT_PRODUCTS.has(name)) return true;
  }
  return false;
}
