/**
 * User and group ids (kernel-src/kernel/sys.c, kernel/capability.c): the setuid family with
 * Linux's permission rules, the saved and file-system ids, /proc/self/status, fork and
 * execve, the privileges that follow uid 0, and kill's permission check; capget and capset
 * (capabilities_case). The cases print
 * what it observes: the same natively with glibc (as root), with our libc, and in the
 * emulator.
 */
import { describe, expect, it } from 'vitest';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from './glibc-cases.js';

const cases = useGlibcCases('tcc-lite-creds-');

describe('credentials', () => {
  it('setres*, setre*, set*id, setfs*id, seteuid, /proc/self/status, fork, execve, kill', async () => {
    const out = await cases.expectSameAsGlibc('creds_case');
    expect(out).toContain('now: uids 1000 2000 0, gids 100 200 300\n');
    expect(out).toContain('setfsuid(1000) answers 2000, setfsuid(4242) 1000, then 1000\n');
    expect(out).toContain('effective uid 2000: setuid(3000): EPERM, setresuid(-1, -1, 7): EPERM, setresuid(2000, 0, 1000): ok\n');
    expect(out).toContain('back to effective uid 0, root again: setuid(3000): ok\n');
    expect(out).toContain('uid 0 given up: setuid(0): EPERM, seteuid(0): EPERM, setresuid(-1, 0, -1): EPERM\n');
    expect(out).toContain('  /proc/self/status: Uid:\t3000\t3000\t3000\t3000 | Gid:\t100\t100\t300\t100\n');
    expect(out).toContain('setreuid(1000, 2000): ok\n  then: uids 1000 2000 2000, gids 0 0 0\n');
    expect(out).toContain('seteuid(1000): ok\n  then: uids 0 1000 0, gids 0 0 0\nsetegid(50): EPERM\n');
    expect(out).toContain('after execve: uids 1000 0 0, gids 10 20 20\n');
    expect(out).toContain("uid 3000: kill(root's process, 0): EPERM, kill(root's, SIGCONT): ok\n");
  });

  it('capget and capset: the sets, their versions, and capset\'s rules', async () => {
    const out = await cases.expectSameAsGlibc('capabilities_case');
    expect(out).toContain('unknown version: Invalid argument, version now 20080522\n');
    expect(out).toContain('drop CAP_SYS_CHROOT from effective: ok\n  chroot: Operation not permitted\n  take it back: ok\n  chroot: ok\n');
    expect(out).toContain('  now: effective all but 40100, permitted all but 40100, inheritable 0\n  take it back: Operation not permitted\n');
    expect(out).toContain('effective 1000, saved 0: effective 0, permitted all, inheritable 0\n');
  });

  itPrintsGlibcOutputInEmulator(cases, ['creds_case', 'capabilities_case']);
});
