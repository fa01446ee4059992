// Types of firstLoadChunks.mjs, for the TypeScript tests that import it.

export interface HtmlEntries {
  /** `<script src>` files, as paths from the build's root (`assets/index-….js`). */
  readonly scripts: string[];
  /** `<link rel="modulepreload">` files. */
  readonly modulePreloads: string[];
  /** `<link rel="stylesheet">` files. */
  readonly stylesheets: string[];
}

export function htmlEntries(html: string): HtmlEntries;

export function staticImports(code: string): string[];

export function firstLoadChunks(html: string, readChunk: (path: string) => string): string[];
