/**
 * One contract for every importer (Actual Budget's importer registry, adapted):
 * raw text in, plain domain data or a typed error out. Importers never throw for bad
 * input: every problem is a result, with line numbers (CSV) or JSON Pointers (JSON).
 */
import type { Communication, EpochMs, InstantSource, ReviewData } from '../domain/model';

export type FormatId = 'statuspage' | 'csv' | 'gapline' | 'gapline-backup';

export interface ImportOptions {
  /** Zone offset-less timestamps are read in (IANA name or `UTC`). */
  readonly timeZone: string;
  /** Statuspage: which time an update's instant comes from. */
  readonly instantSource: InstantSource;
  /** Makes record ids; the app passes `newId`, tests a counter. */
  readonly newId: () => string;
  /** Clock for `createdAt`/`updatedAt`. */
  readonly now: () => number;
  readonly fileName: string | null;
  /** Statuspage `incidents.json`: which incidents to import (all when null). */
  readonly incidentIds: readonly string[] | null;
  /** CSV dates like `05/03/2024 14:05`: day-first or month-first. */
  readonly dateOrder: 'day-first' | 'month-first';
}

export interface RejectedRow {
  /** CSV/TSV: the line where the record starts (header is line 1); JSON sources: null. */
  readonly line: number | null;
  /** JSON sources: a JSON Pointer such as `/incidents/3/incident_updates/0`. */
  readonly path: string | null;
  readonly reason: string;
}

export type ImportWarningCode = 'no-alert' | 'duplicate';

export interface ImportWarning {
  readonly code: ImportWarningCode;
  readonly message: string;
  readonly lines: readonly number[];
}

export interface ImportedIncident {
  readonly data: ReviewData;
  readonly warnings: readonly ImportWarning[];
  readonly rejected: readonly RejectedRow[];
  /**
   * What the preview shows (`summarizeImportedIncident`), made by the import worker where
   * the messages were parsed; absent when the import ran in this thread.
   */
  readonly summary?: ImportedIncidentSummary;
}

export interface ImportedIncidentSummary {
  readonly title: string;
  readonly communicationCount: number;
  /** Channels in order of first use. */
  readonly channelNames: readonly string[];
  readonly first: EpochMs | null;
  readonly last: EpochMs | null;
  readonly alert: EpochMs | null;
  readonly timeZone: string;
  readonly sourceTimeZone: string | null;
  /** The first two communications in time order, to check the times were read right. */
  readonly samples: readonly { readonly communication: Communication; readonly channel: string }[];
}

export type ImportErrorCode =
  | 'unknown-format'
  | 'too-large'
  | 'too-deep'
  | 'invalid-json'
  | 'empty'
  | 'invalid-file'
  | 'unsupported-version'
  /** Not text at all: an image, a PDF, an archive (`decodeImportBytes`). */
  | 'not-text'
  /** The file could not be read (moved, deleted, no permission since it was chosen). */
  | 'read';

export interface ImportError {
  readonly code: ImportErrorCode;
  readonly message: string;
}

export type ImportResult =
  | {
      readonly ok: true;
      readonly format: FormatId;
      readonly incidents: readonly ImportedIncident[];
      /** Rows rejected outside any incident (e.g. an unreadable incident in `incidents.json`). */
      readonly rejected: readonly RejectedRow[];
    }
  | { readonly ok: false; readonly error: ImportError };

/** What an importer is: detection plus parsing. */
export interface Importer {
  readonly format: FormatId;
  /** Cheap sniff on the first bytes and the file name; the registry asks each in turn. */
  readonly detect: (head: string, fileName: string | null) => boolean;
  readonly parse: (raw: string, options: ImportOptions) => ImportResult;
}
