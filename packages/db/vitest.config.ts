import { defineConfig } from 'vitest/config';

// A fresh PGlite takes 3–5 s, over 10 s under turbo on 2 cores (toolchain.md): one snapshot per
// run (global setup) and generous hook timeouts.
export default defineConfig({
  test: {
    globalSetup: ['./src/testing-global-setup.ts'],
    hookTimeout: 60_000,
    testTimeout: 60_000,
  },
});
