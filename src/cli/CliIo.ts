import type { BytesResult, WriteResult } from './binaryFiles';
import type { ReadResult } from './readTextFile';

/** The world the `gapline` command runs in, passed in so tests run it in-process. */
export interface CliIo {
  readonly readFile: (path: string) => ReadResult;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly now: () => number;
  /** Writes a whole output file (`report -o OUT`). */
  readonly writeFile: (path: string, data: string | Uint8Array) => WriteResult;
  /** Reads a file's bytes (the PDF's fonts). */
  readonly readBytes: (path: string) => BytesResult;
  /** The package's `public/` directory, where the PDF's fonts are (`PDF_FONT_FILES`). */
  readonly assetsDir: string;
}
