/** Assembly speed (printed, not asserted): lines per second on generated code and on the corpus. */

import { describe, it } from 'vitest';
import { assemble } from '../../compiler/asm/index.js';
import { generateInstructions } from './generator.js';

describe('assembler speed', () => {
  it('measures lines per second', () => {
    const text = generateInstructions(99, 60000);
    const compilerLike = Array.from({ length: 3000 }, (_, i) => `f${i}:\n\tpushq %rbp\n\tmovq %rsp, %rbp\n\tsubq $16, %rsp\n\tmovl %edi, -4(%rbp)\n\tmovl -4(%rbp), %eax\n\tcmpl $1, %eax\n\tjle .L${i}\n\tleaq .LC0(%rip), %rdi\n\tcall puts\n.L${i}:\n\tmovl $0, %eax\n\tleave\n\tret`).join('\n') + '\n.section .rodata\n.LC0: .string "x"\n';
    for (const [name, src] of [['generated', text], ['compiler-like', compilerLike]] as const) {
      const lines = src.split('\n').length;
      assemble(src, { fileName: 'warm.s' });
      const t0 = performance.now();
      assemble(src, { fileName: 'bench.s' });
      const s = (performance.now() - t0) / 1000;
      console.log(`assembler speed (${name}): ${lines} lines in ${s.toFixed(3)} s = ${Math.round(lines / s)} lines/s`);
    }
  });
});
