// Which JavaScript a built page loads at first load, read from its HTML and its chunks
// (no browser): the page's <script src>, its <link rel="modulepreload">, and every chunk
// those reach through static imports (`import … from "./x.js"`, `import "./x.js"`,
// `export … from "./x.js"`), but not through dynamic `import()`, which loads later. Shared
// by the bench (lib/bundleFigures.mjs) and the test that keeps jspdf and papaparse lazy
// (test/unit/build/firstLoadChunks.test.ts). Paths are relative to the build's root
// (`assets/index-….js`).
import { posix } from 'node:path';

/** The attributes of each `<tag …>` in `html`, lower-cased names. */
function tags(html, tag) {
  const found = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    const attributes = {};
    const body = m[1] ?? '';
    for (const a of body.matchAll(
      /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g,
    )) {
      attributes[(a[1] ?? '').toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    }
    found.push(attributes);
  }
  return found;
}

/** A same-origin URL of the page (`/assets/x.js`, `./assets/x.js`) as a path from the root. */
function localPath(url) {
  if (/^(?:[a-z][a-z\d+.-]*:)?\/\//i.test(url) || url.startsWith('data:')) return null;
  const path = posix.normalize(url.split(/[?#]/)[0] ?? '').replace(/^(?:\.?\/)+/, '');
  return path === '' || path.startsWith('../') ? null : path;
}

const relList = (attributes) => (attributes.rel ?? '').toLowerCase().split(/\s+/);

/** What the HTML loads at once: scripts (`<script src>` and module preloads) and stylesheets. */
export function htmlEntries(html) {
  const scripts = tags(html, 'script')
    .map((a) => a.src)
    .filter((src) => src !== undefined && src !== '');
  const links = tags(html, 'link');
  const hrefs = (rel) =>
    links.filter((a) => relList(a).includes(rel) && a.href).map((a) => a.href ?? '');
  const local = (urls) => urls.map(localPath).filter((p) => p !== null);
  return {
    scripts: local(scripts),
    modulePreloads: local(hrefs('modulepreload')),
    stylesheets: local(hrefs('stylesheet')),
  };
}

const QUOTE = '["\'`]';
const STATIC_IMPORT = new RegExp(
  `(?:\\bfrom|\\bimport)\\s*${QUOTE}(\\.{1,2}/[^"'\`\\s]+?\\.m?js)${QUOTE}`,
  'g',
);

/**
 * The relative specifiers a built chunk imports statically. Minified chunks write
 * `import{a as b}from"./x.js"` and `import"./x.js"`; `import("./x.js")` (dynamic) has a
 * parenthesis between `import` and the string, so it does not match.
 */
export function staticImports(code) {
  return [...new Set([...code.matchAll(STATIC_IMPORT)].map((m) => m[1] ?? ''))];
}

/**
 * The JavaScript files the page `html` loads at first load, in the order found: the
 * scripts and module preloads of the HTML, then what they import statically, transitively.
 * `readChunk(path)` returns a chunk's code (path from the build's root).
 */
export function firstLoadChunks(html, readChunk) {
  const { scripts, modulePreloads } = htmlEntries(html);
  const seen = new Set();
  const queue = [...scripts, ...modulePreloads];
  while (queue.length > 0) {
    const path = queue.shift() ?? '';
    if (seen.has(path)) continue;
    seen.add(path);
    for (const specifier of staticImports(readChunk(path))) {
      queue.push(posix.normalize(posix.join(posix.dirname(path), specifier)));
    }
  }
  return [...seen];
}
