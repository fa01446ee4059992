import { defineConfig } from 'vitest/config';

// Browser tests: Node drives Debian's Chromium through playwright-core against the built
// app served by `vite preview` (started in globalSetup).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/support/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
