/**
 * The gap analysis of `../shared/spec/gaps.md`: one pure function that the web app, the
 * CLI and every export call, so they all give the same numbers. Rule numbers in the
 * comments refer to "The ordered gaps" in that spec.
 */
import type { Channel, Communication, EpochMs, Incident } from '../model';
import { inTimeOrder } from '../inTimeOrder';
import { UpdateEnds, buildGaps } from './buildGaps';
import { summarizeGaps } from './summarizeGaps';
import type { AnalysisWarning, ChannelAnalysis, EndKind, GapAnalysis } from './types';

export interface GapInput {
  readonly incident: Pick<Incident, 'alert' | 'resolution' | 'target'>;
  readonly channels: readonly Channel[];
  readonly communications: readonly Communication[];
}

const iso = (ms: EpochMs): string => new Date(ms).toISOString();

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
  for (let i = sorted.length - 1; i >= 0; i--) {
    const c = sorted[i];
    if (c !== undefined && c.kind !== 'internal')
      return { instant: c.instant, kind: 'last-message' };
  }
  return { instant: alert, kind: 'last-message' };
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
  // Rule 1: by instant, ties in import order.
  const sorted = inTimeOrder(input.communications);
  const resolutionUpdate = firstResolutionUpdate(sorted);
  const R = incident.resolution;

  // Bad input: a resolution update or R before A is an input error (rule 3).
  if (resolutionUpdate !== undefined && resolutionUpdate.instant < alert) {
    return endBeforeAlert('The resolution update', resolutionUpdate.instant, alert);
  }
  if (R !== null && R < alert) return endBeforeAlert('The resolution', R, alert);

  const end = findEnd(alert, R, resolutionUpdate, sorted);
  if (end.instant < alert) return endBeforeAlert('The last message', end.instant, alert);

  // Rule 1: updates before the resolution update (else before R; else all). Rule 3:
  // updates before A stay on the timeline but leave the gap list. One pass sorts the
  // updates into those and, for the counted ones, the update moments overall and the
  // moments of each channel (their instants; equal instants are one moment).
  const cutoff = resolutionUpdate?.instant ?? R;
  const beforeAlert: string[] = [];
  const moments: { n: number; instant: EpochMs; communicationIds: string[] }[] = [];
  const instants: EpochMs[] = [];
  const channelInstants = new Map<string, EpochMs[]>();
  /** Every channel with a customer communication, in order of first use. */
  const channelOrder: string[] = [];
  for (const c of sorted) {
    if (c.kind === 'internal') continue;
    let own = channelInstants.get(c.channelId);
    if (own === undefined) {
      own = [];
      channelInstants.set(c.channelId, own);
      channelOrder.push(c.channelId);
    }
    if (c.kind !== 'update' || (cutoff !== null && c.instant >= cutoff)) continue;
    if (c.instant < alert) {
      beforeAlert.push(c.id);
      continue;
    }
    const last = moments[moments.length - 1];
    if (last !== undefined && last.instant === c.instant) {
      last.communicationIds.push(c.id);
    } else {
      moments.push({ n: moments.length + 1, instant: c.instant, communicationIds: [c.id] });
      instants.push(c.instant);
    }
    if (own[own.length - 1] !== c.instant) own.push(c.instant);
  }

  const warnings: AnalysisWarning[] = [];
  if (beforeAlert.length > 0) {
    warnings.push({
      code: 'update-before-alert',
      message: `${beforeAlert.length} update(s) before the alert (${iso(alert)}) are not counted in the gaps.`,
      communicationIds: beforeAlert,
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

  const updateEnds = new UpdateEnds();
  const analyse = (times: readonly EpochMs[]) => {
    const gaps = buildGaps(alert, times, end, incident.target, updateEnds);
    return {
      gaps,
      summary: summarizeGaps(gaps, incident.target, times.length, resolutionNoticeDelay),
    };
  };
  const overall = analyse(instants);

  const channelNames = new Map(input.channels.map((ch) => [ch.id, ch.name]));
  const perChannel: ChannelAnalysis[] = channelOrder.map((channelId) => {
    const own = analyse(channelInstants.get(channelId) ?? []);
    return {
      channelId,
      channel: channelNames.get(channelId) ?? channelId,
      gaps: own.gaps,
      summary: own.summary,
    };
  });

  return {
    ok: true,
    alert,
    end,
    moments,
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

/** Rule 2: the first resolution update in time order, if any. */
function firstResolutionUpdate(sorted: readonly Communication[]): Communication | undefined {
  for (const c of sorted) if (c.kind === 'resolution') return c;
  return undefined;
}
