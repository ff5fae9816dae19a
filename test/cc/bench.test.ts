/**
 * Compile speed on a generated 20k-line program (printed, not asserted: the machine
 * is shared). The target is > 200k lines/second including parsing.
 */
import { describe, expect, it } from 'vitest';
import { compileC } from '../../compiler/cc/index.js';

function generate(lines: number): string {
  const out: string[] = [
    'typedef unsigned long size_t;',
    'struct item { int id; long value; struct item *next; char name[16]; };',
    'extern int printf(const char *fmt, ...);',
    'static struct item pool[64];',
  ];
  for (let f = 0; out.length < lines; f++) {
    out.push(
      `static long work${f}(struct item *it, int n) {`,
      '  long acc = 0;',
      '  for (int i = 0; i < n; i++) {',
      `    if (it->id > ${f % 7}) acc += it->value * ${f % 13 + 1};`,
      '    else acc -= (long)i << 2;',
      '    switch (i & 3) { case 0: acc ^= 0x55; break; case 1: acc |= 1; break; default: acc++; }',
      '    it = it->next ? it->next : &pool[i & 63];',
      '  }',
      `  return acc + sizeof(struct item) + ${f};`,
      '}',
      `long entry${f}(void) { return work${f}(&pool[${f % 64}], ${f % 50}); }`,
    );
  }
  return out.join('\n') + '\n';
}

describe('compile speed', () => {
  it('20k-line generated program', () => {
    const src = generate(20_000);
    const lines = src.split('\n').length;
    compileC(generate(500), { fileName: 'warmup.c' });
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const r = compileC(src, { fileName: 'bench.c' });
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    // CPU time is the fairer number on a shared machine; wall time is what a user waits.
    console.log(
      `cc: ${lines} lines in ${ms.toFixed(0)} ms wall = ${Math.round((lines / ms) * 1000)} lines/s; ` +
        `${cpuMs.toFixed(0)} ms CPU = ${Math.round((lines / cpuMs) * 1000)} lines/s (${r.asm.length} bytes of asm)`,
    );
    expect(r.asm).toContain('entry0:');
  });
});
