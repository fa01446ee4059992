import type Konva from 'konva';
import { useEffect, useMemo, useRef } from 'react';
import { analyzeGaps } from '../domain/gaps/analyzeGaps';
import { GapList } from '../domain/gaps/GapList';
import type { ReviewData } from '../domain/model';
import { timelineImageDataUrl } from './exportTimelineImage';
import { NOTE_WIDTH, notesExtent } from './layout/notePlacement';
import { PRESENT_METRICS } from './layout/sceneMetrics';
import { buildTimelineScene, incidentSpan } from './layout/timelineScene';
import { fitViewport } from './layout/timeViewport';
import { TimelineStage } from './TimelineStage';
import { useSceneLabels } from './useSceneLabels';

export interface TimelineJpegSnapshot {
  /** `data:image/jpeg;base64,…` */
  readonly dataUrl: string;
  /** In pixels. */
  readonly width: number;
  readonly height: number;
}

/**
 * CSS pixels across, drawn at `PIXEL_RATIO`: across A4 landscape that is about 200 dpi, and
 * the presenter's 22 px labels print at about 11 pt.
 */
const WIDTH = 1_500;
const PIXEL_RATIO = 1.4;
const NOTE_SCALE = 1.45;
/** Room at each end for a note pinned at the alert or the resolution. */
const PADDING = Math.round((NOTE_WIDTH * NOTE_SCALE) / 2) + 16;
const noop = () => undefined;

interface Props {
  readonly data: ReviewData;
  readonly zone: string;
  readonly onDrawn: (snapshot: TimelineJpegSnapshot | null) => void;
}

/**
 * The whole incident (what **Fit** shows) drawn once on a stage of its own that is never
 * on screen, with the presenter's large type and darkest colours so it reads on paper;
 * `onDrawn` gets it as a JPEG. The user's drawing, zoom and pan are not touched.
 */
export function TimelineSnapshotStage({ data, zone, onDrawn }: Props) {
  const stage = useRef<Konva.Stage>(null);
  const notesLayer = useRef<Konva.Layer>(null);
  const dragLayer = useRef<Konva.Layer>(null);
  const { incident, channels, communications, phases, notes, whatIfs } = data;
  const analysis = useMemo(() => analyzeGaps(data), [data]);
  const span = incidentSpan(incident, communications);
  // Drawn once per export: nothing here is worth memoising but the analysis.
  const viewport =
    span === null
      ? fitViewport(0, 3_600_000, WIDTH)
      : fitViewport(span.fit.start, span.fit.end, WIDTH, PADDING);
  const extent = notesExtent(notes, NOTE_SCALE);
  const scene = buildTimelineScene({
    incident,
    channels,
    communications,
    phases,
    whatIfs,
    analysis,
    viewport,
    metrics: PRESENT_METRICS,
    notesArea: extent.above,
    belowArea: extent.below,
    zone,
  });
  const labels = useSceneLabels(zone, scene.tickStep, data.session?.anonymous ?? false);
  const hasDrawing = span !== null;

  const drawn = useRef(onDrawn);
  drawn.current = onDrawn;
  // Nothing to draw: said at once. Else the stage says when its layers are all in and
  // filled (they are added one per frame): only then is it taken.
  useEffect(() => {
    if (!hasDrawing) drawn.current(null);
  }, [hasDrawing]);
  const take = () => {
    const current = stage.current;
    if (current === null) {
      drawn.current(null);
      return;
    }
    const dataUrl = timelineImageDataUrl(current, 'image/jpeg', PIXEL_RATIO);
    // A canvas the browser cannot allocate gives `data:,`: no drawing rather than a broken one.
    if (!dataUrl.startsWith('data:image/jpeg;base64,/9j/')) {
      drawn.current(null);
      return;
    }
    drawn.current({
      dataUrl,
      width: Math.round(current.width() * PIXEL_RATIO),
      height: Math.round(current.height() * PIXEL_RATIO),
    });
  };

  return (
    <div className="timeline-snapshot" hidden aria-hidden="true">
      <TimelineStage
        stageRef={stage}
        layers={{ notes: notesLayer, drag: dragLayer }}
        scene={scene}
        metrics={PRESENT_METRICS}
        labels={labels}
        notes={notes}
        gaps={analysis.ok ? analysis.gaps : GapList.NONE}
        viewport={viewport}
        noteScale={NOTE_SCALE}
        noteFooter={labels.noteFooter}
        editable={false}
        highlight={null}
        onPointerMove={noop}
        onPointerLeave={noop}
        onBackgroundClick={noop}
        onBackgroundDblClick={noop}
        onNoteDragStart={noop}
        onNoteDragEnd={noop}
        onNoteOpen={noop}
        onComplete={hasDrawing ? take : noop}
      />
    </div>
  );
}
