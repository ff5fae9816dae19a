// Specialized forms of the most frequent instructions (register operands,
// 32/64-bit sizes). They do exactly what the generic handlers in ops-alu.ts
// do, minus the size switches and helper layers; the decoder picks them when
// the operands allow.

import type { Insn } from './insn.js';
import type { Cpu } from './cpu.js';
import { alu, ALU_ADD, ALU_AND, ALU_CMP, ALU_OR, ALU_SUB, ALU_XOR } from './arith.js';
import { LAZY_ADD, LAZY_LOGIC, LAZY_SUB } from './flags.js';

const TWO32 = 4294967296;

function record32(cpu: Cpu, op: number, a: number, b: number, r: number): void {
  cpu.lazyOp = op;
  cpu.lazySize = 32;
  cpu.lazyA = a;
  cpu.lazyB = b;
  cpu.lazyRes = r;
  cpu.lazyAHi = cpu.lazyBHi = cpu.lazyResHi = 0;
}

/** 32-bit ALU op on register values; returns the result (int32) or the generic path for ADC/SBB. */
function alu32(cpu: Cpu, op: number, a: number, b: number): number {
  let r: number;
  switch (op) {
    case ALU_ADD: r = (a + b) | 0; record32(cpu, LAZY_ADD, a, b, r); cpu.lazyCarry = 0; return r;
    case ALU_SUB:
    case ALU_CMP: r = (a - b) | 0; record32(cpu, LAZY_SUB, a, b, r); cpu.lazyCarry = 0; return r;
    case ALU_AND: r = a & b; record32(cpu, LAZY_LOGIC, a, b, r); return r;
    case ALU_OR: r = a | b; record32(cpu, LAZY_LOGIC, a, b, r); return r;
    case ALU_XOR: r = a ^ b; record32(cpu, LAZY_LOGIC, a, b, r); return r;
    default: return alu(cpu, op, 32, a, 0, b, 0);
  }
}

/** 64-bit ALU op; returns the low half and leaves the high half in cpu.hi. */
function alu64(cpu: Cpu, op: number, a: number, aHi: number, b: number, bHi: number): number {
  let r: number, rHi: number, kind: number;
  switch (op) {
    case ALU_ADD: {
      const lo = (a >>> 0) + (b >>> 0);
      r = lo | 0; rHi = (aHi + bHi + (lo >= TWO32 ? 1 : 0)) | 0; kind = LAZY_ADD; cpu.lazyCarry = 0;
      break;
    }
    case ALU_SUB:
    case ALU_CMP: {
      const lo = (a >>> 0) - (b >>> 0);
      r = lo | 0; rHi = (aHi - bHi - (lo < 0 ? 1 : 0)) | 0; kind = LAZY_SUB; cpu.lazyCarry = 0;
      break;
    }
    case ALU_AND: r = a & b; rHi = aHi & bHi; kind = LAZY_LOGIC; break;
    case ALU_OR: r = a | b; rHi = aHi | bHi; kind = LAZY_LOGIC; break;
    case ALU_XOR: r = a ^ b; rHi = aHi ^ bHi; kind = LAZY_LOGIC; break;
    default: return alu(cpu, op, 64, a, aHi, b, bHi);
  }
  cpu.lazyOp = kind;
  cpu.lazySize = 64;
  cpu.lazyA = a; cpu.lazyAHi = aHi;
  cpu.lazyB = b; cpu.lazyBHi = bHi;
  cpu.lazyRes = r; cpu.lazyResHi = rHi;
  cpu.hi = rHi;
  return r;
}

/** op reg(rm), reg(reg) — covers both the 01/03 directions (decoder swaps as needed). */
export function aluRR32(cpu: Cpu, ins: Insn): void {
  const regs = cpu.regs, d = 2 * ins.rm;
  const r = alu32(cpu, ins.sub, regs[d], regs[2 * ins.reg]);
  if (ins.sub !== ALU_CMP) { regs[d] = r; regs[d + 1] = 0; }
}

export function aluRR64(cpu: Cpu, ins: Insn): void {
  const regs = cpu.regs, d = 2 * ins.rm, s = 2 * ins.reg;
  const r = alu64(cpu, ins.sub, regs[d], regs[d + 1], regs[s], regs[s + 1]);
  if (ins.sub !== ALU_CMP) { regs[d] = r; regs[d + 1] = cpu.hi; }
}

export function aluRI32(cpu: Cpu, ins: Insn): void {
  const regs = cpu.regs, d = 2 * ins.rm;
  const r = alu32(cpu, ins.sub, regs[d], ins.imm);
  if (ins.sub !== ALU_CMP) { regs[d] = r; regs[d + 1] = 0; }
}

export function aluRI64(cpu: Cpu, ins: Insn): void {
  const regs = cpu.regs, d = 2 * ins.rm;
  const r = alu64(cpu, ins.sub, regs[d], regs[d + 1], ins.imm, ins.immHi);
  if (ins.sub !== ALU_CMP) { regs[d] = r; regs[d + 1] = cpu.hi; }
}

/** op reg, [mem] (load form) for 32/64 bits. */
export function aluRM32(cpu: Cpu, ins: Insn): void {
  const b = cpu.read32(cpu.ea(ins));
  const regs = cpu.regs, d = 2 * ins.reg;
  const r = alu32(cpu, ins.sub, regs[d], b);
  if (ins.sub !== ALU_CMP) { regs[d] = r; regs[d + 1] = 0; }
}

export function aluRM64(cpu: Cpu, ins: Insn): void {
  const b = cpu.read64(cpu.ea(ins)), bHi = cpu.hi;
  const regs = cpu.regs, d = 2 * ins.reg;
  const r = alu64(cpu, ins.sub, regs[d], regs[d + 1], b, bHi);
  if (ins.sub !== ALU_CMP) { regs[d] = r; regs[d + 1] = cpu.hi; }
}

/**
 * op [mem], imm and op [mem], reg (the destination in memory: unoptimized C's `addl $1,
 * -4(%rbp)` and `cmpq $N, -16(%rbp)`). The address is computed once for the read and the
 * write; cmp only reads.
 */
export function aluMI32(cpu: Cpu, ins: Insn): void {
  const addr = cpu.ea(ins);
  const r = alu32(cpu, ins.sub, cpu.read32(addr), ins.imm);
  if (ins.sub !== ALU_CMP) cpu.write32(addr, r);
}

export function aluMI64(cpu: Cpu, ins: Insn): void {
  const addr = cpu.ea(ins);
  const a = cpu.read64(addr);
  const r = alu64(cpu, ins.sub, a, cpu.hi, ins.imm, ins.immHi);
  if (ins.sub !== ALU_CMP) cpu.write64(addr, r, cpu.hi);
}

export function aluMR32(cpu: Cpu, ins: Insn): void {
  const addr = cpu.ea(ins);
  const r = alu32(cpu, ins.sub, cpu.read32(addr), cpu.regs[2 * ins.reg]);
  if (ins.sub !== ALU_CMP) cpu.write32(addr, r);
}

export function aluMR64(cpu: Cpu, ins: Insn): void {
  const addr = cpu.ea(ins);
  const a = cpu.read64(addr);
  const regs = cpu.regs, s = 2 * ins.reg;
  const r = alu64(cpu, ins.sub, a, cpu.hi, regs[s], regs[s + 1]);
  if (ins.sub !== ALU_CMP) cpu.write64(addr, r, cpu.hi);
}

export function testRR32(cpu: Cpu, ins: Insn): void {
  const regs = cpu.regs, a = regs[2 * ins.rm], b = regs[2 * ins.reg];
  record32(cpu, LAZY_LOGIC, a, b, a & b);
}

export function testRR64(cpu: Cpu, ins: Insn): void {
  const regs = cpu.regs, d = 2 * ins.rm, s = 2 * ins.reg;
  alu64(cpu, ALU_AND, regs[d], regs[d + 1], regs[s], regs[s + 1]);
}

// ---- moves -------------------------------------------------------------------

export function movRR64(cpu: Cpu, ins: Insn): void {
  const regs = cpu.regs, d = 2 * ins.rm, s = 2 * ins.reg;
  regs[d] = regs[s]; regs[d + 1] = regs[s + 1];
}

export function movRR32(cpu: Cpu, ins: Insn): void {
  const regs = cpu.regs, d = 2 * ins.rm;
  regs[d] = regs[2 * ins.reg]; regs[d + 1] = 0;
}

export function movRI(cpu: Cpu, ins: Insn): void {
  const regs = cpu.regs, d = 2 * ins.rm;
  regs[d] = ins.imm; regs[d + 1] = ins.size === 64 ? ins.immHi : 0;
}

export function load64(cpu: Cpu, ins: Insn): void {
  const lo = cpu.read64(cpu.ea(ins));
  const regs = cpu.regs, d = 2 * ins.reg;
  regs[d] = lo; regs[d + 1] = cpu.hi;
}

export function load32(cpu: Cpu, ins: Insn): void {
  const v = cpu.read32(cpu.ea(ins));
  const regs = cpu.regs, d = 2 * ins.reg;
  regs[d] = v; regs[d + 1] = 0;
}

export function store64(cpu: Cpu, ins: Insn): void {
  const regs = cpu.regs, s = 2 * ins.reg;
  cpu.write64(cpu.ea(ins), regs[s], regs[s + 1]);
}

export function store32(cpu: Cpu, ins: Insn): void {
  cpu.write32(cpu.ea(ins), cpu.regs[2 * ins.reg]);
}

export function loadZx8(cpu: Cpu, ins: Insn): void {
  const v = cpu.read8(cpu.ea(ins));
  const regs = cpu.regs, d = 2 * ins.reg;
  regs[d] = v; regs[d + 1] = 0;
}
