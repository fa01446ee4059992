import type { EpochMs } from '../model';
import type { GapList } from './GapList';

/** `ok` ≤ ideal < `late` ≤ max < `gap` (`../shared/spec/gaps.md`, rule 5). */
export type GapStatus = 'ok' | 'late' | 'gap';

/**
 * One end of a gap. Its labels are derived from it: English for the contract's JSON and the
 * CLI (`gapEndLabel`: `Alert`, `Update 3`, …), translated in the UI.
 */
export type GapEnd =
  | { readonly kind: 'alert' }
  | { readonly kind: 'update'; readonly n: number }
  | { readonly kind: 'resolution-update' }
  | { readonly kind: 'resolution' }
  | { readonly kind: 'last-message' };

export type EndKind = 'resolution-update' | 'resolution' | 'last-message';

export interface Gap {
  readonly from: EpochMs;
  readonly to: EpochMs;
  readonly fromEnd: GapEnd;
  readonly toEnd: GapEnd;
  /** Exact minutes, never rounded. */
  readonly minutes: number;
  readonly status: GapStatus;
  /** One of the longest gaps (ties all count). */
  readonly longest: boolean;
}

export interface GapSummary {
  readonly timeToFirstUpdate: number | null;
  readonly updateCount: number;
  readonly longestGap: number;
  readonly gapsOverTarget: number;
  readonly minutesOverTarget: number;
  readonly coverage: number;
  readonly resolutionNoticeDelay: number | null;
}

export type AnalysisWarningCode = 'update-before-alert' | 'no-resolution-update' | 'open';

export interface AnalysisWarning {
  readonly code: AnalysisWarningCode;
  readonly message: string;
  readonly communicationIds: readonly string[];
}

export interface ChannelAnalysis {
  readonly channelId: string;
  readonly channel: string;
  readonly gaps: GapList;
  readonly summary: GapSummary;
}

export type AnalysisErrorCode = 'missing-alert' | 'end-before-alert';

export interface AnalysisError {
  readonly code: AnalysisErrorCode;
  readonly message: string;
}

export type GapAnalysis =
  | {
      readonly ok: true;
      readonly alert: EpochMs;
      readonly end: { readonly instant: EpochMs; readonly kind: EndKind };
      readonly gaps: GapList;
      readonly summary: GapSummary;
      readonly warnings: readonly AnalysisWarning[];
    }
  | { readonly ok: false; readonly error: AnalysisError };
