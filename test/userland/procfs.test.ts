/**
 * The proc file system: what a program reads of itself in /proc (self, stat, status,
 * maps, cmdline, fd/) and of the system (meminfo, uptime, version), small reads, lseek
 * and the errors of writing; when processes and threads started (proc_starttime_case).  The case must print natively what it prints on Linux,
 * and the same in the emulator, where our kernel's fs/proc/ makes the files.
 */
import { describe, expect, it } from 'vitest';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from './glibc-cases.js';

const cases = useGlibcCases('tcc-lite-procfs-');
const { expectSameAsGlibc } = cases;

describe('/proc', () => {
  it('a program sees its own pid, stat, status, maps, cmdline and descriptors', async () => {
    const out = await expectSameAsGlibc('proc_self_case');
    expect(out).toContain('self resolves to getpid(): yes\n');
    expect(out).toContain("stat: 52 fields, comm is the program's name: yes, state R, pid ok, ppid ok\n");
    expect(out).toContain('maps: text r-xp of /proc/self/exe: yes, [stack] rw-p: yes\n');
    expect(out).toContain('links agree with fstat: 0 yes, 1 yes, 2 yes, pipe yes yes\n');
  });

  it('stat gives when each process and thread started (field 22)', async () => {
    const out = await expectSameAsGlibc('proc_starttime_case');
    expect(out).toContain('starttime: not after now: 1, within 10 s of it: 1, not before the parent\'s: 1\n');
    expect(out).toContain('a child forked 300 ms later: starts 30 ticks later or more: 1, not after now: 1\n');
    expect(out).toContain('  after execve it is the same: 1\n  a zombie keeps it: 1\n');
    expect(out).toContain('a thread made 200 ms later: its own starttime 20 ticks later or more: 1\n');
  });

  itPrintsGlibcOutputInEmulator(cases, ['proc_self_case', 'proc_starttime_case']);
});
