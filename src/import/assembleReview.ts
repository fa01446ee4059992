/**
 * Builds the records of one imported review from what an importer read: one Review, one
 * Incident, one Channel per distinct channel name (in order of first use) and the
 * communications in import order. Every id comes from `options.newId`.
 */
import { EMPTY_WORKSHOP } from '../domain/emptyWorkshop';
import type {
  Channel,
  Communication,
  CommunicationKind,
  EpochMs,
  Incident,
  InstantSource,
  Phase,
  PhaseKind,
  ReviewData,
} from '../domain/model';
import { DEFAULT_TARGET } from '../domain/model';
import type { ImportOptions } from './contract';

export interface DraftCommunication {
  readonly instant: EpochMs;
  readonly offsetMinutes: number | null;
  readonly channel: string;
  readonly author: string;
  readonly kind: CommunicationKind;
  readonly text: string;
  readonly sourceId: string | null;
  readonly sourceTimes: Communication['sourceTimes'];
  readonly sourceStatus: string | null;
  readonly affectedComponents: readonly string[];
}

export interface DraftPhase {
  readonly kind: PhaseKind;
  readonly start: EpochMs;
  readonly end: EpochMs;
}

export interface DraftReview {
  readonly title: string;
  readonly alert: EpochMs | null;
  readonly resolution: EpochMs | null;
  readonly timeZone: string;
  readonly sourceTimeZone: string | null;
  readonly instantSource: InstantSource;
  readonly source: Incident['source'];
  /** In import order (chronological); `order` is the position here. */
  readonly communications: readonly DraftCommunication[];
  readonly phases: readonly DraftPhase[];
}

export function assembleReview(draft: DraftReview, options: ImportOptions): ReviewData {
  const now = options.now();
  const reviewId = options.newId();
  const channelIds = new Map<string, string>();
  const channels: Channel[] = [];
  const channelIdFor = (name: string): string => {
    let id = channelIds.get(name);
    if (id === undefined) {
      id = options.newId();
      channelIds.set(name, id);
      channels.push({ id, reviewId, name, updatedAt: now });
    }
    return id;
  };
  const communications = draft.communications.map((c, order): Communication => ({
    id: options.newId(),
    reviewId,
    instant: c.instant,
    offsetMinutes: c.offsetMinutes,
    channelId: channelIdFor(c.channel),
    author: c.author,
    kind: c.kind,
    text: c.text,
    sourceId: c.sourceId,
    order,
    sourceTimes: c.sourceTimes,
    sourceStatus: c.sourceStatus,
    affectedComponents: c.affectedComponents,
    createdBy: null,
    updatedAt: now,
  }));
  const phases = draft.phases.map((p): Phase => ({
    id: options.newId(),
    reviewId,
    kind: p.kind,
    start: p.start,
    end: p.end,
    updatedAt: now,
  }));
  return {
    review: {
      id: reviewId,
      title: draft.title,
      status: 'ready',
      createdAt: now,
      updatedAt: now,
      createdBy: null,
    },
    incident: {
      id: options.newId(),
      reviewId,
      title: draft.title,
      alert: draft.alert,
      resolution: draft.resolution,
      timeZone: draft.timeZone,
      sourceTimeZone: draft.sourceTimeZone,
      severity: null,
      target: DEFAULT_TARGET,
      instantSource: draft.instantSource,
      source: draft.source,
      updatedAt: now,
    },
    channels,
    communications,
    phases,
    ...EMPTY_WORKSHOP,
  };
}
