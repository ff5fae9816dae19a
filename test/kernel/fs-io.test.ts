/**
 * File I/O beyond read and write gives back what it takes: fixtures/fs_io_pages.c runs
 * vectored I/O, sendfile, splice, tee, vmsplice and copy_file_range (between files,
 * pipes, a child draining a pipe and sockets, failures included) and fallocate (holes
 * punched, mapped and not) many times over and compares the free memory before and
 * after (sysinfo). What the calls return is judged against Linux in
 * test/userland/fs-calls.test.ts; fixtures/fs_linux47.c checks what a native run cannot:
 * statfs of our own file systems, and Linux 4.7's answers where the host's kernel differs.
 */
import { describe, expect, it } from 'vitest';
import { expectNoPagesLost, useKernelFixtures } from './fixtures.js';

describe('file-system calls in the kernel', () => {
  const fixtures = useKernelFixtures('tcc-lite-fs-io-');

  it('sendfile, splice, tee, vmsplice, copy_file_range, fallocate, memfds, mlock leak no pages', async () => {
    await expectNoPagesLost(fixtures, 'fs_io_pages');
  }, 120_000);

  it('mounts (tmpfs filled, detached while busy, full, stacked; ramfs; proc) leak no pages', async () => {
    await expectNoPagesLost(fixtures, 'mount_pages');
  }, 120_000);

  it("statfs of our file systems, and Linux 4.7's answers where newer kernels differ", async () => {
    const booted = await fixtures.runFixture('fs_linux47');
    expect(booted.output).toBe(
      [
        '/: f_type 0x1021994, f_flags 0x20, f_files 0',
        '  its blocks are most of RAM: 1',
        '  free blocks are free RAM: 1, available = free: 1',
        '  a 1 MiB file takes 256 of them: 1',
        '  and gives them back: 1',
        '/proc: f_flags 0x102e',
        'a message queue: f_type 0x19800202',
        'fallocate FALLOC_FL_ZERO_RANGE: -1 Operation not supported',
        'fallocate COLLAPSE_RANGE | KEEP_SIZE: -1 Invalid argument',
        'fallocate INSERT_RANGE alone: -1 Operation not supported',
        'sync_file_range on a closed descriptor, flag 8: -1 Invalid argument',
        'copy_file_range from offset -1: -1 Invalid argument',
        'copy_file_range from /proc to /tmp: -1 Invalid cross-device link',
        'sendfile from a pipe: -1 Invalid argument',
        'F_GET_SEALS of a file on tmpfs: 1',
        'mmap shared read-only of a write-sealed memfd: Operation not permitted',
        'the name fexecve gives: 7',
        '',
      ].join('\n'),
    );
    expect(booted.exitCode).toBe(0);
  }, 120_000);

  it('df shows the root file system with its blocks, and /proc only with -a', async () => {
    const booted = await fixtures.boot({ command: 'df; df -a' });
    const lines = booted.output.split('\n');
    const header = 'Filesystem     1K-blocks    Used Available Use% Mounted on';
    const root = /^rootfs +(\d+) +(\d+) +(\d+) +(\d+)% \/$/;
    expect(lines[0]).toBe(header);
    const [, total, used, avail] = root.exec(lines[1])!.map(Number);
    expect(used + avail).toBe(total);
    expect(lines[2]).toBe(header);
    expect(lines[3]).toMatch(root);
    expect(lines[4]).toBe('proc                   0       0         0    - /proc');
    expect(booted.exitCode).toBe(0);
  }, 120_000);
});
