/**
 * Path names give back what they take: fixtures/namei_pages.c removes working
 * directories under their processes (which keep their parents for ".."), renames
 * directories and creates files through symbolic links, many times over, and compares
 * the free memory before and after (sysinfo). What the calls return is judged against
 * Linux in test/userland/namei.test.ts.
 */
import { describe, it } from 'vitest';
import { expectNoPagesLost, useKernelFixtures } from './fixtures.js';

describe('path names in the kernel', () => {
  const fixtures = useKernelFixtures('tcc-lite-namei-');

  it('removed working directories and O_CREAT through links leak no pages', async () => {
    await expectNoPagesLost(fixtures, 'namei_pages');
  }, 120_000);
});
