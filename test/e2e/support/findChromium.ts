import { existsSync } from 'node:fs';

/** Chromium from `CHROME_PATH` or Debian's `/usr/bin/chromium`; a clear error otherwise. */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  throw new Error(
    'Chromium was not found (looked at $CHROME_PATH, /usr/bin/chromium). The browser tests drive ' +
      "the system Chromium: install it with 'sudo apt-get install chromium' (Debian/Ubuntu) " +
      'or set CHROME_PATH to a Chromium/Chrome binary.',
  );
}

/** Flags that keep Chromium quiet on a machine without a network (toolchain notes, trap 3). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
