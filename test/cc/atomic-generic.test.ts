/**
 * gcc's generic atomic builtins (`__atomic_load(p, ret, order)` and friends) are expanded
 * inline for objects of 1, 2, 4 and 8 bytes (test/cc/programs/atomic_generic.c runs them
 * against gcc); misuse gets gcc's messages, and other sizes, which gcc hands to libatomic,
 * an honest error.
 */
import { describe, expect, it } from 'vitest';
import { compileErrorOf } from './error-of.js';

describe('generic __atomic builtins', () => {
  const cases: [string, string][] = [
    // gcc points at the call; we point at the argument.
    ['void g(int *p, long *q) { __atomic_store(p, q, 0); }\n', "t.c:1:45: error: size mismatch in argument 2 of '__atomic_store'"],
    ['void h(int i, int *q) { __atomic_store(i, q, 0); }\n', "t.c:1:40: error: argument 1 of '__atomic_store' must be a non-void pointer type"],
    ['void k(void *p, int *q) { __atomic_load(p, q, 0); }\n', "t.c:1:41: error: argument 1 of '__atomic_load' must be a non-void pointer type"],
    ['void e(int *p, int q) { __atomic_exchange(p, &q, q, 0); }\n', "t.c:1:50: error: argument 3 of '__atomic_exchange' must be a pointer type"],
    ['struct big { long a, b; } x, y;\nvoid f(void) { __atomic_load(&x, &y, 0); }\n',
      "t.c:2:29: error: '__atomic_load' on a 16-byte object is not supported: only 1, 2, 4 and 8-byte objects are lock-free (tcc-lite has no libatomic)"],
    ['int x, y;\nvoid f(void) { __atomic_load(&x, &y); }\n', "t.c:2:29: error: wrong number of arguments to '__atomic_load'"],
  ];
  for (const [src, message] of cases) it(message, () => expect(compileErrorOf(src)).toBe(message));

  it('compile for the sizes the instructions handle', () => {
    expect(compileErrorOf('struct p { int a, b; } x, y, z;\nint f(void) { __atomic_exchange(&x, &y, &z, 5); return __atomic_compare_exchange(&x, &y, &z, 0, 5, 5); }\n')).toBe('no error');
  });
});
