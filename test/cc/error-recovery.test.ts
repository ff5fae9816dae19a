/**
 * Going on after an error (compiler/cc/recovery.ts): a file whose functions each hold a
 * slip gets the first error of every function, as gcc reports it, in one compile; warnings
 * given after an error keep their place (and -Werror's form); an error at file scope, or a
 * body whose braces never close, still ends the compile. The oracle is gcc, run on each.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../scratch.js';
import { ourStderr } from './warning-oracle.js';

const dir = scratchDir('error-recovery-');

const PRELUDE = '#include <stdio.h>\nstruct node { int v; struct node *next; } n, *p;\nint x;\nint f(int, int);\n';

/** Function bodies with a beginner's slip each (braces balanced: the function ends where it should). */
const SLIPS = [
  'int y = 1 return y;', 'return undefined_name + 1;', 'int y = n * 2; return y;', 'f(1); return 0;', 'int y = p.v; return y;',
  'x = 1\n  return x;', 'int i = 0; int y = i->v; return y;', 'if (x > 1 { return 1; } return 0;', 'while (x < 3 x++; return 0;',
  'for (x = 0 x < 3; x++) ; return 0;', 'int b[2] = {1 2}; return b[0];', 'switch (x) { case 1 x++; } return 0;',
  'goto missing; return 0;', 'break; return 0;', 'int y = x(); return y;', 'struct undefined *u; int y = u->a; return y;',
  'int *q = &3; return *q;', 'return n.w;',
];

/** A program of functions f0, f1...: each slip in one, a correct function after each. */
function program(bodies: readonly string[]): string {
  const fns = bodies.map((b, i) => `int f${i}(void)\n{\n  ${b}\n}\n\nint ok${i}(int a)\n{\n  return a + ${i};\n}\n`);
  return `${PRELUDE}${fns.join('\n')}\nint main(void)\n{\n  return ok0(1);\n}\n`;
}

/** The `file:line:col: error: ...` lines, quotes made plain. */
function errorLines(text: string): string[] {
  return text.split('\n').filter((l) => /: error: /.test(l)).map((l) => l.replace(/[‘’]/g, "'"));
}

/** gcc's first error in each function, in order (gcc goes on inside a function too; we do not). */
function firstErrorOfEachFunction(text: string): string[] {
  const out: string[] = [];
  let place = '';
  let taken = '';
  for (const line of text.split('\n')) {
    const context = /: (In function '[^']*'|At top level):$/.exec(line.replace(/[‘’]/g, "'"));
    if (context) place = context[1];
    if (!/: error: /.test(line) || (taken === place && place !== 'At top level')) continue;
    out.push(line.replace(/[‘’]/g, "'"));
    taken = place;
  }
  return out;
}

function compileWith(name: string, text: string, args: string[]): { file: string; gcc: string; status: number | null } {
  const file = join(dir, name);
  writeFileSync(file, text);
  const r = spawnSync('gcc', [...args, '-c', file, '-o', '/dev/null'], { encoding: 'utf8' });
  return { file, gcc: r.stderr, status: r.status };
}

describe('errors in several functions, reported in one compile as gcc reports them', () => {
  it('the first error of every function with a slip, each in its place', async () => {
    const { file, gcc } = compileWith('slips.c', program(SLIPS), []);
    const expected = firstErrorOfEachFunction(gcc);
    expect(expected.length).toBe(SLIPS.length);
    expect(errorLines(await ourStderr(['-c', file, '-o', '/dev/null']))).toEqual(expected);
  });

  it('warnings after the first error keep their place among the errors, as errors under -Werror', async () => {
    const text = `${PRELUDE}int a(void)\n{\n  return z;\n}\n\nint b(void)\n{\n  undeclared_function(1);\n  return 0;\n}\n\nint c(void)\n{\n  return n + 1;\n}\n`;
    const plain = compileWith('warned.c', text, []);
    const ours = await ourStderr(['-c', plain.file, '-o', '/dev/null']);
    const lines = (t: string): string[] => t.split('\n').filter((l) => /: (error|warning): /.test(l)).map((l) => l.replace(/[‘’]/g, "'"));
    expect(lines(ours)).toEqual(lines(plain.gcc));
    const werror = compileWith('warned.c', text, ['-Werror']);
    expect(lines(await ourStderr(['-Werror', '-c', werror.file, '-o', '/dev/null']))).toEqual(lines(werror.gcc));
  });

  it('without warnings (-w, and the kernel build) the errors are all printed too', async () => {
    const { file, gcc } = compileWith('quiet.c', program(SLIPS.slice(0, 4)), ['-w']);
    expect(errorLines(await ourStderr(['-w', '-c', file, '-o', '/dev/null']))).toEqual(firstErrorOfEachFunction(gcc));
  });

  it('an error at file scope ends the compile (gcc goes on; what came before is reported)', async () => {
    const text = `int a(void)\n{\n  return z;\n}\nint g int h;\nint b(void)\n{\n  return w;\n}\n`;
    const { file, gcc } = compileWith('top.c', text, []);
    const ours = errorLines(await ourStderr(['-c', file, '-o', '/dev/null']));
    expect(ours).toEqual(firstErrorOfEachFunction(gcc).slice(0, 2));
  });

  it('a body whose braces never close: its first error, and nothing made up after it', async () => {
    const text = `int a(void)\n{\n  if (1) {\n  return z;\n}\nint b(void)\n{\n  return 0;\n}\n`;
    const { file, gcc, status } = compileWith('open.c', text, []);
    expect(status).toBe(1);
    const ours = errorLines(await ourStderr(['-c', file, '-o', '/dev/null']));
    expect(ours).toEqual(errorLines(gcc).slice(0, 1));
  });
});
