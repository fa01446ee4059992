/**
 * The Gapline model: plain data, no behaviour. Every record has a random, stable id
 * (never an auto-increment key) and belongs to one review. Instants are milliseconds
 * since the Unix epoch (UTC); the offset a time was written in is kept beside it.
 */
import type { RuleId } from './checks/ruleIds';

/** Milliseconds since 1970-01-01T00:00:00Z. */
export type EpochMs = number;

export const SEVERITIES = ['negligible', 'minimal', 'significant', 'serious', 'severe'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Kinds of communication (`../shared/spec/gaps.md`, Terms). The alert is not a communication. */
export const COMMUNICATION_KINDS = ['update', 'resolution', 'follow-up', 'internal'] as const;
export type CommunicationKind = (typeof COMMUNICATION_KINDS)[number];

export const PHASE_KINDS = ['investigation', 'escalation', 'decision', 'change'] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

/** Which Statuspage time an update's instant is read from. */
export type InstantSource = 'display_at' | 'created_at';

/** Minutes: `ideal` (default 20) and `max` (default 30). */
export interface Target {
  readonly ideal: number;
  readonly max: number;
}

export const DEFAULT_TARGET: Target = { ideal: 20, max: 30 };

/** An instant as written in a source: the UTC instant plus the offset it was written in. */
export interface SourceInstant {
  readonly ms: EpochMs;
  /** Offset from UTC in minutes (e.g. −180 for `-03:00`); null when unknown. */
  readonly offsetMinutes: number | null;
}

export type SourceFormat = 'statuspage' | 'csv' | 'gapline' | 'manual' | 'demo';

export interface Review {
  readonly id: string;
  readonly title: string;
  /** `importing` while a large import is being written; only `ready` reviews are listed. */
  readonly status: 'importing' | 'ready';
  readonly createdAt: EpochMs;
  readonly updatedAt: EpochMs;
  readonly createdBy: string | null;
}

/** One incident per review. */
export interface Incident {
  readonly id: string;
  readonly reviewId: string;
  readonly title: string;
  /** Alert time A; null only while a hand-typed review has no alert yet. */
  readonly alert: EpochMs | null;
  /** Resolution time R; null when unknown (incident still open). */
  readonly resolution: EpochMs | null;
  /** IANA zone (or `UTC`) the incident is displayed in. */
  readonly timeZone: string;
  /** Zone offset-less source times were read in (CSV); null when every time had an offset. */
  readonly sourceTimeZone: string | null;
  readonly severity: Severity | null;
  readonly target: Target;
  /** Statuspage only: which time an update's instant comes from. */
  readonly instantSource: InstantSource;
  readonly source: {
    readonly format: SourceFormat;
    /** The source's own id (Statuspage incident id), if any. */
    readonly externalId: string | null;
    readonly url: string | null;
    readonly fileName: string | null;
  };
  readonly updatedAt: EpochMs;
}

export interface Channel {
  readonly id: string;
  readonly reviewId: string;
  /** Name as imported (`Status page`, `Twitter/X`, `Email`, …): the key of `perChannel`. */
  readonly name: string;
  readonly updatedAt: EpochMs;
}

export interface Communication {
  readonly id: string;
  readonly reviewId: string;
  /** The instant used for analysis (UTC ms). */
  readonly instant: EpochMs;
  /** Offset the time was written in, in minutes; null when the source had none. */
  readonly offsetMinutes: number | null;
  readonly channelId: string;
  readonly author: string;
  readonly kind: CommunicationKind;
  /** Plain text (HTML from sources is converted to text at import, never rendered). */
  readonly text: string;
  /** Stable id derived from the source: Statuspage update id, `<id>#tweet`, `line:<N>`. */
  readonly sourceId: string | null;
  /** Position in the import, for stable ordering of equal instants. */
  readonly order: number;
  /** Statuspage only: both times of the update, so the incident can switch instant source. */
  readonly sourceTimes: {
    readonly displayAt: SourceInstant | null;
    readonly createdAt: SourceInstant | null;
  } | null;
  /** Statuspage update status (`investigating`, `identified`, …), when the source has one. */
  readonly sourceStatus: string | null;
  /** Statuspage affected component names, when listed. */
  readonly affectedComponents: readonly string[];
  readonly createdBy: string | null;
  readonly updatedAt: EpochMs;
}

export interface Phase {
  readonly id: string;
  readonly reviewId: string;
  readonly kind: PhaseKind;
  readonly start: EpochMs;
  readonly end: EpochMs;
  readonly updatedAt: EpochMs;
}

/** The five sticky-note colours of the workshop (issue "The timeline"). */
export const NOTE_CATEGORIES = ['gap', 'confusion', 'other-problem', 'root-cause', 'idea'] as const;
export type NoteCategory = (typeof NOTE_CATEGORIES)[number];

/**
 * A sticky note on the timeline. Its position is a moment plus an offset, never pixels
 * of one screen (../shared/notes/architecture.md): `at` is the moment it is about (its
 * pin), `offsetY` how far above (negative) or below the main line it sits.
 */
export interface Note {
  readonly id: string;
  readonly reviewId: string;
  readonly text: string;
  readonly category: NoteCategory;
  /** Who wrote it; null: anonymous. */
  readonly author: string | null;
  /** The moment the note is about. */
  readonly at: EpochMs;
  /** Attached to the gap that contains `at`: drawn over that gap's middle, moving with it. */
  readonly onGap: boolean;
  /** Vertical distance from the main line to the note's pin end, in CSS pixels. */
  readonly offsetY: number;
  readonly createdBy: string | null;
  readonly createdAt: EpochMs;
  readonly updatedAt: EpochMs;
}

/** The workshop's steps, in order (`../shared/spec/workshop.md`). */
export const WORKSHOP_STEPS = [
  'preparation',
  'walk',
  'gaps',
  'assess',
  'root-causes',
  'plan',
] as const;
export type WorkshopStep = (typeof WORKSHOP_STEPS)[number];
export type TimedStep = Exclude<WorkshopStep, 'preparation'>;

/** Minutes the play gives each timed step (60 in all). */
export const STEP_MINUTES: Readonly<Record<TimedStep, number>> = {
  walk: 10,
  gaps: 10,
  assess: 15,
  'root-causes': 15,
  plan: 10,
};

/** A step's timer, stored so it survives a reload: time run so far plus the running start. */
export interface StepTimer {
  readonly allottedMs: number;
  /** Time run before `runningSince` (excludes the current run). */
  readonly elapsedMs: number;
  /** When the current run started; null while paused. */
  readonly runningSince: EpochMs | null;
}

/** One per review: where the session is and how it runs. */
export interface Session {
  readonly id: string;
  readonly reviewId: string;
  readonly step: WorkshopStep;
  readonly timers: Readonly<Record<TimedStep, StepTimer>>;
  /** Authors are hidden on screen and in every export. */
  readonly anonymous: boolean;
  readonly votesPerParticipant: number;
  readonly votesRevealed: boolean;
  /** A sound when a step's time is up. */
  readonly sound: boolean;
  readonly facilitator: string | null;
  readonly updatedAt: EpochMs;
}

/** Who was affected, as the information checklist asks. */
export type AffectedScope = 'all' | 'some';

/** One per review: the preparation answers that are not the timeline itself. */
export interface Preparation {
  readonly id: string;
  readonly reviewId: string;
  /** What customers saw that told them something was wrong. */
  readonly customerImpact: string;
  /** Information checklist: the expected duration known at the time ('' when none). */
  readonly expectedDuration: string;
  readonly affected: AffectedScope | null;
  /** Regions, features or share of customers, when only some were affected. */
  readonly affectedDetail: string;
  /** Whether a workaround existed; null: not answered yet. */
  readonly workaroundAvailable: boolean | null;
  readonly workaround: string;
  readonly updatedAt: EpochMs;
}

export interface Participant {
  readonly id: string;
  readonly reviewId: string;
  readonly name: string;
  readonly role: string | null;
  readonly updatedAt: EpochMs;
}

/**
 * A root cause found in step 4: a chain of "why?" answers (one to five; the last is the
 * root cause) shared by one or more problem notes.
 */
export interface RootCause {
  readonly id: string;
  readonly reviewId: string;
  readonly whys: readonly string[];
  readonly noteIds: readonly string[];
  /** Picked for the plan in step 5. */
  readonly selected: boolean;
  readonly createdAt: EpochMs;
  readonly updatedAt: EpochMs;
}

/** One dot of dot voting: a participant's vote on a root cause. */
export interface Vote {
  readonly id: string;
  readonly reviewId: string;
  readonly rootCauseId: string;
  readonly participantId: string;
  readonly updatedAt: EpochMs;
}

export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** An action of the plan, for a root cause. */
export interface PlanAction {
  readonly id: string;
  readonly reviewId: string;
  readonly rootCauseId: string | null;
  readonly text: string;
  /** A participant's name or any name; '' when nobody owns it yet. */
  readonly owner: string;
  /** A calendar date, `YYYY-MM-DD`; null when none is set. */
  readonly deadline: string | null;
  readonly status: ActionStatus;
  readonly createdAt: EpochMs;
  readonly updatedAt: EpochMs;
}

/** A "what if" update: drawn dashed, never counted as a real communication. */
export interface WhatIf {
  readonly id: string;
  readonly reviewId: string;
  readonly instant: EpochMs;
  readonly text: string;
  readonly updatedAt: EpochMs;
}

/** A screenshot of what customers saw, kept in the browser with the review. */
export interface Attachment {
  readonly id: string;
  readonly reviewId: string;
  readonly name: string;
  readonly mimeType: 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif';
  /** The image as a `data:` URL. */
  readonly dataUrl: string;
  readonly caption: string;
  readonly updatedAt: EpochMs;
}

/**
 * A message-check finding the facilitator dismissed (`../shared/spec/checks.md`: findings are
 * hints, never verdicts). It names the finding by its rule and message, so it still applies
 * after a reload, in another tab and in a saved file; restoring it deletes the record.
 */
export interface FindingDismissal {
  readonly id: string;
  readonly reviewId: string;
  readonly rule: RuleId;
  /** The communication the finding is about, or null for a finding about the incident. */
  readonly communicationId: string | null;
  readonly updatedAt: EpochMs;
}

/**
 * The records a review has many of, by collection. The names are also the IndexedDB
 * tables' and the Gapline file's keys.
 */
export interface ReviewRecords {
  readonly channels: Channel;
  readonly communications: Communication;
  readonly phases: Phase;
  readonly notes: Note;
  readonly participants: Participant;
  readonly rootCauses: RootCause;
  readonly votes: Vote;
  readonly actions: PlanAction;
  readonly whatIfs: WhatIf;
  readonly attachments: Attachment;
  readonly dismissals: FindingDismissal;
}

export type Collection = keyof ReviewRecords;

export const COLLECTIONS: readonly Collection[] = [
  'channels',
  'communications',
  'phases',
  'notes',
  'participants',
  'rootCauses',
  'votes',
  'actions',
  'whatIfs',
  'attachments',
  'dismissals',
];

/** A whole review as plain data: what a Gapline file holds and what the app loads. */
export type ReviewData = {
  readonly review: Review;
  readonly incident: Incident;
  /** Null until the session is first set up. */
  readonly session: Session | null;
  /** Null until a preparation answer is given. */
  readonly preparation: Preparation | null;
} & { readonly [K in Collection]: readonly ReviewRecords[K][] };
