/**
 * Constraint violations that gcc rejects and we once accepted (found by running the
 * "Writing a C Compiler" test suite's invalid programs; these cases are ours): incomplete
 * struct types used where a size is needed, scalars initializing a whole struct, assignment
 * to a member of an rvalue struct, `struct` without tag or body, prototypes that disagree
 * on a parameter, a string literal for an array of wider elements, a function returning an
 * array, the distance between pointers to different types, a struct object never completed,
 * a void value as a condition, `*p;` through a pointer to an incomplete struct.
 * Each message is gcc's wording at gcc's line (and column, except where noted).
 */
import { describe, expect, it } from 'vitest';
import { compileErrorOf } from './error-of.js';

describe('constraints gcc enforces', () => {
  const cases: [string, string][] = [
    // gcc points at the declarator's name; we point at its `[`, on the same line.
    ['struct s;\nstruct s arr[2];\n', "t.c:2:13: error: array type has incomplete element type 'struct s'"],
    ['struct s;\ntypedef struct s row[4];\n', "t.c:2:21: error: array type has incomplete element type 'struct s'"],
    ['struct node { struct leaf l; };\n', "t.c:1:27: error: field 'l' has incomplete type"],
    ['struct s;\nint take(struct s v) { return 0; }\n', "t.c:2:19: error: parameter 1 ('v') has incomplete type"],
    ['struct s;\nstruct s make(void) { for (;;); }\n', 't.c:2:10: error: return type is an incomplete type'],
    ['struct point { int x, y; };\nstruct point p = 7;\n', 't.c:2:18: error: invalid initializer'],
    ['struct pair { char c[4]; };\nvoid g(void) { struct pair p = "abc"; }\n', 't.c:2:32: error: invalid initializer'],
    ['struct point { int x, y; };\nstruct point f(void);\nvoid g(void) { f().x = 1; }\n',
      't.c:3:22: error: lvalue required as left operand of assignment'],
    ['struct point { int x, y; };\nvoid g(int c, struct point a, struct point b) { (c ? a : b).y = 2; }\n',
      't.c:2:63: error: lvalue required as left operand of assignment'],
    ['struct struct point q;\n', "t.c:1:8: error: expected '{' before 'struct'"],
    // gcc: "'b' has an incomplete type 'struct opaque'".
    ['struct opaque;\nextern struct opaque a, b;\nvoid g(void) { a = b; }\n', "t.c:3:20: error: invalid use of undefined type 'struct opaque'"],
    ['int f(unsigned char c);\nint f(char c);\n', "t.c:2:5: error: conflicting types for 'f'; have 'int(char)'"],
    ['int h(double);\nint h(float);\n', "t.c:2:5: error: conflicting types for 'h'; have 'int(float)'"],
    // An empty `()` declaration agrees with no `...` and no parameter the promotions change.
    ['void f0();\nvoid f0(int, ...);\n', "t.c:2:6: error: conflicting types for 'f0'; have 'void(int, ...)'"],
    ['void f3(char);\nvoid f3();\n', "t.c:2:6: error: conflicting types for 'f3'; have 'void()'"],
    ['int f4();\ndouble f4(void);\n', "t.c:2:8: error: conflicting types for 'f4'; have 'double(void)'"],
    ['int f(void) { return g(1); }\nint g(char c) { return c; }\n', "t.c:2:5: error: conflicting types for 'g'; have 'int(char)'"],
    ['void f(int n, ...) {\n  __builtin_va_list ap;\n  __builtin_va_arg(ap, int (void));\n}\n', "t.c:3:3: error: second argument to 'va_arg' is a function type 'int(void)'"],
    ['void f(int n, ...) {\n  __builtin_va_list ap;\n  __builtin_va_arg(ap, struct t);\n}\n', "t.c:3:3: error: second argument to 'va_arg' is of incomplete type 'struct t'"],
    ['void g(int n) {\n  switch (n) { int b[n]; case 1: b[0] = 1; }\n}\n', 't.c:2:26: error: switch jumps into scope of identifier with variably modified type'],
    // A K&R definition after a prototype: the same number of parameters, each promoted to the prototype's type.
    ['void g(int);\nvoid g(a, b) int a; int b; {}\n', "t.c:2:6: error: number of arguments doesn't match prototype"],
    ['int f(long);\nint f(a) int a; { return a; }\n', "t.c:2:14: error: argument 'a' doesn't match prototype"],
    ['struct s { _Bool b : 2; };\n', "t.c:1:22: error: width of 'b' exceeds its type"],
    ['void f(void) {\n  enum e v;\n}\n', "t.c:2:10: error: storage size of 'v' isn't known"],
    // A function body's outermost block shares its parameters' scope.
    ['void f(int d)\n{ double d; }\n', "t.c:2:10: error: 'd' redeclared as different kind of symbol"],
    ['int f(a) int a;\n{ static int a; return a; }\n', "t.c:2:14: error: 'a' redeclared as different kind of symbol"],
    ['void g(int *);\nvoid f(void) { register int x; g(&x); }\n', "t.c:2:34: error: address of register variable 'x' requested"],
    ['void (*fp)(void);\nvoid f(void) { fp[0]; }\n', 't.c:2:18: error: subscripted value is pointer to function'],
    ['int f(int x) { return x[0]; }\n', 't.c:1:24: error: subscripted value is neither array nor pointer nor vector'],
    ['int f(int *p, double d) { return p[d]; }\n', 't.c:1:35: error: array subscript is not an integer'],
    ['void g(void) {\n  unsigned int a[1][2] = {"a"};\n}\n',
      "t.c:2:27: error: cannot initialize array of 'unsigned int' from a string literal with type array of 'char'"],
    ['int (g(void))[3];\n', "t.c:1:6: error: 'g' declared as function returning an array"],
    ['long d(long *p, unsigned long *u) {\n  return p - u;\n}\n', "t.c:2:12: error: invalid operands to binary - (have 'long int *' and 'long unsigned int *')"],
    // gcc points at the callee's name; we point at the call's `(`.
    ['void tick(void);\nint main(void) {\n  while (tick()) ;\n  return 0;\n}\n', 't.c:3:10: error: void value not ignored as it ought to be'],
    ['struct s;\nstatic struct s never;\n', "t.c:2:17: error: storage size of 'never' isn't known"],
    ['struct s;\nvoid peek(struct s *p) {\n  *p;\n}\n', "t.c:3:3: error: invalid use of undefined type 'struct s'"],
    // A for loop's declaration declares only automatic objects (C11 6.8.5p3).
    ['void g(void) {\n  for (struct s; 0;) ;\n}\n', "t.c:2:3: error: 'struct s' declared in 'for' loop initial declaration"],
    ['void g(void) {\n  for (enum { A } e = A; 0;) ;\n}\n', "t.c:2:3: error: declaration of non-variable 'A' in 'for' loop initial declaration"],
    ['void g(void) {\n  for (typedef int T; 0;) ;\n}\n', "t.c:2:3: error: declaration of non-variable 'T' in 'for' loop initial declaration"],
    ['void g(void) {\n  for (static int i = 0; i < 1; i++) ;\n}\n', "t.c:2:19: error: declaration of static variable 'i' in 'for' loop initial declaration"],
    ['void g(void) {\n  for (extern int n; 0;) ;\n}\n', "t.c:2:19: error: declaration of 'extern' variable 'n' in 'for' loop initial declaration"],
  ];
  for (const [src, msg] of cases) it(msg, () => expect(compileErrorOf(src)).toBe(msg));

  it('still accepts what is valid near those rules', () => {
    const ok = [
      // Completed before the definition that needs its size.
      'struct s; int take(struct s v); struct s { int a; }; int take(struct s v) { return v.a; }',
      // Pointers to incomplete types, and arrays of such pointers.
      'struct s; struct s *list[4]; struct t { struct t *next; struct s *data; }; struct s *same(struct s *p) { return &*p; }',
      // Members of lvalues reached through pointers, compound literals and nested members.
      'struct in { int v; }; struct out { struct in i; }; struct out *p;\n' +
        'void g(void) { p->i.v = 1; (*p).i.v++; ((struct out){{0}}).i.v = 2; }',
      // `register` objects are used every other way; arrays index both ways; `()` agrees with promoted types.
      'struct S { int a; }; int f(int n) { register int x = n; register struct S s = { 1 }; x++; s.a += x; register int a[2] = { 1, 2 }; return x + s.a + a[1] + 1[a]; }',
      'void f(); void f(int, double); int g(); int g(); int h(void); int h();',
      'enum E; enum E { A, B }; void f(void) { enum E e = A; (void)e; } struct S { _Bool b : 1; unsigned u : 32; };',
      'int g(int n) { switch (n) { case 1: { int b[n]; return b[0] = 1; } default: for (;;) { int v[n]; return v[0] = 0; } } }',
      'int h(double); int h(x) float x; { return x; } int k(int, char *); int k(n, s) int n; char *s; { return n + *s; }',
      'int m(int); int m(c) char c; { return c; } float f(float); float f(x) float x; { return x; } void v(int, ...); void v(a) int a; {}',
      // Only warnings: a void function first called undeclared, a builtin's function declared with ().
      'int foo(void) { int a = bar(); return a; } void bar(void) {}',
      'static void cb(int); cb(int x) { return; } void u(); u() { }',
      '__typeof(__builtin_ceilf(0)) ceilf(); long ceilf1(void) { return ceilf(1); }',
      'int f(int d) { { int d = 2; return d; } } int g(int n) { for (int n = 0; n < 2; n++) ; return n; }',
      // Brace elision inside a list is still allowed.
      'struct in { int a, b; }; struct out { struct in i; int c; } o = { 1, 2, 3 };',
      // A for loop may declare automatic and register objects of existing or anonymous types.
      'struct p { int x; }; void g(void) { for (register int i = 0, j = 1; i < j; i++) ; for (struct p q = { 1 }; q.x; q.x--) ; for (struct { int a; } v = { 0 }; v.a; ) ; }',
      // Reading a member of an rvalue struct.
      'struct point { int x, y; }; struct point f(void); int g(void) { return f().x; }',
      // Redeclarations that agree: qualifiers, array parameters, an old-style declaration, enum and its type.
      'int f(const char *s); int f(const char *s) { return *s; } int g(int a[]); int g(int *a) { return a[0]; }',
      'int k(); int k(int x) { return x; } enum e { A }; int m(enum e x); int m(unsigned x) { return x; }',
      // String literals of the array's own element size.
      'int w[] = L"ab"; unsigned short u16[] = u"ab"; unsigned int u32[] = U"ab"; signed char sc[] = "ab"; char n[2][3] = {"ab", "cd"};',
      // Pointer differences gcc allows: qualifiers differ, or both void.
      'long d(const int *a, int *b) { return a - b; } long e(void *a, void *b) { return a - b; }',
    ];
    for (const src of ok) expect(compileErrorOf(src)).toBe('no error');
  });
});
