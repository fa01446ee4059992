import Konva from 'konva';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { GapList } from '../domain/gaps/GapList';
import type { GapAnalysis } from '../domain/gaps/types';
import type { ReviewData } from '../domain/model';
import { useT } from '../i18n/useT';
import { useFrameAfter } from '../ui/useFrameAfter';
import { useAppStore } from '../store/useAppStore';
import { DotTooltip } from './DotTooltip';
import { downloadDataUrl, timelineFileName, timelineImageDataUrl } from './exportTimelineImage';
import { useElementWidth } from './interactions/useElementWidth';
import { returnParkedNotes } from './interactions/parkedNotes';
import { usePanZoom, ZOOM_STEP } from './interactions/usePanZoom';
import { NO_FLAGGED } from './layers/DotsLayer';
import { dotRadius } from './shapes/drawDots';
import type { Highlight } from './layers/HighlightLayer';
import { hitDot } from './layout/hitDot';
import { NOTE_HEIGHT, NOTE_WIDTH, noteBox, notesExtent, pinInstant } from './layout/notePlacement';
import { EDIT_METRICS, PRESENT_METRICS } from './layout/sceneMetrics';
import { NO_LANES } from './layout/channelLanes';
import { sharedChannelLanes } from './layout/sharedChannelLanes';
import { sharedIncidentSpan } from './layout/sharedIncidentSpan';
import { buildTimelineScene } from './layout/timelineScene';
import { xOf } from './layout/timeViewport';
import { NoteEditorOverlay } from './NoteEditorOverlay';
import { installTimelineProbe } from './timelineProbe';
import { TimelineStage } from './TimelineStage';
import { TimelineToolbar } from './TimelineToolbar';
import { useNoteDrafts } from './useNoteDrafts';
import { useSceneLabels } from './useSceneLabels';
import { useTimelineViewport } from './useTimelineViewport';
import { useLastResult } from '../ui/useLastResult';
import './timeline.css';

const NONE: readonly never[] = [];
const NO_GAPS: GapAnalysis = {
  ok: false,
  error: { code: 'missing-alert', message: 'not drawn yet' },
};

export interface TimelineCanvasProps {
  readonly data: ReviewData;
  readonly analysis: GapAnalysis;
  /** The display zone (axis ticks, tooltips). */
  readonly zone: string;
  /** `present`: large type, high contrast, no editing; follows the store's `timeline.view`. */
  readonly mode: 'edit' | 'present';
  /** A dot was clicked or activated: open that communication's editor. */
  readonly onOpenCommunication?: (communicationId: string) => void;
  /**
   * Communications whose dots carry a warning marker (those with findings of the message
   * checks, in workshop step 3); none by default. Pass a stable set: the dots redraw when
   * it changes.
   */
  readonly flagged?: ReadonlySet<string>;
}

/**
 * The timeline drawing (issue "The timeline"): the store's review drawn on a Konva stage,
 * with zoom, pan, Fit, sticky notes and a tooltip per dot. The canvas only draws the
 * store; a drag writes back once, on drop.
 */
export function TimelineCanvas({
  data,
  analysis,
  zone,
  mode,
  onOpenCommunication,
  flagged = NO_FLAGGED,
}: TimelineCanvasProps) {
  const t = useT();
  const editable = mode === 'edit';
  const metrics = editable ? EDIT_METRICS : PRESENT_METRICS;
  const noteScale = editable ? 1 : 1.45;
  const actions = useAppStore((s) => s.actions);
  const focus = useAppStore((s) => s.timeline.focus);
  const followView = useAppStore((s) => s.timeline.view);
  const container = useRef<HTMLDivElement>(null);
  const stage = useRef<Konva.Stage>(null);
  const notesLayer = useRef<Konva.Layer>(null);
  const dragLayer = useRef<Konva.Layer>(null);
  // The stage is made once the container's width is known (right after the first render,
  // before paint): its canvases are then allocated once, at their real size.
  const { width, measured } = useElementWidth(container);
  // The drawing is made after the page's first paint, as React's background work: with
  // 100,000 messages, placing them and making the stage's canvases took ~450 ms of the
  // page's first task (CPU profile of a reopen), and the page waited for it. Until then
  // the drawing is empty and says it is busy.
  const drawn = useDeferredValue(measured, false);
  // Busy (`aria-busy`) until the stage has all its layers, filled (they come one per frame).
  const [complete, setComplete] = useState(false);
  const onStageComplete = useCallback(() => setComplete(true), []);
  const { incident, channels, communications, phases, notes, whatIfs } = data;
  const anonymous = useAppStore((s) => s.current?.session?.anonymous ?? false);
  // Made again only when the messages or the incident's ends change (a pass over 100,000
  // messages), not when the incident's title or zone does.
  const { alert, resolution } = incident;
  const span = sharedIncidentSpan(alert, resolution, communications);
  const { viewport, setViewport, fit } = useTimelineViewport({
    width,
    span: span?.fit ?? null,
    follow: editable ? undefined : followView,
    report: editable ? actions.setTimelineView : null,
  });
  const extent = notesExtent(notes, noteScale);
  // Which lane each message is on depends on the messages, not on the view: kept across
  // pans and zooms (100,000 messages take a while to place).
  const lanes = useMemo(
    () => (drawn ? sharedChannelLanes(channels, communications) : NO_LANES),
    [drawn, channels, communications],
  );
  // On opening, the scene is made a frame after the lanes are placed: at 100,000 messages
  // each takes 50–100 ms, and the two were one task of ~200 ms (profile of an import).
  // Later changes make both at once, so the drawing never shows a review without them.
  const placed = useFrameAfter(drawn);
  const full = drawn && placed;
  // And the stage a frame after the scene: making the stage's Konva tree (and sizing its
  // canvases) was another ~25 ms of the scene's task. The stage still comes with the
  // whole scene, so its canvases are sized once.
  const staged = useFrameAfter(full);
  // Until the width is known and the page painted, nothing is drawn: the scene is then made
  // of no message (at once) rather than of every message at a guessed width, made again
  // right after.
  const sceneOf = useLastResult(buildTimelineScene);
  const scene = useMemo(
    () =>
      sceneOf({
        incident,
        channels,
        ...(full
          ? { lanes, communications, phases, whatIfs, analysis }
          : {
              lanes: NO_LANES,
              communications: NONE,
              phases: NONE,
              whatIfs: NONE,
              analysis: NO_GAPS,
            }),
        viewport,
        metrics,
        notesArea: extent.above,
        belowArea: extent.below,
        zone,
      }),
    [
      sceneOf,
      full,
      lanes,
      incident,
      channels,
      communications,
      phases,
      whatIfs,
      analysis,
      viewport,
      metrics,
      extent.above,
      extent.below,
      zone,
    ],
  );
  const labels = useSceneLabels(zone, scene.tickStep, anonymous);
  const gaps = analysis.ok ? analysis.gaps : GapList.NONE;
  const panZoom = usePanZoom({
    container,
    stage,
    viewport,
    span: span?.all ?? null,
    onChange: setViewport,
    onFit: fit,
  });
  const { isPanning } = panZoom;
  const drafts = useNoteDrafts({ data, gaps, scene, viewport, metrics });

  const sceneRef = useRef(scene);
  sceneRef.current = scene;
  const notesRef = useRef(notes);
  notesRef.current = notes;
  useEffect(
    () =>
      installTimelineProbe({
        stage: () => stage.current,
        scene: () => sceneRef.current,
        noteIds: () => notesRef.current.map((n) => n.id),
      }),
    [],
  );

  const [hovered, setHovered] = useState<string | null>(null);
  const onPointerMove = useCallback(
    (x: number, y: number) => {
      // While a note or the view is dragged, nothing is hovered: no render per frame.
      if (Konva.isDragging() || isPanning()) return;
      const dot = hitDot(sceneRef.current.dots, x, y, metrics.dotRadius + 6);
      const id = dot?.ids[0] ?? null;
      setHovered(id);
      if (id !== null) actions.focusTimelineItem({ kind: 'communication', id });
      if (container.current !== null) container.current.style.cursor = id === null ? '' : 'pointer';
    },
    [actions, metrics.dotRadius, isPanning],
  );

  const onNoteDragStart = useCallback((node: Konva.Group) => {
    const on = node.getStage();
    if (on !== null) returnParkedNotes(on);
    if (dragLayer.current !== null) node.moveTo(dragLayer.current);
  }, []);
  // `drop` changes with every note; the handler the notes get stays the same, so a drop
  // re-renders (and redraws) only the note it moved. The dropped note stays on the drag
  // layer until the notes layer is redrawn anyway (returnParkedNotes).
  const dropRef = useRef(drafts.drop);
  dropRef.current = drafts.drop;
  const onNoteDragEnd = useCallback(
    (noteId: string, node: Konva.Group) => dropRef.current(noteId, node.x(), node.y()),
    [],
  );
  const onNoteOpen = useCallback(
    (id: string) => {
      if (editable) actions.setEditingNote(id);
    },
    [actions, editable],
  );

  const focusedCommunication =
    focus?.kind === 'communication' ? communications.find((c) => c.id === focus.id) : undefined;
  const focusedDot =
    focusedCommunication === undefined ? undefined : scene.dotOf.get(focusedCommunication.id);
  const focusedNote = focus?.kind === 'note' ? notes.find((n) => n.id === focus.id) : undefined;
  const highlight: Highlight | null =
    focusedDot !== undefined
      ? { kind: 'dot', x: focusedDot.x, y: focusedDot.y, radius: dotRadius(focusedDot, metrics) }
      : focusedNote !== undefined
        ? {
            kind: 'note',
            ...noteBox(
              xOf(viewport, pinInstant(focusedNote, gaps)),
              scene.mainY,
              focusedNote.offsetY,
              noteScale,
            ),
            width: NOTE_WIDTH * noteScale,
            height: NOTE_HEIGHT * noteScale,
          }
        : null;

  const download = () => {
    if (stage.current === null) return;
    const url = timelineImageDataUrl(stage.current, 'image/png');
    downloadDataUrl(url, timelineFileName(t('timeline.imageFile'), incident.title, 'image/png'));
  };

  return (
    <div className={`timeline timeline-${mode}`}>
      {editable && (
        <TimelineToolbar
          onFit={fit}
          onZoomIn={() => panZoom.zoomBy(ZOOM_STEP)}
          onZoomOut={() => panZoom.zoomBy(1 / ZOOM_STEP)}
          onNewNote={drafts.startAtCentre}
          onDownload={download}
        />
      )}
      <div
        ref={container}
        className="timeline-canvas"
        tabIndex={0}
        role="group"
        aria-label={t('timeline.canvasLabel', {
          branches: scene.branches.length,
          dots: communications.length,
          notes: notes.length,
        })}
        onKeyDown={panZoom.onKeyDown}
        aria-busy={complete ? undefined : true}
      >
        {full && staged && (
          <TimelineStage
            stageRef={stage}
            layers={{ notes: notesLayer, drag: dragLayer }}
            scene={scene}
            metrics={metrics}
            labels={labels}
            notes={notes}
            gaps={gaps}
            viewport={viewport}
            noteScale={noteScale}
            noteFooter={labels.noteFooter}
            editable={editable}
            highlight={highlight}
            flagged={flagged}
            onPointerMove={onPointerMove}
            onPointerLeave={() => setHovered(null)}
            onBackgroundClick={(x, y) => {
              if (panZoom.justPanned()) return;
              const dot = hitDot(scene.dots, x, y, metrics.dotRadius + 6);
              const id = dot?.ids[0];
              if (id !== undefined && onOpenCommunication !== undefined) onOpenCommunication(id);
            }}
            onBackgroundDblClick={editable ? drafts.startAt : () => undefined}
            onNoteDragStart={onNoteDragStart}
            onNoteDragEnd={onNoteDragEnd}
            onNoteOpen={onNoteOpen}
            onComplete={onStageComplete}
          />
        )}
        {focusedCommunication !== undefined &&
          focusedDot !== undefined &&
          (hovered !== null || focus !== null) && (
            <DotTooltip
              x={focusedDot.x}
              y={focusedDot.y}
              communication={focusedCommunication}
              channel={channels.find((c) => c.id === focusedCommunication.channelId)?.name ?? ''}
              zone={zone}
              count={focusedDot.ids.length}
            />
          )}
        {editable && (
          <NoteEditorOverlay drafts={drafts} onClosed={() => container.current?.focus()} />
        )}
      </div>
      {editable && <p className="timeline-hint">{t('timeline.hint')}</p>}
    </div>
  );
}
