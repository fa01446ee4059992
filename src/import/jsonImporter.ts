/**
 * An importer of a JSON format. Beside the contract's text entry point it reads an
 * already parsed value, so `importFile` parses a file once and asks each JSON format
 * whether the value is its own.
 */
import type { ImportOptions, ImportResult, Importer } from './contract';

export interface JsonImporter extends Importer {
  /** Whether the parsed value is of this format (exact, unlike the cheap `detect`). */
  readonly detectValue: (value: unknown) => boolean;
  readonly parseValue: (value: unknown, options: ImportOptions) => ImportResult;
}
