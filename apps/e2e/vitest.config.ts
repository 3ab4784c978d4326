import { defineConfig } from 'vitest/config';
import { LogsCheckLast } from './src/logs-check-last.ts';

// One server and one Chromium for the whole run (global setup), journeys one file at a time:
// they share the demo database, and a PGlite start plus a Vite build take tens of seconds on
// 2 cores under turbo (toolchain.md), hence the generous timeouts.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/global-setup.ts'],
    setupFiles: ['src/browser-per-file.ts'],
    fileParallelism: false,
    // The server-log check (src/zz-logs-clean.test.ts) runs after every journey.
    sequence: { sequencer: LogsCheckLast },
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    teardownTimeout: 60_000,
  },
});
