/**
 * Declarations and builtins gcc accepts in compile-only code (the shapes
 * gcc.c-torture/compile exercises): we accept them too and our assembly is accepted by
 * GNU as, or we refuse with an honest "unsupported:" error, never an internal one.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../compiler/asm/index.js';
import { preprocess } from '../../compiler/cpp/index.js';
import { compileErrorOf } from './error-of.js';
import { compileText, workDir } from './helpers.js';

/** Our assembly for `source`, after checking that GNU as and our assembler both take it. */
function acceptedAssembly(source: string): string {
  const asm = compileText(source).asm;
  const dir = mkdtempSync(join(workDir, 'acc-'));
  writeFileSync(join(dir, 'a.s'), asm);
  execFileSync('as', ['--64', '-o', join(dir, 'a.o'), join(dir, 'a.s')]);
  assemble(asm, { fileName: 'a.s' });
  return asm;
}

describe('compile-only shapes gcc accepts', () => {
  it('an extern void object names an address (linker-defined symbols)', () => {
    const asm = acceptedAssembly(`
      extern void _stext, _etext;
      static unsigned long offset = (unsigned long)&_stext - 0x1000;
      unsigned long text_size(void) { return (unsigned long)&_etext - (unsigned long)&_stext; }
    `);
    expect(asm).toMatch(/\.quad _stext-4096/);
  });

  it('a void object that is defined, or used as a value, is still an error', () => {
    expect(compileErrorOf('void v;')).toMatch(/declared void/);
    expect(compileErrorOf('extern void v; int f(void) { return v; }')).toMatch(/error|void/);
  });

  it('attributes before a later declarator of a list apply to it', () => {
    acceptedAssembly(`
      __attribute__((noreturn)) void stop(void), __attribute__((format(printf, 1, 2))) say(const char *, ...), idle(void);
      int counter, __attribute__((aligned(64))) padded;
      int use(void) { say("%d", counter); return __alignof__(padded); }
    `);
  });

  it('a static local with an asm label is that symbol; a global may take the usual private name', () => {
    const asm = acceptedAssembly(`
      int next(void) { static int serial asm("serial") = 3; return serial++; }
      int other asm("serial.0") = 4;
    `);
    expect(asm).toMatch(/^serial:/m);
    expect(asm).toMatch(/^serial\.0:/m);
  });

  it('__builtin_extract_return_addr and __builtin_frob_return_addr are the identity', () => {
    const asm = acceptedAssembly('void *f(void *a) { return __builtin_frob_return_addr(__builtin_extract_return_addr(a)); }');
    expect(asm).not.toMatch(/call/);
  });

  it('the object-size checking builtins call the C library checking functions, as gcc -O0 does', () => {
    const asm = acceptedAssembly(`
      char buf[8];
      void f(const char *s, __SIZE_TYPE__ n) {
        __builtin___memcpy_chk(buf, s, n, __builtin_object_size(buf, 0));
        __builtin___snprintf_chk(buf, n, 0, sizeof buf, "%s", s);
        __builtin_stpncpy(buf, s, n);
      }
    `);
    expect(asm).toMatch(/call __memcpy_chk/);
    expect(asm).toMatch(/call __snprintf_chk/);
    expect(asm).toMatch(/call stpncpy/);
  });

  it('__builtin___clear_cache is nothing to do on x86 (its arguments are still evaluated)', () => {
    const asm = acceptedAssembly('char *next(char *); void f(char *p) { __builtin___clear_cache(next(p), 0); }');
    expect(asm).toMatch(/call next/);
  });

  it('a function with a great many parameters is declared in linear time', () => {
    const params = Array.from({ length: 20000 }, (_, i) => `int p${i}`).join(', ');
    const start = performance.now();
    acceptedAssembly(`int f(${params}) { return p19999; }`);
    expect(performance.now() - start).toBeLessThan(20000);
  });

  it('a record of many megabytes passed by value is copied by a loop, quickly', () => {
    const start = performance.now();
    const asm = acceptedAssembly('struct big { char b[64 << 20]; } g; void sink(struct big); void f(void) { sink(g); }');
    expect(performance.now() - start).toBeLessThan(5000);
    expect(asm.length).toBeLessThan(10_000);
  });
});

describe('GNU assertions in #if (deprecated, still accepted by gcc 12)', () => {
  it('answers #cpu, #machine and #system as gcc does on x86-64 Linux, without expanding macros', () => {
    const source = [
      '#define empty', '#if empty#cpu(m68k)', 'int wrong_cpu;', '#endif',
      '#if #cpu(x86_64) && #system(linux) && #machine && !#system(gnu) && !#cpu(i386)', 'int right;', '#endif',
      '#if #system (posix)', 'int spaced;', '#endif', '',
    ].join('\n');
    const dir = mkdtempSync(join(workDir, 'assert-'));
    const file = join(dir, 'a.c');
    writeFileSync(file, source);
    const code = (text: string): string => text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#')).join('\n');
    const ours = preprocess(file, { includePaths: [], systemIncludePaths: [], defines: [], undefines: [], forceIncludes: [] }).text;
    expect(code(ours)).toBe(code(execFileSync('gcc', ['-E', '-P', '-w', file], { encoding: 'utf8' })));
    expect(code(ours)).toBe('int right;\nint spaced;');
  });
});

describe('builtin arguments gcc checks', () => {
  it('__builtin_alloca_with_align wants a constant power-of-2 alignment in bits', () => {
    expect(compileErrorOf('void *f(int n) { return __builtin_alloca_with_align(n, 12); }')).toBe(
      "t.c:1:56: error: second argument to function '__builtin_alloca_with_align' must be a constant integer power of 2 between 8 and 2147483648 bits");
    expect(compileErrorOf('void *f(int n, int a) { return __builtin_alloca_with_align(n, a); }')).toMatch(/must be a constant integer power of 2/);
  });
});

describe('honest refusals', () => {
  it('a bit-field of type __int128', () => {
    expect(compileErrorOf('struct s { unsigned __int128 wide : 100; };')).toMatch(/unsupported: a bit-field of type __int128/);
  });

  it('vectors of __int128 or long double lanes', () => {
    expect(compileErrorOf('typedef unsigned __int128 v2 __attribute__((vector_size(32)));')).toMatch(/unsupported: vectors of __int128/);
  });

  it('decimal floating point, where the parser would only say what it expected', () => {
    expect(compileErrorOf('void f(void) {\n  _Decimal64 d = 1;\n}\n')).toBe("t.c:2:3: error: decimal floating point types are not supported by tcc-lite ('_Decimal64')");
    expect(compileErrorOf('struct s { _Decimal128 v; };')).toMatch(/types are not supported by tcc-lite \('_Decimal128'\)/);
    expect(compileErrorOf('double x = 1.5DD;')).toBe("t.c:1:15: error: decimal floating point constants are not supported by tcc-lite ('1.5DD')");
    expect(compileErrorOf('int f(_Float16 h);')).toBe("t.c:1:7: error: half-precision floating point types are not supported by tcc-lite ('_Float16')");
    // A name after a space is just a syntax error.
    expect(compileErrorOf('int DD;\nint f(void) { return 1 DD; }')).toBe("t.c:2:23: error: expected ';' before 'DD'");
  });

  it('constants with a suffix we do not know, in gcc\'s words and at its place (the number)', () => {
    expect(compileErrorOf('double x = 1.5qq;')).toBe('t.c:1:12: error: invalid suffix "qq" on floating constant');
    expect(compileErrorOf('int x = 12abc;')).toBe('t.c:1:9: error: invalid suffix "abc" on integer constant');
    expect(compileErrorOf('int x = 0x1fg;')).toBe('t.c:1:9: error: invalid suffix "g" on integer constant');
    expect(compileErrorOf('double x = 1e5fx;')).toBe('t.c:1:12: error: invalid suffix "fx" on floating constant');
    expect(compileErrorOf('double x = 2ex;')).toBe('t.c:1:12: error: exponent has no digits');
    expect(compileErrorOf('double x = 0x1p;')).toBe('t.c:1:12: error: exponent has no digits');
    // A name after a number and a space is only a syntax error.
    expect(compileErrorOf('int x = 12 abc;')).toBe("t.c:1:12: error: expected ',' or ';' before 'abc'");
    // Every suffix gcc knows still works.
    expect(compileErrorOf('unsigned long long a = 1ULL + 0x1p3 + 1.5f + 2.0L + 0b101 + 07u + 1e5 + 1.f + 1.0f32 + 2.0f64x;\n_Complex double z = 2i;\n__float128 q = 1.5q + 1.0f128;\n')).toBe('no error');
  });

  it('attributes that change what the code means, which ignoring would miscompile', () => {
    expect(compileErrorOf('struct __attribute__((scalar_storage_order("big-endian"))) s { int i; };')).toBe(
      "t.c:1:23: error: 'scalar_storage_order' attribute is not supported by tcc-lite");
    expect(compileErrorOf('static int (*r(void))(void) { return 0; }\nint f(void) __attribute__((ifunc("r")));')).toBe(
      "t.c:2:28: error: 'ifunc' attribute is not supported by tcc-lite");
    // naked: asm alone is its whole code (test/cc/programs/naked_functions.c); C code would
    // need the frame it lacks.
    expect(compileErrorOf('__attribute__((naked)) void f(void) { __asm__("ret"); }')).toBe('no error');
    expect(compileErrorOf('__attribute__((naked)) int f(int a) {\n  return a + 1;\n}')).toBe(
      't.c:2:3: error: a naked function may hold only asm statements without operands (tcc-lite keeps arguments and locals in the frame such a function does not have)');
    expect(compileErrorOf('__attribute__((naked)) void f(int a) { __asm__("" :: "r"(a)); }')).toMatch(/naked function may hold only asm statements without operands/);
    expect(compileErrorOf('int __attribute__((ms_abi)) f(int a) { return a; }')).toMatch(/'ms_abi' attribute is not supported/);
  });

  it("interrupt handlers: gcc's checks of their declarations and calls", () => {
    const isr = (decl: string): string => compileErrorOf(`struct frame;\n__attribute__((interrupt)) ${decl};`);
    expect(isr('void h(struct frame *f)')).toBe('no error');
    expect(isr('void h(struct frame *f, unsigned long code)')).toBe('no error');
    expect(isr('int h(struct frame *f)')).toBe("t.c:2:32: error: interrupt service routine must return 'void'");
    expect(isr('void h(int f)')).toMatch(/should have a pointer as the first argument/);
    expect(isr('void h(struct frame *f, int code)')).toMatch(/should have 'unsigned long int' as the second argument/);
    expect(isr('void h(struct frame *f, unsigned long code, int more)')).toMatch(/can only have a pointer argument and an optional integer argument/);
    expect(isr('void h(void)')).toMatch(/can only have a pointer argument and an optional integer argument/);
    expect(compileErrorOf('struct frame;\n__attribute__((interrupt)) void h(struct frame *f) {}\nvoid g(void) { h(0); }')).toBe(
      't.c:3:16: error: interrupt service routine cannot be called directly');
    expect(compileErrorOf('double x;\n__attribute__((interrupt)) void h(void *f) {\n  x = 1;\n}')).toMatch(
      /^t.c:3:\d+: error: floating point is not available in an interrupt service routine/);
    expect(compileErrorOf('int a;\n#pragma scalar_storage_order big-endian\nstruct s { int i; };\n')).toBe(
      "t.c:2:1: error: '#pragma scalar_storage_order big-endian' is not supported by tcc-lite");
    // x86's own byte order changes nothing.
    expect(compileErrorOf('struct __attribute__((scalar_storage_order("little-endian"))) s { int i; };')).toBe('no error');
    expect(compileErrorOf('#pragma scalar_storage_order little-endian\nstruct s { int i; };\n#pragma scalar_storage_order default\n')).toBe('no error');
  });

  it('a frame over 2 GiB (locals are reached with 32-bit displacements)', () => {
    expect(compileErrorOf('void g(char *); void f(void) { char s[0x90000000UL]; g(s); }')).toMatch(/unsupported: .* more than 2 GiB of stack/);
  });
});
