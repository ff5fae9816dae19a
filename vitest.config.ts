import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Two cores: whole-program tests are CPU-bound, more workers only thrash.
    maxWorkers: 2,
  },
});
