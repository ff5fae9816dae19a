/**
 * The kernel's memory mappings give back every page they take: fixtures/mm_pages.c
 * maps, shares across fork, protects, moves, truncates and unmaps memory of every kind
 * in a child and compares the free memory before and after (sysinfo); fixtures/futex_keys.c
 * does the same with waiters on shared futexes, whose keys hold the files they sleep on
 * (and its futex results must be Linux's).
 * How the mappings behave is judged against Linux in test/userland/mman.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { expectNoPagesLost, useKernelFixtures, withoutPageCount } from './fixtures.js';

describe('memory mappings in the kernel', () => {
  const fixtures = useKernelFixtures('tcc-lite-mm-');

  it('free every page they took: shared, private, file, protected, moved, truncated', async () => {
    await expectNoPagesLost(fixtures, 'mm_pages');
  }, 120_000);

  it('free the files that shared futex keys hold, however their waiters leave', async () => {
    const native = await fixtures.runNatively('futex_keys');
    const booted = await fixtures.runFixture('futex_keys');
    expect(withoutPageCount(booted.output)).toBe(withoutPageCount(native.stdout));
    expect(native.stdout).toContain('woken through a read-only private mapping: 1\n');
    expect(native.stdout).toContain('woken through a writable private mapping: 0\n');
    expect(booted.output).toContain('pages not given back: 0\n');
    expect(booted.exitCode).toBe(0);
  }, 120_000);
});
