/**
 * The statement and declaration fast paths (compiler/cc/parser-fast-stmt.ts,
 * parser-fast-decl.ts) must be invisible: with them and without them (the chevrotain rules
 * alone), every program compiles to the same assembly with the same warnings, and every
 * broken one fails with the same error at the same place — on the test programs, on
 * statement and declaration forms written to reach every branch, and on random mutations.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenMatcher } from '../../compiler/cc/chevrotain.js';
import { DeclKeyword, Kw } from '../../compiler/cc/lexer.js';
import { QUALIFIER, specifierClass, TAG_KEYWORD, TYPE_KEYWORD } from '../../compiler/cc/parser-fast-decl.js';
import { expressionStartTokens } from '../../compiler/cc/parser-fast-stmt.js';
import { newSpecState } from '../../compiler/cc/parser-specifiers.js';
import { preprocess } from '../../compiler/cpp/index.js';
import { ALL_OFF, ALL_ON, outcome, parser } from './fast-outcome.js';


function expectSame(text: string): string {
  const fast = outcome(text, ALL_ON);
  expect(fast, text).toBe(outcome(text, ALL_OFF));
  // The statement paths also fall back to the expression rules when those are on their own.
  expect(outcome(text, { statements: true, expressions: false }), text).toBe(fast);
  return fast;
}

const programsDir = join(import.meta.dirname, 'programs');
const include = join(import.meta.dirname, '../../userland/libc/include');

function preprocessed(file: string): string {
  return preprocess(join(programsDir, file), {
    includePaths: [], systemIncludePaths: [include], defines: [], undefines: [], forceIncludes: [],
  }).text;
}

describe('statement and declaration fast paths', () => {
  it('compile every test program exactly as the grammar rules do', () => {
    const files = readdirSync(programsDir).filter((f) => f.endsWith('.c'));
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) expectSame(preprocessed(f));
  });

  const prelude = `typedef int T; typedef const int CT; struct S { int m; int n[4]; }; enum E { A, B };
int h(void); int *g(int); void f(int *p) { (void)p; }`;
  // Statements and declarations inside and outside the fast paths' subsets, good or broken.
  const bodies = [
    'int i, j; long acc = 0; struct S tmp; const char *s = "x"; static int t4[4] = {1, 2, 3, 4}; T v = 3; x = i = j = 0;',
    'unsigned long long u = 1; char buf[16], *bp = buf; CT c = 2; const T ct = 1; T const tc = 2; x = (int)u + *bp + c + ct + tc;',
    'register int r = 1; volatile int v2 = 2; int const c2 = 3; int *const cp = &x; int * volatile * vp = 0; x = r + v2 + c2 + *cp + (vp != 0);',
    'enum E e = B; struct S *ps2 = ps; enum F { G = 5 } ef = G; x = e + ps2->m + ef;',
    'int arr[] = {1, 2}; char str[] = "abc"; int m2[2][3]; int vla[a + 1]; x = sizeof arr + sizeof str + sizeof m2 + sizeof vla;',
    'for (int k = 0; k < 3; k++) x += k; for (;;) break; for (x = 0; ; ) { if (x) break; x++; } for (T k = 0, q = 1; k < q; k++) ;',
    'while (x < 10) x++; do x--; while (x > 0); do { continue; } while (0); while (0) { break; }',
    'switch (a) { case 1: x = 1; break; case 2 ... 4: x = 2; default: x = 3; } switch (b) case 1: x++;',
    'L: x++; if (x < 3) goto L; M: ; { N: } if (a) x = 1; else if (b) x = 2; else { x = 3; }',
    'L: int y = 1; x = y; switch (a) { case 0: int z = 2; x = z; default: }',
    'typedef int U; { int U = 3; x = U; } { U y = 2; x = y; } int T = 1, y = T + 1; x = y;',
    'unsigned T; T = 4; x = T;',
    'x = (int)a; x = (long)b << 3; x = sizeof(int) + sizeof a; return (long)x;',
    '__extension__ int z = 1; _Static_assert(1, "one"); __label__ lab; lab: x = z; asm("nop"); x = ({ int t = 1; t; });',
    'int f2(int); int (*fp)(int) = 0; int *q2[3]; x = fp == 0 && q2 != 0;',
    'auto int ai = 1; typedef long L2; L2 l2 = 5; struct Q { int q; } qq = {1}; x = ai + l2 + qq.q;',
    'void *lp = &&L3; goto *lp; L3: ; x = 1; L4: __attribute__((unused)) ; ',
    'struct S s2 = { .m = 1 }, s3 = s2, *ps3 = &s3; int ia = 1, ib[2] = { [1] = 2 }; x = s3.m + ps3->m + ia + ib[1];',
    'T (x2); T *px = &x2, **ppx = &px; x = **ppx;',
    'int (y3) = 2; typeof(x) tx = 1; _Alignas(8) int al = 1; const (z3); __typeof__(y3) *py = &y3; x = y3 + tx + al + *py;',
    'x = (int)a + (T)b + *(T *)p + (int)(long)(char)c; x += -(int)d * (unsigned long)x; (void)0; x = (int){1} + (struct S *)ps != 0;',
    'x = (const char *)"s" != 0; x = (enum E)1 + (struct S *)0 == 0; x = (unsigned)(long long)p[1] >> (int)2; f((int *)q);',
    'x = sizeof(int) + sizeof x + sizeof(struct S) * 2 + sizeof ps->n[1] + sizeof(T *) + sizeof -(char)x + sizeof sizeof x;',
    'x = sizeof(int[3]) + sizeof (x) + sizeof(int){1} + sizeof "abc" + sizeof(const char *) + (int)sizeof(long);',
    'int vla2[a]; x = sizeof vla2 + sizeof(int (*)[a]) + sizeof(enum E) + sizeof(unsigned short);',
    // broken
    'x = sizeof(struct Undef);', 'x = sizeof(int;', 'x = sizeof;', 'x = sizeof(int) x;', 'x = sizeof(void) + sizeof f;',
    'x = (int x)a;', 'x = (int;', 'x = (int)', 'x = (int);', 'x = (struct Undef *)0 != 0;', 'x = (void)0;', 'x = (T)ps;',
    'x = (int *)1.5;', 'x = (struct S)a;', 'x = (T (*)(int))0 != 0;', 'x = (int[2])p;', 'x = (long)(;',
    'int i j;', 'int 5;', 'int = 3;', 'T = 1;', 'T + 1;', 'a b;', 'x y = 1;', 'for (i j; ;) ;', 'for ( ) ;',
    'for (x = 0; x < 1; x++ ;', 'if x) ;', 'if (x ;', 'while (x) ', 'do x++; while (x)', 'do x++ while (x);',
    'switch (x) { case : ; }', 'case 1: ;', 'break;', 'continue;', 'goto ;', 'goto 1;', 'return x x;', 'return }',
    'default: ;', 'int a2[;', 'int a2[3;', 'int a2[] = ;', 'int a2 = {;', 'struct S s = 1, ;', 'int *;', 'int x3, ;',
    'else x = 1;', '{ int x4; ', 'x = 1', 'int c = 1 int d;', 'long long long l;', 'short long sl;', 'int char ic;',
    'struct Undef u;', 'int arr[];', 'void v;', 'int dup; int dup;', 'static int s2 = x;', '__auto_type q;',
    'case 1 ... : ;', 'L: L: ;', 'goto nowhere;', 'T T2 = T;', 'int a3[-1];', 'struct S *p = 1;', 'int x5 = y5;',
    'for (int k = 0; k < 1; k++', 'for (T k; ) ;', 'while', 'if (x) else ;', 'switch (ps) ;', 'x = a ? b;',
    'return;', 'int *p6 = &; ', 'enum Undef2 eu; x = eu;', 'const;', 'unsigned;', 'T;', 'x = (T);',
  ];
  it('give the same AST, warnings and errors on statement and declaration forms', () => {
    let errors = 0;
    for (const body of bodies) {
      const text = `${prelude}\nint fn(int a, int b, int c, int d, int *p, int *q, struct S s, struct S *ps) {
  int x = 0; ${body} return x; }\n`;
      const r = expectSame(text);
      if (r.startsWith('error') || r.startsWith('syntax')) errors++;
    }
    expect(errors).toBeGreaterThan(50);
  });

  it('give the same result on file-scope declarations', () => {
    const files = [
      'int a, *b = &a, c[3] = {1}; static const char *s = "s"; T t; struct S gs; enum E ge = B;',
      'unsigned long long u; extern int e; int e; CT k = 1; int main(void) { return a + *b + c[0] + t + gs.m + ge + k + (int)u; }',
      'int a b;', 'int f(void) { return 0; } int g2;', 'static int x[] = { 1, 2 }, y;', 'struct S;', 'int;', 'T f3(T a) { return a; }',
      'int f4(int T, T x);', 'int f5(T, int T, char *argv[], int a[4], ...); int f5(int a, int b, char **c, int *d, ...) { return a; }',
      'static char *f6(const char *s, unsigned long n) { return (char *)s + n; } int f7(), f8(void), *f9(int);',
      'int f10(int a, int b[a]); void f11(void) { int inner(int y) { return y; } (void)inner(1); }', 'int f12(void) int x; { }',
      'int f13(a, b) int a; { return a + b; }', 'int f14(int a,) { }', 'int f15(int a { }', 'int f16(void void);',
      'int f17(x) { return 0; }', 'void f18(int a) { return a; }', 'int f19(int a, ...) = 1;', 'int f20(void) __attribute__((noreturn));',
      'int f21(struct Undef *p, enum E e, struct S s) { return e + s.m + (p != 0); }', 'int f22(void x);', 'int f23(int a[-1]);',
    ];
    for (const f of files) expectSame(`${prelude}\n${f}\n`);
  });

  it('give the same result on random mutations of the test programs', () => {
    // More for an ad-hoc search: FAST_MUTATIONS=2000 FAST_PROGRAMS=all npx vitest run test/cc/fast-stmt.test.ts
    const mutations = Number(process.env.FAST_MUTATIONS ?? 40);
    const all = readdirSync(programsDir).filter((f) => f.endsWith('.c'));
    const programs = process.env.FAST_PROGRAMS === 'all' ? all
      : ['basics.c', 'stmt_scopes.c', 'structs.c', 'nested_functions.c', 'local_labels.c', 'cleanup_for_init.c'].filter((f) => all.includes(f));
    expect(programs.length).toBeGreaterThan(1);
    let seed = 4242;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (const program of programs) {
      const tokens = preprocessed(program).match(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\w+|\s+|[^\w\s]/g) ?? [];
      for (let i = 0; i < mutations; i++) {
        const t = [...tokens];
        const kind = rand(3);
        for (let k = 0; k <= rand(3); k++) {
          const at = rand(t.length);
          if (kind === 0) t.splice(at, 1);
          else if (kind === 1) t.splice(at, 0, t[rand(t.length)]);
          else [t[at], t[rand(t.length)]] = [t[rand(t.length)], t[at]];
        }
        expectSame(t.join(''));
      }
    }
  }, process.env.FAST_MUTATIONS ? 3_600_000 : 60_000);
});

describe('the fast paths agree with the grammar', () => {
  it('FIRST(expr) is the list the statement fast path uses', () => {
    const grammar = new Set(parser.computeContentAssist('expr', []).map((s) => s.nextTokenType.name));
    expect(new Set(expressionStartTokens.map((t) => t.name))).toEqual(grammar);
  });

  it('classifies every declaration keyword as the declspec rule treats it', () => {
    const keywords = Object.values(Kw).filter((k) => (k.categoryMatches ?? []).length === 0 && tokenMatcher({ tokenTypeIdx: k.tokenTypeIdx!, tokenType: k } as never, DeclKeyword));
    expect(keywords.length).toBeGreaterThan(40);
    for (const k of keywords) {
      const tok = { image: k.name.replace(/^Kw_/, ''), tokenTypeIdx: k.tokenTypeIdx!, tokenType: k, startOffset: 0 } as never;
      const c = specifierClass(tok);
      if (c !== QUALIFIER && c !== TYPE_KEYWORD) continue;
      // A type keyword is one after which an identifier is no longer a typedef name.
      const st = newSpecState();
      parser.applyKeyword(st, tok);
      const typeSeen = st.other !== undefined || st.base !== undefined || st.longs > 0 || st.signed || st.unsigned;
      expect(typeSeen, k.name).toBe(c === TYPE_KEYWORD);
    }
    expect(specifierClass({ tokenTypeIdx: Kw.struct.tokenTypeIdx! } as never)).toBe(TAG_KEYWORD);
  });
});
