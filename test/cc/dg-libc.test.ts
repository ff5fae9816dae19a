/**
 * Library pieces that gcc.dg's run tests need, checked through the full driver (our
 * compiler and the libc it builds) against gcc with the host's glibc.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { run, workDir } from './helpers.js';

const dir = join(import.meta.dirname, 'dg');

async function sameAsGlibc(name: string, flags: string[] = []): Promise<string> {
  const src = join(dir, `${name}.c`);
  const ours = join(workDir, `${name}-ours`);
  const ref = join(workDir, `${name}-ref`);
  await cc(['-w', ...flags, '-o', ours, src, '-lm']);
  execFileSync('gcc', ['-O0', '-w', ...flags, '-o', ref, src, '-lm']);
  const a = run(ours);
  const b = run(ref);
  expect(a.stdout).toBe(b.stdout);
  expect(a.status).toBe(b.status);
  return a.stdout;
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
