/**
 * Where sticky notes sit (issue "The timeline"). A note is stored as a moment plus a
 * vertical offset from the main line (never as pixels of one screen): its pin stands on
 * the main line at the moment's x, its body hangs at `offsetY` above (negative) or below
 * it. A note attached to a gap is pinned at the middle of the gap that holds its moment, so
 * it moves with that gap when the view or the gaps change. Pure geometry.
 */
import type { GapList } from '../../domain/gaps/GapList';
import type { Gap } from '../../domain/gaps/types';
import type { EpochMs, Note } from '../../domain/model';

export const NOTE_WIDTH = 168;
export const NOTE_HEIGHT = 84;
/** Vertical step between stacked notes. */
export const NOTE_ROW = NOTE_HEIGHT + 14;
/** A new note's default distance above the main line (to the pin end at its bottom). */
export const FIRST_NOTE_OFFSET = -48;

/** The gap a gap note belongs to: the one whose span holds `at` (its end belongs to the next). */
export function gapAt(gaps: GapList, at: EpochMs): Gap | null {
  const i = gaps.indexAt(at);
  return i < 0 ? null : (gaps.at(i) ?? null);
}

/** The moment a note's pin stands on: its own, or the middle of its gap. */
export function pinInstant(note: Pick<Note, 'at' | 'onGap'>, gaps: GapList): EpochMs {
  if (!note.onGap) return note.at;
  const i = gaps.indexAt(note.at);
  return i < 0 ? note.at : (gaps.from(i) + gaps.to(i)) / 2;
}

/**
 * An offset for a new note at `at` that does not cover the notes already near that moment
 * (at the given zoom): the first free row above the line, stacking upwards.
 */
export function suggestNoteOffsetY(
  notes: readonly Pick<Note, 'at' | 'offsetY'>[],
  at: EpochMs,
  msPerPx: number,
): number {
  const near = notes.filter((n) => Math.abs(n.at - at) / msPerPx < NOTE_WIDTH + 8);
  for (let row = 0; row < 200; row++) {
    const offsetY = FIRST_NOTE_OFFSET - row * NOTE_ROW;
    const taken = near.some((n) => Math.abs(n.offsetY - offsetY) < NOTE_ROW - 4);
    if (!taken) return offsetY;
  }
  return FIRST_NOTE_OFFSET;
}

/** A note's body on screen: top-left corner; its pin runs from the body to the main line. */
export interface NoteBox {
  readonly x: number;
  readonly y: number;
  /** The body is above the main line (the pin leaves its bottom edge). */
  readonly above: boolean;
}

/**
 * Where the body of a note pinned at `pinX` with `offsetY` sits. `scale` enlarges notes
 * (the presenter's); the stored offset is to the pin end, so it holds at any scale.
 */
export function noteBox(pinX: number, mainY: number, offsetY: number, scale = 1): NoteBox {
  const above = offsetY < 0;
  return {
    x: pinX - (NOTE_WIDTH * scale) / 2,
    y: above ? mainY + offsetY - NOTE_HEIGHT * scale : mainY + offsetY,
    above,
  };
}

/**
 * A dropped note body back to what is stored: the pin's x gives the moment (`instantAt`),
 * the body's edge nearest the line gives the offset (never zero: a note never covers the
 * line's dots).
 */
export function dropPlacement(
  bodyX: number,
  bodyY: number,
  mainY: number,
  instantAt: (x: number) => EpochMs,
): { at: EpochMs; offsetY: number } {
  const at = Math.round(instantAt(bodyX + NOTE_WIDTH / 2));
  const middle = bodyY + NOTE_HEIGHT / 2;
  const offsetY =
    middle < mainY ? Math.min(bodyY + NOTE_HEIGHT - mainY, -8) : Math.max(bodyY - mainY, 8);
  return { at, offsetY: Math.round(offsetY) };
}

/** How far notes reach above and below the main line (for the drawing's height). */
export function notesExtent(
  notes: readonly Pick<Note, 'offsetY'>[],
  scale = 1,
): { above: number; below: number } {
  let above = 0;
  let below = 0;
  const height = NOTE_HEIGHT * scale + 16;
  for (const n of notes) {
    if (n.offsetY < 0) above = Math.max(above, -n.offsetY + height);
    else below = Math.max(below, n.offsetY + height);
  }
  return { above, below };
}
