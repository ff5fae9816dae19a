/**
 * User mistakes become CompileErrors at the right file:line:col with gcc-like wording;
 * warnings are returned, not thrown; mutated programs never crash the compiler.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CompileError } from '../../compiler/diagnostics.js';
import { compileC } from '../../compiler/cc/index.js';
import { preprocess, preprocessText } from './helpers.js';
import { mulberry32 as rng } from '../prng.js';

function errorOf(src: string, opts: { kernel?: boolean; generalRegsOnly?: boolean } = {}): string {
  try {
    compileC(src, { fileName: 't.c', codeModel: opts.kernel ? 'kernel' : 'small', generalRegsOnly: opts.generalRegsOnly });
  } catch (e) {
    if (e instanceof CompileError) return e.message;
    throw e;
  }
  return 'no error';
}

describe('errors', () => {
  const cases: [string, string][] = [
    ['int main(void) { int x = 1 return x; }', "t.c:1:28: error: expected ',' or ';' before 'return'"],
    ['int main(void) { return y; }', "t.c:1:25: error: 'y' undeclared (first use in this function)"],
    ['int f(void) { int x; int x; }', "t.c:1:26: error: redefinition of 'x'"],
    ['int main(void) { foo(); return 0 }', "t.c:1:33: error: expected ';' before '}' token"],
    ['int main(void) { return 1 +; }', "t.c:1:28: error: expected expression before ';' token"],
    // GNU local labels are declared before a block's other items only (several declarations may follow one another).
    ['int f(int x) { x++; __label__ l; l: return x; }', "t.c:1:21: error: expected expression before '__label__'"],
    ['int f(int x) { { } __label__ l; l: return x; }', "t.c:1:20: error: expected expression before '__label__'"],
    ['int f(int x) { __label__ a, b; __label__ c; int y; __label__ d; a: b: c: d: return x; }', "t.c:1:52: error: expected expression before '__label__'"],
    ['int main(void) { break; }', 't.c:1:18: error: break statement not within loop or switch'],
    // The message's adjacent literals are one, quoted as gcc quotes it.
    ['_Static_assert(0, "a\\\\n" "b");', 't.c:1:1: error: static assertion failed: "a\\\\nb"'],
    ['int main(void) { __auto_type x; return 0; }', "t.c:1:30: error: '__auto_type' requires an initialized data declaration"],
    ['int f(int); int g(void) { return f(1, 2); }', "t.c:1:34: error: too many arguments to function 'f'"],
    ['int main(void) { goto nowhere; }', "t.c:1:18: error: label 'nowhere' used but not defined"],
    ['int x = 1; int x = 2;', "t.c:1:18: error: redefinition of 'x'"],
    ['int main(void) { int x @ 2; }', "t.c:1:24: error: stray '@' in program"],
    ['struct s { int a; }; int f(struct s v) { return v.b; }', "t.c:1:50: error: 'struct s' has no member named 'b'"],
    ['int f(void) { } }', "t.c:1:17: error: expected identifier or '(' before '}' token"],
    ['int main(void) { 3 = 4; }', 't.c:1:20: error: lvalue required as left operand of assignment'],
    ['int main(void) { int g(void) { goto nowhere; } return g(); }', "t.c:1:32: error: label 'nowhere' used but not defined"],
    ['int main(void) { int x; int x(void) { return 1; } return x(); }', "t.c:1:29: error: 'x' redeclared as different kind of symbol"],
    ['typedef int v3 __attribute__((vector_size(12)));', "t.c:1:31: error: number of vector components 3 not a power of two"],
    ['int n;\nint main(void) { int x __attribute__((cleanup(n))) = 1; return x; }', "t.c:2:22: error: cleanup argument not a function"],
    ['int main(void) { if (sizeof(enum { E = 1 })) return E; return E; }', "t.c:1:63: error: 'E' undeclared (first use in this function)"],
    ['int main(void) { return __builtin_frobnicate(1); }', "t.c:1:25: error: unsupported builtin '__builtin_frobnicate'"],
    ['int main(void) { return _Generic(1.0, int: 1); }', "t.c:1:25: error: '_Generic' selector of type 'double' is not compatible with any association"],
    ['__thread int t;\nint *p = &t;', 't.c:2:10: error: initializer element is not constant'],
    ['int main(void) { __thread int x; return 0; }', "t.c:1:31: error: function-scope 'x' implicitly auto and declared '__thread'"],
    // Sizes past 2^53 bytes are exact only where a double holds them; gcc's limit is 2^63 - 1.
    ['struct huge { short buf[1L << 62]; int a; };', "t.c:1:21: error: size '9223372036854775808' of array 'buf' exceeds maximum object size '9223372036854775807'"],
    ['extern int x[1L << 62];', "t.c:1:12: error: size of array 'x' exceeds maximum object size '9223372036854775807'"],
    ['extern char y[9007199254740993L];', 't.c:1:15: error: an array of 9007199254740993 elements: tcc-lite supports lengths past 2^53 only when a double holds them exactly'],
    ['struct huge { short buf[1L << 61]; int a; };', "t.c:1:21: error: a member of 4611686018427387904 bytes: tcc-lite lays out members of up to 2^50 bytes"],
    // Integer constants as gcc reads them: one preprocessing number, its suffix case-consistent.
    ['int x = 0lL;', 't.c:1:9: error: invalid suffix "lL" on integer constant'],
    ['int x = 0xe+1;', 't.c:1:9: error: invalid suffix "+1" on integer constant'],
    ['int x = 0xe+e+1;', 't.c:1:9: error: invalid suffix "+e+1" on integer constant'],
    ['int x = 099u;', 't.c:1:9: error: invalid digit "9" in octal constant'],
    // Redeclarations must agree in type and qualifiers, signedness and long vs long long included.
    ['char c;\nsigned char c;', "t.c:2:13: error: conflicting types for 'c'; have 'signed char'"],
    ['long e; long long e;', "t.c:1:19: error: conflicting types for 'e'; have 'long long int'"],
    ['const char *cp; char *cp;', "t.c:1:23: error: conflicting types for 'cp'; have 'char *'"],
    ['extern volatile int vv; int vv;', "t.c:1:29: error: conflicting type qualifiers for 'vv'"],
    // Case values are compared converted to the controlling type.
    ['int f(unsigned x) { switch (x) { case 4294967295u: return 0; case -1: return 1; } return 2; }', 't.c:1:62: error: duplicate case value'],
    // `[[` opens attributes only when attributes follow.
    ['int x[[10]];', "t.c:1:7: error: expected ']' before '[' token"],
    ['int f(int *a) { return a[[2]]; }', "t.c:1:26: error: expected expression before '[' token"],
    // A string literal initializes an integer array whole, in braces too; other element types refuse it.
    ['long g[2] = {"a"};', 't.c:1:14: error: array of inappropriate type initialized from string constant'],
    ['short g[2] = "a";', 't.c:1:14: error: array of inappropriate type initialized from string constant'],
    ['int g[2] = U"a";', "t.c:1:12: error: cannot initialize array of 'int' from a string literal with type array of 'unsigned int'"],
    ['double g[2] = "a";', 't.c:1:15: error: invalid initializer'],
    ['double g[2] = {"a"};', "t.c:1:16: error: incompatible types when initializing type 'double' using type 'char *'"],
    // Only one array index may go without '=' (old GNU form).
    ['int b[2][2] = { [1][1] 5 };', "t.c:1:24: error: expected '=' before numeric constant"],
    // Parse errors at the end of the input name it and the last token's place.
    ['int x;\nstruct', "t.c:2:1: error: expected '{' at end of input"],
    ['int x;\nint *', "t.c:2:5: error: expected identifier or '(' at end of input"],
    ['struct ;', "t.c:1:8: error: expected '{' before ';' token"],
    ['int * 5;', "t.c:1:7: error: expected identifier or '(' before numeric constant"],
    ['int f(int a, void v) { return a; }', "t.c:1:19: error: parameter 2 ('v') has incomplete type"],
    ['int f(int, void);', "t.c:1:12: error: 'void' must be the only parameter"],
    ['register long z;', "t.c:1:15: error: register name not specified for 'z'"],
    ['register short y asm("r12");', "t.c:1:16: error: data type of 'y' isn't suitable for a register"],
    ['register long w asm("r13") = 4;', 't.c:1:28: error: global register variable has initial value'],
    ['register long v asm("r14");\nlong *p = &v;', "t.c:2:11: error: address of global register variable 'v' requested"],
    ['void f(int n) { asm("bts %1, %0" : "+m"(n) : "i"(n)); }', "t.c:1:17: error: impossible constraint in 'asm'"],
    ['int v;\nvoid f(void) { asm("" : : "n"(&v)); }', "t.c:2:16: error: impossible constraint in 'asm'"],
    ['register long x asm("rax");', "t.c:1:15: error: global register variable 'x' in 'rax' is not supported (tcc-lite's code uses that register; rbx, r12-r15, rbp and rsp are free)"],
  ];
  for (const [src, msg] of cases) it(msg, () => expect(errorOf(src)).toBe(msg));

  it('honours linemarkers for locations', () => {
    const src = '# 1 "kernel/sys.c"\nint a;\n# 40 "include/x.h" 1\nint b;\nint c = d;\n';
    expect(errorOf(src)).toBe("include/x.h:41:9: error: 'd' undeclared here (not in a function)");
  });

  it('rejects floating point in kernel code', () => {
    expect(errorOf('double f(double x) { return x * 2; }', { kernel: true })).toMatch(/floating point is not available in kernel code/);
    expect(errorOf('long f(long x) { double d = x; return d; }', { kernel: true })).toMatch(/t\.c:1:27: error: floating point/);
  });

  it('rejects floating point with -mgeneral-regs-only, and touches no SSE register', () => {
    expect(errorOf('double x, y;\nvoid f(void) { x = y * 2; }', { generalRegsOnly: true })).toBe(
      't.c:2:18: error: floating point is not available with -mgeneral-regs-only');
    expect(errorOf('float f(int a) { return a; }', { generalRegsOnly: true })).toMatch(/^t\.c:1:7: error: floating point is not available with -mgeneral-regs-only/);
    expect(errorOf('static const double half = 0.5;', { generalRegsOnly: true })).toMatch(/floating point is not available with -mgeneral-regs-only/);
    // A variadic function saves no vector registers for va_arg.
    const variadic = '#include <stdarg.h>\nint first(int n, ...) { va_list ap; va_start(ap, n); int r = va_arg(ap, int); va_end(ap); return r; }';
    const asm = (generalRegsOnly: boolean): string => compileC(preprocessText(variadic), { fileName: 't.c', generalRegsOnly }).asm;
    expect(asm(false)).toMatch(/%xmm/);
    expect(asm(true)).not.toMatch(/%xmm/);
  });
});

describe('warnings', () => {
  it('implicit declaration, pointer from integer, missing return', () => {
    const r = compileC('int *g(void) { int *p = 5; foo(); }', { fileName: 'w.c', warnings: true, optionalWarnings: ['return-type'] });
    const msgs = r.warnings.map((w) => `${w.loc?.line}:${w.loc?.col}: ${w.message}`);
    expect(msgs).toContain("1:25: initialization of 'int *' from 'int' makes pointer from integer without a cast [-Wint-conversion]");
    expect(msgs).toContain("1:28: implicit declaration of function 'foo' [-Wimplicit-function-declaration]");
    expect(msgs.some((m) => m.includes('control reaches end of non-void function'))).toBe(true);
  });
  it('a named void parameter in a prototype (gcc warns; a definition is an error)', () => {
    const r = compileC('int f(int a, void v);\nint g(void) { return 1; }', { fileName: 'w.c', warnings: true });
    expect(r.warnings.map((w) => `${w.loc?.line}:${w.loc?.col}: ${w.message}`)).toEqual(["1:19: parameter 'v' has void type"]);
  });
  it("escapes gcc warns about: out of range for the element, unknown (each literal once)", () => {
    const src = 'const char *s = "\\xac5\\400";\nint c = \'\\x123\';\nint u = u\'\\x12345\';\n' +
      'const char *t = "\\q \\( \\e";\nint f(int x) { return sizeof("\\z") + (x ? "\\y"[0] : 0); }\n';
    const r = compileC(src, { fileName: 'w.c', warnings: true });
    expect(r.warnings.map((w) => `${w.loc?.line}: ${w.message}`)).toEqual([
      '1: hex escape sequence out of range', '1: octal escape sequence out of range', '2: hex escape sequence out of range',
      '3: hex escape sequence out of range', "4: unknown escape sequence: '\\q'", "5: unknown escape sequence: '\\z'",
      "5: unknown escape sequence: '\\y'",
    ]);
    expect(compileC(src, { fileName: 'w.c', warnings: false }).warnings).toEqual([]);
  });
  it('incompatible pointer types', () => {
    const r = compileC('long *f(int *p) { return p; }', { fileName: 'w.c', warnings: true });
    expect(r.warnings[0].message).toBe("returning 'int *' from a function with incompatible return type 'long int *' [-Wincompatible-pointer-types]");
  });
  it('name function and array pointer types as gcc does', () => {
    const src = `void vf(void); int (*fp)(int); int arr[3]; int (*pa)[10]; void (**ppf)(void); void (*afp[3])(void);
const char *const *cpp; int *vp; int old();
void t(void) { fp = vf; pa = &arr; vp = cpp; vp = afp; vp = old; vp = pa; vp = vf; }`;
    const r = compileC(src, { fileName: 'w.c', warnings: true });
    expect(r.warnings.map((w) => w.message.replace(/ \[-W.*\]$/, ''))).toEqual([
      "assignment to 'int (*)(int)' from incompatible pointer type 'void (*)(void)'",
      "assignment to 'int (*)[10]' from incompatible pointer type 'int (*)[3]'",
      "assignment to 'int *' from incompatible pointer type 'const char * const*'",
      "assignment to 'int *' from incompatible pointer type 'void (**)(void)'",
      "assignment to 'int *' from incompatible pointer type 'int (*)()'",
      "assignment to 'int *' from incompatible pointer type 'int (*)[10]'",
      "assignment to 'int *' from incompatible pointer type 'void (*)(void)'",
    ]);
  });
  it('say when an array without a size gets one element', () => {
    const r = compileC('char later[];\nchar sized[];\nchar sized[4];\nextern char ext[];\nint x;', { fileName: 'w.c', warnings: true });
    expect(r.warnings.map((w) => `${w.loc?.line}:${w.loc?.col}: ${w.message}`)).toEqual(["1:6: array 'later' assumed to have one element"]);
    expect(r.asm).toMatch(/\.size later, 1\b/);
  });
  it('accept a record\'s last member without its semicolon, as gcc does', () => {
    const src = 'struct s { int a; int b : 3 };\nstruct t { struct { int x; } };\nint f(struct s *p, struct t *q) { return p->b + q->x; }';
    const r = compileC(src, { fileName: 'w.c', warnings: true });
    expect(r.warnings.map((w) => `${w.loc?.line}:${w.loc?.col}: ${w.message}`)).toEqual([
      '1:29: no semicolon at end of struct or union',
      '2:30: no semicolon at end of struct or union',
    ]);
  });
  it('are silent with warnings off', () => {
    expect(compileC('int f(void) { g(); }', { fileName: 'w.c', warnings: false }).warnings).toEqual([]);
  });
});


describe('fuzz: mutated programs give CompileError or compile, never crash', () => {
  // Plain C, and programs that reach the GNU extensions and the literal parsers.
  const programs = ['basics.c', 'vector_arith.c', 'nested_functions.c', 'ldouble_literals.c', 'vla_struct_members.c', 'thread_local.c'];
  for (const [batch, program] of programs.entries()) {
    const base = preprocess(join(import.meta.dirname, 'programs', program));
    const tokens = base.match(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\w+|\s+|[^\w\s]/g) ?? [];
    const next = rng(12345 + batch);
    const pick = (): number => Math.floor(next() * tokens.length);
    it(`${program}`, () => {
      for (let i = 0; i < 60; i++) {
        const t = [...tokens];
        const kind = Math.floor(next() * 4);
        const n = 1 + Math.floor(next() * 3);
        for (let k = 0; k < n; k++) {
          const at = pick();
          if (kind === 0) t.splice(at, 1);
          else if (kind === 1) t.splice(at, 0, t[pick()]);
          else if (kind === 2) [t[at], t[pick()]] = [t[pick()], t[at]];
          else t.length = Math.min(t.length, at);
        }
        const src = t.join('');
        try {
          compileC(src, { fileName: 'fuzz.c' });
        } catch (e) {
          if (!(e instanceof CompileError)) {
            throw new Error(`crash (${String(e)}) on mutation ${i} of ${program}:\n${src.slice(0, 200)}`, { cause: e });
          }
        }
      }
    });
  }
});
