import type { RuleId } from '../domain/checks/ruleIds';
import type { StoreApi } from 'zustand/vanilla';
import type {
  ActionStatus,
  Attachment,
  Communication,
  CommunicationKind,
  EpochMs,
  Incident,
  Note,
  Participant,
  Phase,
  PlanAction,
  Preparation,
  ReviewData,
  RootCause,
  Session,
} from '../domain/model';
import type { ReviewHead, ReviewListItem } from '../domain/reviewGateway';
import type { StorageHealth } from './StorageHealth';

/** How a failed write is shown (the same kinds as persistence's `classifyStorageError`). */
export type StorageErrorKind = 'quota' | 'version' | 'unavailable' | 'unknown';

export interface SaveStatus {
  /**
   * `saving` while a write is in flight; `saved` only after every write completed;
   * `error` while some edit exists only in memory (it stays until a later write succeeds).
   */
  readonly state: 'idle' | 'saving' | 'saved' | 'error';
  /** Writes started and not yet finished. */
  readonly pending: number;
  readonly error: string | null;
  readonly errorKind: StorageErrorKind | null;
}

export interface NewCommunication {
  readonly instant: number;
  readonly offsetMinutes: number | null;
  readonly channelName: string;
  readonly author: string;
  readonly kind: CommunicationKind;
  readonly text: string;
}

export type CommunicationPatch = Partial<
  Pick<Communication, 'instant' | 'offsetMinutes' | 'author' | 'kind' | 'text'>
> & { channelName?: string };

export type IncidentPatch = Partial<
  Pick<
    Incident,
    'title' | 'alert' | 'resolution' | 'timeZone' | 'target' | 'severity' | 'instantSource'
  >
>;

export type NewNote = Pick<Note, 'text' | 'category' | 'author' | 'at' | 'onGap' | 'offsetY'>;

/** What an edit of a note may change: its text, colour, author, moment and place. */
export type NotePatch = Partial<NewNote>;

/** A thing on the timeline that can be focused: a communication's dot or a sticky note. */
export interface TimelineItemRef {
  readonly kind: 'communication' | 'note';
  readonly id: string;
}

/** The visible time window of the timeline, at rest (not updated on every pan frame). */
export interface TimelineView {
  readonly start: EpochMs;
  readonly end: EpochMs;
}

/** What the timeline and its accessible twin share, so they stay in step. */
export interface TimelineUiState {
  /** Highlighted on the canvas and in the Timeline table (hover, keyboard focus). */
  readonly focus: TimelineItemRef | null;
  /** The note whose text editor is open over the canvas. */
  readonly editingNoteId: string | null;
  /** The facilitator's visible window; a presenter window follows it. Null: fit. */
  readonly view: TimelineView | null;
  /** A screenshot shown full screen (in the presenter window); null: none. */
  readonly shownAttachmentId: string | null;
}

export type SessionChange = (
  session: Session,
  now: EpochMs,
) => Partial<Omit<Session, 'id' | 'reviewId' | 'updatedAt'>>;

export type PreparationPatch = Partial<Omit<Preparation, 'id' | 'reviewId' | 'updatedAt'>>;

export type NewAction = Pick<PlanAction, 'rootCauseId' | 'text' | 'owner' | 'deadline'>;

export type NewAttachment = Pick<Attachment, 'name' | 'mimeType' | 'dataUrl' | 'caption'>;

/** The workshop's edits; each is one saved write, undone by `undo`. */
export interface WorkshopActions {
  /** Changes the session (creating it with the play's defaults on first use). */
  updateSession(change: SessionChange): Promise<void>;
  updatePreparation(patch: PreparationPatch): Promise<void>;
  /** Replaces every phase band of the incident. */
  setPhases(phases: readonly Pick<Phase, 'kind' | 'start' | 'end'>[]): Promise<void>;
  addParticipant(name: string, role: string | null): Promise<string>;
  updateParticipant(id: string, patch: Partial<Pick<Participant, 'name' | 'role'>>): Promise<void>;
  /** Removes a person and their votes. */
  removeParticipant(id: string): Promise<void>;
  /** One dot; refused past the session's votes per person. */
  castVote(rootCauseId: string, participantId: string): Promise<void>;
  removeVote(id: string): Promise<void>;
  addRootCause(input: Pick<RootCause, 'whys' | 'noteIds'>): Promise<string>;
  updateRootCause(
    id: string,
    patch: Partial<Pick<RootCause, 'whys' | 'noteIds' | 'selected'>>,
  ): Promise<void>;
  /** Deletes a root cause and its votes; its actions stay, untied. */
  deleteRootCause(id: string): Promise<void>;
  addAction(input: NewAction): Promise<string>;
  updateAction(
    id: string,
    patch: Partial<Pick<PlanAction, 'rootCauseId' | 'text' | 'owner' | 'deadline' | 'status'>>,
  ): Promise<void>;
  deleteAction(id: string): Promise<void>;
  addAttachment(input: NewAttachment): Promise<string>;
  updateAttachment(id: string, caption: string): Promise<void>;
  deleteAttachment(id: string): Promise<void>;
  addWhatIf(instant: EpochMs, text: string): Promise<string>;
  deleteWhatIf(id: string): Promise<void>;
  /** Turns a "what if" update into an idea note at its moment (one write). */
  keepWhatIfAsNote(id: string, offsetY: number): Promise<string>;
  /**
   * Dismisses a message-check finding (its rule, on a message or the incident): one saved,
   * undoable write; resolves with the dismissal's id (the existing one if already dismissed).
   */
  dismissFinding(rule: RuleId, communicationId: string | null): Promise<string>;
  /** Brings a dismissed finding back (deletes its dismissal). */
  restoreFinding(dismissalId: string): Promise<void>;
}

export interface CreateReviewsOptions {
  /** Communications written so far, of all the reviews' communications. */
  readonly onProgress?: (written: number, total: number) => void;
  /** Stops the import: the review being written is removed, later ones are not started. */
  readonly signal?: AbortSignal;
  /**
   * Called, with the new review's id, as soon as it can be opened while it is still being
   * written (one big review, written in chunks): the app opens it from memory then, and
   * `importSave` reports the rest. Not called for a review written at once, nor when
   * several reviews are imported together.
   */
  readonly onOpenable?: (reviewIds: readonly string[]) => void;
}

/** A big import still being written while its first review is open already. */
export interface ImportSave {
  /** The review open while the import is written. */
  readonly reviewId: string;
  /** Communications written so far, of `total` (every review of the import). */
  readonly written: number;
  readonly total: number;
  /** Why the import could not be saved (nothing of it was kept), or null. */
  readonly error: string | null;
}

export interface AppActions extends WorkshopActions {
  refreshReviews(): Promise<void>;
  /**
   * Opens review `id` (reads it, or takes it from an import still being written). Asked
   * again for the same review while that opening is the latest, it returns the same opening
   * (the app starts reading the review it starts on before its page is loaded).
   */
  openReview(id: string): Promise<void>;
  /**
   * Reads the open review again (another window changed it) and replaces `current`, keeping
   * edits whose write failed, the undo history and the timeline UI; no loading state.
   */
  reloadCurrent(): Promise<void>;
  closeReview(): void;
  /**
   * Writes each review (one transaction each; a big one in chunks when the storage can,
   * reporting `onProgress` over all of them and stopping on `signal`), refreshes the list,
   * returns the review ids. On a cancel or failure, the review being written leaves nothing.
   */
  createReviews(
    data: readonly ReviewData[],
    options?: CreateReviewsOptions,
  ): Promise<readonly string[]>;
  /** Stops the import being saved (`importSave`); resolves once nothing of it is stored. */
  cancelImportSave(): Promise<void>;
  /** Forgets a failed import's report (`importSave.error`). */
  dismissImportSave(): void;
  /** Every review in this browser, whole (the open one as in memory), for a backup of all. */
  loadAllReviews(): Promise<readonly ReviewData[]>;
  /** Adds a communication to the open review; creates its channel if the name is new. */
  addCommunication(input: NewCommunication): Promise<void>;
  updateCommunication(id: string, patch: CommunicationPatch): Promise<void>;
  deleteCommunication(id: string): Promise<void>;
  /** Adds a sticky note to the open review; resolves with its id once saved. */
  addNote(input: NewNote): Promise<string>;
  /** Edits a note (text, category, author) or moves it (moment, gap, offset). */
  updateNote(id: string, patch: NotePatch): Promise<void>;
  deleteNote(id: string): Promise<void>;
  /** A new `instantSource` re-derives every Statuspage communication's instant in the same write. */
  updateIncident(patch: IncidentPatch): Promise<void>;
  deleteReview(id: string): Promise<void>;
  /**
   * Follow-up: sets the status of an action of another (earlier) review, in one write to
   * that review. The list keeps showing the action with its new status until it is read again.
   */
  setEarlierActionStatus(reviewId: string, actionId: string, status: ActionStatus): Promise<void>;
  setDisplayTimeZone(zone: string | null): void;
  /** Highlights a dot or note on the canvas and its row in the Timeline table. */
  focusTimelineItem(ref: TimelineItemRef | null): void;
  /** Opens (id) or closes (null) the in-place editor of a note. */
  setEditingNote(id: string | null): void;
  /** Records the visible window once a pan or zoom came to rest. */
  setTimelineView(view: TimelineView | null): void;
  /** Shows a screenshot full screen (null hides it). */
  showAttachment(id: string | null): void;
  /** Reverts the last edit of the open review (one write). */
  undo(): Promise<void>;
  /** Re-applies the last undone edit (one write). */
  redo(): Promise<void>;
  /** Writes again every edit that failed to save (also happens with the next edit). */
  retrySave(): Promise<void>;
  /** Resolves when every write started so far has finished (for `pagehide`, tests). */
  flush(): Promise<void>;
  /** Reads whether the browser keeps the data, asking nothing (on load). */
  checkStorage(): Promise<void>;
  /** Asks the browser to keep the data, once per page (on the first real edit). */
  keepStorage(): Promise<void>;
  /** A newer Gapline opened the database: this tab no longer saves (it asks to reload). */
  markStorageOutdated(): void;
}

export interface AppState {
  readonly reviews: readonly ReviewListItem[];
  readonly reviewsLoaded: boolean;
  /** The open review: plain data, the source of truth in memory. */
  readonly current: ReviewData | null;
  readonly currentStatus: 'idle' | 'loading' | 'ready' | 'missing';
  /** While a review is read (`loading`): its review and incident, once read (else null). */
  readonly opening: ReviewHead | null;
  /** A big import still being saved (its first review open meanwhile), or null. */
  readonly importSave: ImportSave | null;
  /** Display override; null = the incident's zone. */
  readonly displayTimeZone: string | null;
  readonly save: SaveStatus;
  /** Where the data lives and how safe it is there (the storage indicator, the banners). */
  readonly storage: StorageHealth;
  readonly history: { readonly canUndo: boolean; readonly canRedo: boolean };
  readonly timeline: TimelineUiState;
  readonly actions: AppActions;
}

export type AppStore = StoreApi<AppState>;
