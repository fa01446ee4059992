/**
 * The gap analysis of `../shared/spec/gaps.md`: one pure function that the web app, the
 * CLI and every export call, so they all give the same numbers. Rule numbers in the
 * comments refer to "The ordered gaps" in that spec. The per-channel figures ("reported
 * beside the summary") are `analyzeChannels`, asked for by the reports that print them.
 */
import type { Channel, Communication, EpochMs, Incident } from '../model';
import { byInstantThenOrder } from '../inTimeOrder';
import { GapList } from './GapList';
import { cutoffOf } from './countedUpdates';
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

/**
 * What one pass over the communications in time order finds (rule 1's order): the first
 * resolution update, the last non-internal communication, and the updates before the
 * resolution update — those before A by id, the others as the instants of their moments
 * (equal instants are one moment), written into `points` from index 1.
 */
interface Scan {
  readonly resolutionUpdate: Communication | undefined;
  readonly lastMessage: EpochMs | null;
  readonly beforeAlert: readonly string[];
  /** How many moments `points` holds (at 1…moments). */
  readonly moments: number;
}

/**
 * The pass, in one loop with no call per message (on a page just opened, at 100,000
 * messages, four passes through small functions took ~35 ms). `check`: stop (null) at the
 * first pair out of time order, so the caller sorts a copy and scans that instead.
 */
function scan(
  list: readonly Communication[],
  alert: EpochMs,
  points: Float64Array,
  check: boolean,
): Scan | null {
  let resolutionUpdate: Communication | undefined;
  let lastMessage: EpochMs | null = null;
  const beforeAlert: string[] = [];
  let moments = 0;
  let previous: Communication | undefined;
  for (let i = 0; i < list.length; i++) {
    const c = list[i] as Communication;
    if (
      check &&
      previous !== undefined &&
      (previous.instant > c.instant || (previous.instant === c.instant && previous.order > c.order))
    ) {
      return null;
    }
    previous = c;
    if (c.kind !== 'internal') lastMessage = c.instant;
    if (resolutionUpdate !== undefined) continue;
    if (c.kind === 'resolution') {
      resolutionUpdate = c;
    } else if (c.kind === 'update') {
      if (c.instant < alert) beforeAlert.push(c.id);
      else if (moments === 0 || points[moments] !== c.instant) points[++moments] = c.instant;
    }
  }
  return { resolutionUpdate, lastMessage, beforeAlert, moments };
}

/** Rule 2: the resolution update; else R; else the last non-internal communication. */
function findEnd(alert: EpochMs, resolution: EpochMs | null, found: Scan): End {
  if (found.resolutionUpdate !== undefined) {
    return { instant: found.resolutionUpdate.instant, kind: 'resolution-update' };
  }
  if (resolution !== null) return { instant: resolution, kind: 'resolution' };
  return { instant: found.lastMessage ?? alert, kind: 'last-message' };
}

export function analyzeGaps(input: GapInput): GapAnalysis {
  const { incident, communications } = input;
  const alert = incident.alert;
  if (alert === null) {
    return {
      ok: false,
      error: { code: 'missing-alert', message: 'The incident has no alert time: set one.' },
    };
  }
  // Rule 1: by instant, ties in import order (the list as it comes when it is in that
  // order, as imports and storage keep it; else a sorted copy).
  const points = new Float64Array(communications.length + 2);
  points[0] = alert;
  const found =
    scan(communications, alert, points, true) ??
    (scan([...communications].sort(byInstantThenOrder), alert, points, false) as Scan);
  const resolutionUpdate = found.resolutionUpdate;
  const R = incident.resolution;

  // Bad input: a resolution update or R before A is an input error (rule 3).
  if (resolutionUpdate !== undefined && resolutionUpdate.instant < alert) {
    return endBeforeAlert('The resolution update', resolutionUpdate.instant, alert);
  }
  if (R !== null && R < alert) return endBeforeAlert('The resolution', R, alert);

  const end = findEnd(alert, R, found);
  if (end.instant < alert) return endBeforeAlert('The last message', end.instant, alert);

  // Rule 1: updates before the resolution update (else before R; else all). The scan
  // stopped counting at the resolution update; moments at its instant, or at R or later
  // when R is the cut, are the last ones written (instants ascend) and are taken off.
  // Rule 3: updates before A stay on the timeline but leave the gap list.
  const cutoff = cutoffOf(end, R);
  let moments = found.moments;
  if (cutoff !== null) while (moments > 0 && (points[moments] as number) >= cutoff) moments--;
  points[moments + 1] = end.instant;
  const beforeAlert = found.beforeAlert;

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
