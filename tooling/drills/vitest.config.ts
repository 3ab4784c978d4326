import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // A drill migrates and seeds the demo set on PostgreSQL, dumps and restores it: tens of
    // seconds on 2 cores under turbo (toolchain.md).
    testTimeout: 240_000,
    hookTimeout: 60_000,
  },
});
