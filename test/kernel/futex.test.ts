/**
 * Robust futexes and requeued waiters give back what they hold: fixtures/robust_deaths.c
 * lets threads and processes die holding robust mutexes while others sleep on them,
 * requeues shared waiters to another file's futex and ends them there in every way,
 * and dies with circular, dangling and too-long robust lists; the free memory before
 * and after must be the same (a futex key keeps its file's pages). What it observes
 * must be what Linux shows. The libc side is judged in test/userland/futex.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { useKernelFixtures, withoutPageCount } from './fixtures.js';

describe('robust futexes in the kernel', () => {
  const fixtures = useKernelFixtures('tcc-lite-robust-');

  it('leak no pages or files when owners and waiters die, and walk bad lists safely', async () => {
    const native = await fixtures.runNatively('robust_deaths');
    const booted = await fixtures.runFixture('robust_deaths');
    expect(withoutPageCount(booted.output)).toBe(withoutPageCount(native.stdout));
    expect(native.stdout).toContain('lock after the holding thread ended: 130\n');
    expect(native.stdout).toContain('circular list: word marked: 1\n');
    expect(native.stdout).toContain('killed waiter: -9\n');
    expect(booted.output).toContain('pages not given back: 0\n');
    expect(booted.exitCode).toBe(0);
  }, 120_000);
});
