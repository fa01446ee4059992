import { useEffect, useMemo, useState } from 'react';
import type { EpochMs } from '../domain/model';
import type { TimelineView } from '../store/AppState';
import { fitViewport, type TimeViewport } from './layout/timeViewport';

interface Options {
  readonly width: number;
  /** What **Fit** shows. */
  readonly span: { readonly start: EpochMs; readonly end: EpochMs } | null;
  /** The presenter follows this window (null: fit); the facilitator reports to it. */
  readonly follow: TimelineView | null | undefined;
  readonly report: ((view: TimelineView) => void) | null;
}

/**
 * The drawing's view: Fit until the user pans or zooms, then what they chose, at any
 * width. A presenter window follows the facilitator's view; the facilitator's view is
 * reported once it comes to rest.
 */
export function useTimelineViewport({ width, span, follow, report }: Options) {
  const [chosen, setChosen] = useState<Pick<TimeViewport, 'originMs' | 'msPerPx'> | null>(null);

  useEffect(() => {
    if (follow === undefined) return;
    setChosen(follow === null ? null : fitViewport(follow.start, follow.end, width, 0));
  }, [follow, width]);

  const viewport = useMemo<TimeViewport>(() => {
    if (chosen !== null) return { ...chosen, widthPx: width };
    const now = Date.now();
    return span === null
      ? fitViewport(now - 3_600_000, now, width)
      : fitViewport(span.start, span.end, width);
  }, [chosen, span, width]);

  useEffect(() => {
    if (report === null) return undefined;
    const timer = setTimeout(
      () =>
        report({
          start: viewport.originMs,
          end: viewport.originMs + viewport.widthPx * viewport.msPerPx,
        }),
      150,
    );
    return () => clearTimeout(timer);
  }, [viewport, report]);

  return {
    viewport,
    setViewport: (v: TimeViewport) => setChosen({ originMs: v.originMs, msPerPx: v.msPerPx }),
    fit: () => setChosen(null),
  };
}
