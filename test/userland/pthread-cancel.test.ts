/**
 * Thread cancellation (userland/libc/src/pthread_cancel.c): pthread_cancel, the
 * cancellation points, cleanup handlers and cancellation state and type, with the
 * library kept usable afterwards (a cancelled pthread_cond_wait holds the mutex again, a
 * thread cancelled inside stdio lets go of its stream), and per-stream locks (a thread
 * blocked reading one stream holds up no other); pthread_atfork (fork.c), the GNU
 * joins that do not wait forever and timed read-write locks; system() cancelled in its wait
 * kills and reaps its shell. The cases print natively what glibc
 * prints, built by gcc against our libc and by tcc-lite, and the same in the emulator,
 * where the kernel's signal delivery and system call restart decide where a thread stops.
 */
import { describe, expect, it } from 'vitest';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from './glibc-cases.js';

const cases = useGlibcCases('tcc-lite-pthread-cancel-');

describe('pthread cancellation, fork handlers, GNU joins', () => {
  it('cancels threads asleep at cancellation points, runs their cleanup, keeps the library usable', async () => {
    const out = await cases.expectSameAsGlibc('pthread_cancel_case');
    expect(out).toContain('printf while another thread waits in fgets: ok\nthen fgets returned "a line"\n');
    expect(out).toContain('blocked in read: join 0, PTHREAD_CANCELED\n  cleanup: inner\n  cleanup: outer\n');
    expect(out).toContain('blocked in pthread_cond_wait: join 0, PTHREAD_CANCELED\n  cleanup: unlock ok (held again)\nmutex free afterwards: yes\n');
    expect(out).toContain('semaphore after a post: 1, wait 0\n');
    expect(out).toContain('  still running after the request\ncancellation disabled: join 0, PTHREAD_CANCELED\n  enabled again, old state DISABLE\n');
    expect(out).toContain('asynchronous, busy loop: join 0, PTHREAD_CANCELED\n  cleanup: async\n');
    expect(out).toContain('  key destructor: worker\'s value\n');
    expect(out).toContain("the stream's lock was let go: yes\n");
    expect(out).toContain('every signal blocked, blocked in read: join 0, PTHREAD_CANCELED\n');
    expect(out).toContain('waiting for a write lock: join 0, PTHREAD_CANCELED\n  got the write lock\nthe lock is free: trywrlock 0\n');
    expect(out).toContain('blocked in waitpid: join 0, PTHREAD_CANCELED\n  cleanup: waitpid\nchild reaped afterwards: killed by 15\n');
    expect(out).toContain('cancel of an ended thread: 0\nended thread: join 0, returned\n');
    expect(out).toContain('sigaction(32): -1 Invalid argument\nsigaddset(32): -1 Invalid argument\nsigfillset has 31 1, 32 0, 33 0, 34 1\n');
  });

  it('runs pthread_atfork handlers around fork only, joins and takes read-write locks without waiting forever', async () => {
    const out = await cases.expectSameAsGlibc('pthread_extras_case');
    expect(out).toContain('in the child: prepare-B prepare-A child-A child-B \nin the parent: prepare-B prepare-A parent-A parent-B \n');
    expect(out).toContain('handlers run by system and popen: ""\n');
    expect(out).toContain('tryjoin while it runs: Device or resource busy\ntimedjoin, 50 ms: Connection timed out\n');
    expect(out).toContain('timedjoin after it ends: 0, "the worker\'s result"\ntryjoin once it ended: "second"\n');
    expect(out).toContain('timedrdlock while written: Connection timed out\ntimedwrlock while written: Connection timed out\n');
    expect(out).toContain('timedwrlock while read: Connection timed out\nthe reader it kept out: 0\nfree again: trywrlock 0\n');
    expect(out).toContain('setaffinity_np {0}: 0\ngetaffinity_np: 0, CPU 0 1, count 1\nsetaffinity_np {}: Invalid argument\n');
    expect(out).toContain('getname_np self: main-thread\na new thread starts with its creator\'s name: main-thread\n');
    expect(out).toContain('getname_np another: worker-1\n16 characters: Numerical result out of range\na buffer of 15: Numerical result out of range\n');
  });

  it('kills and reaps the shell of a system() whose thread is cancelled, as glibc', async () => {
    const out = await cases.expectSameAsGlibc('system_cancel_case');
    expect(out).toContain('the shell started: 1\ncancel: 0\njoin: 0, cancelled 1, system returned 0\n');
    expect(out).toContain('the shell is gone (killed and reaped): kill(pid, 0) No such process\n');
    expect(out).toContain('no child left to wait for: No child processes\n');
  });

  itPrintsGlibcOutputInEmulator(cases, ['pthread_cancel_case', 'pthread_extras_case', 'system_cancel_case']);
});
