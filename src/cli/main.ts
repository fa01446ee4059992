/**
 * Entry point of the bundled `gapline` command (`dist-cli/gapline.mjs`, built by
 * `scripts/build-cli.mjs`). Wires the real files, streams and clock to `runCli`; anything
 * unexpected becomes one line on stderr, never a stack trace.
 */
import { fileURLToPath } from 'node:url';
import { readBytesFile, writeOutputFile } from './binaryFiles';
import { readTextFile } from './readTextFile';
import { runCli } from './runCli';

const EXIT_INTERNAL = 70;

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (`gapline analyze … | head`) is not a failure of the command.
  process.exit(error.code === 'EPIPE' ? 0 : EXIT_INTERNAL);
});

const internalError = (error: unknown): void => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`gapline: internal error: ${message.split('\n')[0] ?? ''}\n`);
  process.exitCode = EXIT_INTERNAL;
};

try {
  const status = runCli(process.argv.slice(2), {
    readFile: readTextFile,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    now: () => Date.now(),
    writeFile: writeOutputFile,
    readBytes: readBytesFile,
    // The bundle is dist-cli/gapline.mjs: the package's public/ is beside dist-cli/.
    assetsDir: fileURLToPath(new URL('../public/', import.meta.url)),
  });
  if (typeof status === 'number') process.exitCode = status;
  else status.then((code) => (process.exitCode = code), internalError);
} catch (error) {
  internalError(error);
}
