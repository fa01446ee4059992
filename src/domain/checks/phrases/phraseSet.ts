/** Patterns per language, written against folded text (lowercase, no accents: `foldText`). */
export interface PhraseSet {
  readonly en: readonly RegExp[];
  readonly es: readonly RegExp[];
}
