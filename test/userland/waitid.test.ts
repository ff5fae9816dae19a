/**
 * waitid (kernel-src/kernel/exit.c), getcpu and personality (kernel/exec_domain.c): the
 * case prints what it observes, the same natively with glibc, with our libc, and in the
 * emulator.
 */
import { describe, expect, it } from 'vitest';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from './glibc-cases.js';

const cases = useGlibcCases('tcc-lite-waitid-');

describe('waitid, getcpu, personality', () => {
  it('waitid: P_PID, P_PGID, P_ALL, WNOWAIT, WNOHANG, CLD_EXITED and CLD_KILLED, errors; getcpu; personality', async () => {
    const out = await cases.expectSameAsGlibc('waitid_case');
    expect(out).toContain('no WEXITED, WSTOPPED or WCONTINUED: EINVAL, idtype 9: EINVAL, P_PID 0: EINVAL, option 0x100: EINVAL\n');
    expect(out).toContain('exit(7), WNOWAIT: 0, signal 17, CLD_EXITED, status 7, si_pid is the child 1, si_uid 0\n');
    expect(out).toContain('  then waitpid: ECHILD\n');
    expect(out).toContain('SIGTERM as uid 40123: 0, signal 17, CLD_KILLED, status 15, si_pid is the child 1, si_uid 40123\n');
    expect(out).toContain('WNOHANG while it runs: 0, signal 0, 0, status 0, si_pid is the child 1, si_uid 0\n');
    expect(out).toContain("P_PGID of a child's own group: 0, signal 17, CLD_EXITED, status 3");
    expect(out).toContain('getcpu: 0, a CPU 1, a node 1; sched_getcpu >= 0: 1; to a bad address: EFAULT\n');
    expect(out).toContain('PER_LINUX32: uname says i686\nPER_LINUX: uname says x86_64\n');
    expect(out).toContain('  a child has 0x440000\n  after execve: 0x40000\n');
  });

  itPrintsGlibcOutputInEmulator(cases, ['waitid_case']);
});
