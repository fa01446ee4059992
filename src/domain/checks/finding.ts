import type { EpochMs } from '../model';
import type { RuleId } from './ruleIds';

/** The language findings are written in (the review's UI language). */
export type FindingLanguage = 'en' | 'es';

/**
 * One hint of the message checks (`../shared/spec/checks.md`, Output). A finding about the
 * incident as a whole has `communicationId`, `instant` and `channel` set to null.
 */
export interface Finding {
  readonly rule: RuleId;
  /** The communication the finding is attached to (its `id`), or null for the incident. */
  readonly communicationId: string | null;
  readonly instant: EpochMs | null;
  /** The channel's name (`Status page`, `Twitter/X`, …), or null for the incident. */
  readonly channel: string | null;
  /** One plain-text string: the words matched, the minutes late, the partner message. */
  readonly evidence: string;
  /** What to do instead, in plain words. */
  readonly suggestion: string;
}
