/**
 * POSIX timers (kernel-src/kernel/time/posix-timers.c and the libc's timer_*): signals
 * with SI_TIMER, si_value, si_timerid and si_overrun, one-shot and interval timers on the
 * real-time, monotonic, boot-time and CPU-time clocks, SIGEV_NONE, SIGEV_THREAD_ID and
 * glibc's SIGEV_THREAD, timer_settime's old value and absolute times, Linux's errors, and
 * timers per process (fork) and gone at execve. The cases print only comparisons: the same
 * natively with glibc, with our libc, and in the emulator.
 */
import { describe, expect, it } from 'vitest';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from './glibc-cases.js';

const cases = useGlibcCases('tcc-lite-posix-timers-');

describe('POSIX timers', () => {
  it('signal, one-shot and interval timers with overruns, settime and gettime, errors, fork and execve', async () => {
    const out = await cases.expectSameAsGlibc('posix_timers_case');
    expect(out).toContain('timer_create: 0, first id 0\n');
    expect(out).toContain('handler: signal 10, SI_TIMER, value 1234, si_timerid is the id 1, si_overrun 0\n');
    expect(out).toContain('default sigevent: signal 14, SI_TIMER, si_timerid is the id 1\n');
    expect(out).toContain('taken: SI_TIMER, value 7, si_overrun >= 5 1, timer_getoverrun the same 1\n');
    expect(out).toContain('only one was queued: still pending 0\nthe timer runs on: next signal 1, si_overrun < 5 1\n');
    expect(out).toContain('second: 0, old interval 1000 ms, old value in (9 s, 10 s] 1\n');
    expect(out).toContain('TIMER_ABSTIME on CLOCK_REALTIME: signal 1, not early 1\na time already past: signal 1\n');
    expect(out).toContain('on CLOCK_MONOTONIC_RAW: EOPNOTSUPP\n');
    expect(out).toContain('a deleted timer: settime EINVAL, gettime EINVAL, getoverrun EINVAL, delete EINVAL\n');
    expect(out).toContain("child: its parent's timer: EINVAL\nchild: its first timer's id is 0: 1\n");
    expect(out).toContain('after execve: timer 0 EINVAL, its signal pending 0\n');
  });

  it("SIGEV_NONE, SIGEV_THREAD_ID, SIGEV_THREAD, and timers on the process's and the thread's CPU-time clocks", async () => {
    const out = await cases.expectSameAsGlibc('posix_timers_notify_case');
    expect(out).toContain('after it expired: value 0, a signal pending 0\n');
    expect(out).toContain('an interval SIGEV_NONE timer keeps going: value in (0, 20 ms] 1\n');
    expect(out).toContain('the thread took it with SI_TIMER and the value 1, pending in the main thread 0\n');
    expect(out).toContain('3 calls: in other threads 1, with the value 1, interval 20 ms\ntimer_delete: 0, no calls after it 1\n');
    for (const clock of ['CLOCK_PROCESS_CPUTIME_ID', 'CLOCK_THREAD_CPUTIME_ID', 'clock_getcpuclockid(0)']) {
      expect(out).toContain(
        `${clock}: timer_create 0, not while asleep 1, fired when spinning 1, after the time was used 1\n  an interval of 10 ms: 3 signals 1\n`,
      );
    }
  });

  itPrintsGlibcOutputInEmulator(cases, ['posix_timers_case', 'posix_timers_notify_case']);
});
