import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The P2 harness test migrates and seeds a database (PGlite, and PostgreSQL when
    // KETNOI_TEST_PG_URL is set): a fresh PGlite alone takes seconds on 2 cores (toolchain.md).
    hookTimeout: 120_000,
    testTimeout: 120_000,
  },
});
