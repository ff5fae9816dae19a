// JavaScript source for the commonest register-only instructions, emitted
// straight into compiled blocks with register numbers and immediates as
// constants (`R` is cpu.regs). Everything else calls its handler. Each
// template does exactly what the corresponding ops-fast.ts handler does.

import { BASE_RIP, Insn } from './insn.js';
import * as fast from './ops-fast.js';
import { lea } from './ops-alu.js';
import { ALU_ADD, ALU_AND, ALU_CMP, ALU_OR, ALU_SUB, ALU_XOR } from './arith.js';
import { LAZY_ADD, LAZY_LOGIC, LAZY_SUB } from './flags.js';

const LAZY_OF: Record<number, number> = {
  [ALU_ADD]: LAZY_ADD, [ALU_SUB]: LAZY_SUB, [ALU_CMP]: LAZY_SUB, [ALU_AND]: LAZY_LOGIC, [ALU_OR]: LAZY_LOGIC, [ALU_XOR]: LAZY_LOGIC,
};

function op32(sub: number, a: string, b: string): string {
  switch (sub) {
    case ALU_ADD: return `(${a} + ${b}) | 0`;
    case ALU_SUB: case ALU_CMP: return `(${a} - ${b}) | 0`;
    case ALU_AND: return `${a} & ${b}`;
    case ALU_OR: return `${a} | ${b}`;
    default: return `${a} ^ ${b}`;
  }
}

/** 32-bit ALU on a register destination d with source expression b; `store` = false for cmp/test. */
function alu32(sub: number, d: number, b: string, store = sub !== ALU_CMP): string {
  const lazy = LAZY_OF[sub];
  const write = store ? ` R[${2 * d}] = r; R[${2 * d + 1}] = 0;` : '';
  const carry = lazy === LAZY_LOGIC ? '' : ' cpu.lazyCarry = 0;';
  return `{ const a = R[${2 * d}], b = ${b}, r = ${op32(sub, 'a', 'b')};` +
    ` cpu.lazyOp = ${lazy}; cpu.lazySize = 32; cpu.lazyA = a; cpu.lazyB = b; cpu.lazyRes = r; cpu.lazyAHi = 0; cpu.lazyBHi = 0; cpu.lazyResHi = 0;${carry}${write} }`;
}

/** 64-bit ALU on register d with source pair (b, bh); `store` = false for cmp/test. */
function alu64(sub: number, d: number, b: string, bh: string, store = sub !== ALU_CMP): string {
  let compute: string;
  switch (sub) {
    case ALU_ADD: compute = 'const lo = (a >>> 0) + (b >>> 0), r = lo | 0, rh = (ah + bh + (lo >= 4294967296 ? 1 : 0)) | 0; cpu.lazyCarry = 0;'; break;
    case ALU_SUB: case ALU_CMP: compute = 'const lo = (a >>> 0) - (b >>> 0), r = lo | 0, rh = (ah - bh - (lo < 0 ? 1 : 0)) | 0; cpu.lazyCarry = 0;'; break;
    case ALU_AND: compute = 'const r = a & b, rh = ah & bh;'; break;
    case ALU_OR: compute = 'const r = a | b, rh = ah | bh;'; break;
    default: compute = 'const r = a ^ b, rh = ah ^ bh;';
  }
  const write = store ? ` R[${2 * d}] = r; R[${2 * d + 1}] = rh;` : '';
  return `{ const a = R[${2 * d}], ah = R[${2 * d + 1}], b = ${b}, bh = ${bh}; ${compute}` +
    ` cpu.lazyOp = ${LAZY_OF[sub]}; cpu.lazySize = 64; cpu.lazyA = a; cpu.lazyAHi = ah; cpu.lazyB = b; cpu.lazyBHi = bh; cpu.lazyRes = r; cpu.lazyResHi = rh; cpu.hi = rh;${write} }`;
}

/** lea with register base/index (no RIP, no 0x67): the wrapped 64/32-bit sum. */
function leaCode(ins: Insn): string | null {
  if (ins.base === BASE_RIP || ins.addr32 || (ins.size !== 64 && ins.size !== 32)) return null;
  const b = ins.base, x = ins.index, s = ins.scaleShift, d = ins.reg;
  if (ins.size === 32) {
    const terms = [b >= 0 ? `R[${2 * b}]` : '0', x >= 0 ? `(R[${2 * x}] << ${s})` : '0', `${ins.disp | 0}`];
    return `R[${2 * d}] = (${terms.join(' + ')}) | 0; R[${2 * d + 1}] = 0;`;
  }
  const lo = [b >= 0 ? `(R[${2 * b}] >>> 0)` : '0', x >= 0 ? `(R[${2 * x}] >>> 0) * ${1 << s}` : '0', `${ins.disp | 0}`].join(' + ');
  const hi = [b >= 0 ? `R[${2 * b + 1}]` : '0', x >= 0 ? `(R[${2 * x + 1}] << ${s})` : '0', 'Math.floor(lo / 4294967296)'].join(' + ');
  return `{ const lo = ${lo}; const hi = (${hi}) | 0; R[${2 * d}] = lo | 0; R[${2 * d + 1}] = hi; }`;
}

export function inlineCode(ins: Insn): string | null {
  if (ins.exec === lea) return leaCode(ins);
  const h = ins.exec;
  const inlineAlu = LAZY_OF[ins.sub] !== undefined;
  if (h === fast.movRR64) return `R[${2 * ins.rm}] = R[${2 * ins.reg}]; R[${2 * ins.rm + 1}] = R[${2 * ins.reg + 1}];`;
  if (h === fast.movRR32) return `R[${2 * ins.rm}] = R[${2 * ins.reg}]; R[${2 * ins.rm + 1}] = 0;`;
  if (h === fast.movRI) return `R[${2 * ins.rm}] = ${ins.imm | 0}; R[${2 * ins.rm + 1}] = ${ins.size === 64 ? ins.immHi | 0 : 0};`;
  if (h === fast.testRR32) return alu32(ALU_AND, ins.rm, `R[${2 * ins.reg}]`, false);
  if (h === fast.testRR64) return alu64(ALU_AND, ins.rm, `R[${2 * ins.reg}]`, `R[${2 * ins.reg + 1}]`, false);
  if (h === fast.aluRR32 && inlineAlu) return alu32(ins.sub, ins.rm, `R[${2 * ins.reg}]`);
  if (h === fast.aluRI32 && inlineAlu) return alu32(ins.sub, ins.rm, `${ins.imm | 0}`);
  if (h === fast.aluRR64 && inlineAlu) return alu64(ins.sub, ins.rm, `R[${2 * ins.reg}]`, `R[${2 * ins.reg + 1}]`);
  if (h === fast.aluRI64 && inlineAlu) return alu64(ins.sub, ins.rm, `${ins.imm | 0}`, `${ins.immHi | 0}`);
  return null;
}
