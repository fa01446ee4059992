// Code the home page must not load at first load, and strings that tell it apart in a
// built chunk (checked against a real build: each marker is in the lazy chunk that holds
// the library, and in no chunk of the home page). Shared by lib/bundleFigures.mjs and
// test/unit/build/firstLoadChunks.test.ts, which also checks that each marker is found in
// some chunk, so a marker that stopped matching fails the test instead of passing it.

export const LAZY_CODE = [
  {
    name: 'jspdf',
    // jspdf's own error texts and its AcroForm plugin (property names survive minifying).
    markers: ['(jsPDF-module)', 'acroformPlugin'],
  },
  {
    name: 'papaparse',
    // Papa.BAD_DELIMITERS, and the key papaparse gives a row's extra fields.
    markers: ['BAD_DELIMITERS', '__parsed_extra'],
  },
  {
    name: 'import worker',
    // The worker's built file name, which the code that starts it refers to
    // (`new Worker(new URL("/assets/importWorker-….js", import.meta.url))`).
    markers: ['importWorker-'],
  },
];

/** The names in `LAZY_CODE` whose markers appear in `code`. */
export function lazyCodeIn(code) {
  return LAZY_CODE.filter((lazy) => lazy.markers.some((m) => code.includes(m))).map(
    (lazy) => lazy.name,
  );
}
