// The Timeline table's rows: the communications (in time order already) merged with the
// alert, the resolution and the notes give exactly the rows of sorting them all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelLanes } from '../../../../src/canvas/layout/channelLanes';
import {
  buildTimelineEntries,
  type TimelineEntry,
} from '../../../../src/features/review/buildTimelineEntries';
import type { Communication } from '../../../../src/domain/model';
import {
  T0,
  makeChannel,
  makeCommunication,
  makeIncident,
  makeNote,
} from '../../../factories/makeRecords';

const channels = ['a', 'b', 'c'].map((id) => makeChannel({ id, name: `Channel ${id}` }));
const RANK = { alert: 0, communication: 1, resolution: 2, note: 3 } as const;

/** The rule, sorted the plain way: instant, then kind, then import order or creation. */
function plainOrder(entries: TimelineEntry[]): string[] {
  const tie = (e: TimelineEntry) =>
    e.kind === 'communication' ? e.communication.order : e.kind === 'note' ? e.note.createdAt : 0;
  return [...entries]
    .sort(
      (x, y) =>
        x.at - y.at ||
        RANK[x.kind] - RANK[y.kind] ||
        tie(x) - tie(y) ||
        (x.key < y.key ? -1 : x.key > y.key ? 1 : 0),
    )
    .map((e) => e.key);
}

const minute = fc.integer({ min: -5, max: 30 }).map((m) => T0 + m * 60_000);
const specArb = fc.record({
  comms: fc.array(
    fc.record({
      at: minute,
      channel: fc.constantFrom('a', 'b', 'c'),
      // Import order, often repeated: then the row's key decides, and the ids (c99, c98, …)
      // run against the order the messages were made in.
      order: fc.integer({ min: 0, max: 4 }),
    }),
    {
      maxLength: 40,
    },
  ),
  notes: fc.array(fc.record({ at: minute, createdAt: fc.integer({ min: 0, max: 5 }) }), {
    maxLength: 8,
  }),
  alert: fc.option(minute, { nil: null }),
  resolution: fc.option(minute, { nil: null }),
  // The lanes of these communications, or of all but the first made (looked up by id then).
  staleLanes: fc.boolean(),
  // Stored in time order (the usual case), or not.
  shuffled: fc.boolean(),
});

describe('buildTimelineEntries', () => {
  it('gives the rows in the order of sorting them all, whatever order the messages come in', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const made: Communication[] = spec.comms.map((c, i) =>
          makeCommunication({
            id: `c${99 - i}`,
            order: c.order,
            instant: c.at,
            channelId: c.channel,
          }),
        );
        const inOrder = [...made].sort((x, y) => x.instant - y.instant || x.order - y.order);
        const communications = spec.shuffled ? made : inOrder;
        const notes = spec.notes.map((n, i) =>
          makeNote({ id: `n${i}`, at: n.at, createdAt: T0 + n.createdAt }),
        );
        const incident = makeIncident({ alert: spec.alert, resolution: spec.resolution });
        const lanes = channelLanes(
          channels,
          spec.staleLanes ? communications.filter((c) => c.id !== 'c99') : communications,
        );
        const entries = buildTimelineEntries({ incident, channels, communications, notes, lanes });
        const rows = Array.from(
          { length: entries.length },
          (_, i) => entries.at(i) as TimelineEntry,
        );
        // Each row is one record, asked for in any order; no row outside the list.
        const backwards = Array.from({ length: entries.length }, (_, i) => entries.length - 1 - i);
        for (const i of backwards) expect(entries.at(i)).toBe(rows[i]);
        expect(entries.at(-1)).toBeUndefined();
        expect(entries.at(entries.length)).toBeUndefined();
        expect(rows.map((e) => e.key)).toEqual(plainOrder(rows));
        expect(rows).toHaveLength(
          made.length +
            notes.length +
            (spec.alert === null ? 0 : 1) +
            (spec.resolution === null ? 0 : 1),
        );
        // Each message is on the line the lanes given put it on (none given: the main line).
        const laneOf = new Map(lanes.sorted.map((c, i) => [c.id, lanes.lane[i]]));
        const branchOf = new Map(lanes.branches.map((b) => [b.lane, b.channel]));
        for (const e of rows) {
          if (e.kind !== 'communication') continue;
          const lane = laneOf.get(e.communication.id) ?? 0;
          expect(e.branch).toBe(lane === 0 ? null : branchOf.get(lane));
          expect(e.channelName).toBe(`Channel ${e.communication.channelId}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});
