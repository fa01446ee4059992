/**
 * Statuspage API v2 (`incidents.json`, `incidents/<id>.json`, or a bare incident object),
 * `../shared/spec/gaps.md` Terms. Each incident becomes one review; an unreadable incident
 * or update is rejected with its JSON Pointer and the rest imports.
 */
import { FIELD_LIMITS } from '../../domain/schema/fieldLimits';
import { isValidTimeZone } from '../../domain/time/isValidTimeZone';
import type { ImportOptions, ImportResult, ImportedIncident, RejectedRow } from '../contract';
import { importFailure } from '../importFailure';
import type { JsonImporter } from '../jsonImporter';
import { isRecord } from '../json/isRecord';
import { parseJsonSafely } from '../json/parseJsonSafely';
import { neverThrows } from '../neverThrows';
import { readStatuspageIncident, type PageInfo } from './readStatuspageIncident';

interface Located {
  readonly page: unknown;
  /** True for `incidents.json`, where `options.incidentIds` selects. */
  readonly isList: boolean;
  readonly entries: readonly { readonly raw: unknown; readonly path: string }[];
}

function locate(value: unknown): Located | null {
  if (!isRecord(value)) return null;
  const incidents = value['incidents'];
  if (Array.isArray(incidents)) {
    const entries = incidents.map((raw: unknown, i) => ({ raw, path: `/incidents/${i}` }));
    return { page: value['page'], isList: true, entries };
  }
  if (isRecord(value['incident'])) {
    return {
      page: value['page'],
      isList: false,
      entries: [{ raw: value['incident'], path: '/incident' }],
    };
  }
  if (Array.isArray(value['incident_updates'])) {
    return { page: value['page'], isList: false, entries: [{ raw: value, path: '' }] };
  }
  return null;
}

function pageInfo(page: unknown): PageInfo {
  const name = isRecord(page) ? page['name'] : undefined;
  const zone = isRecord(page) ? page['time_zone'] : undefined;
  return {
    name: typeof name === 'string' && name.length <= FIELD_LIMITS.name ? name.trim() : '',
    timeZone: typeof zone === 'string' && isValidTimeZone(zone) ? zone : 'UTC',
  };
}

const idOf = (raw: unknown): string | null => {
  const id = isRecord(raw) ? raw['id'] : undefined;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
};

function parseValue(value: unknown, options: ImportOptions): ImportResult {
  const located = locate(value);
  if (located === null) {
    return importFailure(
      'unknown-format',
      'The JSON is not a Statuspage incident or incident list.',
    );
  }
  if (located.entries.length > FIELD_LIMITS.records) {
    return importFailure(
      'too-large',
      `The file lists more than ${FIELD_LIMITS.records} incidents.`,
    );
  }
  const page = pageInfo(located.page);
  const wanted =
    located.isList && options.incidentIds !== null ? new Set(options.incidentIds) : null;
  const incidents: ImportedIncident[] = [];
  const rejected: RejectedRow[] = [];
  const found = new Set<string>();
  for (const { raw, path } of located.entries) {
    const id = idOf(raw);
    if (wanted !== null && (id === null || !wanted.has(id))) continue;
    if (id !== null) found.add(id);
    const reading = readStatuspageIncident(raw, path, page, options);
    if (reading.ok) incidents.push(reading.incident);
    else rejected.push(reading.rejected);
  }
  for (const id of wanted ?? []) {
    if (!found.has(id)) {
      rejected.push({
        line: null,
        path: null,
        reason: `No incident with the id ${JSON.stringify(id)} in this file.`,
      });
    }
  }
  return { ok: true, format: 'statuspage', incidents, rejected };
}

export const statuspageImporter: JsonImporter = {
  format: 'statuspage',
  detect: (head) =>
    /^\s*\{/.test(head.slice(0, 1_000)) && /"(incidents|incident|incident_updates)"\s*:/.test(head),
  detectValue: (value) => locate(value) !== null,
  parseValue: (value, options) => neverThrows(() => parseValue(value, options)),
  parse: (raw, options) =>
    neverThrows(() => {
      const json = parseJsonSafely(raw);
      return json.ok ? parseValue(json.value, options) : { ok: false, error: json.error };
    }),
};
