/**
 * The warnings a first C course most needs, as gcc 12 gives them: printf/scanf formats
 * against their arguments (-Wformat), precedence slips (-Wparentheses), variables never
 * used or only stored into (-Wunused-variable, -Wunused-but-set-variable), all on with
 * -Wall, and the ones gcc always gives: a pointer compared with an integer, a function
 * called without a declaration (and gcc's built-in one it then contradicts). The oracle is gcc itself: for
 * each program of test/cc/warnings and each set of flags, `tcc-lite cc -fsyntax-only`
 * must print the same warning lines — file, line, column and message — as
 * `gcc -fsyntax-only` (quotes aside: gcc's are typographic). parentheses.c is indented
 * with tabs, and has tabs inside a line: columns are gcc's display columns. The programs
 * avoid typedef'd argument types (gcc adds "{aka ...}", which we cannot yet).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { parseCcArgs } from '../../cli/commands/cc-args.js';
import { compileC } from '../../compiler/cc/index.js';

const dir = join(import.meta.dirname, 'warnings');

/** The `file:line:col: warning: ...` lines of a compiler's diagnostics, quotes made plain. */
function warningLines(text: string): string[] {
  return text.split('\n').filter((l) => /: (warning|error): /.test(l)).map((l) => l.replace(/[‘’]/g, "'"));
}

function gccWarnings(file: string, flags: string[]): string[] {
  const r = spawnSync('gcc', ['-fsyntax-only', ...flags, file], { encoding: 'utf8', cwd: dir });
  return warningLines(r.stderr);
}

async function ourWarnings(file: string, flags: string[]): Promise<string[]> {
  let text = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  });
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    await cc(['-fsyntax-only', ...flags, file]);
  } finally {
    process.chdir(cwd);
    spy.mockRestore();
  }
  return warningLines(text);
}

const FLAG_SETS = [
  [], ['-Wall'], ['-Wall', '-Wno-format'], ['-Wall', '-Wno-parentheses'], ['-Wformat'], ['-Wparentheses'], ['-Wall', '-w'],
  ['-Wunused'], ['-Wall', '-Wno-unused-variable'], ['-Wall', '-Wno-unused-but-set-variable'], ['-Wall', '-Wno-unused'],
];

describe('-Wall warnings, as gcc gives them', () => {
  afterEach(() => vi.restoreAllMocks());

  for (const program of ['format.c', 'parentheses.c', 'pointer_compare.c', 'unused.c', 'implicit.c']) {
    it(`${program}: the same lines as gcc under each flag set`, async () => {
      let warned = 0;
      for (const flags of FLAG_SETS) {
        const expected = gccWarnings(program, flags);
        expect(await ourWarnings(program, flags), flags.join(' ')).toEqual(expected);
        warned += expected.length;
      }
      // Not a comparison of two silences: each program draws warnings.
      expect(warned).toBeGreaterThan(3);
    });
  }

  it('checks a format literal of any length (300,000 characters: no stack overflow)', () => {
    const src = `int printf(const char *, ...);\nint main(void) { return printf("${'a'.repeat(300_000)}%d\\n", 1L); }\n`;
    const { warnings } = compileC(src, { fileName: 'long.c', optionalWarnings: ['format'] });
    expect(warnings.map((w) => w.message)).toEqual(["format '%d' expects argument of type 'int', but argument 2 has type 'long int' [-Wformat=]"]);
  });

  it('-Wall turns on -Wformat, -Wparentheses and -Wunused-(but-set-)variable; a later -Wno- or -Wformat=0 turns one off', () => {
    const warnings = (...flags: string[]): string[] => [...parseCcArgs([...flags, 'x.c']).optionalWarnings].sort();
    const unused = ['unused-but-set-variable', 'unused-variable'];
    expect(warnings()).toEqual([]);
    expect(warnings('-Wall')).toEqual(['format', 'parentheses', ...unused]);
    expect(warnings('-Wall', '-Wno-format')).toEqual(['parentheses', ...unused]);
    expect(warnings('-Wall', '-Wformat=0')).toEqual(['parentheses', ...unused]);
    expect(warnings('-Wno-parentheses', '-Wall')).toEqual(['format', 'parentheses', ...unused]);
    expect(warnings('-Wall', '-Wno-unused')).toEqual(['format', 'parentheses']);
    expect(warnings('-Wformat=2')).toEqual(['format']);
  });
});
