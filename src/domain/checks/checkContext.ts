/**
 * What every rule reads (`../shared/spec/checks.md`): the customer messages, prepared once
 * (language, folded text, word tokens, cross-posts), the incident and the preparation.
 */
import type { Communication, Incident, Preparation } from '../model';
import type { MessageLanguage } from './detectLanguage';
import type { RuleId } from './ruleIds';

export type CheckIncident = Pick<
  Incident,
  'alert' | 'resolution' | 'target' | 'timeZone' | 'sourceTimeZone'
>;

export interface CheckMessage {
  readonly communication: Communication;
  /** Position among the customer messages (by instant, then import order). */
  readonly position: number;
  /** The channel's name. */
  readonly channel: string;
  readonly language: MessageLanguage;
  /** The text as written (NFC). */
  readonly text: string;
  /** `text` lowercased without accents, same length (see `foldText`). */
  readonly folded: string;
  readonly tokens: readonly string[];
  /**
   * The message on another channel that this one copies (same words, or a shorter version,
   * within minutes): a cross-post is the same message, so rules judge the original only.
   */
  readonly crossPostOf: CheckMessage | null;
}

export interface CheckContext {
  readonly incident: CheckIncident;
  /** Customer messages (every kind but `internal`), by instant, then import order. */
  readonly messages: readonly CheckMessage[];
  readonly preparation: Pick<Preparation, 'workaroundAvailable' | 'workaround'> | null;
  /** The zone times are shown in, in evidence (the incident's). */
  readonly displayZone: string;
}

/** A text in both languages the findings can be written in. */
export interface Localized {
  readonly en: string;
  readonly es: string;
}

/** What a rule reports: the message it attaches to (null: the incident) and the evidence. */
export interface RuleHit {
  readonly message: CheckMessage | null;
  readonly evidence: Localized;
}

/** One rule of checks.md: a small object with its id, its advice and its check. */
export interface CheckRule {
  readonly id: RuleId;
  readonly suggestion: Localized;
  readonly check: (context: CheckContext) => readonly RuleHit[];
}
