/**
 * The futex operations beyond WAIT and WAKE (kernel/futex.c), and robust mutexes: a
 * lock whose owner — a thread or a whole process — dies holding it is handed to the
 * next locker with EOWNERDEAD (the kernel's robust-list walk at exit, the libc's
 * pthread_mutex_consistent). Each case (test/userland/c/NAME.c) must print natively
 * what glibc prints on Linux, and the same in the emulator.
 */
import { describe, expect, it } from 'vitest';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from './glibc-cases.js';

const cases = useGlibcCases('tcc-lite-futex-');
const { expectSameAsGlibc } = cases;

describe('futex operations and robust mutexes', () => {
  it('CMP_REQUEUE, REQUEUE, WAKE_OP and the bitset operations, called through syscall()', async () => {
    const out = await expectSameAsGlibc('futex_ops_case');
    expect(out).toContain('CMP_REQUEUE with a stale value: EAGAIN\n');
    expect(out).toContain('woken at once: 0; waiting on cond 0, on mutex 2\n');
    expect(out).toContain('wake order: 012, results 0 0 0\n');
    expect(out).toContain('WAKE_OP b = 7 if old == 1: 1\n');
    expect(out).toContain('unknown comparison 6: ENOSYS, b = 9\n');
    expect(out).toContain('WAKE_BITSET 8: 0\n');
    expect(out).toContain('shared: WAKE on the second word: 1\n');
  }, 60_000);

  it('a process dies holding a shared robust mutex: EOWNERDEAD, consistent or ENOTRECOVERABLE', async () => {
    const out = await expectSameAsGlibc('robust_process_case');
    expect(out).toContain('owner exited: lock EOWNERDEAD\nconsistent: 0\n');
    expect(out).toContain('unlock without consistent: 0\nlock: ENOTRECOVERABLE\n');
    expect(out).toContain('owner ran exec: trylock EOWNERDEAD\n');
    expect(out).toContain('lock while the holder lives on: EOWNERDEAD\n');
    expect(out).toContain('stalled mutex, owner exited: trylock EBUSY\n');
  }, 60_000);

  it('a thread ends holding private robust mutexes: the next locker, even one asleep, gets EOWNERDEAD', async () => {
    const out = await expectSameAsGlibc('robust_thread_case');
    expect(out).toContain('asleep on a when its owner ended: EOWNERDEAD\n');
    expect(out).toContain('trylock b (unlocked before the end): 0\n');
    expect(out).toContain('trylock c (held at the end): EOWNERDEAD\n');
  }, 60_000);

  itPrintsGlibcOutputInEmulator(cases, ['futex_ops_case', 'robust_process_case', 'robust_thread_case']);
});
