// Block compiler: turns a hot block into one JavaScript function that calls
// each instruction's handler directly. The interpreter's `ins.exec(cpu, ins)`
// call site sees every handler (megamorphic); in a compiled block each call
// site sees exactly one, so V8 can inline the handlers into the block.
//
// Inside the function RIP lives in the local `start` plus constant offsets:
// cpu.rip/cpu.nextRip are only written for instructions that read them
// (RIP-relative operands, branches, system instructions — always the last
// one), when leaving the block, and when an instruction faults.
//
// The generated function returns the number of instructions retired. When an
// instruction faults it records the count retired before it in
// `cpu.retiredInBlock`, points cpu.rip at it and rethrows, exactly like the
// interpreter loop.

import type { Cpu } from './cpu.js';
import { BASE_RIP, Handler, Insn } from './insn.js';
import { undefinedOpcode } from './ops-system.js';
import { jmpRel } from './ops-control.js';
import { condition } from './flags.js';
import { inlineCode } from './inline.js';

/** Runs the block (repeatedly while it loops back to itself, within `budget` instructions); returns instructions retired. */
export type CompiledBlock = (cpu: Cpu, budget: number) => number;

function readsRip(ins: Insn, last: boolean): boolean {
  return last || ins.endsBlock || ins.exits || ins.base === BASE_RIP || ins.exec === undefinedOpcode;
}

/**
 * @param inlineMemory emit memory and stack instructions inline too (inline.ts), not
 *   only register instructions and branches
 */
export function compileBlock(insns: Insn[], deltas: number[], inlineMemory: boolean): CompiledBlock {
  const n = insns.length;
  const params: string[] = [];
  const args: (Handler | Insn)[] = [];
  const body: string[] = [
    'const R = cpu.regs;',
    // What inline.ts's memory code reads: the TLB, RAM's view and the current banks.
    ...(inlineMemory ? ['const T = cpu.tlbTag, P = cpu.tlbPage, V = cpu.view, RB = cpu.readBank, WB = cpu.writeBank;'] : []),
    'const start = cpu.rip;',
    'const epoch = cpu.mappingEpoch;',
    'let total = 0;',
    'let k = 0;',
    'try {',
    '  for (;;) {',
  ];
  // Leaves the block at the address in cpu.rip after `count` instructions: a tight loop
  // comes back to this block's start, and stays in this function while nothing that could
  // change the mapping or the code has happened.
  const leave = (count: number): string =>
    `total += ${count}; k = 0; if (cpu.rip !== start || cpu.stopBlock || cpu.mappingEpoch !== epoch || total + ${n} > budget) return total; continue;`;
  insns.forEach((ins, i) => {
    const last = i === n - 1;
    const at = deltas[i];
    const fallThrough = at + ins.len;
    // A direct jump inside the block: the next instruction is its target.
    if (!last && ins.exec === jmpRel) { body.push(`    k = ${i + 1};`); return; }
    params.push(`h${i}`, `i${i}`);
    args.push(ins.exec, ins);
    if (readsRip(ins, last)) body.push(`    cpu.rip = start + ${at};`, `    cpu.nextRip = start + ${fallThrough};`);
    body.push(`    ${inlineCode(ins, i, fallThrough, inlineMemory) ?? `h${i}(cpu, i${i});`}`, `    k = ${i + 1};`);
    if (last) return;
    // A conditional branch inside the block: taken, it is a side exit.
    if (ins.endsBlock) body.push(`    if (cpu.nextRip !== start + ${deltas[i + 1]}) { cpu.rip = cpu.nextRip; ${leave(i + 1)} }`);
    // Only an instruction that can write memory (memory operand, stack, string op)
    // can hit a code page and invalidate this block.
    else if (ins.rm < 0) body.push(`    if (cpu.stopBlock) { cpu.rip = start + ${deltas[i + 1]}; return total + k; }`);
  });
  const lastIns = insns[n - 1];
  const lastIsBranch = lastIns.endsBlock || lastIns.exits;
  body.push(
    lastIsBranch ? '    cpu.rip = cpu.nextRip;' : `    cpu.rip = start + ${deltas[n - 1] + lastIns.len};`,
    // After a system instruction (a privilege or mapping change, RB/WB stale) the machine loop takes over.
    lastIns.exits ? `    return total + ${n};` : `    ${leave(n)}`,
    '  }',
    '} catch (e) {',
    `  cpu.rip = start + [${deltas.join(',')}][k];`,
    '  cpu.retiredInBlock = total + k;',
    '  throw e;',
    '}',
  );
  // C: flags.ts's condition, for the conditional branches inline.ts does not evaluate itself.
  const factory = new Function('C', ...params, `return function compiledBlock(cpu, budget) {\n${body.join('\n')}\n};`) as (...a: (Handler | Insn | typeof condition)[]) => CompiledBlock;
  return factory(condition, ...args);
}
