/**
 * -Wuninitialized and -Wmaybe-uninitialized (compiler/cc/uninit.ts) against gcc 12 -O0:
 * test/cc/warnings/uninitialized.c is compiled (-c: gcc's middle end gives these, so
 * -fsyntax-only gives none) by both under each flag set, and the warning and note lines
 * must be the same, in the same order — file, line, column and message.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCcArgs } from '../../cli/commands/cc-args.js';
import { compileC } from '../../compiler/cc/index.js';
import { gccStderr, ourStderr, warningLines } from './warning-oracle.js';

const out = mkdtempSync(join(tmpdir(), 'tcc-lite-uninit-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const PROGRAM = 'uninitialized.c';
const FLAG_SETS = [
  ['-Wall'], [], ['-Wuninitialized'], ['-Wmaybe-uninitialized'], ['-Wextra'], ['-Wall', '-Wno-uninitialized'],
  ['-Wno-uninitialized', '-Wall'], ['-Wall', '-Wno-maybe-uninitialized'], ['-Wall', '-w'], ['-Wall', '-Werror'], ['-Wall', '-fsyntax-only'],
];

/** The diagnostics about the program itself (not the drivers' closing -Werror lines). */
function programLines(stderr: string): string[] {
  return warningLines(stderr, true).filter((l) => l.startsWith(`${PROGRAM}:`));
}

describe('uninitialized variables, as gcc -O0 warns about them', () => {
  it('gives the same warnings and notes as gcc, in its order, under each flag set', async () => {
    let warned = 0;
    for (const flags of FLAG_SETS) {
      const args = ['-c', ...flags, PROGRAM, '-o', join(out, 'u.o')];
      const expected = programLines(gccStderr(['-O0', ...args]));
      expect(programLines(await ourStderr(args)), flags.join(' ')).toEqual(expected);
      warned += expected.length;
    }
    // Not a comparison of two silences.
    expect(warned).toBeGreaterThan(100);
  });

  it('-Wall and -Wextra turn both on; -Wuninitialized brings -Wmaybe-uninitialized, whichever of them comes last decides it', () => {
    const picked = (...flags: string[]): string[] =>
      parseCcArgs([...flags, 'x.c']).optionalWarnings.filter((w) => w === 'uninitialized' || w === 'maybe-uninitialized');
    expect(picked()).toEqual([]);
    expect(picked('-Wall')).toEqual(['uninitialized', 'maybe-uninitialized']);
    expect(picked('-Wextra')).toEqual(['uninitialized', 'maybe-uninitialized']);
    expect(picked('-Wuninitialized')).toEqual(['uninitialized', 'maybe-uninitialized']);
    expect(picked('-Wmaybe-uninitialized')).toEqual(['maybe-uninitialized']);
    expect(picked('-Wall', '-Wno-uninitialized')).toEqual([]);
    expect(picked('-Wno-uninitialized', '-Wall')).toEqual(['maybe-uninitialized']);
    expect(picked('-Wall', '-Wno-maybe-uninitialized')).toEqual(['uninitialized']);
  });

  it('says nothing when the file has an error (gcc\'s middle end never runs)', () => {
    const src = 'int f(void) { int x; return x; }\nint g(void) { return undeclared; }\n';
    expect(() => compileC(src, { fileName: 'e.c', optionalWarnings: ['uninitialized', 'maybe-uninitialized'] })).toThrow(/undeclared/);
    // The next file starts clean: nothing of f is left over.
    const { warnings } = compileC('int h(int c) { return c; }\n', { fileName: 'ok.c', optionalWarnings: ['uninitialized'] });
    expect(warnings).toEqual([]);
  });

  it('walks deep nesting and many variables without trouble', () => {
    const vars = Array.from({ length: 300 }, (_, i) => `int v${i};`).join(' ');
    const loops = 'for (;;) { '.repeat(40) + 'if (c) return v7; c--; ' + '} '.repeat(40);
    const src = `int f(int c) { ${vars} ${loops} }\n`;
    const { warnings } = compileC(src, { fileName: 'deep.c', optionalWarnings: ['uninitialized', 'maybe-uninitialized'] });
    expect(warnings.map((w) => w.message)).toEqual(["'v7' may be used uninitialized [-Wmaybe-uninitialized]", "'v7' was declared here"]);
  });
});
