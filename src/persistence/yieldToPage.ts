/**
 * Lets the page paint and answer input before work goes on: `scheduler.yield()` where the
 * browser has it (the work resumes ahead of other tasks, and is not throttled in a hidden
 * tab as timers are), else a zero-delay timer.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
