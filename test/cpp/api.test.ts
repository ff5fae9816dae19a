/**
 * The preprocess() API as the driver and the build use it: options, predefined macros,
 * include handling, assembly mode and the exact output format.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { preprocess, type PreprocessOptions } from '../../compiler/cpp/index.js';

function run(files: Record<string, string>, opts: PreprocessOptions = {}, main = 'main.c') {
  const reads: string[] = [];
  const result = preprocess(main, {
    ...opts,
    readFile: (p) => {
      reads.push(p);
      return files[p];
    },
  });
  return { ...result, reads };
}

/** The output without linemarkers, blank lines and indentation. */
function code(text: string): string {
  return text
    .split('\n')
    .filter((l) => !l.startsWith('# ') && l.trim() !== '')
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .join('\n');
}

describe('options', () => {
  it('applies -D, -D NAME=VALUE, function-like -D and -U in order', () => {
    const r = run({ 'main.c': 'A B F(2) C\n#ifdef GONE\ngone\n#endif\n' }, { defines: ['A', 'B=two words', 'F(x)=x*x', 'GONE', 'C=3'], undefines: ['GONE'] });
    expect(code(r.text)).toBe('1 two words 2*2 3');
  });

  it('reads forced includes first, from the given path then the include path', () => {
    const r = run({ 'main.c': 'CONFIG_X\n', 'cfg/kconfig.h': '#define CONFIG_X 42\n', 'inc/second.h': 'int second;\n' }, { forceIncludes: ['cfg/kconfig.h', 'second.h'], includePaths: ['inc'] });
    expect(r.text).toBe('# 1 "main.c"\n# 1 "cfg/kconfig.h" 1\n# 1 "main.c" 2\n# 1 "inc/second.h" 1\nint second;\n# 1 "main.c" 2\n42\n');
  });

  it('lists dependencies: the main file, then headers in first-include order', () => {
    const files = { 'main.c': '#include "b.h"\n#include <a.h>\n#include "b.h"\n', 'b.h': '#include "c.h"\n', 'c.h': '', 'inc/a.h': '' };
    expect(run(files, { includePaths: ['inc'] }).dependencies).toEqual(['main.c', 'b.h', 'c.h', 'inc/a.h']);
  });

  it('searches "..." in the includer\'s directory, then -I, then system directories', () => {
    const files = {
      'src/main.c': '#include "local.h"\n#include "sys.h"\n#include <local.h>\n',
      'src/local.h': 'src_local\n',
      'inc/local.h': 'inc_local\n',
      'sysinc/sys.h': 'system\n',
    };
    const r = run(files, { includePaths: ['inc'], systemIncludePaths: ['sysinc'] }, 'src/main.c');
    expect(code(r.text)).toBe('src_local\nsystem\ninc_local');
  });

  it('reports a missing main file as a CompileError', () => {
    expect(() => run({})).toThrow('main.c: No such file or directory');
  });

  // (a redefinition names only the line, column 0, as gcc: `t.c:3: warning: "X" redefined`)
  it("warns of '#pragma once' in the main file, as gcc, not in a header", () => {
    const r = run({ 'main.c': '#pragma once\n#include "h.h"\n#include "h.h"\nint x;\n', 'h.h': '#pragma once\nint y;\n' });
    expect(r.warnings.map((w) => `${w.loc?.file}:${w.loc?.line}:${w.loc?.col}: ${w.message}`)).toEqual(['main.c:1:9: #pragma once in main file']);
    expect(r.text.match(/int y;/g)).toHaveLength(1);
  });

  it('collects #warning and redefinitions as warnings', () => {
    const r = run({ 'main.c': '#warning careful here\n#define X 1\n#define X 2\n#define Y 1\n#define Y 1\n' });
    expect(r.warnings.map((w) => `${w.loc?.line}:${w.loc?.col}: ${w.message}`)).toEqual(['1:2: #warning careful here [-Wcpp]', '3:0: "X" redefined']);
  });
});

describe('predefined macros', () => {
  const probe = '__GNUC__ __GNUC_MINOR__ __x86_64__ __LP64__ __SIZEOF_LONG__ __SIZEOF_POINTER__ __CHAR_BIT__ __SIZE_TYPE__ | __PTRDIFF_TYPE__ | __WCHAR_TYPE__ | __INT64_TYPE__ __INT_MAX__ __LONG_MAX__ __BYTE_ORDER__ __tcc_lite__ __STDC__ __DATE__ __TIME__\n';
  it('describes an LP64 x86-64 Linux GCC 4.2', () => {
    expect(code(run({ 'main.c': probe }).text)).toBe(
      '4 2 1 1 8 8 8 long unsigned int | long int | int | long int 0x7fffffff 0x7fffffffffffffffL 1234 1 1 "Aug 20 2016" "12:00:00"',
    );
  });

  it("gives the type, limit and floating-point macros gcc's values", () => {
    // gcc's own list (gcc -dM -E) is the oracle for every object-like macro of these
    // families; <float.h>, <stdint.h> and <stdatomic.h> from any C library build on them.
    const family = /^__(DBL|FLT|LDBL)_|^__U?INT(_LEAST|_FAST)?\d*_(MAX|TYPE|WIDTH)__$|_WIDTH__$|^__GCC_ATOMIC_|^__SIZE_TYPE__$|^__SIG_ATOMIC/;
    const gcc = execFileSync('gcc', ['-dM', '-E', '-'], { input: '', encoding: 'utf8' }).split('\n')
      .map((l) => /^#define (\w+) (.*)$/.exec(l)).filter((m): m is RegExpExecArray => m !== null && family.test(m[1]))
      .filter((m) => !/^__(FLT|DBL|LDBL)_(IS_IEC_60559|NORM_MAX)__$|^__FLT_EVAL_METHOD_TS/.test(m[1]));
    expect(gcc.length).toBeGreaterThan(100);
    const probe = gcc.map((m) => m[1]).join('\n') + '\n';
    const expanded = execFileSync('gcc', ['-E', '-P', '-'], { input: probe, encoding: 'utf8' }).trim().split('\n');
    expect(code(run({ 'main.c': probe }).text).split('\n')).toEqual(expanded);
  });

  it('follows -std and assembly mode', () => {
    const src = '__STDC_VERSION__ __OPTIMIZE__ __NO_INLINE__ __ASSEMBLER__ __STRICT_ANSI__ linux\n';
    expect(code(run({ 'main.c': src }).text)).toBe('201710L __OPTIMIZE__ 1 __ASSEMBLER__ __STRICT_ANSI__ 1');
    expect(code(run({ 'main.c': src }, { std: 'c11' }).text)).toBe('201112L __OPTIMIZE__ 1 __ASSEMBLER__ 1 linux');
    expect(code(run({ 'main.S': src }, { assembly: true }, 'main.S').text)).toBe('__STDC_VERSION__ __OPTIMIZE__ 1 1 __STRICT_ANSI__ 1');
  });

  it('has __FILE__, __LINE__, __BASE_FILE__, __INCLUDE_LEVEL__ and __COUNTER__', () => {
    const r = run({ 'main.c': '__FILE__ __LINE__ __INCLUDE_LEVEL__\n#include "d/h.h"\n__COUNTER__\n', 'd/h.h': '__FILE__ __LINE__ __BASE_FILE__ __INCLUDE_LEVEL__ __COUNTER__\n' });
    expect(code(r.text)).toBe('"main.c" 1 0\n"d/h.h" 1 "main.c" 1 0\n1');
  });

  it('answers __has_include, __has_builtin and __has_attribute (attributes the compiler implements or that only advise)', () => {
    const src = '#if defined(__has_include) && __has_include("h.h") && !__has_include(<nope.h>)\nyes\n#endif\n#if __has_builtin(__builtin_va_arg) && !__has_builtin(__builtin_frobnicate) && __has_attribute(packed) && __has_attribute(__aligned__) && __has_attribute(gnu::cleanup) && !__has_attribute(frobnicate) && !__has_attribute(ifunc)\nyes2\n#endif\n';
    expect(code(run({ 'main.c': src, 'h.h': '' }).text)).toBe('yes\nyes2');
  });
});

describe('include handling', () => {
  it('does not re-enter a header whose include guard is defined', () => {
    const r = run({ 'main.c': '#include "g.h"\n#include "g.h"\nG\n', 'g.h': '/* guard */\n#ifndef G_H\n#define G_H\n#define G 7\n#endif\n' });
    expect(r.text).toBe('# 1 "main.c"\n# 1 "g.h" 1\n# 2 "main.c" 2\n\n7\n');
  });

  it('re-enters a guarded header after the guard is undefined, and an unguarded one always', () => {
    const r = run({ 'main.c': '#include "g.h"\n#undef G_H\n#include "g.h"\n#include "u.h"\n#include "u.h"\n', 'g.h': '#ifndef G_H\n#define G_H\ng\n#endif\n', 'u.h': 'u\n' });
    expect(code(r.text)).toBe('g\ng\nu\nu');
  });

  it('honours #pragma once and #import', () => {
    const r = run({ 'main.c': '#include "o.h"\n#include "./o.h"\n#import "i.h"\n#include "i.h"\n', 'o.h': '#pragma once\no\n', 'i.h': 'i\n', './o.h': '#pragma once\no\n' });
    expect(code(r.text)).toBe('o\ni');
  });

  it('continues the search after the current directory with #include_next', () => {
    const files = { 'main.c': '#include <limits.h>\nLIMIT\n', 'a/limits.h': '#define BEFORE 1\n#include_next <limits.h>\n', 'b/limits.h': '#define LIMIT BEFORE + 1\n' };
    expect(code(run(files, { includePaths: ['a', 'b'] }).text)).toBe('1 + 1');
  });

  it('expands computed includes', () => {
    const files = { 'main.c': '#define ARCH x86\n#define STR(x) #x\n#define HDR(a) STR(a/io.h)\n#include HDR(ARCH)\n#define ANGLED <x86/io.h>\n#include ANGLED\n', 'x86/io.h': 'io\n' };
    expect(code(run(files, { includePaths: [''] }).text)).toBe('io\nio');
  });

  it('stops runaway recursion', () => {
    expect(() => run({ 'main.c': '#include "main.c"\n' })).toThrow(/#include nested depth 201 exceeds maximum of 200/);
  });
});

describe('output format', () => {
  it('keeps the columns of unexpanded lines and separates tokens that would paste', () => {
    const r = run({ 'main.c': '#define P +\n#define E\n    int   x =  1; /* c */ y\n+P -E- x/**/y\n' });
    expect(r.text).toBe('# 1 "main.c"\n\n\n    int   x =  1;         y\n+ + - - x   y\n');
  });

  it('marks entering (1) and leaving (2) an include, and collapses long gaps', () => {
    const r = run({ 'main.c': 'a\n#include "h.h"\nb\n\n\n\n\n\n\n\n\n\nc\n', 'h.h': 'h\n' });
    expect(r.text).toBe('# 1 "main.c"\na\n# 1 "h.h" 1\nh\n# 3 "main.c" 2\nb\n# 13 "main.c"\nc\n');
  });

  it('prints #pragma and _Pragma on lines of their own', () => {
    const r = run({ 'main.c': '#pragma pack(1)\nx _Pragma("weak foo") y\n' });
    expect(r.text).toBe('# 1 "main.c"\n#pragma pack(1)\nx\n# 2 "main.c"\n#pragma weak foo\n# 2 "main.c"\ny\n');
  });

  it('applies push_macro and pop_macro', () => {
    const r = run({ 'main.c': '#define X 1\n#pragma push_macro("X")\n#undef X\n#define X 2\nX\n#pragma pop_macro("X")\nX\n' });
    expect(code(r.text.replace(/#pragma.*\n/g, ''))).toBe('2\n1');
  });
});

describe('assembly mode', () => {
  it('drops GNU as comments, keeps directives and expands $MACRO operands', () => {
    const src = '# it\'s a comment\n#include "n.h"\n\t.globl f # trailing, don\'t care\nf:\tmovq $__NR_x, %rax // c++ style\n\t/* c */ ret\n#define X 1\n';
    const r = run({ 'f.S': src, 'n.h': '#define __NR_x 329\n' }, { assembly: true }, 'f.S');
    expect(r.text).toBe('# 1 "f.S"\n# 1 "n.h" 1\n# 3 "f.S" 2\n .globl f\nf: movq $329,    %rax\n         ret\n');
  });

  it('never splits a statement across lines', () => {
    const r = run({ 'f.S': '#define F(a, b) a + b\n\tmovq $F(1,\n\t2), %rax\n' }, { assembly: true }, 'f.S');
    expect(code(r.text)).toBe('movq $1 + 2, %rax');
  });
});

describe('the tutorial: SYSCALL_DEFINE1 from Linux 4.7 include/linux/syscalls.h', () => {
  it('expands the seed\'s system call definition', () => {
    const header = [
      '#define __MAP0(m,...)',
      '#define __MAP1(m,t,a) m(t,a)',
      '#define __MAP2(m,t,a,...) m(t,a), __MAP1(m,__VA_ARGS__)',
      '#define __MAP(n,...) __MAP##n(__VA_ARGS__)',
      '#define __SC_DECL(t, a) t a',
      '#define __SC_LONG(t, a) long a',
      '#define __SC_CAST(t, a) (t) a',
      '#define SYSCALL_DEFINE1(name, ...) SYSCALL_DEFINEx(1, _##name, __VA_ARGS__)',
      '#define SYSCALL_DEFINEx(x, sname, ...) __SYSCALL_DEFINEx(x, sname, __VA_ARGS__)',
      '#define __SYSCALL_DEFINEx(x, name, ...) \\',
      '\tasmlinkage long sys##name(__MAP(x,__SC_DECL,__VA_ARGS__)) \\',
      '\t\t__attribute__((alias(__stringify(SyS##name)))); \\',
      '\tstatic inline long SYSC##name(__MAP(x,__SC_DECL,__VA_ARGS__)); \\',
      '\tasmlinkage long SyS##name(__MAP(x,__SC_LONG,__VA_ARGS__)); \\',
      '\tasmlinkage long SyS##name(__MAP(x,__SC_LONG,__VA_ARGS__)) \\',
      '\t{ \\',
      '\t\tlong ret = SYSC##name(__MAP(x,__SC_CAST,__VA_ARGS__)); \\',
      '\t\treturn ret; \\',
      '\t} \\',
      '\tstatic inline long SYSC##name(__MAP(x,__SC_DECL,__VA_ARGS__))',
      '#define __stringify_1(x...) #x',
      '#define __stringify(x...) __stringify_1(x)',
      '#define asmlinkage',
      '',
    ].join('\n');
    const src = '#include "syscalls.h"\nSYSCALL_DEFINE1(stephen, char *, msg)\n{\n  return 0;\n}\n';
    const r = run({ 'sys.c': src, 'syscalls.h': header }, {}, 'sys.c');
    expect(code(r.text)).toBe(
      'long sys_stephen(char * msg) __attribute__((alias("SyS_stephen"))); static inline long SYSC_stephen(char * msg); long SyS_stephen(long msg); long SyS_stephen(long msg) { long ret = SYSC_stephen((char *) msg); return ret; } static inline long SYSC_stephen(char * msg)\n{\nreturn 0;\n}',
    );
  });
});
