/**
 * Path-name corners where our kernel once differed from Linux: rmdir of a working
 * directory (which then lives on, dead: rmdir_cwd_case, with the errors for ".", ".."
 * and "/"), and open(O_CREAT) through dangling symbolic links, which creates what they
 * name (o_creat_link_case), and the limit of 40 links followed in one lookup, nested or
 * one after another (symlink_limit_case), chroot (chroot_case), and trailing slashes
 * (trailing_slash_case). Each case (test/userland/c/NAME.c) must print natively what
 * glibc prints, and the same in the emulator, where our kernel does the work.
 */
import { describe, expect, it } from 'vitest';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from './glibc-cases.js';

const cases = useGlibcCases('tcc-lite-namei-');

describe('rmdir of a cwd, O_CREAT through symbolic links, chroot', () => {
  it('rmdir removes a working directory, which stays a dead one', async () => {
    const out = await cases.expectSameAsGlibc('rmdir_cwd_case');
    expect(out).toContain('rmdir .: Invalid argument\nrmdir ..: Directory not empty\n');
    expect(out).toContain('rmdir /: Device or resource busy\nrmdir /proc (a mount point): Device or resource busy\n');
    expect(out).toContain('rmdir of the cwd: ok\ngetcwd: No such file or directory\n');
    expect(out).toContain('  a directory 1, links 0\n/proc/self/cwd ends in "/sub (deleted)": 1\n');
    expect(out).toContain('create a file in it: No such file or directory\n');
    expect(out).toContain('getdents64 of it: No such file or directory\n');
    expect(out).toContain('  .. holds the file "kept": 1\n');
    expect(out).toContain("rmdir of the child's cwd: ok\nthe child's getcwd: No such file or directory\n");
  });

  it('open(O_CREAT) through a dangling link creates its target', async () => {
    const out = await cases.expectSameAsGlibc('o_creat_link_case');
    expect(out).toContain('create sub/rel: opened\n  sub/target: a file 644 "through a relative link"\n  target: No such file or directory\n');
    expect(out).toContain('  abs-target: a file 644 "through an absolute link"\n');
    expect(out).toContain('  end: a file 644 "through three links"\n');
    expect(out).toContain('create excl: File exists\n  excl-target: No such file or directory\n');
    expect(out).toContain('create nofollow: Too many levels of symbolic links\n');
    expect(out).toContain('create slash: Is a directory\n');
  });

  it('follows at most 40 symbolic links in one lookup, as Linux', async () => {
    const out = await cases.expectSameAsGlibc('symlink_limit_case');
    expect(out).toContain('chain of 40: stat ok, lstat ok, open ok\nchain of 41: stat ELOOP, lstat ok, open ELOOP\n');
    expect(out).toContain('40 links in a row: stat ok\n41 links in a row: stat ELOOP\n');
    expect(out).toContain('5 + 36 links: stat ELOOP\n5 + 35 links: stat ok\n');
  });

  it('chroot jails "/" and "..", but not the working directory or open directories', async () => {
    const out = await cases.expectSameAsGlibc('chroot_case');
    expect(out).toContain('chroot jail: ok\ncwd, left outside: getcwd(): No such file or directory\ncwd, left outside: (unreachable)BASE\n');
    expect(out).toContain('/outside: No such file or directory\noutside (through the old cwd): "outside the jail"\n');
    expect(out).toContain('chdir ../..: ok\ncwd after ../..: /\n../../outside: No such file or directory\n');
    expect(out).toContain("its /proc/PID/root is BASE/jail: 1\nours: /\na child's /etc/motd: \"inside the jail\"\n");
    expect(out).toContain('/motd: "inside the jail"\n/etc/motd: No such file or directory\n');
    expect(out).toContain('outside (an escape): "outside the jail"\n');
    expect(out).toContain('chroot as uid 65534: Operation not permitted\n');
  });

  it('a trailing slash asks for a directory', async () => {
    const out = await cases.expectSameAsGlibc('trailing_slash_case');
    expect(out).toContain('unlink file/: Not a directory\nrmdir file/: Not a directory\n');
    expect(out).toContain('unlink dir/: Is a directory\nrmdir dir/: ok\n');
    expect(out).toContain('unlink lf/: Not a directory\n');
    expect(out).toContain('rename file/ x: Not a directory\nrename file x/: Not a directory\n');
    expect(out).toContain('symlink file x/: No such file or directory\nmkdir y/: ok\nmknod z/: No such file or directory\n');
    expect(out).toContain('the file is still there: ok\n');
  });

  itPrintsGlibcOutputInEmulator(cases, ['rmdir_cwd_case', 'o_creat_link_case', 'symlink_limit_case', 'chroot_case', 'trailing_slash_case']);
});
