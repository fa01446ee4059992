import { EMPTY_WORKSHOP } from '../../../src/domain/emptyWorkshop';
import type { CommunicationKind, ReviewData } from '../../../src/domain/model';

export interface MessageSpec {
  readonly at: string;
  readonly channel: string;
  readonly kind?: CommunicationKind;
  readonly author?: string;
  readonly text?: string;
}

export interface ReviewSpec {
  readonly title?: string;
  readonly zone?: string;
  readonly alert: string | null;
  readonly resolution?: string | null;
  readonly target?: { ideal: number; max: number };
  readonly messages?: readonly MessageSpec[];
}

/** A review from ISO times and channel names; ids are `<prefix>-<n>`. */
export function makeReviewData(spec: ReviewSpec, prefix = 'r'): ReviewData {
  let n = 0;
  const id = () => `${prefix}-${++n}`;
  const reviewId = id();
  const now = Date.parse('2026-11-01T00:00:00Z');
  const channelIds = new Map<string, string>();
  for (const m of spec.messages ?? [])
    if (!channelIds.has(m.channel)) channelIds.set(m.channel, id());
  const title = spec.title ?? 'Checkout errors';
  return {
    review: {
      id: reviewId,
      title,
      status: 'ready',
      createdAt: now,
      updatedAt: now,
      createdBy: null,
    },
    incident: {
      id: id(),
      reviewId,
      title,
      alert: spec.alert === null ? null : Date.parse(spec.alert),
      resolution: spec.resolution == null ? null : Date.parse(spec.resolution),
      timeZone: spec.zone ?? 'America/Sao_Paulo',
      sourceTimeZone: null,
      severity: 'serious',
      target: spec.target ?? { ideal: 20, max: 30 },
      instantSource: 'display_at',
      source: { format: 'manual', externalId: null, url: null, fileName: null },
      updatedAt: now,
    },
    channels: [...channelIds].map(([name, cid]) => ({ id: cid, reviewId, name, updatedAt: now })),
    communications: (spec.messages ?? []).map((m, order) => ({
      id: id(),
      reviewId,
      instant: Date.parse(m.at),
      offsetMinutes: -180,
      channelId: channelIds.get(m.channel) ?? '',
      author: m.author ?? 'Ana',
      kind: m.kind ?? 'update',
      text: m.text ?? `Message ${order + 1}`,
      sourceId: null,
      order,
      sourceTimes: null,
      sourceStatus: null,
      affectedComponents: [],
      createdBy: null,
      updatedAt: now,
    })),
    phases: [],
    ...EMPTY_WORKSHOP,
  };
}

/** The incident of test/fixtures/e2e/checkout-outage.csv, worked out by hand. */
export const CHECKOUT_OUTAGE: ReviewSpec = {
  title: 'Checkout outage',
  zone: 'America/Sao_Paulo',
  alert: '2024-03-05T14:00:00-03:00',
  messages: [
    {
      at: '2024-03-05T14:12:00-03:00',
      channel: 'Status page',
      text: 'We are investigating failed payments at checkout.',
    },
    {
      at: '2024-03-05T14:12:00-03:00',
      channel: 'Twitter/X',
      text: 'Checkout payments are failing.',
    },
    {
      at: '2024-03-05T14:40:00-03:00',
      channel: 'Status page',
      text: 'Identified: card payments fail.\nNext update at 15:10.',
    },
    {
      at: '2024-03-05T15:55:30-03:00',
      channel: 'Email',
      author: 'Luis',
      text: 'We are still working on it.',
    },
    { at: '2024-03-05T16:20:00-03:00', channel: 'Status page', text: 'A fix is being deployed.' },
    {
      at: '2024-03-05T16:35:00-03:00',
      channel: 'Status page',
      kind: 'resolution',
      text: 'Resolved.',
    },
    {
      at: '2024-03-05T15:00:00-03:00',
      channel: 'Slack',
      kind: 'internal',
      author: 'Bob',
      text: 'Escalating',
    },
    {
      at: '2024-03-06T10:00:00-03:00',
      channel: 'Status page',
      kind: 'follow-up',
      text: 'Post-mortem published',
    },
  ],
};
