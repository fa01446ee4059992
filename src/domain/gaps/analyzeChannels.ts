import type { EpochMs } from '../model';
import { inTimeOrder } from '../inTimeOrder';
import type { GapInput } from './analyzeGaps';
import { gapListOf } from './GapList';
import { cutoffOf, isBeforeCutoff } from './countedUpdates';
import { summarizeGaps } from './summarizeGaps';
import type { ChannelAnalysis, GapAnalysis } from './types';

/**
 * The per-channel figures of `../shared/spec/gaps.md` ("reported beside the summary"):
 * for every channel with a customer communication, in order of first use, the same gap
 * list and summary as `analysis` using only that channel's updates, from A to the
 * overall end. `analysis` is `analyzeGaps` of the same input.
 */
export function analyzeChannels(
  input: GapInput,
  analysis: Extract<GapAnalysis, { ok: true }>,
): ChannelAnalysis[] {
  const { alert, end } = analysis;
  const { target, resolution } = input.incident;
  const cutoff = cutoffOf(end, resolution);
  const channelInstants = new Map<string, EpochMs[]>();
  for (const c of inTimeOrder(input.communications)) {
    if (c.kind === 'internal') continue;
    let own = channelInstants.get(c.channelId);
    if (own === undefined) {
      own = [];
      channelInstants.set(c.channelId, own);
    }
    if (!isBeforeCutoff(c, cutoff) || c.instant < alert) continue;
    if (own[own.length - 1] !== c.instant) own.push(c.instant);
  }

  const names = new Map(input.channels.map((ch) => [ch.id, ch.name]));
  const delay = analysis.summary.resolutionNoticeDelay;
  return [...channelInstants].map(([channelId, instants]) => {
    const gaps = gapListOf(alert, instants, end, target);
    return {
      channelId,
      channel: names.get(channelId) ?? channelId,
      gaps,
      summary: summarizeGaps(gaps, target, instants.length, delay),
    };
  });
}
