/**
 * Test helper: runs `checkMessages` over a few messages written inline. Messages get ids
 * `m0`, `m1`, … in the order given; `at` is minutes after the alert (default alert
 * 2024-03-05T12:00:00Z, UTC).
 */
import { checkMessages } from '../../../../src/domain/checks/checkMessages';
import type { Finding } from '../../../../src/domain/checks/finding';
import type { RuleId } from '../../../../src/domain/checks/ruleIds';
import type { Channel, CommunicationKind, Target } from '../../../../src/domain/model';
import { DEFAULT_TARGET } from '../../../../src/domain/model';
import { makeCommunication, makeIncident, makePreparation } from '../../../factories/makeRecords';

export interface Msg {
  readonly at: number;
  readonly text: string;
  readonly kind?: CommunicationKind;
  readonly channel?: string;
  readonly status?: string;
  readonly components?: readonly string[];
  /** Offset the time was written in (minutes); default 0; null: none stored. */
  readonly offset?: number | null;
}

export interface RunOptions {
  readonly alert?: string | null;
  readonly resolution?: number | null;
  readonly target?: Target;
  readonly timeZone?: string;
  readonly sourceTimeZone?: string | null;
  /** The preparation records this workaround (null: none recorded). */
  readonly workaround?: string | null;
  readonly language?: 'en' | 'es';
}

export const ALERT = '2024-03-05T12:00:00.000Z';

export function run(messages: readonly Msg[], options: RunOptions = {}): Finding[] {
  const alert = options.alert === null ? null : Date.parse(options.alert ?? ALERT);
  const base = alert ?? Date.parse(ALERT);
  const channels: Channel[] = [];
  const channelId = (name: string): string => {
    let found = channels.find((c) => c.name === name);
    if (found === undefined) {
      found = { id: `ch-${channels.length}`, reviewId: 'rev-1', name, updatedAt: base };
      channels.push(found);
    }
    return found.id;
  };
  const communications = messages.map((m, i) =>
    makeCommunication({
      id: `m${i}`,
      order: i,
      instant: Math.round(base + m.at * 60_000),
      offsetMinutes: m.offset === undefined ? 0 : m.offset,
      channelId: channelId(m.channel ?? 'Status page'),
      kind: m.kind ?? 'update',
      text: m.text,
      sourceId: `src-${i}`,
      sourceStatus: m.status ?? null,
      affectedComponents: m.components ?? [],
    }),
  );
  const workaround = options.workaround ?? null;
  return checkMessages(
    {
      incident: makeIncident({
        alert,
        resolution:
          options.resolution === undefined || options.resolution === null
            ? null
            : base + options.resolution * 60_000,
        target: options.target ?? DEFAULT_TARGET,
        timeZone: options.timeZone ?? 'UTC',
        sourceTimeZone: options.sourceTimeZone ?? null,
      }),
      channels,
      communications,
      preparation:
        workaround === null ? null : makePreparation({ workaroundAvailable: true, workaround }),
    },
    { language: options.language ?? 'en' },
  );
}

/** Where a rule fired: message ids (`m0`, …) or `incident`, in finding order. */
export function firedOn(findings: readonly Finding[], rule: RuleId): string[] {
  return findings.filter((f) => f.rule === rule).map((f) => f.communicationId ?? 'incident');
}

/** The one finding of a rule (fails the test when there is not exactly one). */
export function only(findings: readonly Finding[], rule: RuleId): Finding {
  const found = findings.filter((f) => f.rule === rule);
  if (found.length !== 1) throw new Error(`${rule}: expected one finding, got ${found.length}`);
  return found[0] as Finding;
}
