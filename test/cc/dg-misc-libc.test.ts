/**
 * Headers and libc pieces that gcc.dg's cpp/atomic/vect run tests need (<cpuid.h>, the rest of
 * <stdatomic.h>), checked through the full driver — our compiler with our headers and libc —
 * against gcc with the host's headers, glibc and libatomic.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { run, workDir } from './helpers.js';

const dir = join(import.meta.dirname, 'dg-misc');

async function sameAsGcc(name: string): Promise<string> {
  const src = join(dir, `${name}.c`);
  const ours = join(workDir, `${name}-ours`);
  const ref = join(workDir, `${name}-ref`);
  await cc(['-std=c11', '-o', ours, src]);
  execFileSync('gcc', ['-O0', '-w', '-std=c11', '-o', ref, src, '-latomic']);
  const a = run(ours);
  const b = run(ref);
  expect(a.stdout).toBe(b.stdout);
  expect(a.status).toBe(b.status);
  return a.stdout;
}

describe('headers and libc for gcc.dg subfolders', () => {
  it('<cpuid.h> queries leaves within the processor maximum', async () => {
    expect(await sameAsGcc('cpuid_header')).toContain('sse2 1\n');
  });

  it('<stdatomic.h> has every C11 atomic typedef and the function forms of fences and flags', async () => {
    expect(await sameAsGcc('atomic_library')).toContain('0 1 0 0\n');
  });
});
