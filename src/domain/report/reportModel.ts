/**
 * The one model every export of a review renders (issue "Take the plan away"): PDF,
 * Markdown, CSV of actions, calendar. Plain data built from the review by `buildReportModel`;
 * renderers only word and lay it out (labels are translated there, from the kinds here).
 * Instants are UTC ms; `timeZone` says where to show them.
 */
import type { Finding } from '../checks/finding';
import type { AnalysisError, Gap, GapSummary } from '../gaps/types';
import type {
  ActionStatus,
  AffectedScope,
  CommunicationKind,
  EpochMs,
  NoteCategory,
  Severity,
  Target,
} from '../model';
import type { RecommendationId } from '../workshop/recommendations';

export type ReportLanguage = 'en' | 'es';

export interface ReportIncident {
  readonly title: string;
  readonly alert: EpochMs | null;
  readonly resolution: EpochMs | null;
  /** Alert to resolution (or to the analysis' end when unresolved), in minutes; null without an alert. */
  readonly durationMinutes: number | null;
  /** True when the incident has no resolution time: the duration runs to the last message. */
  readonly open: boolean;
  readonly severity: Severity | null;
  readonly target: Target;
  /** The source's own id (Statuspage incident id), if any. */
  readonly externalId: string | null;
  readonly sourceUrl: string | null;
}

export interface ReportPerson {
  readonly name: string;
  readonly role: string | null;
}

export interface ReportCommunication {
  readonly instant: EpochMs;
  readonly channel: string;
  readonly author: string;
  readonly kind: CommunicationKind;
  readonly text: string;
}

export interface ReportNote {
  readonly text: string;
  readonly category: NoteCategory;
  /** Null when anonymous (the note's own, or the session's anonymous mode). */
  readonly author: string | null;
  readonly at: EpochMs;
}

/** A root cause with its why-chain, the problems (notes) it explains and its dots. */
export interface ReportRootCause {
  readonly id: string;
  /** "Why?" answers in order, blanks left out; the last is the deepest cause. */
  readonly whys: readonly string[];
  readonly problems: readonly ReportNote[];
  readonly votes: number;
  /** Picked for the plan in step 5. */
  readonly selected: boolean;
}

export interface ReportAction {
  readonly id: string;
  readonly text: string;
  /** '' when nobody owns it yet. */
  readonly owner: string;
  /** `YYYY-MM-DD`, or null. */
  readonly deadline: string | null;
  readonly status: ActionStatus;
  /** The deepest why of the root cause it answers, or null. */
  readonly rootCause: string | null;
}

export interface ReportPreparation {
  readonly customerImpact: string;
  readonly expectedDuration: string;
  readonly affected: AffectedScope | null;
  readonly affectedDetail: string;
  readonly workaroundAvailable: boolean | null;
  readonly workaround: string;
}

export interface ReportModel {
  readonly language: ReportLanguage;
  readonly timeZone: string;
  readonly generatedAt: EpochMs;
  readonly incident: ReportIncident;
  readonly facilitator: string | null;
  /** Empty in anonymous mode (`anonymous` says why). */
  readonly participants: readonly ReportPerson[];
  readonly anonymous: boolean;
  /** The analysis' figures, or null when the incident cannot be analysed (`analysisError`). */
  readonly summary: GapSummary | null;
  readonly analysisError: AnalysisError | null;
  readonly gaps: readonly Gap[];
  /** Every communication in time order, internal ones included (`kind` says which). */
  readonly communications: readonly ReportCommunication[];
  /** Notes in time order (the sticky notes of the session). */
  readonly notes: readonly ReportNote[];
  /** Most voted first (ties: oldest first), as step 5 ranks them. */
  readonly rootCauses: readonly ReportRootCause[];
  /** In the plan's order (root cause order, then creation). */
  readonly actions: readonly ReportAction[];
  /** The spec's recommendations an action of the plan was drafted from. */
  readonly recommendations: readonly RecommendationId[];
  readonly preparation: ReportPreparation | null;
  /**
   * The message checks' findings the team kept (not dismissed), in the report's language,
   * in time order with the incident-level ones last (`../shared/spec/checks.md`, Output).
   */
  readonly findings: readonly Finding[];
  /** How many findings the team dismissed (they are left out of `findings`). */
  readonly dismissedFindings: number;
}
