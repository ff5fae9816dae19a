/**
 * Our <xmmintrin.h>/<emmintrin.h> (SSE intrinsics written with GNU vector extensions)
 * against gcc's own headers (compiler builtins): the same program, every lane printed
 * as bits, must give the same output through the full driver and our libc.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { run, workDir } from './helpers.js';

const dir = join(import.meta.dirname, 'sse');

describe('SSE intrinsic headers', () => {
  it('compute what gcc computes, NaN lanes and out-of-range shift counts included', async () => {
    const src = join(dir, 'intrinsics.c');
    const ours = join(workDir, 'sse-intrinsics-ours');
    const ref = join(workDir, 'sse-intrinsics-ref');
    await cc(['-w', '-o', ours, src]);
    execFileSync('gcc', ['-O0', '-w', '-o', ref, src, '-lm']);
    const a = run(ours);
    const b = run(ref);
    expect(a.stdout).toBe(b.stdout);
    expect(a.status).toBe(0);
    expect(a.stdout).toContain('movemask');
  });
});
