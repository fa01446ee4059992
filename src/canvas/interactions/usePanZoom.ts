/**
 * Pan (drag the background, arrow keys), zoom (wheel, pinch, + − keys) and Fit (0) for
 * the timeline. A pan moves a snapshot of the drawing while the pointer moves — no React
 * render and no full redraw per frame — and hands the new view to React once, on release.
 * Wheel zooms are gathered per animation frame. The view never loses the incident
 * (`keepInView`).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type Konva from 'konva';
import { startPanSnapshot, type PanSnapshot } from './panSnapshot';
import type { EpochMs } from '../../domain/model';
import { keepInView, panBy, zoomAt, type TimeViewport } from '../layout/timeViewport';

export const ZOOM_STEP = 1.25;
const ZOOM_REST_MS = 160;

interface Options {
  readonly container: RefObject<HTMLDivElement | null>;
  readonly stage: RefObject<Konva.Stage | null>;
  readonly viewport: TimeViewport;
  readonly span: { readonly start: EpochMs; readonly end: EpochMs } | null;
  readonly onChange: (next: TimeViewport) => void;
  readonly onFit: () => void;
}

export interface PanZoom {
  /** True right after a pan moved the view: the click that ends it is not a click. */
  readonly justPanned: () => boolean;
  /** A background drag or a wheel zoom is under way. */
  readonly isPanning: () => boolean;
  readonly zoomBy: (factor: number) => void;
  readonly onKeyDown: (event: React.KeyboardEvent) => void;
}

export function usePanZoom({
  container,
  stage,
  viewport,
  span,
  onChange,
  onFit,
}: Options): PanZoom {
  const latest = useRef({ viewport, span, onChange, onFit });
  useLayoutEffect(() => {
    latest.current = { viewport, span, onChange, onFit };
  });
  const panned = useRef(false);
  const active = useRef(false);
  const isPanning = useCallback(() => active.current, []);

  const clamp = (v: TimeViewport): TimeViewport => {
    const s = latest.current.span;
    return s === null ? v : keepInView(v, s.start, s.end);
  };

  useEffect(() => {
    const element = container.current;
    if (element === null) return undefined;
    let pan: { startX: number; dx: number; pointerId: number } | null = null;
    const pinch = new Map<number, number>();
    let pinchDistance = 0;
    let wheel: { factor: number; anchor: number } | null = null;
    let frame = 0;

    let snapshot: PanSnapshot | null = null;

    const onPointerDown = (e: PointerEvent) => {
      const konva = stage.current;
      if (konva === null || e.button !== 0) return;
      if (e.pointerType === 'touch') pinch.set(e.pointerId, e.clientX);
      const box = element.getBoundingClientRect();
      const hit = konva.getIntersection({ x: e.clientX - box.left, y: e.clientY - box.top });
      if (hit !== null || pinch.size > 1) return; // a note: Konva drags it
      pan = { startX: e.clientX, dx: 0, pointerId: e.pointerId };
      panned.current = false;
      active.current = true;
    };
    const onPointerMove = (e: PointerEvent) => {
      if (pinch.has(e.pointerId) && pinch.size === 2) {
        pinch.set(e.pointerId, e.clientX);
        const [a = 0, b = 0] = [...pinch.values()];
        const distance = Math.abs(a - b);
        if (pinchDistance > 0 && distance > 0) {
          const box = element.getBoundingClientRect();
          queueZoom(distance / pinchDistance, (a + b) / 2 - box.left);
        }
        pinchDistance = distance;
        return;
      }
      if (pan === null || e.pointerId !== pan.pointerId) return;
      const wanted = e.clientX - pan.startX;
      const allowed = clamp(panBy(latest.current.viewport, wanted));
      pan.dx = (latest.current.viewport.originMs - allowed.originMs) / allowed.msPerPx;
      if (!panned.current && Math.abs(wanted) > 3) {
        // Only a real drag takes the pointer: clicks and double-clicks stay Konva's.
        panned.current = true;
        element.setPointerCapture?.(e.pointerId);
        snapshot = stage.current === null ? null : startPanSnapshot(stage.current);
      }
      snapshot?.move(pan.dx);
    };
    const endPan = (e: PointerEvent) => {
      pinch.delete(e.pointerId);
      if (pinch.size < 2) pinchDistance = 0;
      if (pan === null || e.pointerId !== pan.pointerId) return;
      const { dx } = pan;
      pan = null;
      active.current = false;
      const shown = snapshot;
      snapshot = null;
      if (dx !== 0) latest.current.onChange(clamp(panBy(latest.current.viewport, dx)));
      // React has drawn the new view by the next frame: the real layers replace the picture.
      if (shown !== null) requestAnimationFrame(() => shown.end());
    };
    // A wheel or pinch gesture zooms a picture of the drawing, frame by frame, and hands
    // the final view to React once the gesture rests (ZOOM_REST_MS without a new event).
    let zooming: { from: TimeViewport; to: TimeViewport; picture: PanSnapshot | null } | null =
      null;
    let rest = 0;
    const endZoom = () => {
      const done = zooming;
      zooming = null;
      active.current = false;
      if (done === null) return;
      latest.current.onChange(done.to);
      const picture = done.picture;
      if (picture !== null) requestAnimationFrame(() => picture.end());
    };
    const queueZoom = (factor: number, anchor: number) => {
      wheel = { factor: (wheel?.factor ?? 1) * factor, anchor };
      clearTimeout(rest);
      rest = window.setTimeout(endZoom, ZOOM_REST_MS);
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (wheel === null) return;
        const { factor: f, anchor: a } = wheel;
        wheel = null;
        if (zooming === null) {
          const from = latest.current.viewport;
          const picture = stage.current === null ? null : startPanSnapshot(stage.current);
          zooming = { from, to: from, picture };
          active.current = true;
        }
        const to = clamp(zoomAt(zooming.to, f, a));
        zooming = { ...zooming, to };
        const { from } = zooming;
        zooming.picture?.zoom(
          (from.originMs - to.originMs) / to.msPerPx,
          from.msPerPx / to.msPerPx,
        );
      });
    };
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const box = element.getBoundingClientRect();
      // Trackpad pinches arrive as wheel events with ctrlKey; they zoom faster.
      const speed = e.ctrlKey ? 0.01 : 0.0015;
      const delta = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY;
      if (e.shiftKey && !e.ctrlKey) {
        latest.current.onChange(clamp(panBy(latest.current.viewport, -delta)));
        return;
      }
      queueZoom(Math.exp(-delta * speed), e.clientX - box.left);
    };

    element.addEventListener('pointerdown', onPointerDown);
    element.addEventListener('pointermove', onPointerMove);
    element.addEventListener('pointerup', endPan);
    element.addEventListener('pointercancel', endPan);
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(rest);
      element.removeEventListener('pointerdown', onPointerDown);
      element.removeEventListener('pointermove', onPointerMove);
      element.removeEventListener('pointerup', endPan);
      element.removeEventListener('pointercancel', endPan);
      element.removeEventListener('wheel', onWheel);
    };
  }, [container, stage]);

  const zoomBy = (factor: number) =>
    onChange(clamp(zoomAt(viewport, factor, viewport.widthPx / 2)));

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.target !== event.currentTarget || event.altKey || event.metaKey || event.ctrlKey)
      return;
    const step = viewport.widthPx * 0.15;
    const actions: Record<string, () => void> = {
      '+': () => zoomBy(ZOOM_STEP),
      '=': () => zoomBy(ZOOM_STEP),
      '-': () => zoomBy(1 / ZOOM_STEP),
      _: () => zoomBy(1 / ZOOM_STEP),
      '0': onFit,
      ArrowLeft: () => onChange(clamp(panBy(viewport, step))),
      ArrowRight: () => onChange(clamp(panBy(viewport, -step))),
    };
    const action = actions[event.key];
    if (action === undefined) return;
    event.preventDefault();
    action();
  };

  return { justPanned: () => panned.current, isPanning, zoomBy, onKeyDown };
}
