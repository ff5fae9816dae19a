/**
 * The libc against glibc: the same C programs (test/userland/c/*.c) are
 * built once against our libc and once against the host's glibc, and must
 * print exactly the same thing. That covers printf's formats (including
 * exact rounding of %f/%e/%g), strtol's edge cases, qsort/bsearch, a malloc
 * stress run and the string functions.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUserland, CFLAGS, link, type UserlandBuild } from './build.js';

const run = promisify(execFile);
const CASES = resolve(import.meta.dirname, 'c');
const SYSCALL_H = resolve(import.meta.dirname, '../../userland/libc/include/sys/syscall.h');

let build: UserlandBuild;
let work: string;

beforeAll(async () => {
  build = await buildUserland();
  work = mkdtempSync(join(tmpdir(), 'tcc-lite-libc-test-'));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Build a test program both ways and return [ours, glibc] outputs (argv[1]: a scratch file). */
async function bothWays(name: string): Promise<[string, string]> {
  const src = join(CASES, `${name}.c`);
  const obj = join(work, `${name}.o`);
  await run('gcc', [...CFLAGS.filter((f) => f !== '-Werror'), '-w', '-c', src, '-o', obj]);
  await link(build.dir, [obj], join(work, `${name}.ours`));
  await run('gcc', ['-std=gnu99', '-O2', '-w', '-fno-builtin', src, '-o', join(work, `${name}.glibc`), '-lm']);
  const options = { encoding: 'utf8' as const, stdio: ['ignore', 'pipe', 'ignore'] as ('ignore' | 'pipe')[] };
  const ours = execFileSync(join(work, `${name}.ours`), [join(work, `${name}.scratch-ours`)], options);
  const glibc = execFileSync(join(work, `${name}.glibc`), [join(work, `${name}.scratch-glibc`)], options);
  return [ours, glibc];
}

function compareLines(ours: string, glibc: string): void {
  const a = ours.split('\n');
  const b = glibc.split('\n');
  // Report the first differing lines, not a 1600-line blob.
  const diffs = b.map((line, i) => (a[i] === line ? '' : `line ${i + 1}: ours ${JSON.stringify(a[i])} glibc ${JSON.stringify(line)}`))
    .filter((d) => d !== '').slice(0, 10);
  expect(diffs).toEqual([]);
  expect(a.length).toBe(b.length);
}

describe('libc against glibc', () => {
  it('printf formats match glibc (integers, strings, %f %e %g rounding, snprintf)', async () => {
    const [ours, glibc] = await bothWays('printf_cases');
    expect(glibc.split('\n').length).toBeGreaterThan(1500);
    compareLines(ours, glibc);
  });

  it('strtol/strtoul edge cases, qsort, bsearch, malloc stress and string functions match glibc', async () => {
    const [ours, glibc] = await bothWays('libc_cases');
    expect(ours).toContain('malloc stress ok=1 aligned=1');
    expect(ours).toContain('qsort n=4860 sorted=1');
    expect(ours).not.toContain('sorted=0');
    compareLines(ours, glibc);
  });

  it('streams: fopen modes, fgets, ungetc, fseek/ftell, fread, getline, remove', async () => {
    const [ours, glibc] = await bothWays('stdio_cases');
    expect(ours).toContain('getline lines: 301');
    compareLines(ours, glibc);
  });

  it('sscanf/fscanf conversions and return values match glibc', async () => {
    const [ours, glibc] = await bothWays('scanf_cases');
    expect(ours).toContain('fscanf at end -1');
    compareLines(ours, glibc);
  });

  it('structure layouts and constants of the kernel ABI match glibc\'s headers', async () => {
    const [ours, glibc] = await bothWays('abi_cases');
    expect(ours).toContain('sizeof(struct stat) = 144');
    compareLines(ours, glibc);
  });

  it('sys/syscall.h has Linux 4.7\'s numbers 0..328, as the host\'s headers', async () => {
    const numbers = new Map<string, number>();
    for (const m of readFileSync(SYSCALL_H, 'utf8').matchAll(/^#define __NR_(\w+) (\d+)$/gm)) numbers.set(m[1], Number(m[2]));
    expect([...numbers.values()].sort((a, b) => a - b)).toEqual(Array.from({ length: 329 }, (_, i) => i));
    // The host's <sys/syscall.h> (glibc + Linux UAPI) prints its SYS_ value for each of our names.
    const src = join(work, 'syscall_numbers.c');
    writeFileSync(src, ['#include <stdio.h>', '#include <sys/syscall.h>', 'int main(void)', '{',
      ...[...numbers.keys()].map((n) => `#ifdef SYS_${n}\n    printf("${n} %ld\\n", (long)SYS_${n});\n#else\n    printf("${n} missing\\n");\n#endif`),
      '    return 0;', '}', ''].join('\n'));
    await run('gcc', ['-w', src, '-o', join(work, 'syscall_numbers')]);
    const host = execFileSync(join(work, 'syscall_numbers'), { encoding: 'utf8' }).trim().split('\n');
    const present = host.filter((l) => !l.endsWith(' missing'));
    expect(present.length).toBeGreaterThan(300);
    for (const line of present) {
      const [name, value] = line.split(' ');
      expect({ name, nr: numbers.get(name) }).toEqual({ name, nr: Number(value) });
    }
  });

  it('setjmp/longjmp, environment, getopt, gmtime and math', async () => {
    const [ours, glibc] = await bothWays('misc_cases');
    expect(ours).toContain('setjmp returned 100');
    compareLines(ours, glibc);
  });
});
