// Shifts, rotates, double shifts and bit instructions.

import type { Insn } from './insn.js';
import { CF, Cpu, OF, SF, ZF } from './cpu.js';
import { sar64, shl64, shr64, signExtend, toBig, truncate, bigLo, bigHi } from './arith.js';
import { getCF, getFlags, LAZY_SHIFT, parityFlag, setArithFlags, setLazy } from './flags.js';

// Group 2 operations (ModRM.reg); RCR = 3 is the default case below.
const ROL = 0, ROR = 1, RCL = 2, SHL = 4, SHR = 5, SAL = 6, SAR = 7;

function bit64(lo: number, hi: number, i: number): number {
  return i < 32 ? (lo >>> i) & 1 : (hi >>> (i - 32)) & 1;
}

function topBit(lo: number, hi: number, size: number): number {
  return size === 64 ? hi >>> 31 : (lo >>> (size - 1)) & 1;
}

/** SF, ZF, PF of a result. */
function resultFlags(lo: number, hi: number, size: number): number {
  let f = parityFlag(lo);
  if (topBit(lo, hi, size)) f |= SF;
  if (truncate(lo, size === 64 ? 32 : size) === 0 && (size !== 64 || hi === 0)) f |= ZF;
  return f;
}

/** Records a shift result lazily; returns the low half (high in cpu.hi). */
function lazyShift(cpu: Cpu, size: number, r: number, rHi: number, cf: number, of: number): number {
  cpu.lazyCarry = cf;
  setLazy(cpu, LAZY_SHIFT, size, 0, 0, of, 0, size === 32 ? r | 0 : r, rHi);
  cpu.hi = rHi;
  return size === 32 ? r | 0 : r;
}

/** Performs shift/rotate `op` by count on (lo, hi); returns low, high in cpu.hi. */
function shift(cpu: Cpu, op: number, size: number, lo: number, hi: number, rawCount: number): number {
  const count = rawCount & (size === 64 ? 63 : 31);
  if (count === 0) { cpu.hi = hi; return lo; }
  if (size !== 64) { lo = truncate(lo, size) >>> 0; hi = 0; }
  let r = 0, rHi = 0, cf = 0, of = 0;
  switch (op) {
    case SHL:
    case SAL:
      if (size === 64) { r = shl64(cpu, lo, hi, count); rHi = cpu.hi; cf = bit64(lo, hi, 64 - count); }
      else { r = count >= 32 ? 0 : truncate(lo << count, size); cf = count > size ? 0 : (lo >>> (size - count)) & 1; }
      of = topBit(r, rHi, size) ^ cf;
      return lazyShift(cpu, size, r, rHi, cf, of);
    case SHR:
      if (size === 64) { r = shr64(cpu, lo, hi, count); rHi = cpu.hi; cf = bit64(lo, hi, count - 1); }
      else { r = truncate(lo >>> count, size); cf = (lo >>> (count - 1)) & 1; }
      return lazyShift(cpu, size, r, rHi, cf, topBit(lo, hi, size));
    case SAR:
      if (size === 64) { r = sar64(cpu, lo, hi, count); rHi = cpu.hi; cf = bit64(lo, hi, count - 1); }
      else { const s = signExtend(lo, size); r = truncate(s >> count, size); cf = (s >> (count - 1)) & 1; }
      return lazyShift(cpu, size, r, rHi, cf, 0);
  }
  let flags = getFlags(cpu);
  switch (op) {
    case ROL:
    case ROR: {
      const n = count % size;
      if (size === 64) {
        const a = op === ROL ? n : (64 - n) % 64;
        if (a === 0) { r = lo; rHi = hi; }
        else { const l1 = shl64(cpu, lo, hi, a), h1 = cpu.hi; const l2 = shr64(cpu, lo, hi, 64 - a), h2 = cpu.hi; r = l1 | l2; rHi = h1 | h2; }
      } else {
        const a = op === ROL ? n : (size - n) % size;
        r = a === 0 ? lo : truncate((lo << a) | (lo >>> (size - a)), size);
      }
      if (op === ROL) { cf = r & 1; of = topBit(r, rHi, size) ^ cf; }
      else { cf = topBit(r, rHi, size); of = cf ^ (size === 64 ? (rHi >>> 30) & 1 : (r >>> (size - 2)) & 1); }
      flags = (flags & ~(CF | OF)) | (cf ? CF : 0) | (of ? OF : 0);
      break;
    }
    default: {
      // RCL/RCR through carry: rare, so do it with BigInt one bit at a time.
      const width = BigInt(size);
      const mask = (1n << width) - 1n;
      let v = toBig(lo, hi) & mask;
      let c = BigInt(getCF(cpu));
      const n = size === 64 || size === 32 ? count : count % (size + 1);
      for (let i = 0; i < n; i++) {
        if (op === RCL) { const out = (v >> (width - 1n)) & 1n; v = ((v << 1n) | c) & mask; c = out; }
        else { const out = v & 1n; v = (v >> 1n) | (c << (width - 1n)); c = out; }
      }
      r = bigLo(v); rHi = size === 64 ? bigHi(v) : 0;
      if (size < 32) r = truncate(r, size);
      cf = Number(c);
      of = op === RCL ? topBit(r, rHi, size) ^ cf
        : topBit(r, rHi, size) ^ (size === 64 ? (rHi >>> 30) & 1 : (r >>> (size - 2)) & 1);
      flags = (flags & ~(CF | OF)) | (cf ? CF : 0) | (of ? OF : 0);
    }
  }
  setArithFlags(cpu, flags);
  cpu.hi = rHi;
  return size === 32 ? r | 0 : r;
}

function shiftRm(cpu: Cpu, ins: Insn, count: number): void {
  const size = ins.size;
  if (ins.rm >= 0) {
    const v = cpu.getReg(size, ins.rm);
    const r = shift(cpu, ins.sub, size, v, cpu.hi, count);
    cpu.setReg(size, ins.rm, r, cpu.hi);
  } else {
    const addr = cpu.ea(ins);
    const v = cpu.readMem(size, addr);
    const r = shift(cpu, ins.sub, size, v, cpu.hi, count);
    cpu.writeMem(size, addr, r, cpu.hi);
  }
}

export function shiftImm(cpu: Cpu, ins: Insn): void {
  shiftRm(cpu, ins, ins.imm);
}

export function shiftCl(cpu: Cpu, ins: Insn): void {
  shiftRm(cpu, ins, cpu.regs[2] & 0xff);
}

/** shld (sub 0) / shrd (sub 1) by imm (ins.imm >= 0) or CL. */
export function shiftDouble(cpu: Cpu, ins: Insn): void {
  const size = ins.size;
  const count = (ins.imm >= 0 ? ins.imm : cpu.regs[2]) & (size === 64 ? 63 : 31);
  if (count === 0) {
    // Nothing shifts, but a 32-bit register destination is still zero-extended.
    if (ins.rm >= 0 && size === 32) cpu.setReg(32, ins.rm, cpu.regs[2 * ins.rm], 0);
    return;
  }
  const addr = ins.rm >= 0 ? 0 : cpu.ea(ins);
  const d = ins.rm >= 0 ? cpu.getReg(size, ins.rm) : cpu.readMem(size, addr);
  const dHi = cpu.hi;
  const s = cpu.getReg(size, ins.reg), sHi = cpu.hi;
  const width = BigInt(size);
  const mask = (1n << width) - 1n;
  const dv = toBig(d, size === 64 ? dHi : 0) & mask;
  const sv = toBig(s, size === 64 ? sHi : 0) & mask;
  const n = BigInt(count);
  let rv: bigint;
  let cf: bigint;
  if (ins.sub === 0) {
    rv = ((dv << n) | (sv >> (width - n))) & mask;
    cf = (dv >> (width - n)) & 1n;
  } else {
    rv = ((dv >> n) | (sv << (width - n))) & mask;
    cf = (dv >> (n - 1n)) & 1n;
  }
  const r = size === 64 ? bigLo(rv) : truncate(Number(rv & 0xffffffffn) | 0, size);
  const rHi = size === 64 ? bigHi(rv) : 0;
  const signChanged = topBit(r, rHi, size) !== topBit(d, dHi, size);
  setArithFlags(cpu, resultFlags(r, rHi, size) | (cf ? CF : 0) | (signChanged ? OF : 0));
  if (ins.rm >= 0) cpu.setReg(size, ins.rm, r, rHi);
  else cpu.writeMem(size, addr, r, rHi);
}

// ---- bit test ----------------------------------------------------------------

/** bt/bts/btr/btc (ins.sub 4..7) on bit `offset` of a value; returns the new value. */
function bitOp(cpu: Cpu, sub: number, size: number, lo: number, hi: number, offset: number): number {
  const bitIndex = offset & (size - 1);
  const inHigh = bitIndex >= 32;
  const mask = 1 << (bitIndex & 31);
  const word = inHigh ? hi : lo;
  const old = (word & mask) !== 0;
  setArithFlags(cpu, (getFlags(cpu) & ~CF) | (old ? CF : 0));
  let w = word;
  if (sub === 5) w = word | mask;
  else if (sub === 6) w = word & ~mask;
  else if (sub === 7) w = word ^ mask;
  cpu.hi = inHigh ? w : hi;
  return inHigh ? lo : w;
}

function bitTest(cpu: Cpu, ins: Insn, offsetLo: number, offsetHi: number, fromRegister: boolean): void {
  const size = ins.size;
  if (ins.rm >= 0) {
    const v = cpu.getReg(size, ins.rm);
    const r = bitOp(cpu, ins.sub, size, v, cpu.hi, offsetLo);
    if (ins.sub !== 4) cpu.setReg(size, ins.rm, r, cpu.hi);
    return;
  }
  let addr = cpu.ea(ins);
  if (fromRegister) {
    // A register bit offset is signed and may reach outside the operand.
    const bytes = size / 8;
    const off = size === 64 ? offsetHi * 4294967296 + (offsetLo >>> 0) : signExtend(offsetLo, size);
    addr = cpu.canonical(addr + Math.floor(off / size) * bytes);
  }
  const v = cpu.readMem(size, addr);
  const r = bitOp(cpu, ins.sub, size, v, cpu.hi, offsetLo);
  if (ins.sub !== 4) cpu.writeMem(size, addr, r, cpu.hi);
}

export function btReg(cpu: Cpu, ins: Insn): void {
  const off = cpu.getReg(ins.size, ins.reg);
  bitTest(cpu, ins, off, cpu.hi, true);
}

export function btImm(cpu: Cpu, ins: Insn): void {
  bitTest(cpu, ins, ins.imm, 0, false);
}

// ---- bit scans ---------------------------------------------------------------

export function bsf(cpu: Cpu, ins: Insn): void {
  const lo = cpu.readRM(ins);
  const hi = ins.size === 64 ? cpu.hi : 0;
  const v = truncate(lo, ins.size === 64 ? 32 : ins.size);
  const f = getFlags(cpu) & ~ZF;
  if (v === 0 && hi === 0) { setArithFlags(cpu, f | ZF); return; }
  const idx = v !== 0 ? 31 - Math.clz32(v & -v) : 32 + 31 - Math.clz32(hi & -hi);
  setArithFlags(cpu, f);
  cpu.setReg(ins.size, ins.reg, idx, 0);
}

export function bsr(cpu: Cpu, ins: Insn): void {
  const lo = cpu.readRM(ins);
  const hi = ins.size === 64 ? cpu.hi : 0;
  const v = truncate(lo, ins.size === 64 ? 32 : ins.size);
  const f = getFlags(cpu) & ~ZF;
  if (v === 0 && hi === 0) { setArithFlags(cpu, f | ZF); return; }
  const idx = hi !== 0 ? 63 - Math.clz32(hi) : 31 - Math.clz32(v);
  setArithFlags(cpu, f);
  cpu.setReg(ins.size, ins.reg, idx, 0);
}

// Without BMI1/LZCNT in CPUID, F3 0F BC/BD execute as BSF/BSR (as on such CPUs).
export const tzcnt = bsf;
export const lzcnt = bsr;

function popcount32(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function popcnt(cpu: Cpu, ins: Insn): void {
  const lo = cpu.readRM(ins);
  const hi = ins.size === 64 ? cpu.hi : 0;
  const n = popcount32(truncate(lo, ins.size === 64 ? 32 : ins.size)) + popcount32(hi);
  setArithFlags(cpu, n === 0 ? ZF : 0);
  cpu.setReg(ins.size, ins.reg, n, 0);
}

