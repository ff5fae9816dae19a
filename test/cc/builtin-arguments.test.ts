/**
 * Every builtin the compiler knows, called with wrong or odd arguments, gets a diagnostic,
 * never an internal error (gcc.dg's pr17301-2.c: `__builtin_va_start ()` crashed the code
 * generator). And __builtin_classify_type answers gcc's type classes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineBuiltins, librarySignatures, loweredBuiltins, parserBuiltins } from '../../compiler/cc/builtin-names.js';
import { compileC } from '../../compiler/cc/index.js';
import { CompileError } from '../../compiler/diagnostics.js';
import { compileErrorOf } from './error-of.js';
import { sameAsGcc } from './driver-vs-gcc.js';
import { workDir } from './helpers.js';

const names = [
  ...inlineBuiltins, ...parserBuiltins, ...loweredBuiltins, ...Object.keys(librarySignatures).map((n) => `__builtin_${n}`),
  '__atomic_load_n', '__atomic_compare_exchange', '__atomic_thread_fence', '__sync_fetch_and_add', '__sync_val_compare_and_swap',
  '__builtin_offsetof', '__builtin_types_compatible_p', '__builtin_convertvector', '__builtin_va_arg',
];
const argumentLists = ['', '0', 'p', 's', 'vp, 0', '0, p', 's, s', 'p, p, p', '0, 0, 0, 0, 0, 0, 0', 'f, f', '"x"', 'ap', 'fn', 'i128'];

describe('builtin arguments', () => {
  it('are diagnosed, whatever they are, without an internal error', () => {
    const internal: string[] = [];
    for (const name of names) {
      for (const args of argumentLists) {
        const source = `typedef __builtin_va_list va_list; struct S { int a; } s; int *p; double f; void *vp; __int128 i128; void fn(void);
void g(int x, ...) { va_list ap; ${name}(${args}); }
`;
        try {
          compileC(source, { fileName: 'builtin.c' });
        } catch (e) {
          if (!(e instanceof CompileError) || /internal/.test(e.message)) internal.push(`${name}(${args}): ${(e as Error).message}`);
        }
      }
    }
    expect(internal).toEqual([]);
  });

  it('of va_start and assume_aligned are counted with gcc\'s messages', () => {
    expect(compileErrorOf('void f(int a, ...) { __builtin_va_start(); }')).toContain("too few arguments to function '__builtin_va_start'");
    expect(compileErrorOf('void *k(void *p) { return __builtin_assume_aligned(p); }')).toContain("too few arguments to function '__builtin_assume_aligned'");
    expect(compileErrorOf('void *k(void *p) { return __builtin_assume_aligned(p, 16, 0, 1); }')).toContain('too many arguments');
    expect(compileErrorOf('void *k(void *p) { return __builtin_assume_aligned(p, 16, 8); }')).toBe('no error');
  });

  it('are classified by __builtin_classify_type as gcc classifies them', async () => {
    const file = join(workDir, 'classify-type.c');
    writeFileSync(file, `int printf(const char *, ...);
struct S { int a; } s; union U { int a; } u; enum E { A } e; _Bool b; char c; float f; double d; long double ld;
_Complex double z; int arr[3]; void fn(void); int *p; __int128 q; __float128 x;
int main(void) {
  printf("%d %d %d %d %d %d %d %d %d %d %d %d %d %d %d %d\\n", __builtin_classify_type(s), __builtin_classify_type(u),
    __builtin_classify_type(e), __builtin_classify_type(b), __builtin_classify_type(c), __builtin_classify_type(f),
    __builtin_classify_type(d), __builtin_classify_type(ld), __builtin_classify_type(z), __builtin_classify_type(arr),
    __builtin_classify_type(fn), __builtin_classify_type(p), __builtin_classify_type(q), __builtin_classify_type(),
    __builtin_classify_type("x"), __builtin_classify_type(x));
  return 0;
}
`);
    expect(await sameAsGcc(file, ['-w'], [])).toBe('12 13 1 1 1 8 8 8 9 5 5 5 1 -1 5 8\n');
  });
});
