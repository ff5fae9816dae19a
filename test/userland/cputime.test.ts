/**
 * CPU time and counts (kernel-src/kernel/sched/cputime.c): getrusage for the process, its reaped
 * children and one thread, wait4's rusage, times, clock, the CPU-time clocks and the times
 * in /proc/self/stat count time on the CPU, not time asleep; page faults and voluntary
 * switches are counted; and clock_nanosleep's
 * TIMER_ABSTIME. The case prints only comparisons, the same natively with glibc, with our
 * libc, and in the emulator (where the kernel measures the time at each task switch and
 * splits it as the timer interrupt's samples say, as Linux does).
 */
import { describe, expect, it } from 'vitest';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from './glibc-cases.js';

const cases = useGlibcCases('tcc-lite-cputime-');

describe('CPU time and absolute sleeps', () => {
  it('counts CPU time for the process, its threads and its reaped children, not time asleep', async () => {
    const out = await cases.expectSameAsGlibc('cputime_case');
    expect(out).toContain('after a busy loop: rusage > 0 1, clock() > 0 1, /proc/self/stat within a tick of it 1\n');
    expect(out).toContain('200 ms asleep costs under 50 ms of CPU: 1\n');
    expect(out).toContain("children's time before the wait: 0\nwait4's rusage of the child > 0: 1\nchildren's time after it: > 0 1\n");
    expect(out).toContain("a thread's CPU time counts in its process's: 1\n");
    expect(out).toContain('TIMER_ABSTIME on CLOCK_MONOTONIC: 0, woke after the deadline 1\na deadline in 1970: 0, at once 1\n');
    expect(out).toContain("on a thread's CPU clock: Invalid argument\n");
    expect(out).toContain('64 pages touched: at least 64 more minor faults 1\n10 sleeps: at least 10 more voluntary switches 1\n');
    expect(out).toContain("a reaped child's faults count in RUSAGE_CHILDREN 1\n");
  });

  itPrintsGlibcOutputInEmulator(cases, ['cputime_case']);
});
