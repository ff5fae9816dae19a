/**
 * Builtins and constants that gcc.dg's run tests use: what is refused is refused with
 * gcc's reason, and the `_FloatN` spellings compile.
 */
import { describe, expect, it } from 'vitest';
import { compileErrorOf } from './error-of.js';

describe('gcc.dg builtins', () => {
  it('__builtin_complex takes two operands of one real floating type', () => {
    expect(compileErrorOf('_Complex double z = __builtin_complex(1, 2.0);')).toContain('not of real binary floating-point type');
    expect(compileErrorOf('_Complex double z = __builtin_complex(1.0f, 2.0);')).toContain('operands of different types');
    expect(compileErrorOf('_Complex double z = __builtin_complex(1.0);')).toContain("wrong number of arguments to '__builtin_complex'");
    expect(compileErrorOf('_Complex float z = __builtin_complex(1.0f, 2.0f);')).toBe('no error');
  });

  it('accepts _FloatN constants, builtins and __float80', () => {
    const src = `_Float32 a = 1.5f32; _Float64x b = 2e10F64x; _Complex _Float64 c = 3.0if64;
      __float80 d = 1.0L; _Float32x e = __builtin_nansf32x("");
      _Float32 f(void) { return __builtin_copysignf32(1.0f32, -2.0f32) + __builtin_fabsf64x(-1.0F64x); }`;
    expect(compileErrorOf(src)).toBe('no error');
    expect(compileErrorOf('_Float32 a = 1.5f16;')).not.toBe('no error');
  });
});
