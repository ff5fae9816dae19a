/**
 * GNU vector types: what gcc's C front end refuses is refused with a CompileError (never
 * a raw exception), and the layout facts gcc gives (size, alignment in structs) hold.
 * Run-time behaviour is compared with gcc by the vector_*.c programs and vector-abi.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { compileC } from '../../compiler/cc/index.js';
import { compileErrorOf } from './error-of.js';

const prelude = [
  'typedef int i4 __attribute__((vector_size(16)));',
  'typedef unsigned u4 __attribute__((vector_size(16)));',
  'typedef short s8 __attribute__((vector_size(16)));',
  'typedef float f4 __attribute__((vector_size(16)));',
].join(' ');

function errorOf(body: string): string {
  return compileErrorOf(`${prelude} ${body}`).replace(/^t\.c:\d+:\d+: error: /, '');
}

describe('vector type errors', () => {
  const cases: [string, string][] = [
    ['typedef int v3 __attribute__((vector_size(12)));', 'number of vector components 3 not a power of two'],
    ['typedef int v __attribute__((vector_size(6)));', 'vector size not an integral multiple of component size'],
    ['typedef void *vp __attribute__((vector_size(16)));', "invalid vector type for attribute 'vector_size'"],
    ['typedef _Bool vb __attribute__((vector_size(16)));', "invalid vector type for attribute 'vector_size'"],
    ['int f(i4 a) { return !a; }', 'wrong type argument to unary exclamation mark'],
    ['int f(i4 a, i4 b) { return a && b; }', 'used vector type where scalar is required'],
    ['int f(i4 a) { if (a) return 1; return 0; }', 'used vector type where scalar is required'],
    ['i4 f(i4 a, s8 b) { return a + b; }', "invalid operands to binary + (have '__vector(4) int' and '__vector(8) short int')"],
    ['i4 f(i4 a, f4 b) { return a * b; }', "invalid operands to binary * (have '__vector(4) int' and '__vector(4) float')"],
    ['f4 f(f4 a, f4 b) { return a & b; }', "invalid operands to binary & (have '__vector(4) float' and '__vector(4) float')"],
    ['f4 f(f4 a) { return ~a; }', 'wrong type argument to bit-complement'],
    ['i4 f(i4 a) { return a + 1.5; }', "conversion of scalar 'double' to vector '__vector(4) int' involves truncation"],
    ['i4 f(i4 a, long n) { return a + n; }', "conversion of scalar 'long int' to vector '__vector(4) int' involves truncation"],
    ['i4 f(i4 a) { return a + 10000000000; }', "conversion of scalar 'long int' to vector '__vector(4) int' involves truncation"],
    ['i4 f(u4 a) { i4 b; b = a; return b; }', "incompatible types when assigning to type '__vector(4) int' from type '__vector(4) unsigned int'"],
    ['i4 f(long x) { return (i4)x; }', "cannot convert a value of type 'long int' to vector type '__vector(4) int' which has different size"],
    ['long f(i4 v) { return (long)v; }', "cannot convert a vector of type '__vector(4) int' to type 'long int' which has different size"],
    ['double f(i4 v) { return (double)v; }', "cannot convert a vector of type '__vector(4) int' to type 'double'"],
    ['int f(i4 v) { return v.x; }', "'__vector(4) int' has no member named 'x'"],
    ['int f(i4 v) { return v[1.0]; }', 'array subscript is not an integer'],
    ['i4 f(i4 v, s8 m) { return __builtin_shuffle(v, m); }', "'__builtin_shuffle' number of elements of the argument vector(s) and the mask vector should be the same"],
    ['f4 f(f4 v, f4 m) { return __builtin_shuffle(v, m); }', "'__builtin_shuffle' last argument must be an integer vector"],
    ['i4 f(i4 v) { return __builtin_shuffle(v); }', "wrong number of arguments to '__builtin_shuffle'"],
    ['i4 x = 5;', "incompatible types when initializing type '__vector(4) int' using type 'int'"],
    ['typedef char huge __attribute__((vector_size(1 << 30)));', 'vectors of more than 4096 lanes are not supported'],
    ['s8 f(i4 v) { return __builtin_convertvector(v, s8); }', "'__builtin_convertvector' number of elements of the first argument vector and the second argument vector type should be the same"],
    ['i4 f(int v) { return __builtin_convertvector(v, i4); }', "'__builtin_convertvector' first argument must be an integer or floating vector"],
    ['int f(i4 v) { return __builtin_convertvector(v, int); }', "'__builtin_convertvector' second argument must be an integer or floating vector type"],
  ];
  for (const [src, msg] of cases) it(src, () => expect(errorOf(src)).toBe(msg));
});

describe('vector layout', () => {
  it('sizes and struct offsets follow gcc (alignment = size)', () => {
    const asm = compileC(`${prelude}
      typedef int i8 __attribute__((vector_size(32)));
      typedef char c2 __attribute__((vector_size(2)));
      struct s { char c; i8 v; };
      struct t { char c; c2 v; };
      unsigned long sizes[] = { sizeof(i4), sizeof(i8), sizeof(struct s), __builtin_offsetof(struct s, v),
        sizeof(struct t), __builtin_offsetof(struct t, v) };`, { fileName: 't.c' }).asm;
    const quads = [...asm.matchAll(/\.byte ([\d,]+)/g)].flatMap((m) => m[1].split(',').map(Number));
    const words = Array.from({ length: 6 }, (_, i) => quads[i * 8]);
    expect(words).toEqual([16, 32, 64, 32, 4, 2]);
  });
});
