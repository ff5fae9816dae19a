/**
 * iconv's single-byte character sets (userland/libc/src/iconv.c with iconv_tables.h):
 * ISO-8859-2..16, WINDOWS-1250..1258, KOI8-R/U, IBM437/850/852/855/866, MACINTOSH,
 * MAC-CYRILLIC and TIS-620 under glibc's names, exactly as glibc 2.36 converts them.
 * test/userland/c/iconv_charsets_case.c converts every byte of every set and every code
 * point of the Basic Multilingual Plane into every set, so one comparison with glibc covers
 * the tables; test/userland/c/iconv_tables_case.c prints iconv_tables.h from glibc.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstDifferences, useGlibcCases } from './glibc-cases.js';
import { runProgram } from './run.js';

const TABLE = resolve(import.meta.dirname, '../../userland/libc/src/iconv_tables.h');

const { buildCase, expectSameAsGlibc } = useGlibcCases('tcc-lite-iconv-charsets-');

describe('iconv with single-byte character sets', () => {
  it('converts every byte and code point, under every alias, with glibc\'s errors, //IGNORE and //TRANSLIT', async () => {
    const out = await expectSameAsGlibc('iconv_charsets_case');
    // KOI8-R 0xc1 is а (U+0430); WINDOWS-1252 0x81 is undefined; the euro sign is 0xa4 in ISO-8859-15.
    expect(out).toMatch(/^KOI8-R, bytes to UTF-8:\n(?:.*\n){12}  d18e d0b0 /m);
    expect(out).toContain('UTF-8 <- WINDOWS-1252 [4 bytes, room 64]: r=-1 EILSEQ in+1 out+3: e2 82 ac |');
    expect(out).toContain(' U+20AC>a4 ');
    // WINDOWS-1258 writes Ã as A and a combining tilde; tag characters are dropped.
    expect(out).toContain('WINDOWS-1258 <- UTF-8 [17 bytes, room 64]: r=0 ok in+17 out+15: 54 69 ea ec 6e 67 20 56 69 ea f2 74 20 41 de |');
    expect(out).toContain('ISO-8859-7 <- UTF-8 [11 bytes, room 64]: r=0 ok in+11 out+3: 61 62 63 |');
    expect(out).not.toContain('different');
    expect(out).not.toContain('open fails');
  });

  it('iconv_tables.h is what glibc gives today', async () => {
    const glibc = runProgram(await buildCase('iconv_tables_case', 'glibc'), ['tables']);
    expect({ status: glibc.status, stderr: glibc.stderr }).toEqual({ status: 0, stderr: '' });
    expect(firstDifferences(readFileSync(TABLE, 'utf8'), glibc.stdout)).toEqual([]);
  });
});
