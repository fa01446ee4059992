/**
 * Settles in a later task: the current one ends first, so the page can paint what it has
 * (a button that says it is working) before the work that follows.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
