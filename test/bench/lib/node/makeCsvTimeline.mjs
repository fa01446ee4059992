// A seeded CSV timeline (`timestamp,channel,author,kind,message`, the columns of
// src/import/csv) with one alert row and N communications: updates every few minutes on
// three customer channels (the same moment on two channels now and then, a long quiet spell
// every ~200 messages), one in six messages internal, one resolution, a few follow-ups after
// it. Messages are 150–200 characters with commas (so quoted), now and then a quote inside:
// 100,000 communications make a file of about 21 MB.

import { seededRandom } from '../seededRandom.mjs';

const ALERT = Date.UTC(2024, 2, 5, 14, 0, 0);
const CHANNELS = [
  { name: 'Status page', author: 'Acme Status', share: 0.5 },
  { name: 'Twitter/X', author: '@acmestatus', share: 0.2 },
  { name: 'Email', author: 'Acme Support', share: 0.13 },
];
const INTERNAL = { name: 'Slack #inc', author: 'On-call SRE' };
const OPENINGS = [
  'We are still investigating failed card payments at checkout',
  'Engineers have identified elevated error rates on the payments API',
  'Some customers may see declined cards, duplicate charges or slow pages',
  'We are rolling back the change to the card processor integration',
  'Refunds for duplicate charges are being processed automatically',
];
const MIDDLES = [
  'affecting about 12% of orders in the EU and US regions',
  'while the mobile apps and the dashboard keep working normally',
  'and we have asked our processor, "Cardpay", to confirm the fix',
  'so please retry a failed payment rather than contacting support',
  'with no data lost and no action needed from you at this time',
];
const CLOSINGS = [
  'Next update in 30 minutes, or sooner if anything changes.',
  'We will post here again by the top of the hour.',
  'Thank you for your patience while we work on it.',
  'Follow this page for the next update.',
];
const INTERNAL_TEXTS = [
  'Paged the payments on-call, error budget burning at 14x, rollback of build 4512 started',
  'Cardpay confirms a certificate rotation on their side, waiting on their incident channel',
  'DB replicas are fine, p99 latency back to 380 ms on eu-west, keep watching the queue',
];

const pick = (list, rnd) => list[Math.floor(rnd() * list.length)];
/** A CSV cell: quoted when it holds a comma, a quote or a line break. */
const cell = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');

function customerText(i, rnd) {
  return `Update ${i + 1}: ${pick(OPENINGS, rnd)}, ${pick(MIDDLES, rnd)}. ${pick(CLOSINGS, rnd)}`;
}

function channelOf(rnd) {
  let r = rnd();
  for (const c of CHANNELS) {
    if (r < c.share) return c;
    r -= c.share;
  }
  return INTERNAL;
}

/**
 * @param {number} communications how many communications (the alert row comes on top)
 * @returns {{ csv: string, instants: number[] }} the file's text and each communication's
 *   instant (ms), in file order
 */
export function makeCsvTimeline(communications, seed = 20240305) {
  const rnd = seededRandom(seed + communications);
  const followUps = Math.max(1, Math.floor(communications / 200));
  const resolutionAt = communications - followUps - 1;
  const lines = ['timestamp,channel,author,kind,message'];
  lines.push(`${iso(ALERT)},Pager,PagerDuty,alert,Checkout error rate above 5% for 5 minutes`);
  const instants = [];
  let t = ALERT + 4 * 60_000;
  for (let i = 0; i < communications; i++) {
    // Every few minutes; now and then the same moment as the last one; a long silence
    // every ~200 messages (the gaps a review looks at).
    const r = rnd();
    if (r < 0.005) t += (40 + Math.floor(rnd() * 50)) * 60_000;
    else if (r > 0.06) t += Math.floor(rnd() * 240) * 1000;
    instants.push(t);
    let channel = channelOf(rnd);
    let kind = channel === INTERNAL ? 'internal' : 'update';
    let text;
    if (i === resolutionAt) {
      channel = CHANNELS[0];
      kind = 'resolution';
      text = `Resolved: card payments at checkout work again since ${iso(t - 5 * 60_000)}. Duplicate charges will be refunded within 5 days, no action needed.`;
    } else if (i > resolutionAt) {
      if (kind !== 'internal') kind = 'follow-up';
      text = `Follow-up ${i + 1}: ${pick(MIDDLES, rnd)}. The full post-incident report, with the timeline and what we change, follows this week.`;
    } else if (kind === 'internal') {
      text = `${pick(INTERNAL_TEXTS, rnd)} (msg ${i + 1})`;
    } else {
      text = customerText(i, rnd);
    }
    lines.push([iso(t), channel.name, channel.author, kind, cell(text)].join(','));
  }
  return { csv: `${lines.join('\n')}\n`, instants };
}
