/**
 * A static object's image in the compiler ends at its initializer's last element
 * (Obj.initData); the zeros after it are emitted, not held in memory. Whole programs are in
 * programs/static_image_tail.c (compared with gcc); here, what only the compiler shows.
 */
import { describe, expect, it } from 'vitest';
import { compileC } from '../../compiler/cc/index.js';
import { CompileError } from '../../compiler/diagnostics.js';
import { compileErrorOf } from './error-of.js';

describe('static images end at the last initialized element', () => {
  it('a 400 MB array initialized with one element is one .byte and one .zero', () => {
    const { asm } = compileC('int big[100000000] = {1};\n', { fileName: 'big.c' });
    expect(asm).toMatch(/big:\n\t\.byte 1\n\t\.zero 399999999\n/);
  });

  it('an all-zero initializer of any size goes to .bss', () => {
    const { asm } = compileC('long z[1000000000] = {0};\n', { fileName: 'z.c' });
    expect(asm).toContain('\t.bss\n');
    expect(asm).toContain('\t.zero 8000000000\n');
  });

  it('an element designated gigabytes into the object is an error, not a crash', () => {
    let error: unknown;
    try {
      compileC('static char *name[] = { [0x80000000] = "bar" };\nchar **p = name;\n', { fileName: 'far.c' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CompileError);
    expect((error as CompileError).message).toContain("initialized data of 'name' extends 17179869192 bytes into the object");
  });

  it('an index past what any object can hold, or a range of a billion elements, is an error, not a hang', () => {
    // gcc.dg large-size-array-6.c: the index counted up forever (2^63 + 1 is 2^63 in a double).
    expect(compileErrorOf('static char *name[] = {\n  [0x8000000000000000] = "bar"\n};\n')).toBe('t.c:2:3: error: size of array is too large');
    // Each element of a range was an object of its own: this one ran out of memory after 38 s.
    expect(compileErrorOf('static char a[] = { [0 ... 200000000] = 1 };\n')).toBe(
      't.c:1:21: error: a designator range of 200000001 elements: tcc-lite supports ranges of up to 4194304');
  });
});
