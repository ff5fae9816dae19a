/**
 * The emulator's compiled blocks where they leave the fast path (c/jit_paths_case.c):
 * page-straddling accesses, a faulting store and a non-canonical load in the middle of a
 * hot loop, copy-on-write met by hot loops, and superblocks' side exits. The program's
 * loops run long enough to be compiled; it prints the same natively with glibc, with our
 * libc, and in the emulator.
 */
import { describe, expect, it } from 'vitest';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from './glibc-cases.js';

const cases = useGlibcCases('tcc-lite-jit-');

describe('compiled blocks off the fast path', () => {
  it('print what the native program prints', async () => {
    const out = await cases.expectSameAsGlibc('jit_paths_case');
    expect(out).toContain('store fault: faults 1, stopped at 1536, last stored 1535, sum 3536640\n');
    expect(out).toContain('non-canonical load: faults 2, at iteration 4000, total 129488\n');
  });

  itPrintsGlibcOutputInEmulator(cases, ['jit_paths_case']);
});
