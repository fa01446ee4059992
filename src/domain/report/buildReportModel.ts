import { byInstantThenOrder } from '../inTimeOrder';
import { checkMessages } from '../checks/checkMessages';
import { splitFindings } from '../checks/splitFindings';
import { analyzeGaps } from '../gaps/analyzeGaps';
import type { Note, PlanAction, ReviewData, RootCause } from '../model';
import { RECOMMENDATIONS, type RecommendationId } from '../workshop/recommendations';
import { tallyVotes } from '../workshop/voteTally';
import type {
  ReportAction,
  ReportLanguage,
  ReportModel,
  ReportNote,
  ReportRootCause,
} from './reportModel';

export interface ReportOptions {
  readonly language: ReportLanguage;
  /** When the report is made (the "generated on" line). */
  readonly generatedAt: number;
  /** Zone to show times in; the incident's own by default. */
  readonly timeZone?: string;
}

const MINUTE = 60_000;

const whysOf = (rc: RootCause): string[] => rc.whys.map((w) => w.trim()).filter((w) => w !== '');
const deepest = (rc: RootCause): string | null => whysOf(rc).at(-1) ?? null;
const normalised = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** The recommendations whose draft (in either language) an action of the plan starts from. */
function chosenRecommendations(actions: readonly PlanAction[]): RecommendationId[] {
  const texts = actions.map((a) => normalised(a.text));
  return RECOMMENDATIONS.filter((r) =>
    Object.values(r.draft).some((draft) => {
      const d = normalised(draft);
      return d !== '' && texts.some((t) => t.startsWith(d));
    }),
  ).map((r) => r.id);
}

/**
 * The report of a review: everything an export shows, from the review alone (plus the
 * language, the zone and the time it is made), the message checks' findings the team kept
 * included. Anonymous mode hides participants, the
 * facilitator's name stays (it is the session's, not a contributor's), and note authors.
 */
export function buildReportModel(data: ReviewData, options: ReportOptions): ReportModel {
  const { incident, session } = data;
  const anonymous = session?.anonymous ?? false;
  const analysis = analyzeGaps(data);
  const channelNames = new Map(data.channels.map((c) => [c.id, c.name]));

  const reportNote = (n: Note): ReportNote => ({
    text: n.text,
    category: n.category,
    author: anonymous ? null : n.author,
    at: n.at,
  });
  const notesById = new Map(data.notes.map((n) => [n.id, n]));

  const tally = tallyVotes(
    data.rootCauses,
    data.votes,
    data.participants,
    session?.votesPerParticipant ?? 0,
  );
  const votesOf = new Map(tally.map((t) => [t.rootCauseId, t.count]));
  const causeById = new Map(data.rootCauses.map((rc) => [rc.id, rc]));
  const rootCauses: ReportRootCause[] = tally.flatMap((t) => {
    const rc = causeById.get(t.rootCauseId);
    if (rc === undefined) return [];
    const problems = rc.noteIds
      .map((id) => notesById.get(id))
      .filter((n): n is Note => n !== undefined)
      .sort((a, b) => a.at - b.at)
      .map(reportNote);
    return [
      {
        id: rc.id,
        whys: whysOf(rc),
        problems,
        votes: votesOf.get(rc.id) ?? 0,
        selected: rc.selected,
      },
    ];
  });

  // The plan's order: each root cause's actions (ranked as above), then the untied ones.
  const rank = new Map(rootCauses.map((rc, i) => [rc.id, i]));
  const rankOf = (a: PlanAction): number =>
    a.rootCauseId === null ? rootCauses.length : (rank.get(a.rootCauseId) ?? rootCauses.length);
  const actions: ReportAction[] = [...data.actions]
    .sort((a, b) => rankOf(a) - rankOf(b) || a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
    .map((a) => {
      const rc = a.rootCauseId === null ? undefined : causeById.get(a.rootCauseId);
      return {
        id: a.id,
        text: a.text,
        owner: a.owner,
        deadline: a.deadline,
        status: a.status,
        rootCause: rc === undefined ? null : deepest(rc),
      };
    });

  const end = analysis.ok ? analysis.end.instant : null;
  const durationEnd = incident.resolution ?? end;
  const durationMinutes =
    incident.alert === null || durationEnd === null
      ? null
      : Math.max(0, (durationEnd - incident.alert) / MINUTE);

  const communications = [...data.communications].sort(byInstantThenOrder).map((c) => ({
    instant: c.instant,
    channel: channelNames.get(c.channelId) ?? '',
    author: c.author,
    kind: c.kind,
    text: c.text,
  }));

  const findings = splitFindings(
    checkMessages(
      {
        incident,
        channels: data.channels,
        communications: data.communications,
        preparation: data.preparation,
      },
      { language: options.language },
    ),
    data.dismissals,
  );

  const p = data.preparation;
  return {
    language: options.language,
    timeZone: options.timeZone ?? incident.timeZone,
    generatedAt: options.generatedAt,
    incident: {
      title: incident.title,
      alert: incident.alert,
      resolution: incident.resolution,
      durationMinutes,
      open: incident.resolution === null,
      severity: incident.severity,
      target: incident.target,
      externalId: incident.source.externalId,
      sourceUrl: incident.source.url,
    },
    facilitator: session?.facilitator ?? null,
    participants: anonymous
      ? []
      : [...data.participants]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((x) => ({ name: x.name, role: x.role })),
    anonymous,
    summary: analysis.ok ? analysis.summary : null,
    analysisError: analysis.ok ? null : analysis.error,
    gaps: analysis.ok ? analysis.gaps.toArray() : [],
    communications,
    notes: [...data.notes].sort((a, b) => a.at - b.at || a.createdAt - b.createdAt).map(reportNote),
    rootCauses,
    actions,
    recommendations: chosenRecommendations(data.actions),
    preparation:
      p === null
        ? null
        : {
            customerImpact: p.customerImpact,
            expectedDuration: p.expectedDuration,
            affected: p.affected,
            affectedDetail: p.affectedDetail,
            workaroundAvailable: p.workaroundAvailable,
            workaround: p.workaround,
          },
    findings: findings.kept,
    dismissedFindings: findings.dismissed.length,
  };
}
