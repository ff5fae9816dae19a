/**
 * _Float128 in the type checker: what gcc rejects is a CompileError here too (never a
 * JavaScript exception), and the type's properties that need no run: size, alignment,
 * _Generic and compatibility with __float128, constant folding in integer contexts.
 */
import { describe, expect, it } from 'vitest';
import { compileErrorOf } from './error-of.js';

const decl = 'typedef __float128 F; F x; int *p;\n';

describe('_Float128 errors, as gcc reports them', () => {
  const cases: [string, string][] = [
    ['int f(void) { return x % 2; }', 'invalid operands to binary %'],
    ['int f(void) { return x & 1; }', 'invalid operands to binary &'],
    ['int f(void) { return x << 1; }', 'invalid operands to binary <<'],
    ['F f(void) { return ~x; }', 'wrong type argument to bit-complement'],
    ['void f(void) { p = x; }', "incompatible types when assigning to type 'int *' from type '_Float128'"],
    ['void f(void) { x = p; }', "incompatible types when assigning to type '_Float128' from type 'int *'"],
    ['void *f(void) { return (void *)x; }', "incompatible type for conversion to 'void *' from '_Float128'"],
    ['int f(void) { switch (x) { default: return 0; } }', 'switch quantity not an integer'],
    ['struct s { F b : 3; };', "bit-field 'b' has invalid type"],
    ['F y = x;', 'initializer element is not constant'],
  ];
  for (const [code, message] of cases) {
    it(code, () => expect(compileErrorOf(decl + code)).toContain(message));
  }
});

describe('_Float128 properties at compile time', () => {
  it('has size 16 and alignment 16, is __float128, and is its own type for _Generic', () => {
    const src = `${decl}
      _Static_assert(sizeof(F) == 16 && _Alignof(_Float128) == 16, "size");
      _Static_assert(__builtin_types_compatible_p(__float128, _Float128), "same type");
      _Static_assert(!__builtin_types_compatible_p(_Float128, long double), "not long double");
      _Static_assert(_Generic(x, long double: 1, _Float128: 2, default: 3) == 2, "generic");
      _Static_assert(_Generic(x + 1.0L, long double: 1, _Float128: 2, default: 3) == 2, "conversion rank");
      _Static_assert((int)(7.9q / 2) == 3 && 0.1q != 0.1 && 1.5q == 1.5 && 2.0q > 1, "folded");
      struct with { char c; F v; };
      _Static_assert(sizeof(struct with) == 32 && __builtin_offsetof(struct with, v) == 16, "layout");`;
    expect(compileErrorOf(src)).toBe('no error');
  });
});
