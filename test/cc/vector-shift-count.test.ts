/**
 * A GNU vector shifted by a scalar count: gcc takes a count of any integer type (an int
 * count on 16-bit lanes is how SSE-style helpers are written), while a scalar on the
 * left of the shift, or in any other operator, still has to fit the lane.
 * Run-time lanes are compared with gcc by programs/vector_shift_scalar_count.c.
 */
import { describe, expect, it } from 'vitest';
import { compileErrorOf } from './error-of.js';

const prelude = [
  'typedef unsigned short u8 __attribute__((vector_size(16)));',
  'typedef signed char c16 __attribute__((vector_size(16)));',
  'typedef float f4 __attribute__((vector_size(16)));',
].join(' ');

function errorOf(body: string): string {
  return compileErrorOf(`${prelude} ${body}`).replace(/^t\.c:\d+:\d+: error: /, '');
}

describe('vector shift by a scalar count', () => {
  it('accepts a count wider than the lane', () => {
    expect(errorOf('u8 f(u8 a, int n) { return a >> n; }')).toBe('no error');
    expect(errorOf('c16 f(c16 a, long n) { return a << n; }')).toBe('no error');
    expect(errorOf('u8 f(u8 a, unsigned long long n) { a <<= n; a >>= n; return a; }')).toBe('no error');
  });

  it('still refuses a wide scalar elsewhere', () => {
    expect(errorOf('u8 f(u8 a, int n) { return n << a; }')).toBe("conversion of scalar 'int' to vector '__vector(8) short unsigned int' involves truncation");
    expect(errorOf('u8 f(u8 a, int n) { return a + n; }')).toBe("conversion of scalar 'int' to vector '__vector(8) short unsigned int' involves truncation");
    expect(errorOf('f4 f(f4 a, int n) { return a << n; }')).toBe("invalid operands to binary << (have '__vector(4) float' and 'int')");
  });
});
