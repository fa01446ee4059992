/**
 * Calls `run` once, on the next animation frame (a timer where there are no frames), and
 * returns what cancels it.
 */
export function onNextFrame(run: () => void): () => void {
  if (typeof requestAnimationFrame === 'function') {
    const id = requestAnimationFrame(run);
    return () => cancelAnimationFrame(id);
  }
  const id = setTimeout(run, 16);
  return () => clearTimeout(id);
}
