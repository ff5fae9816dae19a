/**
 * The warnings gcc gives at the end of a file, against gcc 12 -O0: static functions and
 * variables never used (-Wunused-function, -Wunused-variable: compiler/cc/unused.ts
 * checkUnusedGlobals) and reads of uninitialized variables (-Wuninitialized,
 * -Wmaybe-uninitialized: compiler/cc/uninit.ts). Most come from gcc's middle end, so
 * -fsyntax-only gives none of them: each program of test/cc/warnings below is compiled
 * with -c by both under each flag set, and the warning and note lines must be the same, in
 * the same order — file, line, column and message.
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

const FLAG_SETS = [
  ['-Wall'], [], ['-Wall', '-fsyntax-only'], ['-Wall', '-w'], ['-Wall', '-Werror'], ['-Wextra'],
  ['-Wuninitialized'], ['-Wmaybe-uninitialized'], ['-Wall', '-Wno-uninitialized'], ['-Wno-uninitialized', '-Wall'], ['-Wall', '-Wno-maybe-uninitialized'],
  ['-Wunused'], ['-Wunused-function'], ['-Wunused-variable'], ['-Wall', '-Wno-unused'], ['-Wall', '-Wno-unused-function'], ['-Wno-unused', '-Wall', '-Wunused-function'],
];

/** The diagnostics about the program itself (not the drivers' closing -Werror lines). */
function programLines(program: string, stderr: string): string[] {
  return warningLines(stderr, true).filter((l) => l.startsWith(`${program}:`));
}

describe('end-of-file warnings, as gcc -O0 gives them', () => {
  for (const [program, least] of [['uninitialized.c', 100], ['unused_globals.c', 40]] as const) {
    it(`${program}: the same warnings and notes as gcc, in its order, under each flag set`, async () => {
      let warned = 0;
      for (const flags of FLAG_SETS) {
        const args = ['-c', ...flags, program, '-o', join(out, 'u.o')];
        const expected = programLines(program, gccStderr(['-O0', ...args]));
        expect(programLines(program, await ourStderr(args)), flags.join(' ')).toEqual(expected);
        warned += expected.length;
      }
      // Not a comparison of two silences.
      expect(warned).toBeGreaterThan(least);
    });
  }

  it('-Wunused-function is in -Wunused (and so -Wall), and named on its own beats it', () => {
    const picked = (...flags: string[]): boolean => parseCcArgs([...flags, 'x.c']).optionalWarnings.includes('unused-function');
    expect([picked(), picked('-Wall'), picked('-Wunused'), picked('-Wunused-function')]).toEqual([false, true, true, true]);
    expect([picked('-Wall', '-Wno-unused'), picked('-Wno-unused-function', '-Wall'), picked('-Wno-unused', '-Wunused-function')]).toEqual([false, false, true]);
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
