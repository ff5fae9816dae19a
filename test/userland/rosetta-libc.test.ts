/**
 * The libc against glibc on what Rosetta Code's C solutions use (test/userland/c/rosetta_case.c,
 * ucontext_case.c):
 * built by gcc against our libc and by `tcc-lite cc`, both must print what glibc prints.
 */
import { describe, expect, it } from 'vitest';
import { useGlibcCases } from './glibc-cases.js';

const { expectSameAsGlibc } = useGlibcCases('tcc-lite-rosetta-libc-');

describe('libc against glibc: Rosetta Code habits', () => {
  it("printf's ' flag, <values.h>, exact long double operations, nextafter/nexttoward, wide strings, GNU error()", async () => {
    const out = await expectSameAsGlibc('rosetta_case');
    expect(out).toContain('[1234567] [9876543210] [     -42] [12345.68] [7     |]\n');
    expect(out).toContain('8 16 32 64 8\n');
    expect(out).toContain('0x8.000000000000008p-3: |x| 0x8.000000000000008p-3 floor 0x8p-3 ceil 0x8p-2 ');
    expect(out).toContain('prog: opening data.txt: No such file or directory\nprog: input.c:12: bad token 7\n');
    expect(out).toContain('<one><two><three><four>\n');
    expect(out).toContain('1999-12-31 23:59:58 Fri 365\n');
    expect(out).toContain('3 messages\nprog: giving up\n');
  }, 120_000);

  it('getcontext/setcontext/makecontext/swapcontext: a generator with stack arguments, masks, uc_link', async () => {
    const out = await expectSameAsGlibc('ucontext_case');
    expect(out).toContain('args 1 2 3 4 5 6 70 80\ngot 81, SIGUSR1 blocked in main: 0\n');
    expect(out).toContain('generator done, 105\nuc_link reached\nback in main, rounding downward: 1\n');
  }, 120_000);
});
