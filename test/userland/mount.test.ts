/**
 * mount(2) and umount2(2) (kernel-src/fs/namespace.c) against Linux: test/userland/c/
 * mount_case.c runs natively in a mount namespace of its own (`unshare -m`, as root),
 * built against glibc, against our libc, and by tcc-lite; then in our kernel. All must
 * print the same; in the emulator the kernel's console lines (tmpfs's "Bad mount
 * option", which Linux writes to its console too) come in between. And the mount, umount
 * and df commands in our shell, and /proc/self/mountinfo.
 */
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { boot, buildTree, type Built } from '../golden/harness.js';
import { firstDifferences, useGlibcCases, type Flavour } from './glibc-cases.js';
import { runProgram } from './run.js';

const cases = useGlibcCases('tcc-lite-mount-');
const canUnshare = spawnSync('unshare', ['-m', '--propagation', 'private', 'true']).status === 0;

async function runNatively(flavour: Flavour): Promise<string> {
  const exe = await cases.buildCase('mount_case', flavour);
  const r = runProgram('unshare', ['-m', '--propagation', 'private', exe], { env: { PATH: '/usr/bin:/bin', LC_ALL: 'C' } });
  expect({ flavour, status: r.status, stderr: r.stderr }).toEqual({ flavour, status: 0, stderr: '' });
  return r.stdout;
}

describe.skipIf(!canUnshare)('mount and umount2', () => {
  let glibc: string;
  let built: Built;
  beforeAll(async () => {
    glibc = await runNatively('glibc');
    built = await buildTree();
  }, 120_000);

  it('behave as Linux: our libc and tcc-lite natively print what glibc prints', async () => {
    for (const flavour of ['ours', 'tcc'] as const) {
      expect({ flavour, diffs: firstDifferences(await runNatively(flavour), glibc) }).toEqual({ flavour, diffs: [] });
    }
    expect(glibc).toContain('mounts after mounting tmpfs:\n  none BASE/m tmpfs rw,relatime,size=1024k,mode=750 0 0\n');
    expect(glibc).toContain('rmdir the mountpoint: Device or resource busy\n');
    expect(glibc).toContain('filling: 1044480 bytes, then No space left on device\n');
    expect(glibc).toContain('umount with the cwd inside: Device or resource busy\n');
    expect(glibc).toContain('create: Read-only file system\n');
    expect(glibc).toContain('remount smaller than in use: Invalid argument\n');
    expect(glibc).toContain('  second BASE/m tmpfs rw,noexec,noatime,mode=700 0 0\n');
    expect(glibc).toContain('  info: / BASE/m rw,noexec,noatime - tmpfs second rw,mode=700\n');
    expect(glibc).toContain('exec from noexec: Permission denied\n');
    expect(glibc).toContain('the open file reads "data"\nthe detached cwd: f\nm after:\n');
    expect(glibc).toContain('as uid 65534: mount Operation not permitted, umount Operation not permitted\n');
  });

  it('behave in our kernel as on Linux', async () => {
    const exe = await cases.buildCase('mount_case', 'tcc');
    const booted = await boot(built, { command: 'mount_case', files: [`/bin/mount_case=${exe}`] });
    const console = /^\[\s*\d+\.\d+\] .*\n/gm;
    expect(booted.output.match(console)?.map((l) => l.replace(/^\[[^\]]*\] /, ''))).toEqual([
      'tmpfs: Bad mount option bogus\n', 'tmpfs: Bad mount option size\n', 'tmpfs: Bad mount option bogus\n',
    ]);
    expect(firstDifferences(booted.output.replace(console, ''), glibc)).toEqual([]);
    expect(booted.exitCode).toBe(0);
  }, 120_000);

  it('mount, umount and df in our shell', async () => {
    const command = [
      'mkdir /tmp/m', 'mount -t tmpfs -o size=1m,noexec,mode=700 tmpfs /tmp/m', 'mount | tail -n 1', 'cat /proc/self/mountinfo', 'echo hi > /tmp/m/f',
      'df | tail -n 1', 'cd /tmp/m', 'umount /tmp/m', 'cd /', 'mount -o remount,ro /tmp/m', 'mount | tail -n 1',
      'touch /tmp/m/g', 'umount -l /tmp/m', 'ls /tmp/m', 'mount -t bogus x /tmp/m', 'echo status $?',
      // mount ids are the smallest free ones, /proc's (2) included once it is unmounted
      'umount /proc', 'mkdir /tmp/a /tmp/b', 'mount -t tmpfs a /tmp/a', 'mount -t tmpfs b /tmp/b', 'umount /tmp/a',
      'mount -t ramfs c /tmp/a', 'mount -t proc proc /proc', 'grep -v rootfs /proc/self/mountinfo',
    ].join('; ');
    const booted = await boot(built, { command });
    expect(booted.output).toBe([
      'tmpfs on /tmp/m type tmpfs (rw,noexec,relatime,size=1024k,mode=700)',
      '1 1 0:1 / / rw - rootfs rootfs rw',
      '2 1 0:1 / /proc rw,nosuid,nodev,noexec,relatime - proc proc rw',
      '3 1 0:16 / /tmp/m rw,noexec,relatime - tmpfs tmpfs rw,size=1024k,mode=700',
      'tmpfs               1024       4      1020   1% /tmp/m',
      'umount: /tmp/m: Device or resource busy',
      'tmpfs on /tmp/m type tmpfs (ro,relatime,size=1024k,mode=700)',
      "touch: cannot touch '/tmp/m/g': Read-only file system",
      'mount: /tmp/m: No such device',
      'status 32',
      '3 1 0:18 / /tmp/b rw,relatime - tmpfs b rw',
      '2 1 0:19 / /tmp/a rw,relatime - ramfs c rw',
      '4 1 0:1 / /proc rw,relatime - proc proc rw',
      '',
    ].join('\n'));
  }, 120_000);
});
