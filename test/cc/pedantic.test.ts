/**
 * -pedantic and -pedantic-errors, compared with gcc 12: the diagnostics ISO C requires
 * ("pedwarns") are warnings by default (or only with -pedantic, marked [-Wpedantic]) and
 * errors with -pedantic-errors; -w silences them.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { compileC } from '../../compiler/cc/index.js';
import { preprocess } from '../../compiler/cpp/index.js';
import { CompileError, type Diagnostic } from '../../compiler/diagnostics.js';

interface Outcome {
  /** The first error's message, or undefined when the file compiles. */
  error: string | undefined;
  /** The warnings' messages. */
  warnings: string[];
}

function ours(src: string, flags: { pedantic?: boolean; pedanticErrors?: boolean; warnings?: boolean }): Outcome {
  const readFile = (p: string): string | undefined => (p === 't.c' ? src : undefined);
  const warnings: Diagnostic[] = [];
  try {
    const pp = preprocess('t.c', { readFile, std: 'c11', pedanticErrors: flags.pedanticErrors });
    warnings.push(...pp.warnings);
    const r = compileC(pp.text, { fileName: 't.c', std: 'c11', warnings: flags.warnings, ...flags });
    warnings.push(...r.warnings);
    return { error: undefined, warnings: warnings.map((w) => w.message) };
  } catch (e) {
    if (e instanceof CompileError) return { error: e.diagnostic.message, warnings: [] };
    throw e;
  }
}

function gcc(src: string, flags: string[]): Outcome {
  const r = spawnSync('gcc', ['-std=c11', '-fsyntax-only', ...flags, '-x', 'c', '-'], { input: src, encoding: 'utf8' });
  const messages = (kind: string): string[] =>
    [...r.stderr.matchAll(new RegExp(`${kind}: (.*)`, 'g'))].map((m) => m[1].replace(/[‘’]/g, "'"));
  return { error: r.status === 0 ? undefined : messages('error')[0], warnings: messages('warning') };
}

/** Programs gcc 12 pedwarns about, with the message both compilers give. */
const PEDANTIC_ONLY = [
  { src: 'int main(void) { int a[0]; return 0; }\n', message: "ISO C forbids zero-size array 'a' [-Wpedantic]" },
  { src: 'struct t { int n; int a[0]; };\n', message: "ISO C forbids zero-size array 'a' [-Wpedantic]" },
  { src: 'void f(int n) { struct s { int a[n]; }; }\n', message: 'a member of a structure or union cannot have a variably modified type [-Wpedantic]' },
  { src: 'struct u {};\n', message: 'struct has no members [-Wpedantic]' },
  { src: 'int g(int x) { switch (x) { case 1 ... 3: return 1; } return 0; }\n', message: 'range expressions in switch statements are non-standard [-Wpedantic]' },
  { src: '[[maybe_unused]] static int v;\n', message: "ISO C does not support '[[]]' attributes before C2X [-Wpedantic]" },
  { src: '', message: 'ISO C forbids an empty translation unit [-Wpedantic]' },
  { src: 'void *f(void *p) { return p + 1; }\n', message: "pointer of type 'void *' used in arithmetic [-Wpointer-arith]" },
  { src: 'long f(void *p, void *q) { return p - q; }\n', message: "pointer of type 'void *' used in subtraction [-Wpointer-arith]" },
  { src: 'typedef int F(void);\nF *f(F *g) { return g - 1; }\n', message: 'pointer to a function used in arithmetic [-Wpointer-arith]' },
  { src: 'void f(void *p) { p++; }\n', message: 'wrong type argument to increment [-Wpointer-arith]' },
  { src: 'void f(void *p) { --p; }\n', message: 'wrong type argument to decrement [-Wpointer-arith]' },
  { src: 'unsigned long n = sizeof(void);\n', message: "invalid application of 'sizeof' to a void type [-Wpointer-arith]" },
  { src: 'int f(void);\nunsigned long n = sizeof f;\n', message: "invalid application of 'sizeof' to a function type [-Wpointer-arith]" },
  { src: 'struct f { int n; int a[]; };\nstruct o { int m; struct f x; };\n', message: 'invalid use of structure with flexible array member [-Wpedantic]' },
  { src: 'struct f { int n; int a[]; };\nstruct f v[2];\n', message: 'invalid use of structure with flexible array member [-Wpedantic]' },
  { src: 'struct f { int n; int a[]; };\nunion u { struct f x; };\nstruct o { union u y; };\n', message: 'invalid use of structure with flexible array member [-Wpedantic]' },
  { src: '_Static_assert(1);\n', message: "ISO C11 does not support omitting the string in '_Static_assert' [-Wpedantic]" },
  { src: 'void g(void);\nvoid f(void) { return g(); }\n', message: "ISO C forbids 'return' with expression, in function returning void [-Wpedantic]" },
  { src: 'enum e { A = 0x100000000 };\n', message: "ISO C restricts enumerator values to range of 'int' [-Wpedantic]" },
  { src: 'void f(void) { l: }\n', message: 'label at end of compound statement [-Wpedantic]' },
  { src: 'int f(int x) { switch (x) { case 1: int y = x; return y; } return 0; }\n', message: 'a label can only be part of a statement and a declaration is not a statement [-Wpedantic]' },
  { src: 'int f(void) { register int a[2]; a[0] = 1; return 0; }\n', message: "ISO C forbids subscripting 'register' array [-Wpedantic]" },
  { src: 'int main(void);\nvoid *v = main;\n', message: "ISO C forbids initialization between function pointer and 'void *' [-Wpedantic]" },
  { src: 'int main(void);\nint f(void *v) { return v == main; }\n', message: "ISO C forbids comparison of 'void *' with function pointer [-Wpedantic]" },
  { src: 'int main(void);\nvoid *f(int c, void *v) { return c ? v : main; }\n', message: "ISO C forbids conditional expr between 'void *' and function pointer [-Wpedantic]" },
  { src: 'int f(int *p) { return p < 0; }\n', message: 'ordered comparison of pointer with integer zero [-Wpedantic]' },
  { src: 'void main(void) { }\n', message: "return type of 'main' is not 'int' [-Wmain]" },
  { src: 'int main(int argc) { return argc; }\n', message: "'main' takes only zero or two arguments [-Wmain]" },
  { src: 'int f(int) { return 0; }\n', message: 'ISO C does not support omitting parameter names in function definitions before C2X [-Wpedantic]' },
  { src: 'void f(void *p) { goto *p; }\n', message: "ISO C forbids 'goto *expr;' [-Wpedantic]" },
];

/** Pedwarns gcc gives without -pedantic (constraint violations it accepts). */
const BY_DEFAULT = [
  { src: 'void f(void) { return 42; }\n', message: "'return' with a value, in function returning void" },
  { src: 'int f(void) { return; }\n', message: "'return' with no value, in function returning non-void" },
  { src: 'int main(void) { char s[2] = "abc"; return s[0]; }\n', message: "initializer-string for array of 'char' is too long" },
  { src: '#define X 1\n#define X 2\nint x = X;\n', message: '"X" redefined' },
  { src: '_Noreturn int x;\n', message: "variable 'x' declared '_Noreturn'" },
  { src: 'inline int x;\n', message: "variable 'x' declared 'inline'" },
  { src: 'f(void) { return 0; }\n', message: "return type defaults to 'int' [-Wimplicit-int]" },
  { src: 'int f(int *p, long *q) { return p == q; }\n', message: 'comparison of distinct pointer types lacks a cast' },
  { src: 'int f(int *p) { return p == 1; }\n', message: 'comparison between pointer and integer' },
  { src: 'int x = { 1, 2 };\n', message: 'excess elements in scalar initializer' },
  { src: 'int *f(int c, int *p, long *q) { return c ? p : (int *)q; }\nlong g(int c, int *p, long *q) { return *(c ? p : q); }\n', message: 'pointer type mismatch in conditional expression' },
  { src: 'int *f(int c, int *p) { return c ? p : 1; }\n', message: 'pointer/integer type mismatch in conditional expression' },
  { src: 'inline int main(void) { return 0; }\n', message: "cannot inline function 'main'" },
  { src: 'inline int g(void) { static int y = 0; return y; }\n', message: "'y' is static but declared in inline function 'g' which is not static" },
  { src: 'int main(void) { return main; }\n', message: "returning 'int (*)(void)' from a function with return type 'int' makes integer from pointer without a cast [-Wint-conversion]" },
];

/** Also pedwarns by default, where our wording differs from gcc's: only the outcome is compared. */
const BY_DEFAULT_OTHER_WORDS = [
  'void f(int a) {}\nvoid (*ptr)(float);\nint main(void) { ptr = f; return 0; }\n',
  'int main(void) { int a[2] = {1, 2, 3}; return a[0]; }\n',
  'int *p = 5;\n',
  'int f(int *r) { long m = r; return (int)m; }\n',
  'int main(void) { return foo(); }\n',
];

describe('-pedantic and -pedantic-errors, as gcc 12', () => {
  it('warns about ISO C extensions only with -pedantic, and fails with -pedantic-errors', () => {
    for (const { src, message } of PEDANTIC_ONLY) {
      expect(gcc(src, []).warnings, src).toEqual([]);
      expect(ours(src, {}).warnings, src).toEqual([]);
      expect(gcc(src, ['-pedantic']).warnings[0], src).toBe(message);
      expect(ours(src, { pedantic: true }).warnings[0], src).toBe(message);
      expect(gcc(src, ['-pedantic-errors']).error, src).toBe(message);
      expect(ours(src, { pedanticErrors: true }).error, src).toBe(message);
    }
  });

  it('gives the default pedwarns as warnings, and as errors with -pedantic-errors', () => {
    for (const { src, message } of BY_DEFAULT) {
      expect(gcc(src, []).warnings[0], src).toBe(message);
      expect(ours(src, {}).warnings[0], src).toBe(message);
      expect(gcc(src, ['-pedantic-errors']).error, src).toBe(message);
      expect(ours(src, { pedanticErrors: true }).error, src).toBe(message);
    }
    for (const src of BY_DEFAULT_OTHER_WORDS) {
      expect(ours(src, {}).error, src).toBeUndefined();
      expect(gcc(src, ['-pedantic-errors']).error, src).toBeDefined();
      expect(ours(src, { pedanticErrors: true }).error, src).toBeDefined();
    }
  });

  it('is silenced by -w, even with -pedantic-errors', () => {
    const src = 'int main(void) { int a[0]; char s[1] = "ab"; return 0; }\n';
    expect(gcc(src, ['-w', '-pedantic-errors']).error).toBeUndefined();
    expect(ours(src, { warnings: false, pedanticErrors: true }).error).toBeUndefined();
  });

  it('accepts what ISO C allows', () => {
    const src = 'char s[3] = "abc";\nstruct f { int n; int a[]; };\nunion u { struct f x; int y; };\nstruct g { struct f *p; };\n' +
      '_Static_assert(1, "m");\nvoid (*fp)(void) = 0;\n' +
      'int cmp(int *p, const int *q, void *v) { return (p == q) + (p == v) + (p != 0) + (q < p) + (fp == 0) + (fp != (void *)0); }\n' +
      'static inline int si(void) { static int k; return k; }\ninline int ci(void) { static const int c = 1; return c; }\n' +
      'int *pick(int c, int *p, void *v) { return c ? p : v; }\nint *pick0(int c, int *p) { return c ? p : 0; }\n' +
      'int main(int argc, char **argv) { int n = 2; int v[n]; v[0] = 0; l: v[0]++; (void)argv; return v[0] + (int)sizeof(struct f) + argc; }\n';
    expect(gcc(src, ['-pedantic-errors']).error).toBeUndefined();
    expect(ours(src, { pedanticErrors: true }).error).toBeUndefined();
  });
});
