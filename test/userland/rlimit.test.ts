/**
 * Resource limits (kernel-src/kernel/sys.c do_prlimit, enforced where Linux enforces them):
 * getrlimit/setrlimit/prlimit and their errors, RLIMIT_NOFILE, RLIMIT_FSIZE, RLIMIT_AS,
 * RLIMIT_DATA, RLIMIT_NPROC, RLIMIT_CPU and RLIMIT_STACK (rlimit_stack_case), inheritance across fork and execve, and
 * raising a hard limit without CAP_SYS_RESOURCE. The cases print what they observe: the
 * same natively with glibc, with our libc, and in the emulator. (The native side runs as
 * root: the cases drop root themselves where it matters.)
 */
import { describe, expect, it } from 'vitest';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from './glibc-cases.js';

const cases = useGlibcCases('tcc-lite-rlimit-');

describe('resource limits', () => {
  it('are kept, inherited and enforced: descriptors, file size, address space, data, processes, privileges', async () => {
    const out = await cases.expectSameAsGlibc('rlimit_case');
    expect(out).toContain('RLIMIT_NOFILE: soft 16, hard 32\nsoft above hard: EINVAL\n');
    expect(out).toContain('  after execve: soft 5242880, hard 6291456\n');
    expect(out).toContain('RLIMIT_NOFILE 10: opens until EMFILE, the last descriptor 9\n');
    expect(out).toContain('dup: EMFILE, pipe: EMFILE, socket: EMFILE, socketpair: EMFILE\n');
    expect(out).toContain('dup2 to 10: EBADF, to 5: ok, F_DUPFD from 10: EINVAL, from 6 with 7 free: 7\n');
    expect(out).toContain('RLIMIT_FSIZE 1000: writes of 600: 600, 400, then EFBIG with SIGXFSZ 1\n');
    expect(out).toContain('ftruncate to 5000: EFBIG, SIGXFSZ 3; to 500: ok; to 1000: ok, SIGXFSZ 3\n');
    expect(out).toContain('without a handler: killed by signal 25\n');
    expect(out).toContain('  mmap 4 MiB: ok, 4 MiB more: ENOMEM, 1 MiB: ok\n  sbrk 4 MiB: ENOMEM\n');
    expect(out).toContain('  private writable 4 MiB: ok, 4 MiB more: ENOMEM\n  read-only 8 MiB: ok, shared writable 8 MiB: ok\n');
    expect(out).toContain('RLIMIT_NPROC 3, not root: two forks 1, the third: EAGAIN\n  with a zombie not yet reaped: EAGAIN\n  once it is reaped: ok\n');
    expect(out).toContain('setuid(40123): raise it: EPERM, lower it: ok, raise it back: EPERM, soft up to hard: ok\n');
  });

  it('RLIMIT_STACK bounds how far the main stack grows: SIGSEGV past it', async () => {
    const out = await cases.expectSameAsGlibc('rlimit_stack_case');
    expect(out).toBe([
      'limit 256 KiB, 30 levels of 4 KiB: exit 0', 'limit 256 KiB, 100 levels of 4 KiB: killed by SIGSEGV',
      'limit 1 MiB, 100 levels of 4 KiB: exit 0', 'limit 1 MiB, 400 levels of 4 KiB: killed by SIGSEGV',
      'limit 4 MiB, 600 levels of 4 KiB: exit 0', '',
    ].join('\n'));
  });

  itPrintsGlibcOutputInEmulator(cases, ['rlimit_case', 'rlimit_stack_case']);
});
