/**
 * Pan (drag the background, arrow keys), zoom (wheel, pinch, + − keys) and Fit (0) for
 * the timeline. A pan moves the layers by hand while the pointer moves — no React render
 * per frame — and hands the new view to React once, on release. Wheel zooms are gathered
 * per animation frame. The view never loses the incident (`keepInView`).
 */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type Konva from 'konva';
import type { EpochMs } from '../../domain/model';
import { keepInView, panBy, zoomAt, type TimeViewport } from '../layout/timeViewport';

export const ZOOM_STEP = 1.25;

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

    const layers = (): Konva.Layer[] => stage.current?.getLayers() ?? [];
    const moveLayers = (dx: number) => {
      for (const layer of layers()) layer.x(dx);
      stage.current?.batchDraw();
    };

    const onPointerDown = (e: PointerEvent) => {
      const konva = stage.current;
      if (konva === null || e.button !== 0) return;
      if (e.pointerType === 'touch') pinch.set(e.pointerId, e.clientX);
      const box = element.getBoundingClientRect();
      const hit = konva.getIntersection({ x: e.clientX - box.left, y: e.clientY - box.top });
      if (hit !== null || pinch.size > 1) return; // a note: Konva drags it
      pan = { startX: e.clientX, dx: 0, pointerId: e.pointerId };
      panned.current = false;
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
      }
      moveLayers(pan.dx);
    };
    const endPan = (e: PointerEvent) => {
      pinch.delete(e.pointerId);
      if (pinch.size < 2) pinchDistance = 0;
      if (pan === null || e.pointerId !== pan.pointerId) return;
      const { dx } = pan;
      pan = null;
      if (dx === 0) return;
      // The new view puts every node where the moved layers showed it; then reset them.
      latest.current.onChange(clamp(panBy(latest.current.viewport, dx)));
      requestAnimationFrame(() => moveLayers(0));
    };
    const queueZoom = (factor: number, anchor: number) => {
      wheel = { factor: (wheel?.factor ?? 1) * factor, anchor };
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (wheel === null) return;
        const { factor: f, anchor: a } = wheel;
        wheel = null;
        latest.current.onChange(clamp(zoomAt(latest.current.viewport, f, a)));
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

  return { justPanned: () => panned.current, zoomBy, onKeyDown };
}
