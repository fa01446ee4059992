/**
 * Colours of the drawing. Channels use the Okabe–Ito palette (told apart with colour
 * blindness); every colour used for text or marks meets 3:1 against white, text 4.5:1.
 */
import type { GapStatus } from '../domain/gaps/types';
import type { NoteCategory, PhaseKind } from '../domain/model';

export const INK = '#1f2328';
export const MUTED_INK = '#57606a';
export const PAPER = '#ffffff';
export const MAIN_LINE = '#1f2328';
export const GRID = '#d0d7de';
export const FOCUS_RING = '#0550ae';

const CHANNEL_COLOURS = [
  '#0072b2',
  '#d55e00',
  '#007a5e',
  '#b4518f',
  '#8a6100',
  '#3b7ea1',
  '#6e40c9',
];

export const channelColour = (index: number): string =>
  CHANNEL_COLOURS[index % CHANNEL_COLOURS.length] ?? INK;

export const GAP_COLOURS: Readonly<Record<GapStatus, string>> = {
  ok: '#1a7f37',
  late: '#9a6700',
  gap: '#cf222e',
};

/** Darker status colours for text on a projector (7:1 and more on white). */
export const STRONG_GAP_COLOURS: Readonly<Record<GapStatus, string>> = {
  ok: '#0f5323',
  late: '#5c3d00',
  gap: '#a40e26',
};

export const LONGEST_COLOUR = '#a40e26';

/** The warning triangle over a dot whose message has findings (edged in INK for 3:1). */
export const FINDING_MARK = '#ffd33d';

export const PHASE_COLOURS: Readonly<Record<PhaseKind, string>> = {
  investigation: '#ddf4ff',
  escalation: '#fff1e5',
  decision: '#fbefff',
  change: '#dafbe1',
};

export const NOTE_COLOURS: Readonly<Record<NoteCategory, { fill: string; edge: string }>> = {
  gap: { fill: '#ffd8d3', edge: '#cf222e' },
  confusion: { fill: '#fff3b0', edge: '#9a6700' },
  'other-problem': { fill: '#ffe2c2', edge: '#bc4c00' },
  'root-cause': { fill: '#e4d8fd', edge: '#6e40c9' },
  idea: { fill: '#d2f4dc', edge: '#1a7f37' },
};
