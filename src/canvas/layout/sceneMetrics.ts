/**
 * Sizes of the drawing, per mode. The presenter's are larger so the timeline reads from the
 * back of a room on a 1080p projector. Pure constants.
 */
export interface SceneMetrics {
  /** Space above the main line kept for sticky notes (at least). */
  readonly notesArea: number;
  /** Distance between the main line and the first branch, and between branches. */
  readonly laneGap: number;
  /** Height of the time axis under the last lane. */
  readonly axisArea: number;
  readonly dotRadius: number;
  readonly lineWidth: number;
  readonly fontSize: number;
  readonly smallFontSize: number;
  /** Half the height of the ellipse circling an over-target gap. */
  readonly circleRy: number;
  /** Every word in the darkest colours (7:1 and more): the presenter's projector. */
  readonly strongText: boolean;
}

export const EDIT_METRICS: SceneMetrics = {
  notesArea: 250,
  laneGap: 56,
  axisArea: 56,
  dotRadius: 6,
  lineWidth: 4,
  fontSize: 13,
  smallFontSize: 12,
  circleRy: 24,
  strongText: false,
};

export const PRESENT_METRICS: SceneMetrics = {
  notesArea: 210,
  laneGap: 68,
  axisArea: 72,
  dotRadius: 9,
  lineWidth: 6,
  fontSize: 22,
  smallFontSize: 20,
  circleRy: 34,
  strongText: true,
};

/** Above this many dots in view, dots on one lane closer than `BIN_PX` merge into one. */
export const BIN_THRESHOLD = 1_500;
export const BIN_PX = 3;
