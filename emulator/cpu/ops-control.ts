// Branches, calls, returns and the stack.

import type { Insn } from './insn.js';
import { AC, AF, CF, Cpu, DF, GP, GuestFault, ID, IF, IOPL, NT, OF, PF, RBP, RCX, RSP, SF, TF, ZF } from './cpu.js';
import { condition, getFlags, setArithFlags } from './flags.js';

const CANONICAL_LIMIT = 0x800000000000;

function jumpTo(cpu: Cpu, target: number): void {
  if (target < -CANONICAL_LIMIT || target >= CANONICAL_LIMIT) throw new GuestFault(GP, 0);
  cpu.nextRip = target;
}

/** The return address pushed by a call, as a (lo, hi) pair. */
function pushReturn(cpu: Cpu, size: number): void {
  const ret = cpu.nextRip;
  if (size === 16) { cpu.push16(ret & 0xffff); return; }
  const hi = Math.floor(ret / 4294967296);
  cpu.push64(ret - hi * 4294967296, hi);
}

export function jmpRel(cpu: Cpu, ins: Insn): void {
  jumpTo(cpu, cpu.nextRip + ins.imm);
}

export function jcc(cpu: Cpu, ins: Insn): void {
  if (condition(cpu, ins.sub)) jumpTo(cpu, cpu.nextRip + ins.imm);
}

/** ZF without materializing the other flags (je/jne are the most common branches). */
function zeroFlag(cpu: Cpu): boolean {
  if (cpu.lazyOp === 0) return (cpu.rflags & ZF) !== 0;
  return cpu.lazyRes === 0 && (cpu.lazySize !== 64 || cpu.lazyResHi === 0);
}

export function je(cpu: Cpu, ins: Insn): void {
  if (zeroFlag(cpu)) jumpTo(cpu, cpu.nextRip + ins.imm);
}

export function jne(cpu: Cpu, ins: Insn): void {
  if (!zeroFlag(cpu)) jumpTo(cpu, cpu.nextRip + ins.imm);
}

export function callRel(cpu: Cpu, ins: Insn): void {
  const target = cpu.nextRip + ins.imm;
  if (target < -CANONICAL_LIMIT || target >= CANONICAL_LIMIT) throw new GuestFault(GP, 0);
  pushReturn(cpu, ins.size);
  cpu.nextRip = target;
}

/** Reads a near branch target from r/m (64-bit, or 16-bit with 0x66). */
function readTarget(cpu: Cpu, ins: Insn): number {
  if (ins.size === 16) return ins.rm >= 0 ? cpu.getReg(16, ins.rm) : cpu.read16(cpu.ea(ins));
  const lo = ins.rm >= 0 ? cpu.get64(ins.rm) : cpu.read64(cpu.ea(ins));
  const hi = cpu.hi;
  if (hi >> 15 !== hi >> 31) throw new GuestFault(GP, 0);
  return hi * 4294967296 + (lo >>> 0);
}

export function jmpRm(cpu: Cpu, ins: Insn): void {
  cpu.nextRip = readTarget(cpu, ins);
}

export function callRm(cpu: Cpu, ins: Insn): void {
  const target = readTarget(cpu, ins);
  pushReturn(cpu, ins.size);
  cpu.nextRip = target;
}

function popReturn(cpu: Cpu, size: number): number {
  if (size === 16) return cpu.pop16();
  const rsp = cpu.addr64(RSP);
  const lo = cpu.read64(cpu.stackAddr(rsp));
  const hi = cpu.hi;
  if (hi >> 15 !== hi >> 31) throw new GuestFault(GP, 0);
  cpu.setAddrReg(RSP, rsp + 8);
  return hi * 4294967296 + (lo >>> 0);
}

export function ret(cpu: Cpu, ins: Insn): void {
  cpu.nextRip = popReturn(cpu, ins.size);
}

export function retImm(cpu: Cpu, ins: Insn): void {
  cpu.nextRip = popReturn(cpu, ins.size);
  cpu.setAddrReg(RSP, cpu.addr64(RSP) + ins.imm);
}

/** loopne (sub 0), loope (1), loop (2), jrcxz (3). */
export function loop(cpu: Cpu, ins: Insn): void {
  const regs = cpu.regs;
  if (ins.sub === 3) {
    const zero = ins.addr32 ? regs[2] === 0 : regs[2] === 0 && regs[3] === 0;
    if (zero) jumpTo(cpu, cpu.nextRip + ins.imm);
    return;
  }
  let nonzero: boolean;
  if (ins.addr32) {
    cpu.setReg(32, RCX, regs[2] - 1, 0);
    nonzero = regs[2] !== 0;
  } else {
    const lo = regs[2];
    regs[2] = lo - 1;
    if (lo === 0) regs[3] = regs[3] - 1;
    nonzero = regs[2] !== 0 || regs[3] !== 0;
  }
  const take = ins.sub === 2 ? nonzero : ins.sub === 1 ? nonzero && condition(cpu, 4) : nonzero && !condition(cpu, 4);
  if (take) jumpTo(cpu, cpu.nextRip + ins.imm);
}

// ---- push / pop ------------------------------------------------------------

export function pushReg(cpu: Cpu, ins: Insn): void {
  if (ins.size === 16) cpu.push16(cpu.regs[2 * ins.reg]);
  else cpu.push64(cpu.regs[2 * ins.reg], cpu.regs[2 * ins.reg + 1]);
}

export function popReg(cpu: Cpu, ins: Insn): void {
  if (ins.size === 16) { cpu.setReg(16, ins.reg, cpu.pop16(), 0); return; }
  const lo = cpu.pop64();
  cpu.set64(ins.reg, lo, cpu.hi);
}

export function pushImm(cpu: Cpu, ins: Insn): void {
  if (ins.size === 16) cpu.push16(ins.imm);
  else cpu.push64(ins.imm, ins.immHi);
}

export function pushRm(cpu: Cpu, ins: Insn): void {
  if (ins.size === 16) { cpu.push16(cpu.readRM(ins)); return; }
  const lo = ins.rm >= 0 ? cpu.get64(ins.rm) : cpu.read64(cpu.ea(ins));
  cpu.push64(lo, cpu.hi);
}

export function popRm(cpu: Cpu, ins: Insn): void {
  // The address is computed with RSP already incremented (SDM: POP r/m).
  const rsp = cpu.addr64(RSP);
  const bytes = ins.size === 16 ? 2 : 8;
  const lo = ins.size === 16 ? cpu.read16(cpu.stackAddr(rsp)) : cpu.read64(cpu.stackAddr(rsp));
  const hi = cpu.hi;
  cpu.setAddrReg(RSP, rsp + bytes);
  try {
    if (ins.rm >= 0) cpu.setReg(ins.size, ins.rm, lo, hi);
    else cpu.writeMem(ins.size, cpu.ea(ins), lo, hi);
  } catch (e) {
    cpu.setAddrReg(RSP, rsp);
    throw e;
  }
}

export function enter(cpu: Cpu, ins: Insn): void {
  const level = ins.sub & 31;
  const rbp = cpu.regs.slice(2 * RBP, 2 * RBP + 2);
  cpu.push64(rbp[0], rbp[1]);
  const frame = cpu.addr64(RSP);
  for (let i = 1; i < level; i++) {
    const lo = cpu.read64(cpu.stackAddr(cpu.addr64(RBP) - 8 * i));
    cpu.push64(lo, cpu.hi);
  }
  if (level > 0) {
    const hi = Math.floor(frame / 4294967296);
    cpu.push64(frame - hi * 4294967296, hi);
  }
  cpu.setAddrReg(RBP, frame);
  cpu.setAddrReg(RSP, cpu.addr64(RSP) - ins.imm);
}

export function leave(cpu: Cpu): void {
  const rbp = cpu.addr64(RBP);
  const lo = cpu.read64(cpu.stackAddr(rbp));
  const hi = cpu.hi;
  cpu.setAddrReg(RSP, rbp + 8);
  cpu.set64(RBP, lo, hi);
}

// ---- flags on the stack --------------------------------------------------------

export function pushf(cpu: Cpu, ins: Insn): void {
  const f = getFlags(cpu) & ~0x30000; // RF and VM read as 0
  if (ins.size === 16) cpu.push16(f);
  else cpu.push64(f, 0);
}

export function popf(cpu: Cpu, ins: Insn): void {
  const v = ins.size === 16 ? cpu.pop16() | (cpu.rflags & ~0xffff) : cpu.pop64();
  writeFlags(cpu, v);
}

/** Writes RFLAGS as POPF does: IOPL only at CPL 0, IF only when CPL <= IOPL. */
export function writeFlags(cpu: Cpu, v: number): void {
  let mask = CF | PF | AF | ZF | SF | TF | DF | OF | NT | AC | ID;
  const iopl = (cpu.rflags & IOPL) >> 12;
  if (cpu.cpl === 0) mask |= IOPL | IF;
  else if (cpu.cpl <= iopl) mask |= IF;
  cpu.rflags = ((cpu.rflags & ~mask) | (v & mask) | 2) & ~0x10000;
  setArithFlags(cpu, cpu.rflags);
}
