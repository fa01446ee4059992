import { describe, expect, it } from 'vitest';
import {
  MAX_MS_PER_PX,
  MIN_MS_PER_PX,
  fitViewport,
  instantAt,
  keepInView,
  panBy,
  xOf,
  zoomAt,
} from '../../../../src/canvas/layout/timeViewport';
import { at } from '../../../factories/makeRecords';

describe('time viewport', () => {
  const fit = fitViewport(at(0), at(200), 1_096, 48);

  it('Fit shows the whole incident between the paddings', () => {
    expect(xOf(fit, at(0))).toBeCloseTo(48, 6);
    expect(xOf(fit, at(200))).toBeCloseTo(1_048, 6);
  });

  it('time → x → time round-trips', () => {
    expect(instantAt(fit, xOf(fit, at(73)))).toBeCloseTo(at(73), 3);
  });

  it('zooming keeps the instant under the pointer in place, within scale limits', () => {
    const z = zoomAt(fit, 4, 300);
    expect(instantAt(z, 300)).toBeCloseTo(instantAt(fit, 300), 3);
    expect(z.msPerPx).toBeCloseTo(fit.msPerPx / 4, 6);
    expect(zoomAt(fit, 1e9, 0).msPerPx).toBe(MIN_MS_PER_PX);
    expect(zoomAt(fit, 1e-9, 0).msPerPx).toBe(MAX_MS_PER_PX);
  });

  it('dragging the background to the right shows earlier times', () => {
    expect(instantAt(panBy(fit, 100), 0)).toBeLessThan(instantAt(fit, 0));
  });

  it('never loses the main line: a pan far away is pulled back', () => {
    const lostRight = keepInView(panBy(fit, -100_000), at(0), at(200));
    expect(xOf(lostRight, at(200))).toBeCloseTo(40, 6);
    const lostLeft = keepInView(panBy(fit, 100_000), at(0), at(200));
    expect(xOf(lostLeft, at(0))).toBeCloseTo(fit.widthPx - 40, 6);
    expect(keepInView(fit, at(0), at(200))).toBe(fit);
  });

  it('an incident of zero length still gets a usable scale', () => {
    const v = fitViewport(at(5), at(5), 800);
    expect(v.msPerPx).toBe(MIN_MS_PER_PX);
    expect(xOf(v, at(5))).toBeCloseTo(400, 6);
  });
});
