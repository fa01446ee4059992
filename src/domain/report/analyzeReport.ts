/**
 * The report of `gapline analyze` (`../shared/spec/contracts.md`): one imported incident
 * and its gap analysis in, the contract's JSON shape out. Pure, shared by the CLI and the
 * web app, so both print the same figures.
 */
import { analyzeChannels } from '../gaps/analyzeChannels';
import { gapEndLabel } from '../gaps/gapEndLabel';
import type { GapList } from '../gaps/GapList';
import type { GapAnalysis, GapSummary } from '../gaps/types';
import type { EpochMs, Incident, ReviewData } from '../model';
import type {
  AnalyzeReport,
  IsoInstant,
  ReportChannel,
  ReportGap,
  ReportIncident,
  ReportRejected,
  ReportSummary,
  ReportWarning,
} from './analyzeReportTypes';

/** What an importer gives for one incident (structurally `ImportedIncident`). */
export interface ReportSource {
  readonly data: ReviewData;
  readonly warnings: readonly { readonly code: string; readonly message: string }[];
  readonly rejected: readonly {
    readonly line: number | null;
    readonly path: string | null;
    readonly reason: string;
  }[];
}

/**
 * `analysis` is `analyzeGaps` of `imported.data`; the per-channel figures are worked out
 * here from the same data.
 */
export function buildAnalyzeReport(imported: ReportSource, analysis: GapAnalysis): AnalyzeReport {
  const incident = reportIncident(imported.data.incident);
  const importWarnings = imported.warnings.map(toWarning);
  const rejected = imported.rejected.map(toRejected);
  if (!analysis.ok) {
    return {
      incident,
      error: { code: analysis.error.code, message: analysis.error.message },
      warnings: importWarnings,
      rejected,
    };
  }
  return {
    incident,
    gaps: toReportGaps(analysis.gaps),
    summary: toReportSummary(analysis.summary),
    perChannel: Object.fromEntries(
      analyzeChannels(imported.data, analysis).map((c): [string, ReportChannel] => [
        c.channel,
        { gaps: toReportGaps(c.gaps), summary: toReportSummary(c.summary) },
      ]),
    ),
    warnings: [...importWarnings, ...analysis.warnings.map(toWarning)],
    rejected,
  };
}

/**
 * The id a report names its incident by: the source's own id (Statuspage incident id);
 * else the file name without its extension; else the record id.
 */
export function reportIncidentId(incident: Incident): string {
  if (incident.source.externalId !== null && incident.source.externalId !== '') {
    return incident.source.externalId;
  }
  const stem = fileStem(incident.source.fileName);
  return stem ?? incident.id;
}

function fileStem(fileName: string | null): string | null {
  if (fileName === null) return null;
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  return stem === '' ? null : stem;
}

const iso = (ms: EpochMs): IsoInstant => new Date(ms).toISOString();
const isoOrNull = (ms: EpochMs | null): IsoInstant | null => (ms === null ? null : iso(ms));

function reportIncident(incident: Incident): ReportIncident {
  return {
    id: reportIncidentId(incident),
    title: incident.title,
    alert: isoOrNull(incident.alert),
    resolution: isoOrNull(incident.resolution),
    timeZone: incident.timeZone,
  };
}

/**
 * The gaps as the report prints them, read from the list by index: a gap's start is the
 * end before it, so each instant is written once (at 100,000 gaps, writing every end twice
 * and making a record per gap first were ~0.3 s of the CLI's 1.5 s).
 */
function toReportGaps(gaps: GapList): ReportGap[] {
  const out = new Array<ReportGap>(gaps.length);
  let lastInstant: EpochMs | null = null;
  let lastIso = '';
  for (let i = 0; i < gaps.length; i++) {
    const start = gaps.from(i);
    const from = start === lastInstant ? lastIso : iso(start);
    lastInstant = gaps.to(i);
    lastIso = iso(lastInstant);
    out[i] = {
      from,
      to: lastIso,
      fromLabel: gapEndLabel(gaps.fromEnd(i)),
      toLabel: gapEndLabel(gaps.toEnd(i)),
      minutes: gaps.minutes(i),
      status: gaps.status(i),
    };
  }
  return out;
}

/** Copies exactly the figures of `gaps.md`, in a fixed key order. */
function toReportSummary(s: GapSummary): ReportSummary {
  return {
    timeToFirstUpdate: s.timeToFirstUpdate,
    updateCount: s.updateCount,
    longestGap: s.longestGap,
    gapsOverTarget: s.gapsOverTarget,
    minutesOverTarget: s.minutesOverTarget,
    coverage: s.coverage,
    resolutionNoticeDelay: s.resolutionNoticeDelay,
  };
}

function toWarning(w: { readonly code: string; readonly message: string }): ReportWarning {
  return { code: w.code, message: w.message };
}

function toRejected(r: ReportSource['rejected'][number]): ReportRejected {
  return r.path === null
    ? { line: r.line, reason: r.reason }
    : { line: r.line, path: r.path, reason: r.reason };
}
