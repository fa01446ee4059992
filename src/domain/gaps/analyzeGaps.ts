/**
 * The gap analysis of `../shared/spec/gaps.md`: one pure function that the web app, the
 * CLI and every export call, so they all give the same numbers. Rule numbers in the
 * comments refer to "The ordered gaps" in that spec.
 */
import type { Channel, Communication, EpochMs, Incident } from '../model';
import { buildGaps } from './buildGaps';
import { summarizeGaps } from './summarizeGaps';
import type { AnalysisWarning, ChannelAnalysis, EndKind, GapAnalysis, UpdateMoment } from './types';

export interface GapInput {
  readonly incident: Pick<Incident, 'alert' | 'resolution' | 'target'>;
  readonly channels: readonly Channel[];
  readonly communications: readonly Communication[];
}

const iso = (ms: EpochMs): string => new Date(ms).toISOString();

/** Sort by instant; ties keep import order (rule 1). */
const byInstantThenOrder = (a: Communication, b: Communication): number =>
  a.instant - b.instant || a.order - b.order;

/** Groups equal instants (to the millisecond) into numbered update moments (rule 1). */
function toMoments(updates: readonly Communication[]): UpdateMoment[] {
  const moments: { n: number; instant: EpochMs; communicationIds: string[] }[] = [];
  for (const c of updates) {
    const last = moments[moments.length - 1];
    if (last !== undefined && last.instant === c.instant) {
      last.communicationIds.push(c.id);
    } else {
      moments.push({ n: moments.length + 1, instant: c.instant, communicationIds: [c.id] });
    }
  }
  return moments;
}

interface End {
  readonly instant: EpochMs;
  readonly kind: EndKind;
}

/** Rule 2: the resolution update; else R; else the last non-internal communication. */
function findEnd(
  alert: EpochMs,
  resolution: EpochMs | null,
  resolutionUpdate: Communication | undefined,
  sorted: readonly Communication[],
): End {
  if (resolutionUpdate !== undefined) {
    return { instant: resolutionUpdate.instant, kind: 'resolution-update' };
  }
  if (resolution !== null) return { instant: resolution, kind: 'resolution' };
  const customer = sorted.filter((c) => c.kind !== 'internal');
  const last = customer[customer.length - 1];
  return { instant: last === undefined ? alert : last.instant, kind: 'last-message' };
}

export function analyzeGaps(input: GapInput): GapAnalysis {
  const { incident } = input;
  const alert = incident.alert;
  if (alert === null) {
    return {
      ok: false,
      error: { code: 'missing-alert', message: 'The incident has no alert time: set one.' },
    };
  }
  const sorted = inOrder(input.communications)
    ? input.communications
    : [...input.communications].sort(byInstantThenOrder);
  const resolutionUpdate = sorted.find((c) => c.kind === 'resolution');
  const R = incident.resolution;

  // Bad input: a resolution update or R before A is an input error (rule 3).
  if (resolutionUpdate !== undefined && resolutionUpdate.instant < alert) {
    return endBeforeAlert('The resolution update', resolutionUpdate.instant, alert);
  }
  if (R !== null && R < alert) return endBeforeAlert('The resolution', R, alert);

  const end = findEnd(alert, R, resolutionUpdate, sorted);
  if (end.instant < alert) return endBeforeAlert('The last message', end.instant, alert);

  // Rule 1: updates before the resolution update (else before R; else all).
  const cutoff = resolutionUpdate?.instant ?? R;
  const updates = sorted.filter(
    (c) => c.kind === 'update' && (cutoff === null || c.instant < cutoff),
  );
  // Rule 3: updates before A stay on the timeline but leave the gap list.
  const beforeAlert = updates.filter((c) => c.instant < alert);
  const counted = updates.filter((c) => c.instant >= alert);

  const warnings: AnalysisWarning[] = [];
  if (beforeAlert.length > 0) {
    warnings.push({
      code: 'update-before-alert',
      message: `${beforeAlert.length} update(s) before the alert (${iso(alert)}) are not counted in the gaps.`,
      communicationIds: beforeAlert.map((c) => c.id),
    });
  }
  if (end.kind === 'resolution') {
    warnings.push({
      code: 'no-resolution-update',
      message: `No resolution update was sent; the gaps end at the resolution time (${iso(end.instant)}).`,
      communicationIds: [],
    });
  } else if (end.kind === 'last-message') {
    warnings.push({
      code: 'open',
      message: `The incident has no resolution; the gaps end at the last message (${iso(end.instant)}).`,
      communicationIds: [],
    });
  }

  const resolutionNoticeDelay =
    resolutionUpdate !== undefined && R !== null ? (resolutionUpdate.instant - R) / 60_000 : null;

  const analyse = (subset: readonly Communication[]) => {
    const moments = toMoments(subset);
    const gaps = buildGaps(alert, moments, end, incident.target);
    return {
      moments,
      gaps,
      summary: summarizeGaps(gaps, incident.target, moments.length, resolutionNoticeDelay),
    };
  };
  const overall = analyse(counted);

  const channelNames = new Map(input.channels.map((ch) => [ch.id, ch.name]));
  // The counted updates by channel, in one pass (order kept).
  const byChannel = new Map<string, Communication[]>();
  for (const u of counted) {
    const list = byChannel.get(u.channelId);
    if (list === undefined) byChannel.set(u.channelId, [u]);
    else list.push(u);
  }
  const perChannel: ChannelAnalysis[] = [];
  const seen = new Set<string>();
  for (const c of sorted) {
    if (c.kind === 'internal' || seen.has(c.channelId)) continue;
    seen.add(c.channelId);
    const own = analyse(byChannel.get(c.channelId) ?? []);
    perChannel.push({
      channelId: c.channelId,
      channel: channelNames.get(c.channelId) ?? c.channelId,
      gaps: own.gaps,
      summary: own.summary,
    });
  }

  return {
    ok: true,
    alert,
    end,
    moments: overall.moments,
    gaps: overall.gaps,
    summary: overall.summary,
    perChannel,
    warnings,
  };
}

function endBeforeAlert(what: string, at: EpochMs, alert: EpochMs): GapAnalysis {
  return {
    ok: false,
    error: {
      code: 'end-before-alert',
      message: `${what} (${iso(at)}) is before the alert (${iso(alert)}): correct the alert or the resolution time.`,
    },
  };
}

/** Already in the order the rules read them (usual after an import): no copy, no sort. */
function inOrder(communications: readonly Communication[]): boolean {
  for (let i = 1; i < communications.length; i++) {
    const a = communications[i - 1];
    const b = communications[i];
    if (a !== undefined && b !== undefined && byInstantThenOrder(a, b) > 0) return false;
  }
  return true;
}
