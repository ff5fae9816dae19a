/**
 * Properties of the generated assembly itself: debug line info, kernel-safe code
 * (no SSE, no red zone), RIP-relative globals, section directives GNU as accepts.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileC } from '../../compiler/cc/index.js';
import { workDir } from './helpers.js';

function assembles(asm: string, name: string): boolean {
  const s = join(workDir, `${name}.s`);
  writeFileSync(s, asm);
  execFileSync('as', ['-o', join(workDir, `${name}.o`), s]);
  return true;
}

describe('generated assembly', () => {
  it('emits .file/.loc from linemarkers when debugging', () => {
    const src = '# 1 "kernel/sys.c"\nint f(int x) {\n  int y = x + 1;\n  return y;\n}\n';
    const { asm } = compileC(src, { fileName: 'kernel/sys.c', debug: true });
    expect(asm).toContain('.file 1 "kernel/sys.c"');
    expect(asm).toMatch(/\.loc 1 2 \d+/);
    expect(asm).toMatch(/\.loc 1 3 \d+/);
    expect(assembles(asm, 'debug')).toBe(true);
  });

  it('kernel variadic functions do not touch SSE registers', () => {
    const src = 'int printk(const char *fmt, ...) { __builtin_va_list ap; __builtin_va_start(ap, fmt); int v = __builtin_va_arg(ap, int); __builtin_va_end(ap); return v; }\nint g(void) { return printk("x", 1, 2); }\n';
    const { asm } = compileC(src, { fileName: 'k.c', codeModel: 'kernel' });
    expect(asm).not.toMatch(/%xmm/);
    expect(assembles(asm, 'kernel-va')).toBe(true);
  });

  it('addresses globals RIP-relative and never below %rsp', () => {
    const src = 'long counter; static char buf[64]; long f(int i) { counter += i; buf[i] = 1; return counter + buf[3]; }\n';
    const { asm } = compileC(src, { fileName: 'g.c', codeModel: 'kernel' });
    expect(asm).toMatch(/counter\(%rip\)/);
    expect(asm).not.toMatch(/-\d+\(%rsp\)/);
    expect(asm.trimEnd().endsWith('.section .note.GNU-stack,"",@progbits')).toBe(true);
  });

  it('puts attributed functions and data in their sections, with weak and alias symbols', () => {
    const src = [
      '__attribute__((section(".init.text"))) int setup(void) { return 1; }',
      '__attribute__((section(".data..percpu"), aligned(64))) long percpu_var = 5;',
      '__attribute__((weak)) int weakfn(void) { return 2; }',
      'int real(void) { return 3; }',
      'int alias_of_real(void) __attribute__((alias("real")));',
      'static __attribute__((used)) int kept(void) { return 4; }',
      'static inline int dropped(void) { return undefined_symbol(); }',
    ].join('\n');
    const { asm } = compileC(src, { fileName: 's.c', warnings: false });
    expect(asm).toContain('.section .init.text,"ax",@progbits');
    expect(asm).toContain('.section .data..percpu,"aw"');
    expect(asm).toContain('.align 64');
    expect(asm).toContain('.weak weakfn');
    expect(asm).toContain('.set alias_of_real, real');
    expect(asm).toContain('kept:');
    expect(asm).not.toContain('dropped');
    expect(assembles(asm, 'sections')).toBe(true);
  });

  it('builds a jump table of offsets from the table for a dense switch', () => {
    const cases = Array.from({ length: 12 }, (_, i) => `case ${i}: return ${i * 3};`).join(' ');
    const { asm } = compileC(`int f(int x) { switch (x) { ${cases} } return -1; }\n`, { fileName: 'j.c' });
    const table = /lea (\.L\d+)\(%rip\), %rdx\n\tmovslq \(%rdx,%rax,4\), %rax\n\tadd %rdx, %rax\n\tjmp \*%rax\n/.exec(asm);
    expect(table).not.toBeNull();
    // No absolute address in .rodata: a PIE or shared library would need text relocations.
    expect(asm.match(new RegExp(`\\t\\.long \\.L\\d+-\\${table![1]}\\n`, 'g'))).toHaveLength(12);
    expect(assembles(asm, 'jump')).toBe(true);
  });
});
