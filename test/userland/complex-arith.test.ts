/**
 * The complex multiplication and division helpers of our libc (complex_arith.c)
 * against libgcc's, bit for bit, on every combination of 18 awkward values
 * (zeros of both signs, subnormals, the extremes, infinities, NaN): once built
 * by gcc (is the algorithm libgcc's?) and once by tcc-lite (do we compile it
 * right?). The driver renames ours with -D so both can be linked together.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';

const run = promisify(execFile);
const DRIVER = resolve(import.meta.dirname, 'c/complex_arith_driver.c');
const HELPERS = resolve(import.meta.dirname, '../../userland/libc/src/complex_arith.c');
const RENAME = ['mul', 'div'].flatMap((op) => ['s', 'd', 'x'].map((m) => `-D__${op}${m}c3=ours_${op}${m}c3`));
const work = mkdtempSync(join(tmpdir(), 'tcc-lite-complex-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function sweep(object: string, exe: string): Promise<string> {
  await run('gcc', ['-O0', DRIVER, object, '-o', exe, '-lm']);
  return (await run(exe)).stdout;
}

const expected = ['double', 'float', 'long double'].map((t) => `${t}: 0 of 209952 results differ\n`).join('');

it('built by gcc, they compute what libgcc computes', async () => {
  const obj = join(work, 'gcc.o');
  await run('gcc', ['-O0', '-c', ...RENAME, HELPERS, '-o', obj]);
  expect(await sweep(obj, join(work, 'gcc'))).toBe(expected);
});

it('built by tcc-lite, too', async () => {
  const obj = join(work, 'ours.o');
  await cc(['-c', ...RENAME, HELPERS, '-o', obj]);
  expect(await sweep(obj, join(work, 'ours'))).toBe(expected);
});
