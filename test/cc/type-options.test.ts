/**
 * Options that change what a type is: -funsigned-char / -fsigned-char (plain char's sign,
 * in the compiler and the preprocessor), -fshort-enums and -funsigned-bitfields. Each program is built by gcc and
 * by tcc-lite with the same option and must print the same.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { run, workDir } from './helpers.js';

async function sameAsGcc(program: string, flags: string[]): Promise<string> {
  const src = join(import.meta.dirname, 'type-options', `${program}.c`);
  const tag = `${program}${flags.join('')}`;
  const gccExe = join(workDir, `${tag}-gcc`);
  const oursExe = join(workDir, `${tag}-ours`);
  execFileSync('gcc', ['-std=gnu99', '-w', ...flags, '-o', gccExe, src]);
  await cc(['-w', ...flags, '-o', oursExe, src]);
  const expected = run(gccExe).stdout;
  expect(run(oursExe).stdout).toBe(expected);
  return expected;
}

describe('type options', () => {
  it('-funsigned-char makes plain char unsigned everywhere gcc does', async () => {
    expect(await sameAsGcc('plain_char', ['-funsigned-char'])).toMatch(/^200 200 255 240 895 0 255 unsigned in #if __CHAR_UNSIGNED__ 0\n0 0\n$/);
    expect(await sameAsGcc('plain_char', ['-fno-signed-char'])).toMatch(/^200 /);
    // The last option wins; the default is signed (and the next compile is not affected).
    expect(await sameAsGcc('plain_char', ['-funsigned-char', '-fsigned-char'])).toMatch(/^-56 -56 -1 -16 -129 -128 127 signed in #if/);
    expect(await sameAsGcc('plain_char', [])).toMatch(/^-56 /);
  });

  it('-fshort-enums makes each enum as small as its values', async () => {
    expect(await sameAsGcc('short_enums', ['-fshort-enums'])).toBe('1 2 1 4 10\n1 2\n');
    expect(await sameAsGcc('short_enums', [])).toBe('4 4 4 12 40\n1 258\n');
  });

  it('-funsigned-bitfields makes plain integer bit-fields unsigned, as gcc', async () => {
    expect(await sameAsGcc('bitfields', ['-funsigned-bitfields'])).toBe('-1 -1 7 7 -1 7 7 7 1 7 7 7\n1 0\n');
    expect(await sameAsGcc('bitfields', ['-funsigned-bitfields', '-funsigned-char'])).toMatch(/^-1 -1 7 7 -1 7 /);
    expect(await sameAsGcc('bitfields', ['-funsigned-bitfields', '-fsigned-bitfields'])).toBe('-1 -1 -1 -1 -1 -1 -1 7 1 -1 7 -1\n1 1\n');
    expect(await sameAsGcc('bitfields', ['-funsigned-char'])).toMatch(/^-1 -1 -1 -1 -1 7 -1 7 1 -1 7 -1\n/);
  });
});
