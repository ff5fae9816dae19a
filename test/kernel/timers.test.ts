/**
 * POSIX timers give back every object they take, however their process ends them: deleted,
 * left at exit, or left at execve (fixtures/timer_pages.c). How the timers behave is judged
 * against Linux in test/userland/posix-timers.test.ts. RLIMIT_CPU (fixtures/rlimit_cpu.c)
 * is judged here against a native run: it needs two seconds of guest CPU time, some 80 s
 * of emulation, more than the userland cases' boots allow.
 */
import { describe, expect, it } from 'vitest';
import { expectNoPagesLost, useKernelFixtures } from './fixtures.js';

describe('POSIX timers and RLIMIT_CPU in the kernel', () => {
  const fixtures = useKernelFixtures('tcc-lite-timers-');

  it('free every timer, whether deleted, left at exit or left at execve', async () => {
    await expectNoPagesLost(fixtures, 'timer_pages');
  }, 120_000);

  it('RLIMIT_CPU: SIGXCPU past the soft limit, which moves a second on, and SIGKILL at the hard one', async () => {
    const native = await fixtures.runNatively('rlimit_cpu');
    const booted = await fixtures.runFixture('rlimit_cpu');
    expect(native.stdout).toBe('SIGXCPU 1: the soft limit is now 2 s\nthen killed by signal 9\n');
    expect(booted.output).toBe(native.stdout);
    expect(booted.exitCode).toBe(0);
  }, 400_000);
});
