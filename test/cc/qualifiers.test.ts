/**
 * Qualifiers the front end keeps: after `*` (`int *volatile`, `int *_Atomic`), on records
 * reached through pointers (`const struct s *p`), on arrays through typedefs. Each program
 * is ours; the expected first diagnostic (line, column and words) is gcc 12's, taken from
 * gcc itself when the test runs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CompileError } from '../../compiler/diagnostics.js';
import { compileC } from '../../compiler/cc/index.js';
import { workDir } from './helpers.js';

/** gcc's first error or warning for `src`, as `line:col: kind: text` (ASCII quotes). */
function gccFirst(src: string): string {
  const file = join(workDir, 'q.c');
  writeFileSync(file, src);
  const r = spawnSync('gcc', ['-fsyntax-only', '-fdiagnostics-plain-output', file], { encoding: 'utf8' });
  const line = r.stderr.split('\n').find((l) => / (error|warning): /.test(l)) ?? 'none';
  return line.replace(/[‘’]/g, "'").replace(/^[^:]*:/, '');
}

/** Ours, in the same form: the CompileError, else the first warning. */
function oursFirst(src: string): string {
  try {
    const r = compileC(src, { fileName: 'q.c', warnings: true });
    const w = r.warnings[0];
    return w ? `${w.loc?.line}:${w.loc?.col}: warning: ${w.message}` : 'none';
  } catch (e) {
    if (e instanceof CompileError) return e.message.replace(/^[^:]*:/, '');
    throw e;
  }
}

const record = 'struct in { int y; int arr[2]; };\nstruct s { int x; int a[3]; struct in in; const int k; };\nvoid take(int *);\n';

describe('const reached through a pointer to a record', () => {
  const bodies = [
    'void f(const struct s *p) { p->x = 1; }',
    'void f(const struct s *p) { p->a[0] = 2; }',
    'void f(const struct s *p, int i) { p->a[i]--; }',
    'void f(const struct s *p) { p->x++; }',
    'void f(const struct s *p) { --p->x; }',
    'void f(const struct s *p) { p->x += 1; }',
    'void f(const struct s *p) { p->in.y = 3; }',
    'void f(const struct s *p) { p->in.arr[1] = 3; }',
    'void f(const struct s *p) { (*p).x = 1; }',
    'void f(const struct s p[2]) { p[1].x = 1; }',
    'void f(struct s *p) { p->k = 1; }',
    'void f(struct s *p, struct s *q) { *p = *q; }',
    'struct s g, h;\nvoid f(void) { g = h; }',
    'void f(void) { const struct s v = {0}; v.in.y = 1; }',
    'typedef const struct in cin;\nvoid f(cin *p) { p->y = 1; }',
    'union u { int i; float f; };\nvoid f(const union u *u) { u->i = 1; }',
    'void f(const struct s *p) { take(&p->x); }',
    'void f(const struct s *p) { struct s *q; q = p; }',
    'void f(volatile struct s *p) { int *q = &p->x; (void)q; }',
    'struct in *f(const struct in *p) { return p; }',
    // An initializer is shown from its first token.
    'void f(const struct s *p) { int *q = p->a; (void)q; }',
    'struct c { const int *cp; };\nvoid f(struct c *p) { int *q = p->cp + 1; (void)q; }',
  ];
  for (const body of bodies) it(body, () => expect(oursFirst(record + body)).toBe(gccFirst(record + body)));

  it('still lets a record be read through such a pointer and a plain one change', () => {
    const src = `${record}int f(const struct s *p, struct in *q) { q->y = p->x + p->a[1] + p->in.arr[0]; return q->y; }`;
    expect(oursFirst(src)).toBe('none');
    expect(gccFirst(src)).toBe('none');
  });
});

describe('qualifiers after *', () => {
  const sources = [
    'int *volatile vp;\nint **q = &vp;',
    'int *const cp;\nint **q = &cp;',
    'int *_Atomic ap;\nint **q = &ap;',
    '_Atomic int ai;\nint *q = &ai;',
    'const volatile int cv;\nvoid *q = &cv;',
    'void f(void) { const char **pp = 0; char **qq = pp; (void)qq; }',
    'void f(char **qq) { const char *const *s = qq; (void)s; }',
    'void f(const void *v) { char *z = v; (void)z; }',
    'int *volatile vp;\nint g = _Generic(0, int *volatile: 1, int *volatile: 2, default: 0);',
    'int *const p = 0;\nvoid f(void) { p = 0; }',
    'void f(int *volatile *pp) { int **q; q = pp; }',
    'typedef int triple[3];\nconst triple t = { 1, 2, 3 };\nvoid f(void) { t[1] = 2; }',
    'typedef int triple[3];\nvoid f(const triple t) { t[1] = 2; }',
    // The C library's builtins take const where their prototypes do.
    'int f(const char *s, const void *v, char *d) { __builtin_memcpy(d, v, 1); return __builtin_strlen(s) + __builtin_strcmp(s, d); }',
    'void f(const char *s) { __builtin_strcpy(s, "x"); }',
    'void f(const void *v) { __builtin_memset(v, 0, 1); }',
  ];
  for (const src of sources) it(src.replace(/\n/g, ' '), () => expect(oursFirst(src)).toBe(gccFirst(src)));
});

describe('read-only locations, written as gcc writes them', () => {
  const bodies = [
    'void f(const int *p) { *p = 1; }',
    'void f(const int *p, int i) { p[i] = 1; }',
    'void f(const int *p, unsigned long u) { p[u] = 1; }',
    'void f(const char *p, int i) { p[i] = 1; }',
    'void f(const int *p) { *(p + 1) = 1; }',
    'void f(const int **pp) { **pp = 1; }',
    'const int ga[4];\nvoid f(void) { ga[2] = 1; }',
    'struct m { int g[2][2]; };\nvoid f(const struct m *s, int i, int j) { s->g[i][j] = 1; }',
    'struct m { int g[3]; };\nvoid f(const struct m *s, unsigned char i) { s->g[i] = 1; }',
  ];
  for (const body of bodies) it(body.replace(/\n/g, ' '), () => expect(oursFirst(body)).toBe(gccFirst(body)));
});

describe('_Atomic pointers', () => {
  it('++ and += on an _Atomic pointer are locked updates, scaled by the pointee', () => {
    const src = 'long *_Atomic p;\nvoid f(void) { p++; p += 3; --p; }\n';
    const asm = compileC(src, { fileName: 'q.c' }).asm;
    expect(asm.match(/lock xadd/g)?.length).toBe(3);
    expect(asm).toMatch(/\$8\b/);
    expect(asm).toMatch(/\$24\b/);
    // gcc makes them locked too (the oracle: its -O0 assembly).
    const file = join(workDir, 'atomic.c');
    writeFileSync(file, src);
    expect(execFileSync('gcc', ['-S', '-O0', '-o', '-', file], { encoding: 'utf8' }).match(/lock xadd/g)?.length).toBe(3);
  });
});
