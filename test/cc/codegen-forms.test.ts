/**
 * The shorter instruction forms the code generator chooses when an operand's shape allows
 * (programs/codegen_*.c check that the programs still compute what gcc's do; this checks
 * that the forms are still chosen).
 */
import { describe, expect, it } from 'vitest';
import { compileC } from '../../compiler/cc/index.js';

function body(src: string): string[] {
  return compileC(src, { fileName: 't.c', warnings: false }).asm.split('\n').map((l) => l.trim());
}

describe('code generator forms', () => {
  it('folds member offsets and scaled indexes into the address', () => {
    const asm = body('struct p { int x; int y; long w; }; struct l { struct l *n; struct p p; };\n'
      + 'static int t[64]; long f(struct l *l, int i) { return l->p.y + t[i & 63]; }');
    expect(asm).toContain('movslq 12(%rax), %rax');
    expect(asm).toContain('movslq (%rdi,%rax,4), %rax');
    // A plain load on the right needs no push: it goes to %rdi after the left side.
    const mul = body('struct p { int x; int y; }; int g(struct p *q) { return q->x * q->y; }');
    expect(mul).toContain('imul 4(%rdi), %eax');
    expect(mul.filter((l) => l === 'push %rax')).toHaveLength(0);
  });

  it('updates in place when the value is dropped, and ++ does not undo itself', () => {
    const asm = body('void f(int *p, long n) { int i; for (i = 0; i < 10; i++) p[i] += 3; n -= i; *p <<= 2; }');
    expect(asm).toContain('addl $1, -20(%rbp)');
    expect(asm).toContain('addl $3, (%rdi)');
    expect(asm).toContain('sub %rax, -16(%rbp)');
    expect(asm).toContain('shll $2, (%rdi)');
    expect(asm).not.toContain('sub $1, %eax');
  });

  it('compares against immediates and memory, and branches on the flags', () => {
    const asm = body('long g(long a, int n, int m) { if (32416 < a) return 1; if (n < 4) return 2; if (n < m) return 3; return 0; }');
    expect(asm).toContain('cmpq $32416, -8(%rbp)');
    expect(asm).toContain('jle .L0');
    expect(asm).toContain('cmpl $4, -12(%rbp)');
    expect(asm).toContain('cmp -16(%rbp), %eax');
    expect(asm.some((l) => l.startsWith('set'))).toBe(false);
  });

  it('stores constants as immediates and keeps widening loads free', () => {
    const asm = body('struct s { char c; short h; int i; long l; }; long f(struct s *p, int i) { p->c = -1; p->h = 65535; p->l = -2; return i; }');
    expect(asm).toContain('movb $-1, (%rdi)');
    expect(asm).toContain('movw $-1, 2(%rdi)');
    expect(asm).toContain('movq $-2, 8(%rdi)');
    expect(asm).not.toContain('movslq %eax, %rax');
  });

  it('loads plain call arguments straight into their registers', () => {
    const asm = body('int h(const char *s, long a, int b); static char buf[8]; int f(long x, int y) { return h(buf, x, y); }');
    expect(asm).toContain('lea buf(%rip), %rdi');
    expect(asm).toContain('mov -8(%rbp), %rsi');
    expect(asm).toContain('movslq -12(%rbp), %rdx');
    expect(asm.filter((l) => l === 'push %rax')).toHaveLength(0);
  });

  it('folds integer constant expressions into one immediate', () => {
    const asm = body('typedef unsigned long size_t; long f(long x) { return (x & ~(size_t)15) + x * (2 + 3) + (long)sizeof(int) * 4; }');
    expect(asm).toContain('and $-16, %rax');
    expect(asm).toContain('imul $5, %rax, %rax');
    expect(asm.some((l) => l.startsWith('not '))).toBe(false);
    // Division by zero is left to run (and trap), as gcc leaves it.
    expect(body('int g(void) { return 1 / 0; }').some((l) => l.startsWith('idiv'))).toBe(true);
  });
});
