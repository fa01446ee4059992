import { useEffect, useState } from 'react';

/**
 * The wall clock, refreshed every `periodMs` while `running` (a running step timer); while
 * nothing runs, the value is left alone and nothing re-renders. The interval is cleared when
 * the timer stops or the component unmounts.
 */
export function useNow(running: boolean, periodMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return undefined;
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), periodMs);
    return () => clearInterval(id);
  }, [running, periodMs]);
  return now;
}
