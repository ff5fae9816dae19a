import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Two cores: whole-program tests are CPU-bound, more workers only thrash.
    maxWorkers: 2,
    // No warm compile servers (cli/server/) behind the tests' bin/tcc-lite commands: a
    // test must see the command it traces run, and leave no process behind. The server's
    // own tests turn it on in private directories.
    env: { TCC_LITE_SERVER: '0' },
  },
});
