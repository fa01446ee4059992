import type { Communication, EpochMs } from '../../domain/model';
import { incidentSpan } from './timelineScene';

type Span = ReturnType<typeof incidentSpan>;

interface Kept {
  readonly alert: EpochMs | null;
  readonly resolution: EpochMs | null;
  readonly span: Span;
}

/** Keyed on the communications array, checked against the incident's ends. */
const kept = new WeakMap<readonly Pick<Communication, 'instant' | 'kind' | 'order'>[], Kept>();

/**
 * `incidentSpan` of the open review, made once per list of messages and pair of ends (a
 * pass over 100,000 messages, 6–8 ms on a page just opened). Kept outside the component:
 * a render React throws away (a background render an update interrupts) loses its
 * `useMemo`, and after a 100,000-message import the span was made twice.
 */
export function sharedIncidentSpan(
  alert: EpochMs | null,
  resolution: EpochMs | null,
  communications: readonly Pick<Communication, 'instant' | 'kind' | 'order'>[],
): Span {
  const hit = kept.get(communications);
  if (hit !== undefined && hit.alert === alert && hit.resolution === resolution) return hit.span;
  const span = incidentSpan({ alert, resolution }, communications);
  kept.set(communications, { alert, resolution, span });
  return span;
}
