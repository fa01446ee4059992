/**
 * The one zod entry point of the project. zod probes `new Function("")` once, which a
 * strict CSP reports as a violation (../shared/notes/toolchain.md, trap 11), so the
 * jitless mode is switched on here, before any schema is defined. Every schema imports
 * `z` from this module, never from `zod` directly, so the setting always comes first
 * (in the app, the CLI and the import worker alike). `zod/mini` keeps the bundle small.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
