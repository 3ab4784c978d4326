import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One migrated PGlite snapshot for the whole run (toolchain.md: a fresh PGlite costs seconds).
    globalSetup: ['../db/src/testing-global-setup.ts'],
    hookTimeout: 120_000,
    testTimeout: 120_000,
  },
});
