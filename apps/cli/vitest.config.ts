import { defineConfig } from 'vitest/config';

// The database commands run on real test databases: one migrated PGlite snapshot per run
// (global setup) and generous timeouts, a fresh PGlite costing seconds on 2 cores (toolchain.md).
export default defineConfig({
  test: {
    globalSetup: ['../../packages/db/src/testing-global-setup.ts'],
    hookTimeout: 120_000,
    testTimeout: 120_000,
  },
});
