/**
 * Findings from building small open-source C libraries with tcc-lite (the projects stay
 * outside the repository; these are our own reductions).
 */
import { describe, expect, it } from 'vitest';
import { compileErrorOf } from './error-of.js';

describe('conditional operator with struct operands (C99 6.5.15p3)', () => {
  // rxi/vec's vec_push(v, val) expands to `cond ? -1 : (v->data[i] = val)`: with struct
  // elements gcc rejects it, and so must we rather than convert a struct to int.
  const decls = 'struct A { int x; }; struct B { int x; };\n';
  it('rejects a struct against an integer, a pointer or another struct type', () => {
    expect(compileErrorOf(`${decls}int f(int c, struct A a) { return c ? -1 : a; }`)).toBe(
      't.c:2:37: error: type mismatch in conditional expression');
    expect(compileErrorOf(`${decls}int f(int c, struct A a, int *p) { return (c ? a : p) != 0; }`)).toBe(
      't.c:2:46: error: type mismatch in conditional expression');
    expect(compileErrorOf(`${decls}void f(int c, struct A a, struct B b) { c ? a : b; }`)).toBe(
      't.c:2:43: error: type mismatch in conditional expression');
  });
  it('accepts the same struct (qualified or not) and a void side, as gcc', () => {
    expect(compileErrorOf(`${decls}int f(int c, struct A a, const struct A k) { struct A r = c ? k : a; return r.x; }`)).toBe('no error');
    expect(compileErrorOf(`${decls}typedef struct A TA; int f(int c, TA a, struct A b) { return (c ? a : b).x; }`)).toBe('no error');
    expect(compileErrorOf(`${decls}void f(int c, struct A a) { c ? a : (void)0; }`)).toBe('no error');
  });
});
