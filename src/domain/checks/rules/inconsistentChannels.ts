/**
 * `inconsistent-channels` (`../shared/spec/checks.md`): two customer messages on different
 * channels at most 5 minutes apart state different statuses; attached to the later one. The
 * partner is the other channel's latest message at that moment. A later message that is
 * simply ahead (the incident moved on) is not flagged when the other channel catches up
 * within 5 minutes; one that lags behind always is. Where the status field and the text of
 * either message disagree, a match through either reading counts as the same status.
 */
import type { CheckMessage, CheckRule } from '../checkContext';
import { messageStatus, STATUS_NAMES, textStatus, type StatusRank } from '../messageStatus';
import { formatMinutes } from '../text/formatMinutes';
import { quote } from '../text/quote';
import { formatInstant } from '../../time/formatInstant';

const WINDOW = 5 * 60_000;

function readings(message: CheckMessage): Set<StatusRank> {
  const all = new Set<StatusRank>();
  const field = messageStatus(message);
  const text = textStatus(message);
  if (field !== null) all.add(field);
  if (text !== null) all.add(text);
  return all;
}

export const inconsistentChannels: CheckRule = {
  id: 'inconsistent-channels',
  suggestion: {
    en: 'Keep every channel on the same status: update them together, from one source.',
    es: 'Mantén todos los canales en el mismo estado: actualízalos a la vez, desde una sola fuente.',
  },
  check: ({ messages, displayZone }) =>
    messages.flatMap((message) => {
      const status = messageStatus(message);
      if (status === null) return [];
      const at = message.communication.instant;
      const latest = new Map<string, CheckMessage>();
      for (const p of messages) {
        if (p.position >= message.position) break;
        if (p.communication.channelId === message.communication.channelId) continue;
        if (at - p.communication.instant <= WINDOW) latest.set(p.communication.channelId, p);
      }
      const mine = readings(message);
      const partner = [...latest.values()].reverse().find((p) => {
        const other = messageStatus(p);
        if (other === null || other === status) return false;
        const theirs = readings(p);
        if (mine.has(other) || theirs.has(status)) return false;
        if (status < other) return true; // lags behind what the other channel already said
        const caughtUp = messages.some(
          (q) =>
            q.position > p.position &&
            q.communication.channelId === p.communication.channelId &&
            q.communication.instant <= at + WINDOW &&
            (messageStatus(q) ?? -1) >= status,
        );
        return !caughtUp;
      });
      if (partner === undefined) return [];
      const other = messageStatus(partner) ?? 0;
      const gap = formatMinutes((at - partner.communication.instant) / 60_000);
      const when = formatInstant(partner.communication.instant, displayZone);
      const text = quote(partner.text, 80);
      const mineName = STATUS_NAMES[status];
      const theirName = STATUS_NAMES[other];
      if (mineName === undefined || theirName === undefined) return [];
      return [
        {
          message,
          evidence: {
            en: `Says "${mineName.en}" while ${partner.channel} said "${theirName.en}" ${gap} earlier (${when}): ${text}.`,
            es: `Dice "${mineName.es}" mientras ${partner.channel} decía "${theirName.es}" ${gap} antes (${when}): ${text}.`,
          },
        },
      ];
    }),
};
