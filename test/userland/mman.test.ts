/**
 * Memory mappings that behave as Linux's: mprotect enforced (SIGSEGV with SEGV_ACCERR
 * or SEGV_MAPERR and si_addr), MAP_SHARED | MAP_ANONYMOUS memory shared across fork,
 * and mappings of files (shared, private, past the end, msync, madvise, /dev/zero).
 * Each case (test/userland/c/NAME.c) must print natively what glibc prints, and the
 * same in the emulator, where our kernel does the work.
 */
import { describe, expect, it } from 'vitest';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from './glibc-cases.js';

const cases = useGlibcCases('tcc-lite-mman-');
const { expectSameAsGlibc } = cases;

describe('memory mappings', () => {
  it('mprotect: SIGSEGV with si_code and si_addr, a handler that unprotects and returns, errors, fork', async () => {
    const out = await expectSameAsGlibc('mman_mprotect_case');
    expect(out).toContain('store to read-only page 1: SIGSEGV SEGV_ACCERR, si_addr matches\n');
    expect(out).toContain("handler fixed it: faults 1, SEGV_ACCERR, si_addr matches, value 'W'\n");
    expect(out).toContain('load from unmapped page: SIGSEGV SEGV_MAPERR, si_addr matches\n');
  });

  it('MAP_SHARED | MAP_ANONYMOUS: a counter shared by parent and child, mremap of shared memory', async () => {
    const out = await expectSameAsGlibc('mman_shared_case');
    expect(out).toContain('after 5 turns each the parent sees 55\n');
    expect(out).toContain('parent sees page 1 = 4242, page 2 = 77, private = 1\n');
    expect(out).toContain('store past grown shared memory: child killed by signal 7\n');
  });

  it('file mappings: shared stores reach read() and the file, private ones do not, SIGBUS past the end', async () => {
    const out = await expectSameAsGlibc('mman_file_case');
    expect(out).toContain('after store via mapping: 19 bytes "HELLO, mapped world"\n');
    expect(out).toContain('mapping after pwrite: "HELLO, mapped WORLD"\n');
    expect(out).toContain('file after private store: 21 bytes "JULLO, mapped WORLD!!"\n');
    expect(out).toContain('next page, past the end: signal 7 code 2, si_addr matches\n');
  });

  itPrintsGlibcOutputInEmulator(cases, ['mman_mprotect_case', 'mman_shared_case', 'mman_file_case']);
});
