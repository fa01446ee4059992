/**
 * Every real incident of `/work/shared/corpus/statuspage-github` (1,276 githubstatus.com
 * files) imports, and the result keeps the invariants of `../shared/spec/gaps.md`, Terms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportedIncident } from '../../../../src/import/contract';
import { statuspageImporter } from '../../../../src/import/statuspage/statuspageImporter';
import { makeImportOptions } from '../../../factories/makeImportOptions';

const CORPUS = '/work/shared/corpus/statuspage-github';
const files = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.json'))
  .sort();

interface RawUpdate {
  id: string;
  status: string;
  body: string;
  display_at: string;
  created_at: string;
  tweet_id: number | null;
}
interface RawFile {
  page: { time_zone: string; name: string };
  incident: {
    id: string;
    name: string;
    shortlink: string;
    started_at: string;
    resolved_at: string | null;
    incident_updates: RawUpdate[];
  };
}

function importOne(file: string, instantSource: 'display_at' | 'created_at' = 'display_at') {
  const raw = readFileSync(join(CORPUS, file), 'utf8');
  const result = statuspageImporter.parse(
    raw,
    makeImportOptions({ fileName: file, instantSource }),
  );
  return { raw: JSON.parse(raw) as RawFile, result };
}

function only(result: ReturnType<typeof importOne>['result']): ImportedIncident {
  if (!result.ok) throw new Error(result.error.message);
  expect(result.incidents).toHaveLength(1);
  return result.incidents[0] as ImportedIncident;
}

describe('Statuspage corpus (1,276 real githubstatus.com incidents)', () => {
  it('has every file of the corpus', () => {
    expect(files).toHaveLength(1276);
  });

  it('imports every file with one incident, no rejection and the invariants of the spec', () => {
    let tweets = 0;
    for (const file of files) {
      const { raw, result } = importOne(file);
      expect(result.ok, file).toBe(true);
      if (!result.ok) continue;
      expect(result.format).toBe('statuspage');
      expect(result.rejected).toEqual([]);
      const { data, rejected, warnings } = only(result);
      expect(rejected, file).toEqual([]);
      expect(warnings).toEqual([]);
      const updates = raw.incident.incident_updates;
      const withTweet = updates.filter((u) => u.tweet_id !== null).length;
      tweets += withTweet;
      expect(data.communications, file).toHaveLength(updates.length + withTweet);

      const { incident, channels, communications, review } = data;
      expect(incident.title).toBe(raw.incident.name);
      expect(review.title).toBe(raw.incident.name);
      expect(incident.alert).toBe(Date.parse(raw.incident.started_at));
      expect(incident.resolution).toBe(
        raw.incident.resolved_at === null ? null : Date.parse(raw.incident.resolved_at),
      );
      expect(incident.timeZone).toBe('Etc/UTC');
      expect(incident.sourceTimeZone).toBeNull();
      expect(incident.source).toEqual({
        format: 'statuspage',
        externalId: raw.incident.id,
        url: raw.incident.shortlink,
        fileName: file,
      });
      expect(channels.map((c) => c.name)).toEqual(
        withTweet > 0 ? ['Status page', 'Twitter/X'] : ['Status page'],
      );
      const channelName = new Map(channels.map((c) => [c.id, c.name]));
      const byUpdateId = new Map(updates.map((u) => [u.id, u]));

      communications.forEach((c, i) => {
        expect(c.order).toBe(i);
        expect(Number.isFinite(c.instant) && Number.isInteger(c.instant)).toBe(true);
        if (i > 0)
          expect(c.instant).toBeGreaterThanOrEqual((communications[i - 1] as typeof c).instant);
        expect(c.reviewId).toBe(review.id);
        expect(c.text).not.toMatch(/<\/?(li|ul|strong|a)\b|&amp;/);
        const channel = channelName.get(c.channelId);
        const update = byUpdateId.get((c.sourceId ?? '').replace(/#tweet$/, ''));
        expect(update, c.sourceId ?? '').toBeDefined();
        if (update === undefined) return;
        const kind =
          update.status === 'resolved'
            ? 'resolution'
            : update.status === 'postmortem'
              ? 'follow-up'
              : 'update';
        expect(c.kind).toBe(kind);
        expect(c.sourceStatus).toBe(update.status);
        if (channel === 'Status page') {
          expect(c.sourceId).toBe(update.id);
          expect(c.instant).toBe(Date.parse(update.display_at));
          expect(c.offsetMinutes).toBe(0);
          expect(c.sourceTimes).toEqual({
            displayAt: { ms: Date.parse(update.display_at), offsetMinutes: 0 },
            createdAt: { ms: Date.parse(update.created_at), offsetMinutes: 0 },
          });
        } else {
          expect(channel).toBe('Twitter/X');
          expect(c.sourceId).toBe(`${update.id}#tweet`);
          // A tweet goes out within seconds of its status post.
          expect(Math.abs(c.instant - Date.parse(update.display_at))).toBeLessThan(5_000);
        }
      });
    }
    expect(tweets).toBe(22);
  });

  it('switches every instant to created_at on request', () => {
    let backFilled = 0;
    for (const file of files) {
      const { raw, result } = importOne(file, 'created_at');
      const { data } = only(result);
      const updates = new Map(raw.incident.incident_updates.map((u) => [u.id, u]));
      expect(data.incident.instantSource).toBe('created_at');
      for (const c of data.communications) {
        const update = updates.get(c.sourceId ?? '');
        if (update === undefined) continue; // tweets keep their own time
        expect(c.instant).toBe(Date.parse(update.created_at));
        if (Date.parse(update.created_at) - Date.parse(update.display_at) > 3_600_000) backFilled++;
      }
    }
    // Corpus README: 838 back-filled updates, created long after the time they display.
    expect(backFilled).toBe(838);
  });

  it('keeps the 11 updates displayed before their incident started (README fact)', () => {
    let early = 0;
    const incidents = new Set<string>();
    for (const file of files) {
      const { data } = only(importOne(file).result);
      const alert = data.incident.alert ?? Number.NaN;
      const statusPage = data.channels.find((c) => c.name === 'Status page');
      for (const c of data.communications) {
        if (c.channelId === statusPage?.id && c.instant < alert) {
          early++;
          incidents.add(file);
        }
      }
    }
    expect(early).toBe(11);
    expect(incidents.size).toBe(4);
  });
});
