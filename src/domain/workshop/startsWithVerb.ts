/**
 * Whether a plan action is actionable: it starts with a verb (`../shared/spec/workshop.md`,
 * step 5: "write an action for each root cause"; the plan warnings). A heuristic for
 * English and Spanish, never a verdict:
 *
 * 1. leading bullets, numbering, checkboxes, quotes, `¿`/`¡` and list letters (`a)`) are
 *    skipped; the first word is compared in lower case;
 * 2. a curated English base verb, Spanish infinitive or Spanish imperative is a verb
 *    (exact words: `Templates` or `Updated` are not); `re-` before a known verb counts too
 *    (`re-run`);
 * 3. an imperative that is also a Spanish noun is not a verb before `de`/`del`/`para`
 *    ("Plan de comunicación");
 * 4. any other word of 4+ letters ending like a Spanish infinitive (-ar, -er, -ir, -ír,
 *    optionally with `lo`, `la`, `los`, `las`, `le`, `les`, `se`, `nos` attached) is a
 *    verb, unless it is a known non-verb ("Better", "calendar", "lugar") or is spelt in a
 *    way Spanish words never are (w, k, th, sh, ph, gh, ck, a doubled consonant other than
 *    ll/rr/cc, an `s` + consonant start, or the endings -ier, -yer, -air, -eir).
 */
import {
  ENGLISH_VERBS,
  NOT_VERBS,
  NOUN_BEFORE_DE,
  SPANISH_IMPERATIVES,
  SPANISH_INFINITIVES,
} from './actionVerbs';

const LEADING_NOISE = /^(?:\[[^\]]{0,2}\]|[^\p{L}]+|\p{L}[.)](?=\s))+/u;
const WORD = /^[\p{L}\p{M}]+(?:['-][\p{L}\p{M}]+)*/u;
const INFINITIVE = /^([\p{L}]+?(?:ar|er|ir|ír))(?:l[oa]s?|les?|se|nos)?$/u;
const NOT_SPANISH =
  /w|k|th|sh|ph|gh|ck|([bdfghjkmnpqstvxz])\1|^s[^aeiouáéíóú]|(?:ier|yer|air|eir)$/u;

/** The first two words of a text, lower case, after leading list markers. */
export function leadingWords(text: string): readonly string[] {
  let rest = text.normalize('NFC').replace(/’/g, "'").replace(LEADING_NOISE, '');
  const found: string[] = [];
  while (found.length < 2) {
    const m = WORD.exec(rest);
    if (m === null) break;
    found.push(m[0].toLowerCase());
    rest = rest.slice(m[0].length).replace(/^[^\p{L}]+/u, '');
  }
  return found;
}

const isKnownVerb = (word: string): boolean =>
  ENGLISH_VERBS.has(word) || SPANISH_INFINITIVES.has(word) || SPANISH_IMPERATIVES.has(word);

function looksLikeInfinitive(word: string): boolean {
  if (NOT_VERBS.has(word) || word.length < 4 || NOT_SPANISH.test(word)) return false;
  const m = INFINITIVE.exec(word);
  const stem = m?.[1];
  if (stem === undefined) return false;
  // With a pronoun attached the infinitive itself must be 5+ letters ("enviarles").
  return stem === word || (stem.length >= 5 && !NOT_VERBS.has(stem));
}

/** True when the text's first word is (very likely) a verb, in English or Spanish. */
export function startsWithVerb(text: string): boolean {
  const [first, second] = leadingWords(text);
  if (first === undefined) return false;
  if (NOUN_BEFORE_DE.has(first) && (second === 'de' || second === 'del' || second === 'para')) {
    return false;
  }
  if (isKnownVerb(first)) return true;
  if (first.startsWith('re-') && isKnownVerb(first.slice(3))) return true;
  return looksLikeInfinitive(first);
}
