/**
 * The message checks over the whole Statuspage corpus (`/work/shared/corpus/statuspage-github`,
 * 1,276 real githubstatus.com incidents): no rule throws, every finding points at an existing
 * communication (or at the incident), and the counts per rule are printed for the record.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMessages } from '../../../../src/domain/checks/checkMessages';
import { countByRule } from '../../../../src/domain/checks/countByRule';
import type { Finding } from '../../../../src/domain/checks/finding';
import { RULE_IDS } from '../../../../src/domain/checks/ruleIds';
import { statuspageImporter } from '../../../../src/import/statuspage/statuspageImporter';
import { makeImportOptions } from '../../../factories/makeImportOptions';

const CORPUS = '/work/shared/corpus/statuspage-github';

describe('message checks over the Statuspage corpus', () => {
  it('runs every rule over 1,276 incidents without throwing; findings point at real messages', () => {
    const started = Date.now();
    const files = readdirSync(CORPUS)
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(files).toHaveLength(1276);
    const all: Finding[] = [];
    let incidentsWithFindings = 0;
    for (const file of files) {
      const result = statuspageImporter.parse(
        readFileSync(join(CORPUS, file), 'utf8'),
        makeImportOptions(),
      );
      if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
      const data = result.incidents[0]?.data;
      if (data === undefined) throw new Error(file);
      const ids = new Set(data.communications.map((c) => c.id));
      const channels = new Map(data.channels.map((c) => [c.id, c.name]));
      for (const language of ['en', 'es'] as const) {
        const findings = checkMessages(data, { language });
        for (const f of findings) {
          expect(RULE_IDS, file).toContain(f.rule);
          if (f.communicationId === null) {
            expect(f.instant, file).toBeNull();
            expect(f.channel, file).toBeNull();
          } else {
            expect(ids.has(f.communicationId), `${file}: ${f.communicationId}`).toBe(true);
            const c = data.communications.find((x) => x.id === f.communicationId);
            expect(f.instant, file).toBe(c?.instant);
            expect(f.channel, file).toBe(channels.get(c?.channelId ?? ''));
            expect(c?.kind, file).not.toBe('internal');
          }
          expect(f.evidence.trim(), file).not.toBe('');
          expect(f.suggestion.trim(), file).not.toBe('');
        }
        if (language === 'en') {
          all.push(...findings);
          if (findings.length > 0) incidentsWithFindings++;
        }
      }
    }
    const counts = countByRule(all);
    console.log(
      [
        `Message checks over ${files.length} corpus incidents (${incidentsWithFindings} with findings), ${Date.now() - started} ms:`,
        ...RULE_IDS.map((r) => `  ${r.padEnd(22)} ${String(counts[r]).padStart(5)}`),
      ].join('\n'),
    );
    // Sanity: the corpus has resolutions without follow-ups, and updates without times.
    expect(counts['no-follow-up']).toBeGreaterThan(1000);
    expect(counts['no-next-update']).toBeGreaterThan(1000);
  }, 240_000);
});
