/**
 * Library pieces that gcc.dg's run tests need, checked through the full driver (our
 * compiler and the libc it builds) against gcc with the host's glibc.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sameAsGcc } from './driver-vs-gcc.js';

const dir = join(import.meta.dirname, 'dg');

function sameAsGlibc(name: string, flags: string[] = []): Promise<string> {
  return sameAsGcc(join(dir, `${name}.c`), ['-w', ...flags, '-lm'], [...flags, '-lm']);
}

describe('libc for gcc.dg run tests', () => {
  it('feenableexcept/fedisableexcept/fegetexcept unmask and mask traps as glibc does', async () => {
    expect(await sameAsGlibc('fenv_traps')).toContain('SIGFPE 1');
  });

  it('math functions are quiet on a quiet NaN, as glibc', async () => {
    expect(await sameAsGlibc('math_nan_quiet')).toContain('log1p(d)         nan 0\n');
  });

  it('math functions set errno as glibc does (pr68264)', async () => {
    expect(await sameAsGlibc('math_errno')).toContain(' sqrt(d)=33');
  });

  it("float.h describes the _FloatN and _FloatNx types as gcc's float.h does", async () => {
    expect(await sameAsGlibc('float_n_limits', ['-std=c2x'])).toContain('FLT64X 64 18 -16381 -4931 16384 4932 21');
  });
});
