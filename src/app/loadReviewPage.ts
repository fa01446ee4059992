import { nextTask } from '../ui/nextTask';

/**
 * The review page's code, in four parts each evaluated in a task of its own: Konva,
 * react-konva, the drawing (shared with the presenter page), then the page. Loaded as one
 * module graph, it was evaluated in one task of 36–45 ms in the middle of a 100,000-message
 * import (CDP traces); in parts, the longest is 8–16 ms.
 */
export async function loadReviewPage() {
  await import('konva');
  await nextTask();
  await import('react-konva');
  await nextTask();
  await import('../canvas/TimelineCanvas');
  await nextTask();
  return import('../features/review/ReviewPage');
}
