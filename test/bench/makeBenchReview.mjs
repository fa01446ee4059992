// A seeded Gapline file (format v2, src/domain/schema/serializeReview.ts) for the benchmark:
// N communications over 3 channels across a 6-hour incident with a few long quiet spells,
// M notes at random moments. Also returns the same scene in the plain shape the bare-Konva
// floor page draws (test/bench/bareKonva.ts, `BenchScene`), so both sides draw one thing.
//
//   node test/bench/makeBenchReview.mjs 2000 500 > /tmp/bench.gapline.json

import { fileURLToPath } from 'node:url';
import { seededRandom } from './lib/seededRandom.mjs';

const MINUTE = 60_000;
const ALERT = Date.UTC(2024, 2, 5, 14, 0, 0);
const RESOLUTION = ALERT + 6 * 60 * MINUTE;
const STAMP = Date.UTC(2026, 10, 20, 16, 0, 0);
const CHANNELS = [
  { name: 'Status page', share: 0.6 },
  { name: 'Twitter/X', share: 0.25 },
  { name: 'Email', share: 0.15 },
];
/** Minutes after the alert when nothing is said: the long gaps the room looks at. */
const QUIET = [
  [40, 85],
  [130, 170],
  [215, 290],
  [310, 345],
];
const PHASES = [
  ['investigation', 0, 70],
  ['escalation', 70, 150],
  ['decision', 150, 220],
  ['change', 220, 350],
];
const CATEGORIES = ['gap', 'confusion', 'other-problem', 'root-cause', 'idea'];
const WORDS = ['customers', 'status', 'payments', 'refund', 'support', 'rollback', 'ETA', 'cards'];

const pad = (n) => String(n).padStart(6, '0');
const inQuiet = (ms) => QUIET.some(([a, b]) => ms >= ALERT + a * MINUTE && ms < ALERT + b * MINUTE);

/** Instants of `count` communications, sorted, none inside a quiet spell, the last at the resolution. */
function instants(count, rnd) {
  const out = [];
  while (out.length < count - 1) {
    const ms = ALERT + 5 * MINUTE + Math.floor(rnd() * (RESOLUTION - ALERT - 5 * MINUTE));
    if (!inQuiet(ms)) out.push(Math.floor(ms / 1000) * 1000);
  }
  out.sort((a, b) => a - b);
  out.push(RESOLUTION);
  return out;
}

function channelIndex(rnd) {
  let r = rnd();
  for (const [i, c] of CHANNELS.entries()) {
    if (r < c.share) return i;
    r -= c.share;
  }
  return 0;
}

function noteText(i, rnd) {
  const w = (k) => WORDS[Math.floor(rnd() * WORDS.length + k) % WORDS.length];
  return `Note ${i + 1}: ${w(0)} asked about ${w(1)} and ${w(2)}; nobody said when ${w(3)} would be back.`;
}

/**
 * @param {{communications: number, notes: number, seed?: number}} size
 * @returns {{document: object, scene: object, noteIds: string[], communicationIds: string[]}}
 */
export function makeBenchReview({ communications, notes, seed = 20240305 }) {
  const rnd = seededRandom(seed + communications * 7 + notes);
  const reviewId = `bench-review-${communications}-${notes}`;
  const base = { reviewId, updatedAt: STAMP };
  const channels = CHANNELS.map((c, i) => ({ id: `${reviewId}-ch${i}`, ...base, name: c.name }));
  const times = instants(communications, rnd);
  /** Each communication's channel index (0 = Status page): its branch is index + 1. */
  const channelOf = times.map((_, i) => (i === times.length - 1 ? 0 : channelIndex(rnd)));
  const comms = times.map((instant, i) => {
    const last = i === times.length - 1;
    const ch = channelOf[i];
    return {
      id: `${reviewId}-c${pad(i)}`,
      ...base,
      instant,
      offsetMinutes: 0,
      channelId: channels[ch].id,
      author: 'Acme',
      kind: last ? 'resolution' : i % 20 === 19 ? 'internal' : 'update',
      text: last ? 'Resolved.' : `Update ${i + 1}: we are still working on failed card payments.`,
      sourceId: null,
      order: i,
      sourceTimes: null,
      sourceStatus: null,
      affectedComponents: [],
      createdBy: null,
    };
  });
  const noteRecords = Array.from({ length: notes }, (_, i) => ({
    id: `${reviewId}-n${pad(i)}`,
    ...base,
    text: noteText(i, rnd),
    category: CATEGORIES[i % CATEGORIES.length],
    author: null,
    at: ALERT + Math.floor((rnd() * (RESOLUTION - ALERT)) / 1000) * 1000,
    onGap: false,
    offsetY: -50 - Math.floor(rnd() * 351),
    createdBy: null,
    createdAt: STAMP,
  }));
  const document = {
    type: 'gapline',
    version: 2,
    exportedAt: new Date(STAMP).toISOString(),
    review: {
      id: reviewId,
      title: `Bench ${communications} / ${notes}`,
      status: 'ready',
      createdAt: STAMP,
      updatedAt: STAMP,
      createdBy: null,
    },
    incident: {
      id: `${reviewId}-incident`,
      ...base,
      title: `Bench incident: ${communications} communications, ${notes} notes`,
      alert: ALERT,
      resolution: RESOLUTION,
      timeZone: 'Etc/UTC',
      sourceTimeZone: null,
      severity: 'serious',
      target: { ideal: 20, max: 30 },
      instantSource: 'display_at',
      source: { format: 'gapline', externalId: null, url: null, fileName: null },
    },
    channels,
    communications: comms,
    phases: PHASES.map(([kind, a, b], i) => ({
      id: `${reviewId}-p${i}`,
      ...base,
      kind,
      start: ALERT + a * MINUTE,
      end: ALERT + b * MINUTE,
    })),
    notes: noteRecords.map((n) => ({ ...n, updatedAt: STAMP })),
  };
  return {
    document,
    scene: sceneOf(document, channelOf),
    noteIds: noteRecords.map((n) => n.id),
    communicationIds: comms.map((c) => c.id),
  };
}

/** The plain drawing input of the floor page: instants, lanes, spans over target, notes. */
function sceneOf(document, channelOf) {
  const comms = document.communications;
  const customer = comms.filter((c) => c.kind !== 'internal').map((c) => c.instant);
  const spans = [];
  let previous = ALERT;
  for (const t of customer) {
    if (t - previous > document.incident.target.max * MINUTE)
      spans.push({ from: previous, to: t, minutes: (t - previous) / MINUTE });
    previous = t;
  }
  const branchStart = CHANNELS.map((_, i) => comms[channelOf.indexOf(i)]?.instant ?? ALERT);
  return {
    alert: ALERT,
    resolution: RESOLUTION,
    phases: document.phases.map((p) => ({ start: p.start, end: p.end })),
    branches: branchStart.map((start, i) => ({ lane: i + 1, start, name: CHANNELS[i].name })),
    dots: {
      instants: comms.map((c) => c.instant),
      lanes: channelOf.map((ch) => ch + 1),
      ids: comms.map((c) => c.id),
    },
    spans,
    notes: document.notes.map((n) => ({
      id: n.id,
      at: n.at,
      offsetY: n.offsetY,
      text: n.text,
      category: n.category,
    })),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [comms = '2000', notes = '500'] = process.argv.slice(2);
  const { document } = makeBenchReview({ communications: Number(comms), notes: Number(notes) });
  process.stdout.write(JSON.stringify(document));
}
