/**
 * File-system calls our kernel once answered with ENOSYS: vectored and positioned I/O
 * (preadv, pwritev and their v2 forms), the calls that move data inside the kernel
 * (sendfile, splice, tee, vmsplice, copy_file_range) and file-space and caching hints
 * (fallocate, fadvise64, readahead, sync_file_range, syncfs), statfs/fstatfs with the
 * libc's statvfs/fstatvfs, renameat2, execveat (and fexecve), memfd_create with seals,
 * and memory: the mlock family, mincore, remap_file_pages. Each case (test/userland/c/NAME.c)
 * must print natively what glibc prints on Linux, and the same in the emulator, where
 * our kernel does the work. Page accounting: test/kernel/fs-io.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from './glibc-cases.js';

const cases = useGlibcCases('tcc-lite-fs-calls-');

describe('file-system and memory calls', () => {
  it('preadv/pwritev and the v2 calls: offsets, -1 as the position, pipes, errors', async () => {
    const out = await cases.expectSameAsGlibc('vectored_io_case');
    expect(out).toContain('pwritev of 3+0+5 bytes at 5: 8\n  file ".....abcdefgh" (13 bytes), position 0\n');
    expect(out).toContain('preadv2 at -1: 3\n  read ".ab" (3 bytes), position 7\n');
    expect(out).toContain('preadv2 on a pipe at 0: -1 Illegal seek\npreadv2 on a pipe at -1: 10\n');
    expect(out).toContain('preadv2 with an unknown flag: -1 Operation not supported\n');
    expect(out).toContain('preadv of 1025 vectors: -1 Invalid argument\n');
  });

  it('sendfile, splice, tee, vmsplice and copy_file_range', async () => {
    const out = await cases.expectSameAsGlibc('splice_case');
    expect(out).toContain('sendfile 100 from offset 12: 8\n  offset now 20, in\'s position still 8\n');
    expect(out).toContain('the child read 10000 bytes, the last \'j\'\nsendfile 10000 bytes into a pipe: 10000\n');
    expect(out).toContain('splice 2 of them to offset 10: 2\n  offset now 12\n  out: "34567.....01", position 5\n');
    expect(out).toContain('splice file to file: -1 Invalid argument\n');
    expect(out).toContain('splice socket to pipe: 13\n  the pipe holds: "from a socket"\n');
    expect(out).toContain('  the copy holds: "tee datatee"\n  the source keeps: "tee data"\n');
    expect(out).toContain('tee to a pipe with no reader: -1 Broken pipe\n');
    expect(out).toContain('vmsplice from the pipe into 3+15 bytes: 8\n  got "vms" and "plice"\n');
    expect(out).toContain('offsets now 20 and 7, positions still 10 and 10\n');
    expect(out).toContain('copy_file_range to an O_APPEND file: -1 Bad file descriptor\n');
  });

  it('fallocate (allocating, FALLOC_FL_KEEP_SIZE, punching holes), fadvise, readahead, sync_file_range, syncfs', async () => {
    const out = await cases.expectSameAsGlibc('file_space_case');
    expect(out).toContain('fallocate 10000 bytes of an empty file: 0\n  reads: . . . . . . . . . . (size 10000)\n');
    expect(out).toContain('fallocate past the end, FALLOC_FL_KEEP_SIZE: 0\n  size 10000\n');
    expect(out).toContain('punch 1000..9000: 0\n  reads: x . . . . . . . . x (size 10000)\n');
    expect(out).toContain("  the mapping reads 0 0 0\n  a store after it reaches the file: 'm'\n");
    expect(out).toContain('fallocate FALLOC_FL_PUNCH_HOLE alone: -1 Operation not supported\n');
    expect(out).toContain('fallocate on a pipe: -1 Illegal seek\nfallocate on /dev/null: -1 No such device\n');
    expect(out).toContain('posix_fadvise on a pipe: Illegal seek\n');
    expect(out).toContain('sync_file_range on a pipe: -1 Illegal seek\n');
  });

  it('statfs, fstatfs, statvfs, fstatvfs: /proc, pipes, sockets, /dev, the scratch file system', async () => {
    const out = await cases.expectSameAsGlibc('statfs_case');
    expect(out).toContain('/proc: f_type 0x9fa0, f_bsize 4096, f_frsize 4096, f_namelen 255, f_blocks 0, valid 1, read-only 0\n');
    expect(out).toContain('a pipe: f_type 0x50495045,');
    expect(out).toContain('a socket: f_type 0x534f434b,');
    expect(out).toContain('  agrees with statfs: bsize 1, frsize 1, blocks 1, namemax 255, flags 1\n');
    expect(out).toContain('statfs below a file: -1 Not a directory\n');
  });

  it('renameat2: RENAME_NOREPLACE, RENAME_EXCHANGE of files and directories, and the errors of rename', async () => {
    const out = await cases.expectSameAsGlibc('renameat2_case');
    expect(out).toContain('renameat2 a -> b, RENAME_NOREPLACE: -1 File exists\n');
    expect(out).toContain('renameat2 b <-> c, RENAME_EXCHANGE: 0\n  b: "A"\n  c: "B"\n');
    expect(out).toContain('renameat2 d2/sub <-> b: a directory and a file: 0\n  b: a directory\n  d2/sub: "A"\n');
    expect(out).toContain('rename d2 into its own subdirectory: -1 Invalid argument\n');
    expect(out).toContain('rename a directory over a file: -1 Not a directory\n');
    expect(out).toContain('rename into /proc: -1 Invalid cross-device link\n');
  });

  it('execveat from a directory descriptor, of an open file (fexecve), through a link; its errors', async () => {
    const out = await cases.expectSameAsGlibc('execveat_case');
    expect(out).toContain('  child: from-dirfd, HOW=dirfd, comm is that name\n  exit status 0\n');
    expect(out).toContain('fexecve\n  child: fexecve, HOW=fd\n  exit status 0\n');
    expect(out).toContain('execveat of a link, AT_SYMLINK_NOFOLLOW: -1 Too many levels of symbolic links\n');
    expect(out).toContain('execveat from a file descriptor: -1 Not a directory\n');
  });

  it('memfd_create, and the seals that forbid shrinking, growing and writing', async () => {
    const out = await cases.expectSameAsGlibc('memfd_case');
    expect(out).toContain('mode 777, links 0, size 0,');
    expect(out).toContain('  its link: "/memfd:plain file (deleted)"\n');
    expect(out).toContain('F_ADD_SEALS without MFD_ALLOW_SEALING: -1 Operation not permitted\n');
    expect(out).toContain('  write past the end: -1 Operation not permitted\n');
    expect(out).toContain('F_ADD_SEALS F_SEAL_WRITE while mapped shared: -1 Device or resource busy\n');
    expect(out).toContain('  mmap shared writable: Operation not permitted\n  mmap private writable: mapped\n');
    expect(out).toContain('memfd_create with a 250-byte name: -1 Invalid argument\n');
  });

  it('mlock, mlock2, munlock, mlockall, munlockall (VmLck, pages brought in), mincore, remap_file_pages', async () => {
    const out = await cases.expectSameAsGlibc('mlock_case');
    expect(out).toContain('mlock pages 2..3: 0\n  after it: 01110000, VmLck 8 kB\n');
    expect(out).toContain('mlock2 pages 5..6, MLOCK_ONFAULT: 0\n  after it: 01110000, VmLck 16 kB\n');
    expect(out).toContain('mlock across a hole: -1 Cannot allocate memory\n');
    expect(out).toContain('  a mapping made after it: 111, VmLck 12 kB\n');
    expect(out).toContain('  a file\'s mapping (page 1 a hole, page 3 past the end): 101, VmLck 0 kB\n');
    expect(out).toContain("  page 0 now reads 'c', page 2 'c'\n");
    expect(out).toContain('mincore past the end of a mapping: -1 Cannot allocate memory\n');
  });

  itPrintsGlibcOutputInEmulator(cases, [
    'vectored_io_case',
    'splice_case',
    'file_space_case',
    'statfs_case',
    'renameat2_case',
    'execveat_case',
    'memfd_case',
    'mlock_case',
  ]);
});
