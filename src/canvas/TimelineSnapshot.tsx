import { useImperativeHandle, useState, type Ref } from 'react';
import type { ReviewData } from '../domain/model';
import { TimelineSnapshotStage, type TimelineJpegSnapshot } from './TimelineSnapshotStage';

export interface TimelineSnapshotHandle {
  /** The whole incident as a JPEG, drawn off screen; null when there is nothing to draw. */
  take(): Promise<TimelineJpegSnapshot | null>;
}

interface Props {
  readonly data: ReviewData;
  readonly zone: string;
  readonly ref: Ref<TimelineSnapshotHandle>;
}

type Waiting = (snapshot: TimelineJpegSnapshot | null) => void;

/**
 * How an export reaches the timeline drawing: `take()` draws the review once on a hidden
 * stage of its own (the user's drawing stays as it is) and resolves with the JPEG. Nothing
 * is drawn between requests.
 */
export function TimelineSnapshot({ data, zone, ref }: Props) {
  const [waiting, setWaiting] = useState<readonly Waiting[]>([]);
  useImperativeHandle(
    ref,
    () => ({
      take: () => new Promise((resolve) => setWaiting((list) => [...list, resolve])),
    }),
    [],
  );
  if (waiting.length === 0) return null;
  return (
    <TimelineSnapshotStage
      data={data}
      zone={zone}
      onDrawn={(snapshot) => {
        for (const resolve of waiting) resolve(snapshot);
        setWaiting([]);
      }}
    />
  );
}
