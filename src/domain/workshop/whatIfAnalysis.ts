/**
 * "What if" updates (`../shared/spec/workshop.md`, step 2 "Mind the gaps"; the model's
 * WhatIf: "drawn dashed, never counted as a real communication"): the gap analysis of
 * `../shared/spec/gaps.md` run as if each what-if had been sent, so the room sees how the
 * gaps would change.
 *
 * Each what-if becomes one extra customer `update` on a channel named `What if`
 * (id `WHAT_IF_CHANNEL_ID`); its communication id is the what-if's id. The same rules apply to it as to any update (a what-if after the
 * resolution update changes nothing; one before the alert is reported as
 * `update-before-alert`). The real input is never changed: the hypothetical analysis
 * works on a copy of the lists, and the real one stays `analyzeGaps(input)`.
 */
import { analyzeGaps, type GapInput } from '../gaps/analyzeGaps';
import type { GapAnalysis } from '../gaps/types';
import type { Channel, Communication, WhatIf } from '../model';

export const WHAT_IF_CHANNEL_ID = 'gapline:what-if';
export const WHAT_IF_CHANNEL_NAME = 'What if';

type WhatIfUpdate = Pick<WhatIf, 'id' | 'reviewId' | 'instant' | 'text' | 'updatedAt'>;

export function analyzeWithWhatIfs(input: GapInput, whatIfs: readonly WhatIfUpdate[]): GapAnalysis {
  return analyzeGaps(withWhatIfs(input, whatIfs));
}

/**
 * The input as if the what-ifs had been sent (the input itself when there are none): what
 * `analyzeWithWhatIfs` analyses, and what `analyzeChannels` takes for its channels.
 */
export function withWhatIfs(input: GapInput, whatIfs: readonly WhatIfUpdate[]): GapInput {
  if (whatIfs.length === 0) return input;
  const reviewId = whatIfs[0]?.reviewId ?? '';
  const channel: Channel = {
    id: WHAT_IF_CHANNEL_ID,
    reviewId,
    name: WHAT_IF_CHANNEL_NAME,
    updatedAt: 0,
  };
  // After every real communication in import order, so a what-if at the very instant of
  // a real update joins its moment without reordering it.
  const lastOrder = input.communications.reduce((m, c) => Math.max(m, c.order), 0);
  const hypothetical = whatIfs.map((w, i): Communication => ({
    id: w.id,
    reviewId: w.reviewId,
    instant: w.instant,
    offsetMinutes: null,
    channelId: WHAT_IF_CHANNEL_ID,
    author: '',
    kind: 'update',
    text: w.text,
    sourceId: null,
    order: lastOrder + 1 + i,
    sourceTimes: null,
    sourceStatus: null,
    affectedComponents: [],
    createdBy: null,
    updatedAt: w.updatedAt,
  }));
  return {
    incident: input.incident,
    channels: [...input.channels, channel],
    communications: [...input.communications, ...hypothetical],
  };
}

/** One summary figure before and after the what-ifs; null when an analysis has none. */
export interface FigureChange {
  readonly before: number | null;
  readonly after: number | null;
}

export interface WhatIfDelta {
  readonly timeToFirstUpdate: FigureChange;
  readonly longestGap: FigureChange;
  readonly gapsOverTarget: FigureChange;
  readonly minutesOverTarget: FigureChange;
}

/**
 * The summary figures the what-ifs change (minutes, as in the gap summary). An analysis
 * that failed (no alert, end before alert) gives null figures.
 */
export function whatIfDelta(before: GapAnalysis, after: GapAnalysis): WhatIfDelta {
  const figure = (pick: (a: Extract<GapAnalysis, { ok: true }>) => number | null) => ({
    before: before.ok ? pick(before) : null,
    after: after.ok ? pick(after) : null,
  });
  return {
    timeToFirstUpdate: figure((a) => a.summary.timeToFirstUpdate),
    longestGap: figure((a) => a.summary.longestGap),
    gapsOverTarget: figure((a) => a.summary.gapsOverTarget),
    minutesOverTarget: figure((a) => a.summary.minutesOverTarget),
  };
}
