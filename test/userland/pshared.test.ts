/**
 * Process-shared synchronization, the OS-course exercises: pthread objects and
 * semaphores with PTHREAD_PROCESS_SHARED in memory that a parent and its children
 * share (MAP_SHARED | MAP_ANONYMOUS, or a shm_open object a child maps at another
 * address), and named semaphores.  In each exchange one process really sleeps in the
 * kernel until another wakes it, which works only when the kernel keys shared futexes
 * by the page they lie in (kernel/futex.c) and the libc leaves FUTEX_PRIVATE_FLAG out
 * for shared objects.  Each case (test/userland/c/NAME.c) must print natively what
 * glibc prints, and the same in the emulator.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from './glibc-cases.js';

const cases = useGlibcCases('tcc-lite-pshared-');
const { expectSameAsGlibc } = cases;

describe('process-shared synchronization', () => {
  it('mutex, condition variable, semaphores, barrier and rwlock shared by parent and children', async () => {
    const out = await expectSameAsGlibc('pshared_sync_case');
    expect(out).toContain('counter after 3000 adds in each process: 6000\n');
    expect(out).toContain('turns taken: counter 15, turn 1\n');
    expect(out).toContain('ping-pong record: 1212121212, ping value 0\n');
    expect(out).toContain('round 4: 1 serial, 3 of 3 saw everyone arrive\n');
    expect(out).toContain('reader 4 saw 402\n');
  }, 60_000);

  it('shm_open and sem_open: objects opened by name in two processes, O_EXCL, unlink, bad names', async () => {
    const out = await expectSameAsGlibc('pshared_named_case');
    expect(out).toContain('counter after 2000 adds in each process: 4000; child mapped elsewhere: 1\n');
    expect(out).toContain('ping-pong record: pcpcpcpc\n');
    expect(out).toContain('same name, same sem_t: 1\n');
    expect(out).toContain('O_CREAT|O_EXCL on an existing name: File exists\n');
    expect(out).toContain('sem_open after unlink: No such file or directory\n');
  }, 60_000);

  it('-lrt and -lpthread still link: glibc 2.34+ and our libc keep these functions in libc', async () => {
    const work = mkdtempSync(join(tmpdir(), 'tcc-lite-pshared-l-'));
    try {
      const exe = join(work, 'named');
      await cc(['-w', '-o', exe, join(import.meta.dirname, 'c', 'pshared_named_case.c'), '-lrt', '-lpthread']);
      const ours = cases.runCase(exe);
      const glibc = cases.runCase(await cases.buildCase('pshared_named_case', 'glibc'));
      expect(ours.stdout).toBe(glibc.stdout);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 60_000);

  itPrintsGlibcOutputInEmulator(cases, ['pshared_sync_case', 'pshared_named_case']);
});
