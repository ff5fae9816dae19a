/**
 * CPU time and counts (kernel-src/kernel/sched/cputime.c): getrusage for the process, its reaped
 * children and one thread, wait4's rusage, times, clock, the CPU-time clocks and the times
 * in /proc/self/stat count time on the CPU, not time asleep; page faults and voluntary
 * switches are counted; clock_nanosleep takes TIMER_ABSTIME; other threads' and processes'
 * CPU-time clocks (kernel/time/posix-cpu-timers.c) are read and slept on; and the peak
 * resident set getrusage and /proc/self/status report is kept as Linux keeps it
 * (maxrss_case). The cases print only comparisons, the same natively with glibc, with our
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

  it('keeps the peak resident set (ru_maxrss, VmHWM, VmPeak) through munmap, wait and execve', async () => {
    const out = await cases.expectSameAsGlibc('maxrss_case');
    expect(out).toContain('16 MiB touched: VmHWM up by 16 MiB: 1, ru_maxrss >= VmHWM: 1, VmPeak up by 16 MiB: 1\n');
    expect(out).toContain('VmHWM kept: 1, VmPeak kept: 1, ru_maxrss kept: 1\n');
    expect(out).toContain("wait4's ru_maxrss >= 31 MiB: 1, RUSAGE_CHILDREN's: 1\n");
    expect(out).toContain('after execve: ru_maxrss >= the peak before it: 1, VmHWM below it: 1\n');
    expect(out).toContain('5 sleeps: voluntary_ctxt_switches >= 5: 1');
  });

  it("reads and sleeps on other threads' and processes' CPU-time clocks, with Linux's errors", async () => {
    const out = await cases.expectSameAsGlibc('cpu_clocks_case');
    expect(out).toContain("another thread's clock: 0, reads at least what it read itself 1, and it waits: under 50 ms more 1\n");
    expect(out).toContain('clock_getres on it: 0, 1 ns\n');
    expect(out).toContain("clock_getcpuclockid of a thread's tid: No such process; from that thread itself: No such process\n");
    expect(out).toContain('once it has ended: pthread_getcpuclockid No such process, its clock Invalid argument\n');
    expect(out).toContain('clock_getcpuclockid(0) is CLOCK_PROCESS_CPUTIME_ID: 1\nclock_getcpuclockid(getpid()): 0, so is it 1\n');
    expect(out).toContain("  in the child: its parent's thread clock Invalid argument\n");
    expect(out).toContain("a child's clock: 0, reads at least what it read itself 1\na zombie child's clock still reads: 1\n");
    expect(out).toContain('reaped: clock_getcpuclockid No such process, its old clock Invalid argument\n');
    expect(out).toContain('5 ms on the process clock: 0, it moved that much 1\n');
    expect(out).toContain("until a time on clock_getcpuclockid(0)'s clock: 0, reached 1\na time already passed: 0\n");
    expect(out).toContain("until a time on another thread's clock: 0, reached 1\non my own thread's clock: Invalid argument\n");
  });

  itPrintsGlibcOutputInEmulator(cases, ['cputime_case', 'maxrss_case', 'cpu_clocks_case']);
});
