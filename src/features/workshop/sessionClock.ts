import type { Session } from '../../domain/model';
import { formatClock, sessionElapsedMs, TIMED_STEPS } from '../../domain/workshop/stepTimer';
import { timerOf } from './timerChanges';

/** The session's time run so far and its planned length (60:00 plus any added minutes). */
export function sessionClock(session: Session | null, now: number) {
  const total = TIMED_STEPS.reduce((sum, s) => sum + timerOf(session, s).allottedMs, 0);
  const elapsed = session === null ? 0 : sessionElapsedMs(session, now);
  return { elapsed: formatClock(elapsed), total: formatClock(total) };
}
