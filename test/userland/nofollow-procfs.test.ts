/**
 * open's O_NOFOLLOW (ELOOP for a symbolic link as the last component, O_CREAT and
 * dangling links included; a trailing slash follows: o_nofollow_case), and /proc's
 * texts over 64 KiB and " (deleted)" links (proc_gaps_case).  Each case
 * (test/userland/c/NAME.c) must print natively what glibc prints, and the same in the
 * emulator, where our kernel does the work.
 */
import { describe, expect, it } from 'vitest';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from './glibc-cases.js';

const cases = useGlibcCases('tcc-lite-nofollow-procfs-');
const { expectSameAsGlibc } = cases;

describe('O_NOFOLLOW and /proc gaps', () => {
  it('O_NOFOLLOW: ELOOP on a final link, earlier links followed, a trailing slash follows', async () => {
    const out = await expectSameAsGlibc('o_nofollow_case');
    expect(out).toContain('O_NOFOLLOW on a link to it: Too many levels of symbolic links\nwithout O_NOFOLLOW: opened\n');
    expect(out).toContain('O_NOFOLLOW | O_WRONLY | O_TRUNC on the link: Too many levels of symbolic links\n  the file still holds 8 bytes\n');
    expect(out).toContain('O_NOFOLLOW | O_CREAT on a dangling link: Too many levels of symbolic links\n  missing created: no\n');
    expect(out).toContain('O_NOFOLLOW on it with a trailing slash: opened\n');
    expect(out).toContain('lstat dirlink/: the directory\n');
  });

  it('/proc: texts over 64 KiB, " (deleted)" for removed files still open or mapped', async () => {
    const out = await expectSameAsGlibc('proc_gaps_case');
    expect(out).toContain('the same, removed: SCRATCH/gone (deleted)\nits mapping in maps: SCRATCH/gone (deleted)\n');
    expect(out).toContain('maps with 2400 areas made: over 64 KiB 1, at least 2400 lines 1\n');
    expect(out).toContain('100001 bytes past the first two arguments, 100000 of them x\n');
  });

  itPrintsGlibcOutputInEmulator(cases, ['o_nofollow_case', 'proc_gaps_case']);
});
