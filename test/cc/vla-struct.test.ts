/**
 * Structs with variable length array members (GNU): what they cannot be is reported as a
 * CompileError, never compiled to something silently wrong. The run-time behaviour is
 * checked against gcc by programs/vla_struct_members.c.
 */
import { describe, expect, it } from 'vitest';
import { CompileError } from '../../compiler/diagnostics.js';
import { compileC } from '../../compiler/cc/index.js';

function errorOf(src: string): string {
  try {
    compileC(src, { fileName: 't.c' });
  } catch (e) {
    if (e instanceof CompileError) return e.message;
    throw e;
  }
  return 'no error';
}

describe('structs with VLA members: honest errors', () => {
  const cases: [string, string][] = [
    ['int f(int n) { struct s { char a[n]; } x; int g(struct s v) { return 0; } return 0; }', "t.c:1:58: error: a parameter of variably sized struct type is not supported"],
    ['int n; struct g { int a[n]; };', 't.c:1:29: error: variable length array in a structure outside a function'],
    ['int f(int n) { struct s { char a[n]; }; return sizeof((struct s){0}); }', 't.c:1:55: error: compound literal has variable size'],
    // An array of variable length cannot be one either (C11 6.5.2.5p1), at any depth.
    ['int f(int n) { int *p = (int[n]){1, 2}; return p[0]; }', 't.c:1:25: error: compound literal has variable size'],
    ['int f(int n) { return sizeof((int[2][n]){0}); }', 't.c:1:30: error: compound literal has variable size'],
    ['int f(int n) { struct s { char a[n]; }; static struct s x; return 0; }', "t.c:1:57: error: storage size of 'x' isn't constant"],
    ['int f(int n) { struct s { char a[n]; }; extern struct s x; return 0; }', 't.c:1:57: error: object with variably modified type must have no linkage'],
  ];
  for (const [src, msg] of cases) it(src, () => expect(errorOf(src)).toBe(msg));

  it('compiles a struct with a VLA member in the middle', () => {
    expect(errorOf('int f(int n) { struct s { char c; int a[n]; char d; } x; x.d = 1; return sizeof x + x.d; }')).toBe('no error');
  });
});
