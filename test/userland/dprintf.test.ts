/**
 * dprintf stages its output as glibc's does (c/dprintf_case.c): a message that fits BUFSIZ
 * is one write(), a longer one goes out a full buffer at a time. Writing piece by piece,
 * ours once split a "consumer read N bytes" line that a parent read from a pipe.
 */
import { describe, expect, it } from 'vitest';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from './glibc-cases.js';

const cases = useGlibcCases('tcc-lite-dprintf-');

describe('dprintf', () => {
  it('writes a message in one piece, as glibc', async () => {
    const out = await cases.expectSameAsGlibc('dprintf_case');
    expect(out).toBe('first packet: 41 bytes: consumer read 120000 bytes, checksum -7!\nlong message, first packet: 8192 bytes\nthen: 809 bytes\n');
  });

  itPrintsGlibcOutputInEmulator(cases, ['dprintf_case']);
});
