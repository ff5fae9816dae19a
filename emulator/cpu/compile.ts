// Block compiler: turns a hot block into one JavaScript function that calls
// each instruction's handler directly. The interpreter's `ins.exec(cpu, ins)`
// call site sees every handler (megamorphic); in a compiled block each call
// site sees exactly one, so V8 can inline the handlers into the block.
//
// The generated function returns the number of instructions retired. When an
// instruction faults it records the count retired before it in
// `cpu.retiredInBlock` and rethrows, exactly like the interpreter loop.

import type { Cpu } from './cpu.js';
import type { Handler, Insn } from './insn.js';

/** Runs the block (repeatedly while it loops back to itself, within `budget` instructions); returns instructions retired. */
export type CompiledBlock = (cpu: Cpu, budget: number) => number;

export function compileBlock(insns: Insn[]): CompiledBlock {
  const n = insns.length;
  const params: string[] = [];
  const args: (Handler | Insn)[] = [];
  const body: string[] = [
    'const start = cpu.rip;',
    'const epoch = cpu.mappingEpoch;',
    'let total = 0;',
    'let k = 0;',
    'try {',
    '  for (;;) {',
  ];
  insns.forEach((ins, i) => {
    params.push(`h${i}`, `i${i}`);
    args.push(ins.exec, ins);
    body.push(
      `    cpu.nextRip = cpu.rip + ${ins.len};`,
      `    h${i}(cpu, i${i});`,
      `    cpu.rip = cpu.nextRip;`,
      `    k = ${i + 1};`,
    );
    if (i < n - 1) body.push('    if (cpu.stopBlock) return total + k;');
  });
  body.push(
    `    total += ${n};`,
    '    k = 0;',
    // A tight loop jumps back to this block's start: stay in this function
    // while nothing that could change the mapping or the code has happened.
    `    if (cpu.rip !== start || cpu.stopBlock || cpu.mappingEpoch !== epoch || total + ${n} > budget) return total;`,
    '  }',
    '} catch (e) {',
    '  cpu.retiredInBlock = total + k;',
    '  throw e;',
    '}',
  );
  const factory = new Function(...params, `return function compiledBlock(cpu, budget) {\n${body.join('\n')}\n};`) as (...a: (Handler | Insn)[]) => CompiledBlock;
  return factory(...args);
}
