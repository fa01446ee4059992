/** Above this many gaps the scene keeps only those in reach (GapMarks). */
export const GAP_CULL_THRESHOLD = 500;
/**
 * Above this many gaps, narrow in-target ones in reach also merge into runs (GapMarks).
 * Not below: measured at 20,000 communications, merging made wheel-zoom frames
 * 50 → 380–470 ms p95 (cause not found yet), while 16,000 gap marks in reach cost little;
 * at 100,000 it takes the drawing from 160,256 Konva nodes to about 5,000.
 */
export const GAP_MERGE_THRESHOLD = 40_000;
/** A gap narrower than this shows no label (GapMark), so it may merge with its neighbours. */
export const GAP_LABEL_MIN_PX = 28;
/**
 * How wide a gap's label is taken to be, in font sizes (`32 min`, `1 h 5 min`), and the
 * longest gap's (`2 h 41 min · Longest`): a label that would overlap the one before it is
 * not shown (GapMarks), the longest one's before any other.
 */
export const GAP_LABEL_EMS = 6;
export const LONGEST_LABEL_EMS = 11;

/**
 * Half the room taken for the alert's or the resolution's name (`Initial alert`), centred
 * on its mark: as wide as a gap's label, in the labels' font size.
 */
export const endNameHalf = (fontSize: number): number => (GAP_LABEL_EMS * fontSize) / 2;
