/**
 * The importers, keyed by format (Actual Budget's importer registry). JSON formats are
 * recognised on the parsed value (Gapline before Statuspage), text formats on the head.
 */
import type { FormatId, Importer } from './contract';
import { csvImporter } from './csv/csvImporter';
import { gaplineBackupImporter } from './gapline/gaplineBackupImporter';
import { gaplineImporter } from './gapline/gaplineImporter';
import type { JsonImporter } from './jsonImporter';
import { statuspageImporter } from './statuspage/statuspageImporter';

export const IMPORTERS: Readonly<Record<FormatId, Importer>> = {
  gapline: gaplineImporter,
  'gapline-backup': gaplineBackupImporter,
  statuspage: statuspageImporter,
  csv: csvImporter,
};

/** JSON formats, in the order they are asked. */
export const JSON_IMPORTERS: readonly JsonImporter[] = [
  gaplineImporter,
  gaplineBackupImporter,
  statuspageImporter,
];

/** Text (non-JSON) formats, in the order they are asked. */
export const TEXT_IMPORTERS: readonly Importer[] = [csvImporter];

/** What `unknown-format` says Gapline accepts. */
export const ACCEPTED_FORMATS =
  'Gapline reads Statuspage JSON (incidents.json or one incident), CSV/TSV with the columns timestamp, channel, author, kind and message, or a Gapline file or backup.';

export function importerFor(format: FormatId): Importer {
  return IMPORTERS[format];
}

/** The format whose cheap sniff accepts the head of a file, or null. */
export function detectFormat(head: string, fileName: string | null): FormatId | null {
  for (const importer of [...JSON_IMPORTERS, ...TEXT_IMPORTERS]) {
    if (importer.detect(head, fileName)) return importer.format;
  }
  return null;
}
