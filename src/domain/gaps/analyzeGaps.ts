/**
 * The gap analysis of `../shared/spec/gaps.md`: one pure function that the web app, the
 * CLI and every export call, so they all give the same numbers. Rule numbers in the
 * comments refer to "The ordered gaps" in that spec. The per-channel figures ("reported
 * beside the summary") are `analyzeChannels`, asked for by the reports that print them.
 */
import type { Channel, Communication, EpochMs, Incident } from '../model';
import { inTimeOrder } from '../inTimeOrder';
import { GapList } from './GapList';
import { cutoffOf, isBeforeCutoff } from './countedUpdates';
import { summarizeGaps } from './summarizeGaps';
import type { AnalysisWarning, EndKind, GapAnalysis } from './types';

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
  // updates before A stay on the timeline but leave the gap list. One pass over the
  // updates gives the instants of the update moments (equal instants are one moment),
  // written straight between A and the end of the gap list's points.
  const cutoff = cutoffOf(end, R);
  const beforeAlert: string[] = [];
  const points = new Float64Array(sorted.length + 2);
  points[0] = alert;
  let moments = 0;
  for (const c of sorted) {
    if (!isBeforeCutoff(c, cutoff)) continue;
    if (c.instant < alert) {
      beforeAlert.push(c.id);
      continue;
    }
    if (moments === 0 || points[moments] !== c.instant) points[++moments] = c.instant;
  }
  points[moments + 1] = end.instant;

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

  const gaps = new GapList(points.subarray(0, moments + 2), end.kind, incident.target);
  return {
    ok: true,
    alert,
    end,
    gaps,
    summary: summarizeGaps(gaps, incident.target, moments, resolutionNoticeDelay),
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
