import { EMPTY_WORKSHOP } from '../emptyWorkshop';
import type { Channel, Communication, EpochMs, Phase, ReviewData } from '../model';
import {
  DEMO_ALERT,
  DEMO_DATE,
  DEMO_MESSAGES,
  DEMO_OFFSET_MINUTES,
  DEMO_PHASES,
  DEMO_RESOLUTION,
  DEMO_TITLE,
  DEMO_ZONE,
} from './demoScript';

/** A clock time of the demo day (UTC−03:00) as an instant. */
function demoInstant(clock: string, dayOffset = 0): EpochMs {
  const [h, m] = clock.split(':').map(Number);
  return Date.UTC(
    DEMO_DATE.year,
    DEMO_DATE.month - 1,
    DEMO_DATE.day + dayOffset,
    (h ?? 0) - DEMO_OFFSET_MINUTES / 60,
    m ?? 0,
  );
}

/**
 * The built-in example review: a 3.5-hour card-payment outage at a fictional marketplace,
 * with the mistakes real teams make (a 70-minute and a 45-minute silence, clichés,
 * jargon, no next-update time). Pure: ids come from `newId`, times from `now`.
 */
export function makeDemoReview(newId: () => string, now: EpochMs): ReviewData {
  const reviewId = newId();
  const channelIds = new Map<string, string>();
  const channels: Channel[] = [];
  for (const message of DEMO_MESSAGES) {
    if (!channelIds.has(message.channel)) {
      const id = newId();
      channelIds.set(message.channel, id);
      channels.push({ id, reviewId, name: message.channel, updatedAt: now });
    }
  }
  const communications: Communication[] = DEMO_MESSAGES.map((message, order) => ({
    id: newId(),
    reviewId,
    instant: demoInstant(message.at, message.dayOffset),
    offsetMinutes: DEMO_OFFSET_MINUTES,
    channelId: channelIds.get(message.channel) ?? '',
    author: message.author,
    kind: message.kind,
    text: message.text,
    sourceId: null,
    order,
    sourceTimes: null,
    sourceStatus: message.status ?? null,
    affectedComponents: [],
    createdBy: null,
    updatedAt: now,
  }));
  const phases: Phase[] = DEMO_PHASES.map((phase) => ({
    id: newId(),
    reviewId,
    kind: phase.kind,
    start: demoInstant(phase.start),
    end: demoInstant(phase.end),
    updatedAt: now,
  }));
  return {
    review: {
      id: reviewId,
      title: DEMO_TITLE,
      status: 'ready',
      createdAt: now,
      updatedAt: now,
      createdBy: null,
    },
    incident: {
      id: newId(),
      reviewId,
      title: DEMO_TITLE,
      alert: demoInstant(DEMO_ALERT),
      resolution: demoInstant(DEMO_RESOLUTION),
      timeZone: DEMO_ZONE,
      sourceTimeZone: null,
      severity: 'serious',
      target: { ideal: 20, max: 30 },
      instantSource: 'display_at',
      source: { format: 'demo', externalId: null, url: null, fileName: null },
      updatedAt: now,
    },
    channels,
    communications,
    phases,
    ...EMPTY_WORKSHOP,
  };
}
