/**
 * Errors gcc gives that we once missed, found by running small compilers' invalid-program
 * suites (ShivyC's error tests, "Writing a C Compiler"): type specifiers that make no type
 * together, storage classes on members, initialized block-scope externs and a name whose
 * linkage changes. The programs are ours; messages and positions are gcc's unless a comment
 * says otherwise.
 */
import { describe, expect, it } from 'vitest';
import { compileErrorOf } from './error-of.js';

describe('type specifiers that make no type together', () => {
  const cases: [string, string][] = [
    ['unsigned signed int u;\n', "t.c:1:10: error: both 'signed' and 'unsigned' in declaration specifiers"],
    ['void f(void) { signed char c; unsigned signed k; }\n', "t.c:1:40: error: both 'signed' and 'unsigned' in declaration specifiers"],
    ['unsigned unsigned u;\n', "t.c:1:10: error: duplicate 'unsigned'"],
    ['short long s;\n', "t.c:1:7: error: both 'long' and 'short' in declaration specifiers"],
    ['long short s;\n', "t.c:1:6: error: both 'long' and 'short' in declaration specifiers"],
    ['long long long n;\n', "t.c:1:11: error: 'long long long' is too long for GCC"],
    ['long char c;\n', "t.c:1:6: error: both 'long' and 'char' in declaration specifiers"],
    ['char long c;\n', "t.c:1:6: error: both 'long' and 'char' in declaration specifiers"],
    ['long float f;\n', "t.c:1:6: error: both 'long' and 'float' in declaration specifiers"],
    ['double long long d;\n', "t.c:1:13: error: both 'long long' and 'double' in declaration specifiers"],
    ['signed float f;\n', "t.c:1:8: error: both 'signed' and 'float' in declaration specifiers"],
    ['float unsigned f;\n', "t.c:1:7: error: both 'unsigned' and 'float' in declaration specifiers"],
    ['unsigned _Bool b;\n', "t.c:1:10: error: both 'unsigned' and '_Bool' in declaration specifiers"],
    ['long __int128 w;\n', "t.c:1:6: error: both '__int128' and 'long' in declaration specifiers"],
  ];
  for (const [src, msg] of cases) it(src.trim(), () => expect(compileErrorOf(src)).toBe(msg));

  it('still accepts every valid spelling, in any order', () => {
    const ok = [
      'long double a; double long b; long long int c; int long long d; unsigned long long int e;',
      'long unsigned long f; signed char g; char unsigned h; short int i; int short unsigned j;',
      'unsigned __int128 k; signed l; unsigned m; __signed__ int n; long int signed o; long double _Complex p;',
    ];
    for (const src of ok) expect(compileErrorOf(`${src}\n`)).toBe('no error');
  });
});

describe('storage classes and linkage', () => {
  const cases: [string, string][] = [
    ['struct s { extern int a; };\n', "t.c:1:12: error: expected specifier-qualifier-list before 'extern'"],
    ['struct s { int b; static int c; };\n', "t.c:1:19: error: expected specifier-qualifier-list before 'static'"],
    ['union u { typedef int t; };\n', "t.c:1:11: error: expected specifier-qualifier-list before 'typedef'"],
    // gcc points at `static`; we point at the member's first specifier, on the same line.
    ['struct s { const static int a; };\n', "t.c:1:12: error: expected identifier or '(' before 'static'"],
    // gcc points at the name; we point at its '=', on the same line.
    ['int f(void) {\n  extern int outside = 3;\n  return outside;\n}\n', "t.c:2:22: error: 'outside' has both 'extern' and initializer"],
    ['extern int v;\nstatic int v;\n', "t.c:2:12: error: static declaration of 'v' follows non-static declaration"],
    ['int v;\nstatic int v;\n', "t.c:2:12: error: static declaration of 'v' follows non-static declaration"],
    ['int g(void);\nstatic int g(void) { return 0; }\n', "t.c:2:12: error: static declaration of 'g' follows non-static declaration"],
    ['void h(void) { extern int w; }\nstatic int w;\n', "t.c:2:12: error: static declaration of 'w' follows non-static declaration"],
    ['static int v;\nint v;\n', "t.c:2:5: error: non-static declaration of 'v' follows static declaration"],
  ];
  for (const [src, msg] of cases) it(src.trim().replace(/\n/g, ' '), () => expect(compileErrorOf(src)).toBe(msg));

  it('accepts the redeclarations that keep the first linkage', () => {
    const ok = [
      'static int v;\nextern int v;\nstatic int v = 2;\nint *p = &v;\n',
      'static int f(void);\nint f(void) { return 1; }\nextern int f(void);\n',
      'static int v;\nvoid g(void) { extern int v; v = 1; }\n',
      'extern int e = 4;\nint e;\n',
      'void k(void) { extern int x; static int y = 1; int z = y; (void)z; }\n',
    ];
    for (const src of ok) expect(compileErrorOf(src)).toBe('no error');
  });
});

describe('objects that may not change or be redeclared', () => {
  const cases: [string, string][] = [
    ['int x;\nint *const p = &x;\nvoid f(void) { p = 0; }\n', "t.c:3:18: error: assignment of read-only variable 'p'"],
    // gcc calls q a 'read-only parameter'.
    ['void f(int *const q) { q++; }\n', "t.c:1:25: error: increment of read-only variable 'q'"],
    ['void f(void) { char c, *const volatile r = &c; r = 0; }\n', "t.c:1:50: error: assignment of read-only variable 'r'"],
    // Only the pointer `const` follows is read-only: here that is the inner one.
    ['void f(int *const *pp) { int x; *pp = &x; }\n', "t.c:1:37: error: assignment of read-only location '*pp'"],
    ['int main(void) {\n  typedef int t;\n  int t;\n  return 0;\n}\n', "t.c:3:7: error: 't' redeclared as different kind of symbol"],
    ['const struct pt { int x, y; } origin;\nvoid f(void) { origin.y = 1; }\n', "t.c:2:25: error: assignment of member 'y' in read-only object"],
    ['struct in { int v; };\nstruct out { struct in i; };\nvoid f(void) {\n  const struct out o = { { 1 } };\n  o.i.v++;\n}\n', "t.c:5:8: error: increment of member 'v' in read-only object"],
    ['typedef const union { int n; } frozen;\nfrozen z;\nvoid f(void) { z.n = 2; }\n', "t.c:3:20: error: assignment of member 'n' in read-only object"],
  ];
  for (const [src, msg] of cases) it(src.trim().replace(/\n/g, ' '), () => expect(compileErrorOf(src)).toBe(msg));

  it('still lets a writable copy of a const struct change', () => {
    const src = 'const struct pt { int x; } fixed = { 1 };\nint f(void) { struct pt copy = fixed; copy.x = 2; static struct pt s; s.x = 3; return copy.x + s.x; }\n';
    expect(compileErrorOf(src)).toBe('no error');
  });

  it('still lets a const pointer be initialized and what it points to change', () => {
    const src = 'int x;\nint *const p = &x;\nvoid f(int *const q, int *const *pp) { *p = 1; *q = 2; **pp = 3; pp = 0; }\n';
    expect(compileErrorOf(src)).toBe('no error');
  });
});

describe('declarators and type names gcc refuses', () => {
  const cases: [string, string][] = [
    ['int grid[3][];\n', "t.c:1:5: error: array type has incomplete element type 'int[]'"],
    ['void f(void) { int rows[2][4][]; }\n', "t.c:1:20: error: array type has incomplete element type 'int[]'"],
    ['void g(int m[][]);\n', "t.c:1:12: error: array type has incomplete element type 'int[]'"],
    ['struct s { int *; int z; };\n', "t.c:1:17: error: expected identifier or '(' before ';' token"],
    ['union u { int x, *; };\n', "t.c:1:19: error: expected identifier or '(' before ';' token"],
    ['int f(void) { return (static int)3; }\n', "t.c:1:23: error: expected expression before 'static'"],
    ['unsigned long n = sizeof(extern int);\n', "t.c:1:26: error: expected expression before 'extern'"],
    // gcc points at the `+` and at the called name; we point at the operand and at the call's `(`.
    ['int f(char *p) { return +p != 0; }\n', 't.c:1:26: error: wrong type argument to unary plus'],
    ['int g(void) { return +"text" != 0; }\n', 't.c:1:23: error: wrong type argument to unary plus'],
    ['struct later make(void);\nvoid h(void) { make(); }\n', "t.c:2:20: error: invalid use of undefined type 'struct later'"],
  ];
  for (const [src, msg] of cases) it(src.trim(), () => expect(compileErrorOf(src)).toBe(msg));

  it('accepts an unknown outer length, [*] rows, unnamed bit-fields and plain type names', () => {
    const ok = [
      'extern int table[][3];\nint sum(int n, int m, int a[*][*]);\nint sum(int n, int m, int a[n][m]) { return a[0][0] + n + m; }\n',
      'struct bits { int a : 3; int : 0; unsigned : 5; int b; };\nunsigned long z = sizeof(const volatile int) + sizeof(struct bits);\n',
      'int f(long v) { return (int)(signed char)v + (int)sizeof(int[2][3]); }\n',
    ];
    for (const src of ok) expect(compileErrorOf(src)).toBe('no error');
  });
});
