/**
 * What building and running real programs (Debian's SQLite 3.40 and mawk 1.3.4, whose
 * sources are never in this repository) found missing or wrong in the libc and the
 * kernel, each captured by a small program in test/userland/c: built by gcc against
 * glibc (the oracle), by gcc against our libc and by `tcc-lite cc`, run natively, and
 * by tcc-lite in the emulator, where the kernel's own system calls answer.
 */
import { describe, expect, it } from 'vitest';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from '../userland/glibc-cases.js';

const cases = useGlibcCases('tcc-lite-real-needs-');
const { expectSameAsGlibc } = cases;

describe('mremap', () => {
  it('shrinks, grows in place, refuses or moves (MAYMOVE, FIXED) anonymous memory as Linux does', async () => {
    const out = await expectSameAsGlibc('mremap_case');
    expect(out).toContain('grow 4 -> 6 in place: same address\n');
    expect(out).toContain('grow the first page without MAYMOVE: failed, Cannot allocate memory\n');
    expect(out).toContain('after the move: 4 of 4 pages intact, 60 of 60 new pages zero\n');
    expect(out).toContain('in the child: 2 of 2 pages intact, 0 of 0 new pages zero\n');
  });
});

describe('isnan, isinf and finite as functions', () => {
  it('exist beside the macros and answer as glibc\'s, through pointers too', async () => {
    const out = await expectSameAsGlibc('bsd_classify_case');
    expect(out).toContain('-inf: isnan 0 0 0  isinf -1 -1 -1  finite 0 0 0\n');
    expect(out).toContain('nan: isnan 1 1 65535  isinf 0 0 0  finite 0 0 0\n');
  });
});

describe('arc4random', () => {
  it('draws from the kernel: in range, uniform enough, buffers filled exactly', async () => {
    const out = await expectSameAsGlibc('arc4random_case');
    expect(out).toContain('uniform(10): 0 out of range, 10 of 10 values near 1/10 of the draws\n');
    expect(out).toContain('buf: guard bytes 0 0, filled\n');
  });
});

describe('fflush and read-ahead', () => {
  it('fflush(NULL), system and popen leave input streams alone; fflush of a pipe keeps its read-ahead', async () => {
    const out = await expectSameAsGlibc('fflush_input_case');
    expect(out).toContain('file, fflush(NULL): first line one\n  offset 19\n');
    expect(out).toContain('pipe, system(): first line one\n  system: 0\n  stream reads two\n');
    expect(out).toContain('file, fflush(f): first line one\n  offset 4, ftell 4\n');
  });
});

describe('in the emulator', () => {
  itPrintsGlibcOutputInEmulator(cases, ['mremap_case', 'bsd_classify_case', 'arc4random_case', 'fflush_input_case']);
});
