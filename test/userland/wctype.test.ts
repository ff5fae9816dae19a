/**
 * The wide-character classes and case mappings of <wctype.h> (userland/libc/src/wctype.c):
 * ASCII only in the C locale, Unicode in C.UTF-8, exactly as glibc 2.36 answers.
 * test/userland/c/wctype_case.c prints a checksum per class and mapping over every code
 * point, so comparing its output with glibc's covers all of Unicode; its "tables" mode
 * prints wctype_table.h, which shows where a difference is and that the table is current.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { boot, buildTree, type Built } from '../golden/harness.js';
import { firstDifferences, useGlibcCases } from './glibc-cases.js';
import { runProgram } from './run.js';

const TABLE = resolve(import.meta.dirname, '../../userland/libc/src/wctype_table.h');

const { buildCase, expectSameAsGlibc } = useGlibcCases('tcc-lite-wctype-');

describe('wide-character classes and case mappings', () => {
  it('answer as glibc on every code point, in the C and C.UTF-8 locales', async () => {
    const out = await expectSameAsGlibc('wctype_case');
    // C.UTF-8: é is alpha, lower, print; ẞ lowers to ß, whose uppercase stays ß (simple mappings).
    expect(out).toContain('  e9: 1 1 0 0 0 1 1 1 0 0 0 0 -> e9 c9\n');
    expect(out).toContain('  1e9e: 1 1 0 0 0 1 0 1 0 0 1 0 -> df 1e9e\n');
    // The C locale: ASCII only, with <ctype.h>'s bits as return values.
    expect(out).toContain('  alpha      52 ');
    expect(out).toContain('  61: 8 1024 0 0 0 32768 512 16384 0 0 0 4096 -> 61 41\n');
  });

  it('wctype_table.h is what glibc gives today, and our libc gives the same table back', async () => {
    const glibc = runProgram(await buildCase('wctype_case', 'glibc'), ['tables']);
    expect({ status: glibc.status, stderr: glibc.stderr }).toEqual({ status: 0, stderr: '' });
    expect(firstDifferences(readFileSync(TABLE, 'utf8'), glibc.stdout)).toEqual([]);

    const ours = runProgram(await buildCase('wctype_case', 'ours'), ['tables']);
    expect(firstDifferences(ours.stdout, glibc.stdout)).toEqual([]);
  });
});

/**
 * The emulator runs only the samples: the whole-Unicode checksums take minutes there, and
 * the tcc-built libc has already been checked on every code point natively above.
 */
describe('wide-character classes in the emulator', () => {
  let built: Built;
  beforeAll(async () => {
    built = await buildTree();
  }, 120_000);

  it('compiled by tcc-lite, the samples print in the emulator what glibc prints natively', async () => {
    const glibc = runProgram(await buildCase('wctype_case', 'glibc'), ['samples']);
    const files = [`/bin/wctype_case=${await buildCase('wctype_case', 'tcc')}`];
    const booted = await boot(built, { command: 'wctype_case samples', files });
    expect(firstDifferences(booted.output, glibc.stdout)).toEqual([]);
    expect(booted.exitCode).toBe(0);
  }, 120_000);
});
