/**
 * The Markdown report (issue "Take the plan away"): exactly this text for a small review,
 * every part of it from the report model, in the report's language; anonymous mode hides
 * the participants and says so; nothing a reader typed becomes markup or HTML.
 */
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../../src/domain/report/buildReportModel';
import type { ReportModel } from '../../../../src/domain/report/reportModel';
import { reportMarkdown } from '../../../../src/export/text/reportMarkdown';
import { makeTranslate } from '../../../../src/i18n/makeTranslate';
import { makeSession } from '../../../factories/makeRecords';
import { GENERATED_AT, makeSmallReview } from './makeSmallReview';

const words = (language: 'en' | 'es') => ({ t: makeTranslate(language), locale: language });
const modelOf = (
  data = makeSmallReview(),
  language: 'en' | 'es' = 'en',
  timeZone?: string,
): ReportModel =>
  buildReportModel(data, {
    language,
    generatedAt: GENERATED_AT,
    ...(timeZone === undefined ? {} : { timeZone }),
  });
const markdown = (model: ReportModel) => reportMarkdown(model, words(model.language));

const EXPECTED = `# Communication review: Checkout errors

Made with Gapline on Mar 6, 2024, 09:30 UTC+00:00. Times are in UTC.

## Incident

- **Alert:** Mar 5, 2024, 12:00 UTC+00:00
- **Resolution:** Mar 5, 2024, 13:30 UTC+00:00
- **Duration:** 1 h 30 min
- **Severity:** Serious
- **Time zone:** UTC
- **Update target:** an update every 20–30 minutes

## People

- **Facilitator:** Dana
- **Participants:** Ben, Marta (Support lead)

## Summary

| Figure | Value |
| --- | --- |
| Time to first update | 12 min |
| Longest gap | 43 min (over target) |
| Gaps over target | 2 (over target) |
| Minutes over target | 23 min (over target) |
| Coverage | 13% |
| Updates | 2 |
| Resolution notice delay | 5 min |

Target: an update every 20–30 minutes.

## Action plan

| Action | Owner | Deadline | Status | Root cause |
| --- | --- | --- | --- | --- |
| Define communication roles so everyone knows their job next time | Marta | Apr 1, 2024 | In progress | No one owned customer updates |
| Add a "next update at" line to every update | nobody yet | — | Open | — |

## Communication gaps

OK: up to 20 min · Late: up to 30 min · Gap: more than 30 min, over the target.

| From | To | Minutes | Status |
| --- | --- | --- | --- |
| Alert · 12:00 UTC+00:00 | Update 1 · 12:12 UTC+00:00 | 12 | OK |
| Update 1 · 12:12 UTC+00:00 | Update 2 · 12:52 UTC+00:00 | 40 | **Gap: over the 30-minute target** |
| Update 2 · 12:52 UTC+00:00 | Resolution update · 13:35 UTC+00:00 | 43 | **Gap: over the 30-minute target, the longest** |

## Problems and root causes

### 1\\. No one owned customer updates

- **Votes:** 1
- Picked for the plan
- **Problem notes:**
  - Gap: Forty minutes without a word. (Marta, Mar 5, 2024, 12:30 UTC+00:00)
- **Why-chain:**
  1. Why 1: Nobody sent an update
  2. Why 2: No one owned customer updates

## Message checks the team kept

- **No next-update time** (Mar 5, 2024, 12:12 UTC+00:00, Status page): No time or interval for the next update.
  - Try: Say when the next update will come ("next update in 30 minutes", "by 14:30 UTC"), even if there is no news yet.
- **No next-update time** (Mar 5, 2024, 12:52 UTC+00:00, Status page): No time or interval for the next update.
  - Try: Say when the next update will come ("next update in 30 minutes", "by 14:30 UTC"), even if there is no news yet.
- **Unclear resolution** (Mar 5, 2024, 13:35 UTC+00:00, Status page): Nothing about lost data or action customers need to take.
  - Try: Say plainly that it is fixed and since when, and whether any data was lost or customers need to do anything.
- **No post-incident summary** (the incident as a whole): Resolved (13:35 UTC+00:00), but no follow-up message was sent.
  - Try: Send a follow-up: what happened, how it was fixed, and what will stop it from happening again.

## Recommendations chosen

- Define communication roles so everyone knows their job next time (When the root cause is: nobody owned telling customers)

## Communications

| Time | Channel | Author | Kind | Text |
| --- | --- | --- | --- | --- |
| Mar 5, 2024, 12:12 UTC+00:00 | Status page | Ana | Update | We are investigating. |
| Mar 5, 2024, 12:52 UTC+00:00 | Status page | Ben | Update | Payments fail for some cards.<br>A fix is being deployed. |
| Mar 5, 2024, 13:35 UTC+00:00 | Status page | Ana | Resolution | Resolved. |
`;

describe('reportMarkdown', () => {
  it('writes exactly this report for a small review', () => {
    expect(markdown(modelOf())).toBe(EXPECTED);
  });

  it('leaves the dismissed findings out and counts them; says so when all were dismissed', () => {
    const review = makeSmallReview();
    const dismissal = (
      rule: 'no-next-update' | 'no-follow-up',
      communicationId: string | null,
    ) => ({
      id: `d-${rule}-${communicationId ?? 'incident'}`,
      reviewId: review.review.id,
      rule,
      communicationId,
      updatedAt: 0,
    });
    const some = markdown(
      modelOf({
        ...review,
        dismissals: [dismissal('no-next-update', 'c1'), dismissal('no-follow-up', null)],
      }),
    );
    expect(some).not.toContain('12:12 UTC+00:00, Status page): No time');
    expect(some).toContain('12:52 UTC+00:00, Status page): No time');
    expect(some).not.toContain('No post-incident summary');
    expect(some).toContain('_2 hints were dismissed by the team and are not listed._');

    const all = buildReportModel(
      {
        ...review,
        dismissals: [
          dismissal('no-next-update', 'c1'),
          dismissal('no-next-update', 'c2'),
          { ...dismissal('no-next-update', 'c3'), rule: 'unclear-resolution' as const },
          dismissal('no-follow-up', null),
        ],
      },
      { language: 'es', generatedAt: GENERATED_AT },
    );
    expect(all.findings).toEqual([]);
    expect(all.dismissedFindings).toBe(4);
    const es = markdown(all);
    expect(es).toContain('El equipo descartó todas las pistas de la revisión de los mensajes.');
    expect(es).toContain('_El equipo descartó 4 pistas, que no aparecen aquí._');
  });

  it('is in the report language and shows times in the zone asked for', () => {
    const es = markdown(modelOf(makeSmallReview(), 'es', 'America/Sao_Paulo'));
    expect(es).toMatch(/^# Revisión de la comunicación: Checkout errors\n/);
    expect(es).toContain('- **Alerta:** 5 mar 2024, 09:00 UTC−03:00');
    // `_` is escaped: no emphasis can start in a zone name.
    expect(es).toContain('- **Zona horaria:** America/Sao\\_Paulo');
    expect(es).toContain('| Acción | Responsable | Fecha límite | Estado | Causa raíz |');
    expect(es).toContain('| nadie todavía | — | Abierta | — |');
    expect(es).toContain('**Hueco: por encima del objetivo de 30 minutos, el más largo**');
    expect(es).toContain('## Recomendaciones elegidas');
  });

  it('anonymous mode: no participant names and no note authors, and it says so', () => {
    const data = makeSmallReview({
      session: makeSession({ id: 'session-1', facilitator: 'Dana', anonymous: true }),
    });
    const md = markdown(modelOf(data));
    expect(md).toContain(
      '- _Anonymous mode: the names of the participants and of the notes’ authors are left out._',
    );
    expect(md).not.toContain('Participants:');
    expect(md).not.toContain('Support lead');
    expect(md).toContain(
      '  - Gap: Forty minutes without a word. (Anonymous, Mar 5, 2024, 12:30 UTC+00:00)',
    );
  });

  it('says what is missing: no alert, no actions, no root causes, open incident', () => {
    const base = makeSmallReview();
    const md = markdown(
      modelOf({
        ...base,
        incident: { ...base.incident, alert: null, resolution: null, severity: null },
        rootCauses: [],
        votes: [],
        actions: [],
        session: null,
        participants: [],
      }),
    );
    expect(md).toContain('- **Alert:** —');
    expect(md).toContain('- **Resolution:** not resolved (the incident is open)');
    expect(md).toContain('- **Severity:** Not set');
    expect(md).toContain('- **Facilitator:** —\n- **Participants:** nobody was added to the room');
    expect(md).toContain('## Summary\n\nThe figures appear once the gaps can be computed.\n');
    expect(md).toContain('## Action plan\n\nNo actions yet.\n');
    expect(md).toContain(
      '## Communication gaps\n\nThe gaps can be computed once the incident has an alert time.\n',
    );
    expect(md).toContain('## Problems and root causes\n\nNo root causes yet.\n');
    expect(md).toContain('The plan uses none of the common recommendations.');
  });

  it('an open incident runs to the last message', () => {
    const base = makeSmallReview();
    const md = markdown(modelOf({ ...base, incident: { ...base.incident, resolution: null } }));
    expect(md).toContain('- **Duration:** 1 h 35 min, up to the last message');
  });
});
