/**
 * Note placement (issue "The timeline", Sticky notes): a note is a moment plus an offset;
 * a gap note is pinned at the middle of the gap holding its moment and moves with it; new
 * notes do not cover their neighbours; a drop maps back to a moment and an offset.
 */
import { describe, expect, it } from 'vitest';
import {
  FIRST_NOTE_OFFSET,
  NOTE_HEIGHT,
  NOTE_ROW,
  NOTE_WIDTH,
  dropPlacement,
  gapAt,
  noteBox,
  notesExtent,
  pinInstant,
  suggestNoteOffsetY,
} from '../../../../src/canvas/layout/notePlacement';
import { fitViewport, instantAt, xOf } from '../../../../src/canvas/layout/timeViewport';
import { analyzeGaps } from '../../../../src/domain/gaps/analyzeGaps';
import {
  T0,
  at,
  makeChannel,
  makeCommunication,
  makeIncident,
} from '../../../factories/makeRecords';

const analysis = analyzeGaps({
  incident: makeIncident({ alert: T0, resolution: at(100) }),
  channels: [makeChannel({ id: 'ch-status' })],
  communications: [
    makeCommunication({ instant: at(10) }),
    makeCommunication({ instant: at(60) }),
    makeCommunication({ instant: at(100), kind: 'resolution' }),
  ],
});
if (!analysis.ok) throw new Error('analysis failed');
const { gaps } = analysis;

describe('gap notes', () => {
  it('belong to the gap holding their moment (a gap owns its start, not its end)', () => {
    expect(gapAt(gaps, at(30))?.from).toBe(at(10));
    expect(gapAt(gaps, at(10))?.from).toBe(at(10));
    expect(gapAt(gaps, at(100))?.from).toBe(at(60));
    expect(gapAt(gaps, at(101))).toBeNull();
  });

  it('pin at the middle of their gap, and follow it when the gap changes', () => {
    expect(pinInstant({ at: at(30), onGap: true }, gaps)).toBe(at(35));
    expect(pinInstant({ at: at(30), onGap: false }, gaps)).toBe(at(30));
    // A new update at +40 splits the gap: the note now sits in 10→40.
    const split = analyzeGaps({
      incident: makeIncident({ alert: T0, resolution: at(100) }),
      channels: [makeChannel({ id: 'ch-status' })],
      communications: [10, 40, 60].map((m) => makeCommunication({ instant: at(m) })),
    });
    if (!split.ok) throw new Error('analysis failed');
    expect(pinInstant({ at: at(30), onGap: true }, split.gaps)).toBe(at(25));
    // Outside every gap it stays at its own moment.
    expect(pinInstant({ at: at(500), onGap: true }, gaps)).toBe(at(500));
  });
});

describe('placing notes', () => {
  it('stacks a new note above the ones near the same moment, at this zoom', () => {
    const msPerPx = 60_000; // 1 px = 1 minute
    expect(suggestNoteOffsetY([], at(30), msPerPx)).toBe(FIRST_NOTE_OFFSET);
    const near = [{ at: at(40), offsetY: FIRST_NOTE_OFFSET }];
    expect(suggestNoteOffsetY(near, at(30), msPerPx)).toBe(FIRST_NOTE_OFFSET - NOTE_ROW);
    // Far away in time (more than a note's width at this zoom): the first row is free.
    expect(suggestNoteOffsetY(near, at(400), msPerPx)).toBe(FIRST_NOTE_OFFSET);
  });

  it('hangs the body above or below the line and maps a drop back to moment and offset', () => {
    const viewport = fitViewport(T0, at(100), 1000);
    const mainY = 300;
    for (const [at0, offsetY] of [
      [at(20), -60],
      [at(77), -250],
      [at(50), 40],
    ] as const) {
      const box = noteBox(xOf(viewport, at0), mainY, offsetY);
      expect(box.above).toBe(offsetY < 0);
      const back = dropPlacement(box.x, box.y, mainY, (x) => instantAt(viewport, x));
      expect(back.offsetY).toBe(offsetY);
      expect(Math.abs(back.at - at0)).toBeLessThanOrEqual(1);
    }
    expect(noteBox(100, mainY, -60)).toEqual({
      x: 100 - NOTE_WIDTH / 2,
      y: mainY - 60 - NOTE_HEIGHT,
      above: true,
    });
  });

  it('never lets a dropped note cover the line', () => {
    const onLine = dropPlacement(0, 300 - NOTE_HEIGHT / 2 - 5, 300, () => 0);
    expect(onLine.offsetY).toBe(-8);
    expect(dropPlacement(0, 300 - NOTE_HEIGHT / 2 + 5, 300, () => 0).offsetY).toBe(8);
  });

  it('measures how far notes reach, at the presenter scale too', () => {
    expect(notesExtent([])).toEqual({ above: 0, below: 0 });
    expect(notesExtent([{ offsetY: -200 }, { offsetY: 30 }])).toEqual({
      above: 200 + NOTE_HEIGHT + 16,
      below: 30 + NOTE_HEIGHT + 16,
    });
    expect(notesExtent([{ offsetY: -200 }], 2).above).toBe(200 + 2 * NOTE_HEIGHT + 16);
  });
});
