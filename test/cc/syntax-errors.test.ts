/**
 * The first error of a program with one classic slip, as gcc 12 reports it (file, line,
 * column and words): a forgotten `;`, `)`, `]` or `:` (placed just after the token it
 * should follow), gcc's lists of what could come next in a declaration, `.` for `->` and
 * back, a call with the wrong number of arguments, operands of the wrong type, columns
 * on a line where a macro expanded to more or less text than its name, a `;` forgotten
 * after a prototype or a struct, parameters without a type, misspelt names (with gcc's
 * suggestion or none). The oracle is gcc
 * itself, run on each.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../scratch.js';
import { ourStderr } from './warning-oracle.js';

const dir = scratchDir('syntax-errors-');

const PRELUDE = '#include <stdio.h>\n#include <stdbool.h>\n#define LONGER_THAN_ITS_NAME (1 + 2 + 3)\n' +
  'struct node { int v; struct node *next; } n, *p;\nint x, a[3];\nint f(int, int);\nint (*fp)(int);\n' +
  'struct s { int (*cb)(int); } st, *ps;\n';

/** Function bodies, each with one mistake. */
const BODIES = [
  'int y = 1 return y;', 'int y return y;', 'x = 1\n  return x;', 'return 0', 'x++ }', 'if (x > 1 { return 1; }',
  'a[1 = 2;', 'f(1, 2;', 'f(1 2);', 'x = x ? 1 2;', 'while (x < 3 x++;', 'for (x = 0 x < 3; x++) ;',
  'do { x++; } while (x < 3) return 0;', 'int b[2] = {1 2};', 'switch (x) { case 1 x++; }', 'switch (x) { case 1 ... 3 x++; }',
  'switch (x) { default x++; }', 'goto;', 'static int y int z;', 'int y, z int w;', 'struct t { int a; } y\n  return 0;',
  'int y = n->v;', 'int y = p.v;', 'int i; int y = i->v;', 'int i; int y = i.v;', 'int y = p->w;',
  'f(1);', 'f(1, 2, 3);', 'fp(1, 2);', 'st.cb(1, 2);', 'ps->cb();',
  'bool b = true; int y = LONGER_THAN_ITS_NAME; char *q = x; return y;', 'int y = EOF; char *q = y + 1; return y;',
  'int y = n * 2;', 'int y = 1 << 2.0;', 'int y = x % 0.5;', 'int y = p % 2;', 'int y = n == n;', 'int y = 1 != n;', 'int y = !n;',
  'int y = n && 1;', 'int y = 1 || n;', 'int y = n ? 1 : 2;', 'if (n) return 1;', 'struct undefined *u; int y = u->a;',
  'int y = x();', 'int y = n.v();', 'int y = (x + 1)();', 'x = f(;', 'x = f(int);', 'int y = p->;', 'x = f(1 int);',
  'Int y = 1;', 'static Int y;', 'int y = conut;', 'int y = n.vv;', 'int y = sizof(x);', 'int y = flot;',
  'x = 3; else x = 4;', 'if (x) { x++; }; else x--;', 'retrun 0;', 'x 0;', 'void *v = 0; int y = *v;', 'void *v = 0; x = *v;', 'void *v = 0; x = v[1];',
  'for (int i = 0, i < 3, i++) {}', 'int[] b = {1, 2};', 'char *s = "abc" + "d";', 'string s;', 'int y = 1; return &y;',
];

/** File-scope declarations, each with one mistake. */
const DECLARATIONS = [
  'int y = 1 int z;', 'int y int z;', 'int y = 1 static int z;', 'struct t { int a int b; };', 'struct t { int a : 3 int b; };',
  'struct t { int a, b int c; };', 'int g(struct undeclared *q);\nstruct undeclared { int a; };\nint h(void) { struct undeclared u; return g(&u); }',
  'int add(int a, int b)\nint main(void) { return 0; }', 'int add(int a, int b)\nextern int k;\nint main(void) { return 0; }',
  'struct t { int a; }\nint main(void) { return 0; }', 'enum e { A, B }\nvoid g(void) {}', 'int g(int a, b);', 'int g(int a b);',
  'int g(const char *fmt, va_listap);', 'typedef Int T;', 'struct t { Int a; };',
];

/** Whole programs with one preprocessing slip. */
const PREPROCESSING = [
  '#include <stdio.h\nint main(void) { return 0; }\n', '#include "not_there.h"\nint main(void) { return 0; }\n',
  '#define MAX(a, b) ((a) > (b) ? (a) : (b))\nint main(void) { return MAX(1); }\n',
  '#define MIN(a, b) a\nint main(void) { return MIN(1, 2, 3); }\n', '#if 1\nint main(void) { return 0; }\n',
  '#ifdef\n#endif\nint main(void) { return 0; }\n', '#warning careful\nint main(void) { return 0; }\n',
  'int main(void) { char *s = "unterminated; return 0; }\n', 'int main(void) { double d = 2ex; return 0; }\n',
  'int main(void) { int x = 12abc; return x; }\n',
];

/** The first diagnostic (an error, or a warning where the mistake only gets one). */
function firstDiagnostic(text: string): string | undefined {
  return text.split('\n').find((l) => /: (warning|error|fatal error): /.test(l))?.replace(/[‘’]/g, "'");
}

describe('syntax and usage errors, as gcc reports them', () => {
  const programs = [...BODIES.map((b) => `${PRELUDE}int main(void)\n{\n  ${b}\n}\n`), ...DECLARATIONS.map((d) => `${PRELUDE}${d}\n`), ...PREPROCESSING];
  const names = [...BODIES, ...DECLARATIONS, ...PREPROCESSING];
  programs.forEach((program, i) => {
    it(`${names[i].split('\n')[0]}`, async () => {
      const file = join(dir, `e${i}.c`);
      writeFileSync(file, program);
      const gcc = firstDiagnostic(spawnSync('gcc', ['-fsyntax-only', file], { encoding: 'utf8' }).stderr);
      expect(gcc).toBeDefined();
      expect(firstDiagnostic(await ourStderr(['-fsyntax-only', file]))).toBe(gcc);
    });
  });
});
