/**
 * The JSON report of `gapline analyze` (`../shared/spec/contracts.md`, "Command line"):
 * plain data whose key order is the order of these declarations, so serialising it gives
 * the same text on every run. Instants are ISO 8601 UTC with milliseconds; minutes are
 * never rounded.
 */
import type { FindingJson } from '../checks/findingToJson';
import type { AnalysisErrorCode, GapStatus, GapSummary } from '../gaps/types';

/** `new Date(ms).toISOString()`, e.g. `2024-03-05T14:05:00.000Z`. */
export type IsoInstant = string;

export interface ReportIncident {
  /** The source's own id (Statuspage incident id); else the file-name based id; else the record id. */
  readonly id: string;
  readonly title: string;
  readonly alert: IsoInstant | null;
  readonly resolution: IsoInstant | null;
  readonly timeZone: string;
}

export interface ReportGap {
  readonly from: IsoInstant;
  readonly to: IsoInstant;
  readonly fromLabel: string;
  readonly toLabel: string;
  readonly minutes: number;
  readonly status: GapStatus;
}

/** Exactly the figures of `gaps.md` ("Summary figures"): the analysis' own summary. */
export type ReportSummary = GapSummary;

export interface ReportChannel {
  readonly gaps: readonly ReportGap[];
  readonly summary: ReportSummary;
}

export interface ReportWarning {
  /** Import (`no-alert`, `duplicate`) or analysis (`update-before-alert`, `no-resolution-update`, `open`). */
  readonly code: string;
  readonly message: string;
}

/** `path` (a JSON Pointer) only for rows of JSON sources, whose `line` is null. */
export type ReportRejected =
  | { readonly line: number | null; readonly reason: string }
  | { readonly line: number | null; readonly path: string; readonly reason: string };

export interface AnalyzedReport {
  readonly incident: ReportIncident;
  readonly gaps: readonly ReportGap[];
  readonly summary: ReportSummary;
  /** Keyed by channel name as imported, in order of the channel's first use. */
  readonly perChannel: Readonly<Record<string, ReportChannel>>;
  readonly warnings: readonly ReportWarning[];
  readonly rejected: readonly ReportRejected[];
  /** `--checks` only: the message checks' findings (`../shared/spec/checks.md`, Output). */
  readonly findings?: readonly FindingJson[];
}

/** An incident that cannot be analysed (no alert, or its end before the alert): no gaps. */
export interface ErrorReport {
  readonly incident: ReportIncident;
  readonly error: { readonly code: AnalysisErrorCode; readonly message: string };
  readonly warnings: readonly ReportWarning[];
  readonly rejected: readonly ReportRejected[];
  /** `--checks` only: the message checks' findings (`../shared/spec/checks.md`, Output). */
  readonly findings?: readonly FindingJson[];
}

export type AnalyzeReport = AnalyzedReport | ErrorReport;
