import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['../../packages/db/src/testing-global-setup.ts'],
    hookTimeout: 120_000,
    testTimeout: 120_000,
  },
});
