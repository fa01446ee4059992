import 'fake-indexeddb/auto';
import 'vitest-canvas-mock';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy…/waitFor wait up to 5 s (not 1 s): a 2-core CI machine running test files in
// parallel can take over a second to parse an import in a worker.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});
