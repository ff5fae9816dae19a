/**
 * The expression fast path (compiler/cc/parser-fast-expr.ts) must be invisible: with it
 * and without it (the chevrotain rules alone), every program compiles to the same
 * assembly with the same warnings, and every broken one fails with the same error.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preprocess } from '../../compiler/cpp/index.js';
import { outcome as compileWith } from './fast-outcome.js';

/** The expression fast path on or off (statements as the compiler runs them). */
const outcome = (text: string, fast: boolean): string => compileWith(text, { statements: true, expressions: fast });

function expectSame(text: string): string {
  const fast = outcome(text, true);
  expect(fast).toBe(outcome(text, false));
  return fast;
}

const programsDir = join(import.meta.dirname, 'programs');
const include = join(import.meta.dirname, '../../userland/libc/include');

describe('expression fast path', () => {
  it('compiles every test program exactly as the grammar rules do', () => {
    const files = readdirSync(programsDir).filter((f) => f.endsWith('.c'));
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const text = preprocess(join(programsDir, f), {
        includePaths: [], systemIncludePaths: [include], defines: [], undefines: [], forceIncludes: [],
      }).text;
      expectSame(text);
    }
  });

  // Expressions inside and outside the fast path's subset, well formed or not.
  const bodies = [
    'x = a + b * c - d / 2 % 3 << 1 >> 2 & 7 | 8 ^ 9;',
    'x = a < b && b <= c || c > d && d >= a || a == b != c;',
    'x = a ? b : c ? d : a; x = a ?: b; p = q ? p : 0;',
    'x += 1; x -= a; x *= 2; x /= 3; x %= 4; x <<= 1; x >>= 1; x &= 3; x |= 4; x ^= 5;',
    'x = -a + +b - ~c + !d; x = *p + p[1] + *&x; ++x; --x; x++; x--; (*p)++; p++[0] = 1;',
    's.m = 1; ps->m = s.m + ps->n[2]; ps->n[s.m]++; f(1, a, "s" "t")[0];',
    'x = (a, b), c; x = f(g(1), (a, b), h()); x = "abc"[1] + \'c\' + 1.5 + 2.0f + 3u + 4l;',
    'x = (int)a + (long)b; x = sizeof a + sizeof(int) + _Alignof(long); x = (struct S){1}.m;',
    'x = ({ int t = a; t + 1; }); x = __extension__ a; x = a++ + ++a; x = a---b;',
    'x = a + ;', 'x = (a + b;', 'f(1,);', 's.;', 'x = a ? b;', 'x = a b;', 'x = [1];',
    'x = a ? : ;', 'ps->1;', 'x = f(;', 'x = y;', 'x = T + 1;', 'x = ps.m;', 's = 1;',
    'x = 1 +;', 'case 1: ;', 'x = (a)(b);', 'x = a[1;', 'x = --;', 'x = sizeof;',
  ];
  const prelude = `typedef int T; struct S { int m; int n[4]; };
int h(void); int *g(int); int *f(int, int, const char *);`;
  it('gives the same AST, warnings and errors on expression forms', () => {
    let errors = 0;
    for (const body of bodies) {
      const text = `${prelude}\nint fn(int a, int b, int c, int d, int *p, int *q, struct S s, struct S *ps) {
  int x = 0; ${body} return x; }\n`;
      if (expectSame(text).startsWith('error') || expectSame(text).startsWith('syntax')) errors++;
    }
    expect(errors).toBeGreaterThan(10);
  });
});
