/**
 * Declaration and assignment constraints of C11 that gcc rejects and we once accepted (found
 * by running a C11 conformance suite's invalid programs; these cases are ours): writes to
 * const objects, storage classes, restrict and _Atomic misuse, alignments, bit-field types,
 * member and enumerator names, _Generic associations, typedefs redefined, array sizes,
 * duplicate case values, gotos into a VLA's scope. Messages and positions are gcc's, except
 * where a comment says otherwise.
 */
import { describe, expect, it } from 'vitest';
import { compileErrorOf } from './error-of.js';

describe('declaration constraints gcc enforces', () => {
  const cases: [string, string][] = [
    ['int f(void) {\n  const int n = 1;\n  n = 2;\n  return n;\n}\n', "t.c:3:5: error: assignment of read-only variable 'n'"],
    ['void f(void) {\n  static const int n;\n  n += 2;\n}\n', "t.c:3:5: error: assignment of read-only variable 'n'"],
    ['void f(void) {\n  const int n = 0;\n  n++;\n}\n', "t.c:3:4: error: increment of read-only variable 'n'"],
    ['void f(void) {\n  const int n = 0;\n  --n;\n}\n', "t.c:3:3: error: decrement of read-only variable 'n'"],
    ['void f(const int *p) {\n  *p = 1;\n}\n', "t.c:2:6: error: assignment of read-only location '*p'"],
    ['struct s { const int id; };\nvoid f(struct s *p) {\n  p->id = 1;\n}\n', "t.c:3:9: error: assignment of read-only member 'id'"],
    ['typedef const int cint;\ncint k = 1;\nvoid f(void) { k = 2; }\n', "t.c:3:18: error: assignment of read-only variable 'k'"],
    ['int main(void) {\n  static extern int x;\n  return 0;\n}\n', 't.c:2:3: error: multiple storage classes in declaration specifiers'],
    ['static static int x;\n', "t.c:1:1: error: duplicate 'static'"],
    ['typedef static int t;\n', 't.c:1:1: error: multiple storage classes in declaration specifiers'],
    ['auto int x;\n', "t.c:1:10: error: file-scope declaration of 'x' specifies 'auto'"],
    ['_Thread_local void f(void);\n', "t.c:1:20: error: invalid storage class for function 'f'"],
    ['void f(static int x) {}\n', "t.c:1:19: error: storage class specified for parameter 'x'"],
    // gcc points at the start of the declaration; we point at the parameter's last token.
    ['void g(int a, extern int);\n', 't.c:1:22: error: storage class specified for unnamed parameter'],
    ['void f(void) {\n  _Alignas(16) register int r;\n}\n', "t.c:2:29: error: alignment specified for 'register' object 'r'"],
    // gcc points at `_Alignas`; we point at the alignment, on the same line.
    ['struct s { _Alignas(3) int x; };\n', "t.c:1:21: error: requested alignment '3' is not a positive power of 2"],
    ['void f(void) {\n  int restrict x;\n}\n', "t.c:2:3: error: invalid use of 'restrict'"],
    // gcc points at the declarator; we point at `_Atomic`, on the same line.
    ['typedef int row[4];\n_Atomic row r;\n', "t.c:2:1: error: '_Atomic'-qualified array type"],
    ['struct s { float f : 4; };\n', "t.c:1:18: error: bit-field 'f' has invalid type"],
    ['struct s { int *p : 4; };\n', "t.c:1:17: error: bit-field 'p' has invalid type"],
    ['struct s { _Atomic int a : 4; };\n', "t.c:1:24: error: bit-field 'a' has atomic type"],
    ['struct s { int x; long x; };\n', "t.c:1:24: error: duplicate member 'x'"],
    // gcc points at the inner `x`; we point at the closing brace of the record that holds both.
    ['struct s { int x; struct { int y, x; }; };\n', "t.c:1:41: error: duplicate member 'x'"],
    ['union u { int a; float a; };\n', "t.c:1:24: error: duplicate member 'a'"],
    ['struct s { int tail[]; };\n', 't.c:1:16: error: flexible array member in a struct with no named members'],
    ['enum a { X };\nenum b { X };\n', "t.c:2:10: error: redeclaration of enumerator 'X'"],
    ['enum a { Y, Y };\n', "t.c:1:13: error: redeclaration of enumerator 'Y'"],
    ['int Z;\nenum b { Z };\n', "t.c:2:10: error: 'Z' redeclared as different kind of symbol"],
    ['int g(int i) { return _Generic(i, int: 1, signed: 2); }\n', "t.c:1:43: error: '_Generic' specifies two compatible types"],
    ['int g(long i) { return _Generic(i, default: 1, long: 2, default: 3); }\n', "t.c:1:57: error: duplicate 'default' case in '_Generic'"],
    ['typedef int T;\ntypedef float T;\n', "t.c:2:15: error: conflicting types for 'T'; have 'float'"],
    // gcc names the array and points at it; we point at the size, on the same line.
    ['void f(void) {\n  int a[1.5];\n}\n', 't.c:2:9: error: size of array has non-integer type'],
    ['int n;\nint grid[n];\n', "t.c:2:5: error: variably modified 'grid' at file scope"],
    ['int n;\ntypedef int row[n];\n', "t.c:2:13: error: variably modified 'row' at file scope"],
    ['int f(int x) {\n  switch (x) {\n  case 1: return 1;\n  case 1: return 2;\n  }\n  return 0;\n}\n', 't.c:4:3: error: duplicate case value'],
    ['int f(int x) {\n  switch (x) {\n  case 1 ... 5: return 1;\n  case 3: return 2;\n  }\n  return 0;\n}\n', 't.c:4:3: error: duplicate case value'],
    ['int f(int n) {\n  goto in;\n  {\n    int a[n];\n  in:\n    return a[0];\n  }\n}\n', 't.c:2:3: error: jump into scope of identifier with variably modified type'],
  ];
  for (const [src, msg] of cases) it(msg, () => expect(compileErrorOf(src)).toBe(msg));
  // More of them, found beside the cendol C11 suite's programs (our cases): _Alignas where it
  // cannot go, qualified array declarators, redeclarations in a block, casts and
  // conditionals between pointers and floating values, tags of the wrong kind.
  const more: [string, string][] = [
    ['enum e { A = 1.5 };', "t.c:1:14: error: enumerator value for 'A' is not an integer constant"],
    ['void f(int a[static]);', "t.c:1:20: error: expected expression before ']' token"],
    ['_Alignas(int) typedef int T;', "t.c:1:27: error: alignment specified for typedef 'T'"],
    ['void f(_Alignas(8) int x);', "t.c:1:24: error: alignment specified for parameter 'x'"],
    ['struct s { _Alignas(8) int x : 3; };', "t.c:1:28: error: alignment specified for bit-field 'x'"],
    ['_Alignas(8) int f(void);', "t.c:1:17: error: alignment specified for function 'f'"],
    ['_Alignas(1) int x;', "t.c:1:17: error: '_Alignas' specifiers cannot reduce alignment of 'x'"],
    ['struct s { _Alignas(1) int x; };', "t.c:1:28: error: '_Alignas' specifiers cannot reduce alignment of 'x'"],
    ['int main(void) { return _Generic(1, int[]: 1, default: 0); }', "t.c:1:37: error: '_Generic' association has incomplete type"],
    ['struct s { int b : 3; } v; int n = sizeof v.b;', "t.c:1:43: error: 'sizeof' applied to a bit-field"],
    ['int f(int a, int a) { return a; }', "t.c:1:18: error: redefinition of parameter 'a'"],
    ['void f(void) { int a[static 3]; }', 't.c:1:20: error: static or type qualifiers in non-parameter array declarator'],
    ['void f(int a[3][const 4]);', 't.c:1:12: error: static or type qualifiers in non-parameter array declarator'],
    ['void f(void) { extern int y; static int y; }', "t.c:1:41: error: declaration of 'y' with no linkage follows extern declaration"],
    ['void f(void) { static int y; int y; }', "t.c:1:34: error: redeclaration of 'y' with no linkage"],
    ['void f(void) { int y; extern int y; }', "t.c:1:34: error: extern declaration of 'y' follows declaration with no linkage"],
    ['int f(int *p) { return (float)p > 0; }', 't.c:1:24: error: pointer value used where a floating-point was expected'],
    ['int *f(double d) { return (int *)d; }', 't.c:1:27: error: cannot convert to a pointer type'],
    ['struct s { int a; }; enum s { A };', "t.c:1:27: error: 's' defined as wrong kind of tag"],
    ['enum s { A }; struct s { int a; };', "t.c:1:22: error: 's' defined as wrong kind of tag"],
    ['union u; struct u { int a; };', "t.c:1:17: error: 'u' defined as wrong kind of tag"],
    ['double f(int c, int *p, double d) { return c ? p : d; }', 't.c:1:46: error: type mismatch in conditional expression'],
  ];
  for (const [src, msg] of more) it(msg, () => expect(compileErrorOf(src)).toBe(msg));

  it('rejects what gcc rejects, where our position differs from its', () => {
    expect(compileErrorOf('void f(register int x) { int *p = &x; }')).toContain("error: address of register variable 'x' requested");
    expect(compileErrorOf('void f(void) { int *p; p = 1.0; }')).toContain("error: incompatible types when assigning to type 'int *' from type 'double'");
    expect(compileErrorOf('double f(int *p) { double d = 0; d = p; return d; }')).toContain("error: incompatible types when assigning to type 'double' from type 'int *'");
  });

  it('accepts the declarations those constraints allow', () => {
    const src = 'void g(int n, int a[static 3], int b[const], int m[][n]);\n_Alignas(0) int z;\n_Alignas(16) char c;\n' +
      'struct s { _Alignas(int) char d; int : 0; };\nint kr(a, b) int a, b; { return a + b; }\n' +
      'void f(void) { extern int y; extern int y; { int y; static int z; } _Alignas(8) int w; register int r = w; (void)r; }\n';
    expect(compileErrorOf(src)).toBe('no error');
  });

  it('still accepts what is valid near those rules', () => {
    const ok = [
      // Initialization is not assignment; a pointer to const may itself change.
      'void f(const int *p) { const int n = 1; static const int s = 2; p = &n; p++; (void)s; }',
      'typedef const char *text; text t; void f(void) { t = "x"; t++; }',
      'struct s { const int id; int n; }; void f(struct s *p) { p->n = p->id; }',
      // One storage class each; register on parameters; _Thread_local with static or extern.
      'static int a; extern int b; typedef int t; void f(register int x) { auto int y = x; register int z = y; (void)z; }',
      'void f(void) { static _Thread_local int n; extern _Thread_local int m; (void)n; (void)m; }',
      'typedef int *ip; void f(void) { restrict ip p = 0; int *restrict q = p; (void)q; }',
      '_Alignas(0) int a; _Alignas(16) int b; struct s { _Alignas(8) char c; };',
      '_Atomic int counter; typedef int row[4]; row plain;',
      // Bit-fields of any integer type, unnamed zero-width ones, and a flexible array after a member.
      'enum e { A, B }; struct s { _Bool b : 1; char c : 2; long l : 40; enum e k : 2; unsigned : 0; int n; int tail[]; };',
      // Members of distinct anonymous records, and an enumerator hiding an outer name.
      'struct s { struct { int a; }; union { int b; }; }; int C; void f(void) { enum { C = 2 }; }',
      // long and long long, char and signed char are distinct; pointer associations are not compared.
      'int g(long i) { return _Generic(i, long: 1, long long: 2, char: 3, signed char: 4, int *: 5, int *const: 6); }',
      // A struct whose array member is a VLA (GNU).
      'void f(int n) { struct { int v[n]; } s; (void)s; }',
      // The same typedef twice; ranges and values that do not overlap; jumps that leave a VLA's scope or stay in it.
      'typedef long long i64; typedef long long i64; int f(int x) { switch (x) { case 1 ... 3: case 4: case 5 ... 9: return 1; } return 0; }',
      'int f(int n) { int r = 0; back: { int a[n]; a[0] = r; if (r++ < 3) goto back; goto inside; inside: r += a[0]; if (r) goto out; } out: return r; }',
    ];
    for (const src of ok) expect(compileErrorOf(src), src).toBe('no error');
  });
});
