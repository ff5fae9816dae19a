// Integer data movement and ALU instructions.

import type { Insn } from './insn.js';
import { AF, CF, Cpu, DF, GuestFault, GP, OF, PF, RAX, RDX, SF, ZF } from './cpu.js';
import { alu, ALU_ADD, ALU_AND, ALU_CMP, ALU_SUB, signExtend } from './arith.js';
import { condition, getCF, getFlags, LAZY_DEC, LAZY_INC, setArithFlags, setLazy } from './flags.js';

export * from './ops-shift.js';
export * from './ops-muldiv.js';

// ---- the eight ALU operations ----------------------------------------------

export function aluRmReg(cpu: Cpu, ins: Insn): void {
  const size = ins.size;
  const b = cpu.getReg(size, ins.reg), bHi = cpu.hi;
  if (ins.rm >= 0) {
    const a = cpu.getReg(size, ins.rm);
    const r = alu(cpu, ins.sub, size, a, cpu.hi, b, bHi);
    if (ins.sub !== ALU_CMP) cpu.setReg(size, ins.rm, r, cpu.hi);
  } else {
    const addr = cpu.ea(ins);
    const a = cpu.readMem(size, addr);
    const r = alu(cpu, ins.sub, size, a, cpu.hi, b, bHi);
    if (ins.sub !== ALU_CMP) cpu.writeMem(size, addr, r, cpu.hi);
  }
}

export function aluRegRm(cpu: Cpu, ins: Insn): void {
  const size = ins.size;
  const b = cpu.readRM(ins), bHi = cpu.hi;
  const a = cpu.getReg(size, ins.reg);
  const r = alu(cpu, ins.sub, size, a, cpu.hi, b, bHi);
  if (ins.sub !== ALU_CMP) cpu.setReg(size, ins.reg, r, cpu.hi);
}

export function aluRmImm(cpu: Cpu, ins: Insn): void {
  const size = ins.size;
  if (ins.rm >= 0) {
    const a = cpu.getReg(size, ins.rm);
    const r = alu(cpu, ins.sub, size, a, cpu.hi, ins.imm, ins.immHi);
    if (ins.sub !== ALU_CMP) cpu.setReg(size, ins.rm, r, cpu.hi);
  } else {
    const addr = cpu.ea(ins);
    const a = cpu.readMem(size, addr);
    const r = alu(cpu, ins.sub, size, a, cpu.hi, ins.imm, ins.immHi);
    if (ins.sub !== ALU_CMP) cpu.writeMem(size, addr, r, cpu.hi);
  }
}

export function testRmReg(cpu: Cpu, ins: Insn): void {
  const b = cpu.getReg(ins.size, ins.reg), bHi = cpu.hi;
  const a = cpu.readRM(ins);
  alu(cpu, ALU_AND, ins.size, a, cpu.hi, b, bHi);
}

export function testRmImm(cpu: Cpu, ins: Insn): void {
  const a = cpu.readRM(ins);
  alu(cpu, ALU_AND, ins.size, a, cpu.hi, ins.imm, ins.immHi);
}

export function incDec(cpu: Cpu, ins: Insn): void {
  const size = ins.size;
  const addr = ins.rm >= 0 ? 0 : cpu.ea(ins);
  const a = ins.rm >= 0 ? cpu.getReg(size, ins.rm) : cpu.readMem(size, addr);
  const aHi = size === 64 ? cpu.hi : 0;
  const carry = getCF(cpu);
  const dec = ins.sub === 1;
  const r = alu(cpu, dec ? ALU_SUB : ALU_ADD, size, a, aHi, 1, 0);
  const rHi = cpu.hi;
  // INC/DEC leave CF alone: record it and switch the lazy kind.
  cpu.lazyCarry = carry;
  setLazy(cpu, dec ? LAZY_DEC : LAZY_INC, size, cpu.lazyA, cpu.lazyAHi, 1, 0, r, rHi);
  if (ins.rm >= 0) cpu.setReg(size, ins.rm, r, rHi);
  else cpu.writeMem(size, addr, r, rHi);
}

export function notRm(cpu: Cpu, ins: Insn): void {
  const addr = ins.rm >= 0 ? 0 : cpu.ea(ins);
  const a = ins.rm >= 0 ? cpu.getReg(ins.size, ins.rm) : cpu.readMem(ins.size, addr);
  const hi = ~cpu.hi;
  if (ins.rm >= 0) cpu.setReg(ins.size, ins.rm, ~a, hi);
  else cpu.writeMem(ins.size, addr, ~a, hi);
}

export function negRm(cpu: Cpu, ins: Insn): void {
  const addr = ins.rm >= 0 ? 0 : cpu.ea(ins);
  const a = ins.rm >= 0 ? cpu.getReg(ins.size, ins.rm) : cpu.readMem(ins.size, addr);
  const r = alu(cpu, ALU_SUB, ins.size, 0, 0, a, ins.size === 64 ? cpu.hi : 0);
  if (ins.rm >= 0) cpu.setReg(ins.size, ins.rm, r, cpu.hi);
  else cpu.writeMem(ins.size, addr, r, cpu.hi);
}

// ---- moves ------------------------------------------------------------------

export function movRmReg(cpu: Cpu, ins: Insn): void {
  const v = cpu.getReg(ins.size, ins.reg);
  cpu.writeRM(ins, v, cpu.hi);
}

export function movRegRm(cpu: Cpu, ins: Insn): void {
  const v = cpu.readRM(ins);
  cpu.setReg(ins.size, ins.reg, v, cpu.hi);
}

export function movRmImm(cpu: Cpu, ins: Insn): void {
  cpu.writeRM(ins, ins.imm, ins.immHi);
}

function absAddress(cpu: Cpu, ins: Insn): number {
  let addr = ins.imm * 4294967296 + (ins.disp >>> 0);
  if (ins.seg) addr += ins.seg === 4 ? cpu.fsBase : cpu.gsBase;
  return cpu.canonical(addr);
}

export function movAbsLoad(cpu: Cpu, ins: Insn): void {
  const v = cpu.readMem(ins.size, absAddress(cpu, ins));
  cpu.setReg(ins.size, RAX, v, cpu.hi);
}

export function movAbsStore(cpu: Cpu, ins: Insn): void {
  const v = cpu.getReg(ins.size, RAX);
  cpu.writeMem(ins.size, absAddress(cpu, ins), v, cpu.hi);
}

export function movzx(cpu: Cpu, ins: Insn): void {
  const v = ins.rm >= 0 ? cpu.getReg(ins.sub, ins.rm) : cpu.readMem(ins.sub, cpu.ea(ins));
  cpu.setReg(ins.size, ins.reg, v, 0);
}

export function movsx(cpu: Cpu, ins: Insn): void {
  const raw = ins.rm >= 0 ? cpu.getReg(ins.sub, ins.rm) : cpu.readMem(ins.sub, cpu.ea(ins));
  const v = signExtend(raw, ins.sub);
  cpu.setReg(ins.size, ins.reg, v, v >> 31);
}

export function movsxd(cpu: Cpu, ins: Insn): void {
  const v = ins.rm >= 0 ? cpu.getReg(32, ins.rm) : cpu.read32(cpu.ea(ins));
  cpu.setReg(64, ins.reg, v, v >> 31);
}

export function lea(cpu: Cpu, ins: Insn): void {
  // LEA ignores segment bases and does no canonical check: compute the raw sum.
  leaValue(cpu, ins);
}

function leaValue(cpu: Cpu, ins: Insn): void {
  const regs = cpu.regs;
  let lo: number, hi: number;
  if (ins.base === 16) {
    const a = cpu.nextRip + ins.disp;
    hi = Math.floor(a / 4294967296);
    lo = a - hi * 4294967296;
  } else {
    lo = ins.disp >>> 0;
    hi = ins.disp >> 31;
    if (ins.base >= 0) { lo += regs[2 * ins.base] >>> 0; hi += regs[2 * ins.base + 1]; }
    if (ins.index >= 0) { lo += (regs[2 * ins.index] >>> 0) * (1 << ins.scaleShift); hi += regs[2 * ins.index + 1] << ins.scaleShift; }
    hi = (hi + Math.floor(lo / 4294967296)) | 0;
  }
  if (ins.addr32) hi = 0;
  cpu.setReg(ins.size, ins.reg, lo | 0, hi);
}

export function xchgRmReg(cpu: Cpu, ins: Insn): void {
  const size = ins.size;
  const b = cpu.getReg(size, ins.reg), bHi = cpu.hi;
  if (ins.rm >= 0) {
    const a = cpu.getReg(size, ins.rm), aHi = cpu.hi;
    cpu.setReg(size, ins.rm, b, bHi);
    cpu.setReg(size, ins.reg, a, aHi);
  } else {
    const addr = cpu.ea(ins);
    const a = cpu.readMem(size, addr), aHi = cpu.hi;
    cpu.writeMem(size, addr, b, bHi);
    cpu.setReg(size, ins.reg, a, aHi);
  }
}

export function cmpxchg(cpu: Cpu, ins: Insn): void {
  const size = ins.size;
  const addr = ins.rm >= 0 ? 0 : cpu.ea(ins);
  const dest = ins.rm >= 0 ? cpu.getReg(size, ins.rm) : cpu.readMem(size, addr);
  const destHi = cpu.hi;
  const acc = cpu.getReg(size, RAX);
  alu(cpu, ALU_CMP, size, acc, cpu.hi, dest, destHi);
  if (condition(cpu, 4)) {
    const src = cpu.getReg(size, ins.reg);
    if (ins.rm >= 0) cpu.setReg(size, ins.rm, src, cpu.hi);
    else cpu.writeMem(size, addr, src, cpu.hi);
  } else {
    // The destination is written back unchanged (locked cycle), then RAX gets it.
    if (ins.rm < 0) cpu.writeMem(size, addr, dest, destHi);
    cpu.setReg(size, RAX, dest, destHi);
  }
}

/** cmpxchg8b / cmpxchg16b (size 64 / 128). */
export function cmpxchgDouble(cpu: Cpu, ins: Insn): void {
  const addr = cpu.ea(ins);
  const regs = cpu.regs;
  if (ins.size === 128) {
    if (addr % 16 !== 0) throw new GuestFault(GP, 0);
    const lo = cpu.read64(addr), loHi = cpu.hi;
    const hi = cpu.read64(addr + 8), hiHi = cpu.hi;
    const equal = lo === regs[0] && loHi === regs[1] && hi === regs[4] && hiHi === regs[5];
    if (equal) {
      cpu.write64(addr, regs[6], regs[7]);
      cpu.write64(addr + 8, regs[2], regs[3]);
    } else {
      cpu.write64(addr, lo, loHi);
      cpu.write64(addr + 8, hi, hiHi);
      cpu.set64(RAX, lo, loHi);
      cpu.set64(RDX, hi, hiHi);
    }
    setZero(cpu, equal);
  } else {
    const lo = cpu.read32(addr), hi = cpu.read32(addr + 4);
    const equal = lo === regs[0] && hi === regs[4];
    if (equal) {
      cpu.write32(addr, regs[6]);
      cpu.write32(addr + 4, regs[2]);
    } else {
      cpu.setReg(32, RAX, lo, 0);
      cpu.setReg(32, RDX, hi, 0);
    }
    setZero(cpu, equal);
  }
}

function setZero(cpu: Cpu, on: boolean): void {
  const f = getFlags(cpu);
  setArithFlags(cpu, on ? f | ZF : f & ~ZF);
}

export function xadd(cpu: Cpu, ins: Insn): void {
  const size = ins.size;
  const addr = ins.rm >= 0 ? 0 : cpu.ea(ins);
  const dest = ins.rm >= 0 ? cpu.getReg(size, ins.rm) : cpu.readMem(size, addr);
  const destHi = cpu.hi;
  const src = cpu.getReg(size, ins.reg), srcHi = cpu.hi;
  const sum = alu(cpu, ALU_ADD, size, dest, destHi, src, srcHi);
  const sumHi = cpu.hi;
  if (ins.rm >= 0) {
    cpu.setReg(size, ins.reg, dest, destHi);
    cpu.setReg(size, ins.rm, sum, sumHi);
  } else {
    cpu.writeMem(size, addr, sum, sumHi);
    cpu.setReg(size, ins.reg, dest, destHi);
  }
}

export function bswap(cpu: Cpu, ins: Insn): void {
  const swap = (v: number): number => ((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | (v >>> 24);
  const lo = cpu.regs[2 * ins.rm], hi = cpu.regs[2 * ins.rm + 1];
  if (ins.size === 64) cpu.set64(ins.rm, swap(hi), swap(lo));
  else if (ins.size === 32) cpu.setReg(32, ins.rm, swap(lo), 0);
  else cpu.setReg(16, ins.rm, 0, 0); // undefined result; zero like most CPUs
}

/** cbw / cwde / cdqe. */
export function convertAcc(cpu: Cpu, ins: Insn): void {
  const regs = cpu.regs;
  switch (ins.size) {
    case 16: cpu.setReg(16, RAX, signExtend(regs[0], 8), 0); return;
    case 32: cpu.setReg(32, RAX, signExtend(regs[0], 16), 0); return;
    default: regs[1] = regs[0] >> 31;
  }
}

/** cwd / cdq / cqo. */
export function convertAccDx(cpu: Cpu, ins: Insn): void {
  const regs = cpu.regs;
  switch (ins.size) {
    case 16: cpu.setReg(16, RDX, (regs[0] << 16) >> 31, 0); return;
    case 32: cpu.setReg(32, RDX, regs[0] >> 31, 0); return;
    default: cpu.set64(RDX, regs[1] >> 31, regs[1] >> 31);
  }
}

// ---- condition codes ---------------------------------------------------------

export function setcc(cpu: Cpu, ins: Insn): void {
  cpu.writeRM(ins, condition(cpu, ins.sub) ? 1 : 0, 0);
}

export function cmovcc(cpu: Cpu, ins: Insn): void {
  const v = cpu.readRM(ins), vHi = cpu.hi;
  if (condition(cpu, ins.sub)) cpu.setReg(ins.size, ins.reg, v, vHi);
  else if (ins.size === 32) cpu.regs[2 * ins.reg + 1] = 0; // 32-bit destination is zero-extended either way
}

export function clc(cpu: Cpu): void { setArithFlags(cpu, getFlags(cpu) & ~CF); }
export function stc(cpu: Cpu): void { setArithFlags(cpu, getFlags(cpu) | CF); }
export function cmc(cpu: Cpu): void { setArithFlags(cpu, getFlags(cpu) ^ CF); }
export function cld(cpu: Cpu): void { cpu.rflags &= ~DF; }
export function std(cpu: Cpu): void { cpu.rflags |= DF; }

export function sahf(cpu: Cpu): void {
  const ah = (cpu.regs[0] >> 8) & (SF | ZF | AF | PF | CF);
  setArithFlags(cpu, (getFlags(cpu) & OF) | ah);
}

export function lahf(cpu: Cpu): void {
  const f = getFlags(cpu) & (SF | ZF | AF | PF | CF | 2);
  cpu.setReg(8, 16, f, 0);
}

