/**
 * -fcommon and __attribute__((common/nocommon)): a tentative definition (`int x;` in a
 * header every file includes) as a COMMON symbol that links once, as gcc before gcc 10 did
 * by default; without them (-fno-common, now gcc's default) two such definitions are a
 * link error, as with gcc.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { run, workDir } from './helpers.js';

const dir = join(workDir, 'common');
mkdirSync(dir, { recursive: true });
const header = join(dir, 'shared.h');
writeFileSync(header, 'int counter;\nint table[16];\nvoid bump(void);\n');
const main = join(dir, 'main.c');
writeFileSync(main, '#include <stdio.h>\n#include "shared.h"\nint main(void) { counter = 40; table[3] = 1; bump(); printf("%d %d\\n", counter, table[3]); return 0; }\n');
const other = join(dir, 'other.c');
writeFileSync(other, '#include "shared.h"\nvoid bump(void) { counter += 2; table[3]++; }\n');

async function build(flags: string[]): Promise<string> {
  const exe = join(dir, `prog${flags.join('')}`);
  await cc(['-w', ...flags, '-o', exe, main, other]);
  return run(exe).stdout;
}

describe('common symbols', () => {
  it('-fcommon merges the tentative definitions of several files, as gcc', async () => {
    const gccExe = join(dir, 'gcc-prog');
    execFileSync('gcc', ['-fcommon', '-w', '-o', gccExe, main, other]);
    expect(await build(['-fcommon'])).toBe(run(gccExe).stdout);
    expect(run(gccExe).stdout).toBe('42 2\n');
  });

  it('without it they are two definitions, as with gcc 10 and later', async () => {
    await expect(build([])).rejects.toThrow(/multiple definition of 'counter'/);
    await expect(build(['-fcommon', '-fno-common'])).rejects.toThrow(/multiple definition/);
  });

  it('__attribute__((common)) and ((nocommon)) decide for one variable', async () => {
    writeFileSync(header, 'int __attribute__((common)) counter;\nint __attribute__((common)) table[16];\nvoid bump(void);\n');
    expect(await build([])).toBe('42 2\n');
    writeFileSync(header, 'int __attribute__((nocommon)) counter;\nint table[16];\nvoid bump(void);\n');
    await expect(build(['-fcommon'])).rejects.toThrow(/multiple definition of 'counter'/);
    writeFileSync(header, 'int counter;\nint table[16];\nvoid bump(void);\n');
  });
});
