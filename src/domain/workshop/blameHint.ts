/**
 * The blameless-review hint of step 4 (`../shared/spec/workshop.md`: the group asks why
 * each problem happened "in the communication process"): the person names a root cause
 * text mentions, so the UI can suggest describing the process instead of a person.
 * Only names are looked for; phrases that blame ("X forgot", "culpa de X") are out of scope.
 *
 * - Candidates: participant names and the authors of notes and communications.
 * - Matching is case-insensitive and whole-word: a name is not found inside a longer word
 *   ("Ana" is not in "Anabel" or "analysis"). Word characters are Unicode letters, marks
 *   and digits, so accented names work ("Ángel."), and accents are significant: "Jose"
 *   does not match "José". Text and names are compared in Unicode NFC, with runs of
 *   whitespace as one space.
 * - A name needs at least 2 letters. Short names that are also common words ("Al", "Sol")
 *   will match those words: it is a hint, not a verdict.
 * - A participant with a multi-word name is also found by their first word when it has 3+
 *   letters ("Marta" for "Marta Gómez"); authors only by their whole name, since authors
 *   are often teams ("Support team").
 * - Where names overlap, the longest wins ("Ana Belén" rather than "Ana").
 * - The result: each name as listed (participants first), once, in order of first mention.
 */
import type { Participant } from '../model';

const normalize = (s: string): string => s.normalize('NFC').replace(/\s+/gu, ' ').trim();
const key = (s: string): string => normalize(s).toLowerCase();
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const letterCount = (s: string): number => (s.match(/\p{L}/gu) ?? []).length;

interface Candidate {
  readonly pattern: string;
  readonly name: string;
}

function candidates(
  participants: readonly Pick<Participant, 'name'>[],
  authors: readonly string[],
): Candidate[] {
  const list: Candidate[] = [];
  const add = (pattern: string, name: string) => {
    if (letterCount(pattern) >= 2 && !list.some((c) => c.pattern === pattern)) {
      list.push({ pattern, name });
    }
  };
  const people = participants.map((p) => normalize(p.name));
  for (const name of people) add(key(name), name);
  for (const name of authors.map(normalize)) add(key(name), name);
  for (const name of people) {
    const first = name.split(' ')[0] ?? '';
    if (first !== name && letterCount(first) >= 3) add(first.toLowerCase(), name);
  }
  return list;
}

interface Match {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

function occurrences(text: string, c: Candidate): Match[] {
  const found: Match[] = [];
  for (let i = text.indexOf(c.pattern); i !== -1; i = text.indexOf(c.pattern, i + 1)) {
    const end = i + c.pattern.length;
    const before = text[i - 1];
    const after = text[end];
    const bounded =
      (before === undefined || !WORD_CHAR.test(before)) &&
      (after === undefined || !WORD_CHAR.test(after));
    if (bounded) found.push({ start: i, end, name: c.name });
  }
  return found;
}

/** The person names (as listed) that a root cause text mentions, in order of mention. */
export function namesAPerson(
  text: string,
  participants: readonly Pick<Participant, 'name'>[],
  authors: readonly string[],
): string[] {
  const haystack = key(text);
  const matches = candidates(participants, authors)
    .flatMap((c) => occurrences(haystack, c))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const names: string[] = [];
  const seen = new Set<string>();
  let coveredTo = 0;
  for (const m of matches) {
    if (m.start < coveredTo) continue; // inside a longer (or earlier) match
    coveredTo = m.end;
    const k = key(m.name);
    if (!seen.has(k)) {
      seen.add(k);
      names.push(m.name);
    }
  }
  return names;
}
