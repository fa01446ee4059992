import type Konva from 'konva';
import { layerNamed } from '../layerNamed';

/**
 * A dropped note stays on the drag layer ("parked") instead of going back to the notes
 * layer at once: moving it back meant redrawing every note on the drop (Konva redraws a
 * layer whole; ~100 ms of text for 1,000 notes), which held up the drop's save. The drag
 * layer, which holds only the notes moved since, is redrawn instead. They go back, on top
 * of the others, when the notes layer is redrawn anyway: when the next drag starts and
 * before a pan or zoom takes its picture of the layers.
 */
export function returnParkedNotes(stage: Konva.Stage): void {
  const drag = layerNamed(stage, 'drag');
  const notes = layerNamed(stage, 'notes');
  if (drag === undefined || notes === undefined) return;
  for (const note of drag.getChildren((child) => child.name() === 'note')) note.moveTo(notes);
}
