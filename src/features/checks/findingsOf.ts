import { checkMessages } from '../../domain/checks/checkMessages';
import type { Finding, FindingLanguage } from '../../domain/checks/finding';
import type { ReviewData } from '../../domain/model';

type Read = Pick<ReviewData, 'incident' | 'channels' | 'communications' | 'preparation'>;

interface Cached {
  readonly incident: ReviewData['incident'];
  readonly channels: ReviewData['channels'];
  readonly preparation: ReviewData['preparation'];
  readonly language: FindingLanguage;
  readonly findings: readonly Finding[];
}

/** Keyed on the communications array, checked against everything else the checks read. */
const cache = new WeakMap<ReviewData['communications'], Cached>();

/**
 * The message checks' findings for a review (`../shared/spec/checks.md`), written in the UI
 * language. Derived data, never stored: memoised on what the checks read — the incident,
 * channels, communications, preparation — and the language, so a note, a vote or the
 * session moving on does not run the rules again (the panel and the drawing share it).
 */
export function findingsOf(review: Read, language: FindingLanguage): readonly Finding[] {
  const { incident, channels, communications, preparation } = review;
  const hit = cache.get(communications);
  if (
    hit !== undefined &&
    hit.incident === incident &&
    hit.channels === channels &&
    hit.preparation === preparation &&
    hit.language === language
  ) {
    return hit.findings;
  }
  const findings = checkMessages({ incident, channels, communications, preparation }, { language });
  cache.set(communications, { incident, channels, preparation, language, findings });
  return findings;
}
