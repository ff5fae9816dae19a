/**
 * `_Complex _Float128` (gcc: 32 bytes, class MEMORY, arithmetic through libgcc's __multc3
 * and __divtc3) is not implemented yet: it must fail with an error that names it, not with
 * a misleading one or a crash.
 */
import { describe, expect, it } from 'vitest';
import { compileErrorOf } from './error-of.js';

describe('_Complex _Float128', () => {
  // The error points at the `_Complex` keyword.
  const cases: [string, number][] = [['_Complex _Float128 z;', 1], ['_Float128 _Complex z;', 11], ['__complex__ __float128 z;', 1]];
  for (const [spelling, col] of cases) {
    it(spelling, () => expect(compileErrorOf(`${spelling}\n`)).toBe(`t.c:1:${col}: error: '_Complex _Float128' is not supported`));
  }
});
