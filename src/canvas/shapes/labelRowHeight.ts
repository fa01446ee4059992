import type { SceneMetrics } from '../layout/sceneMetrics';

/**
 * How far up one row of names over the main line is: a gap label lifted off the alert's or
 * the resolution's name, the resolution's name lifted off the alert's.
 */
export const labelRowHeight = (metrics: SceneMetrics): number => metrics.fontSize + 4;
