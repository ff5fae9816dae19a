/**
 * A test helper: builds a C file with our full driver (our compiler, headers and libc)
 * and with gcc (the host's headers and glibc), runs both, and expects the same stdout and
 * exit status. Returns the stdout for further checks.
 */
import { execFileSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { expect } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { run, workDir } from './helpers.js';

export async function sameAsGcc(src: string, oursFlags: string[], gccFlags: string[]): Promise<string> {
  const name = basename(src, '.c');
  const ours = join(workDir, `${name}-ours`);
  const ref = join(workDir, `${name}-ref`);
  await cc([...oursFlags, '-o', ours, src]);
  // Libraries (-lm, -latomic) must follow the source for gcc's linker.
  execFileSync('gcc', ['-O0', '-w', '-o', ref, src, ...gccFlags]);
  const a = run(ours);
  const b = run(ref);
  expect(a.stdout).toBe(b.stdout);
  expect(a.status).toBe(b.status);
  return a.stdout;
}
