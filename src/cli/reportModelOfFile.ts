/**
 * One file through the importers to the report model of one of its incidents (`gapline
 * report`): a Statuspage export, a CSV/TSV timeline, a Gapline file or a Gapline backup.
 * A file with several incidents needs `--incident`; the reason says which ids it holds.
 */
import type { ReviewData } from '../domain/model';
import { reportIncidentId } from '../domain/report/analyzeReport';
import { buildReportModel } from '../domain/report/buildReportModel';
import type { ReportModel } from '../domain/report/reportModel';
import { defaultImportOptions } from '../import/defaultImportOptions';
import { importFile } from '../import/importFile';
import type { ReportOptions } from './parseReportArgs';

export type ReportModelResult =
  | { readonly ok: true; readonly model: ReportModel }
  | { readonly ok: false; readonly reason: string };

/** An incident answers to its report id (as `analyze` names it), its review's id or its own. */
const answersTo = (data: ReviewData, id: string): boolean =>
  reportIncidentId(data.incident) === id || data.review.id === id || data.incident.id === id;

export function reportModelOfFile(
  raw: string,
  fileName: string,
  options: Pick<ReportOptions, 'incidentId' | 'language' | 'timeZone'>,
  now: () => number,
): ReportModelResult {
  let counter = 0;
  const result = importFile(
    raw,
    fileName,
    defaultImportOptions({
      timeZone: options.timeZone ?? 'UTC',
      newId: () => `gapline-${++counter}`,
      now,
      fileName,
      incidentIds: options.incidentId === null ? null : [options.incidentId],
    }),
  );
  if (!result.ok) return { ok: false, reason: result.error.message };

  const wanted = options.incidentId;
  const incidents = result.incidents
    .map((i) => i.data)
    .filter((data) => wanted === null || answersTo(data, wanted));
  const [data, ...more] = incidents;
  if (data === undefined) {
    return {
      ok: false,
      reason: wanted === null ? 'no incident found in the file' : `no incident ${wanted}`,
    };
  }
  if (more.length > 0) {
    // Incidents are named as `analyze` names them, unless two share that name (a backup of
    // two reviews of one incident): then by their reviews' ids, which are unique.
    const names = incidents.map((d) => reportIncidentId(d.incident));
    const ids =
      wanted === null && new Set(names).size === names.length
        ? names
        : incidents.map((d) => d.review.id);
    const shown = ids.slice(0, 10).join(', ') + (ids.length > 10 ? ', …' : '');
    return {
      ok: false,
      reason: `it holds ${incidents.length} incidents; choose one with --incident ID (${shown})`,
    };
  }
  const model = buildReportModel(data, {
    language: options.language,
    generatedAt: now(),
    ...(options.timeZone === null ? {} : { timeZone: options.timeZone }),
  });
  return { ok: true, model };
}
