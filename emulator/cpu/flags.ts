// Lazy arithmetic flags. ALU instructions only record what they did (operation,
// operand size, operands, result); CF/PF/AF/ZF/SF/OF are computed when
// something reads them. Values of sizes 8/16 are kept masked to their size,
// 32-bit values as int32, 64-bit values as (low, high) int32 pairs.

import type { Cpu } from './cpu.js';
import { AF, ARITH_FLAGS, CF, OF, PF, SF, ZF } from './cpu.js';

export const LAZY_NONE = 0, LAZY_ADD = 1, LAZY_ADC = 2, LAZY_SUB = 3, LAZY_SBB = 4, LAZY_LOGIC = 5, LAZY_INC = 6, LAZY_DEC = 7;
/** Shifts: CF in lazyCarry, OF in lazyB, SF/ZF/PF from the result, AF clear. */
export const LAZY_SHIFT = 8;

const PARITY = new Uint8Array(256);
for (let i = 0; i < 256; i++) {
  let bits = 0;
  for (let b = i; b; b >>= 1) bits ^= b & 1;
  PARITY[i] = bits ? 0 : PF;
}

export function setLazy(cpu: Cpu, op: number, size: number, a: number, aHi: number, b: number, bHi: number, r: number, rHi: number): void {
  cpu.lazyOp = op;
  cpu.lazySize = size;
  cpu.lazyA = a;
  cpu.lazyAHi = aHi;
  cpu.lazyB = b;
  cpu.lazyBHi = bHi;
  cpu.lazyRes = r;
  cpu.lazyResHi = rHi;
}

/** Sign bit (0/1) of the top bit of `v` at `size` (for 64, pass the high half). */
function topBit(v: number, size: number): number {
  switch (size) {
    case 8: return (v >> 7) & 1;
    case 16: return (v >> 15) & 1;
    default: return v >>> 31;
  }
}

/** Unsigned a < b at the recorded size. */
function below(cpu: Cpu, a: number, aHi: number, b: number, bHi: number): boolean {
  if (cpu.lazySize === 64) return (aHi >>> 0) < (bHi >>> 0) || (aHi === bHi && (a >>> 0) < (b >>> 0));
  return (a >>> 0) < (b >>> 0);
}

function carry(cpu: Cpu): boolean {
  switch (cpu.lazyOp) {
    case LAZY_ADD: return below(cpu, cpu.lazyRes, cpu.lazyResHi, cpu.lazyA, cpu.lazyAHi);
    case LAZY_ADC:
      return cpu.lazyCarry
        ? !below(cpu, cpu.lazyA, cpu.lazyAHi, cpu.lazyRes, cpu.lazyResHi)
        : below(cpu, cpu.lazyRes, cpu.lazyResHi, cpu.lazyA, cpu.lazyAHi);
    case LAZY_SUB: return below(cpu, cpu.lazyA, cpu.lazyAHi, cpu.lazyB, cpu.lazyBHi);
    case LAZY_SBB:
      return below(cpu, cpu.lazyA, cpu.lazyAHi, cpu.lazyB, cpu.lazyBHi) ||
        (cpu.lazyCarry !== 0 && cpu.lazyA === cpu.lazyB && cpu.lazyAHi === cpu.lazyBHi);
    case LAZY_LOGIC: return false;
    case LAZY_INC:
    case LAZY_DEC:
    case LAZY_SHIFT: return cpu.lazyCarry !== 0;
    default: return (cpu.rflags & CF) !== 0;
  }
}

function zero(cpu: Cpu): boolean {
  if (cpu.lazyOp === LAZY_NONE) return (cpu.rflags & ZF) !== 0;
  return cpu.lazyRes === 0 && (cpu.lazySize !== 64 || cpu.lazyResHi === 0);
}

function sign(cpu: Cpu): boolean {
  if (cpu.lazyOp === LAZY_NONE) return (cpu.rflags & SF) !== 0;
  return cpu.lazySize === 64 ? cpu.lazyResHi < 0 : topBit(cpu.lazyRes, cpu.lazySize) !== 0;
}

function overflow(cpu: Cpu): boolean {
  const wide = cpu.lazySize === 64;
  const a = wide ? cpu.lazyAHi : cpu.lazyA;
  const b = wide ? cpu.lazyBHi : cpu.lazyB;
  const r = wide ? cpu.lazyResHi : cpu.lazyRes;
  const size = wide ? 32 : cpu.lazySize;
  switch (cpu.lazyOp) {
    case LAZY_ADD:
    case LAZY_ADC:
    case LAZY_INC:
      return topBit((a ^ r) & (b ^ r), size) !== 0;
    case LAZY_SUB:
    case LAZY_SBB:
    case LAZY_DEC:
      return topBit((a ^ b) & (a ^ r), size) !== 0;
    case LAZY_LOGIC: return false;
    case LAZY_SHIFT: return cpu.lazyB !== 0;
    default: return (cpu.rflags & OF) !== 0;
  }
}

function parity(cpu: Cpu): boolean {
  if (cpu.lazyOp === LAZY_NONE) return (cpu.rflags & PF) !== 0;
  return PARITY[cpu.lazyRes & 0xff] !== 0;
}

function adjust(cpu: Cpu): boolean {
  if (cpu.lazyOp === LAZY_NONE) return (cpu.rflags & AF) !== 0;
  if (cpu.lazyOp === LAZY_LOGIC || cpu.lazyOp === LAZY_SHIFT) return false;
  return ((cpu.lazyA ^ cpu.lazyB ^ cpu.lazyRes) & 0x10) !== 0;
}

export function getCF(cpu: Cpu): number {
  return carry(cpu) ? 1 : 0;
}

export function parityFlag(v: number): number {
  return PARITY[v & 0xff];
}

/** The full RFLAGS value with the arithmetic flags computed. */
export function getFlags(cpu: Cpu): number {
  if (cpu.lazyOp === LAZY_NONE) return cpu.rflags;
  let f = cpu.rflags & ~ARITH_FLAGS;
  if (carry(cpu)) f |= CF;
  if (parity(cpu)) f |= PF;
  if (adjust(cpu)) f |= AF;
  if (zero(cpu)) f |= ZF;
  if (sign(cpu)) f |= SF;
  if (overflow(cpu)) f |= OF;
  return f;
}

/** Replaces the arithmetic flags with explicit values (eagerly computed instructions). */
export function setArithFlags(cpu: Cpu, bits: number): void {
  cpu.rflags = (cpu.rflags & ~ARITH_FLAGS) | (bits & ARITH_FLAGS);
  cpu.lazyOp = LAZY_NONE;
}

/** Makes rflags hold the computed arithmetic flags (before saving RFLAGS anywhere). */
export function materializeFlags(cpu: Cpu): number {
  const f = getFlags(cpu);
  cpu.rflags = f;
  cpu.lazyOp = LAZY_NONE;
  return f;
}

function signedLess(cpu: Cpu): boolean {
  const a = cpu.lazyA, b = cpu.lazyB;
  switch (cpu.lazySize) {
    case 8: return (a << 24) < (b << 24);
    case 16: return (a << 16) < (b << 16);
    case 32: return (a | 0) < (b | 0);
    default: return cpu.lazyAHi < cpu.lazyBHi || (cpu.lazyAHi === cpu.lazyBHi && (a >>> 0) < (b >>> 0));
  }
}

/** Evaluates condition code cc (the low nibble of Jcc/SETcc/CMOVcc). */
export function condition(cpu: Cpu, cc: number): boolean {
  if (cpu.lazyOp === LAZY_SUB) {
    // cmp/sub: compare the operands directly instead of deriving flags.
    switch (cc) {
      case 2: return below(cpu, cpu.lazyA, cpu.lazyAHi, cpu.lazyB, cpu.lazyBHi);
      case 3: return !below(cpu, cpu.lazyA, cpu.lazyAHi, cpu.lazyB, cpu.lazyBHi);
      case 4: return zero(cpu);
      case 5: return !zero(cpu);
      case 6: return below(cpu, cpu.lazyA, cpu.lazyAHi, cpu.lazyB, cpu.lazyBHi) || zero(cpu);
      case 7: return !below(cpu, cpu.lazyA, cpu.lazyAHi, cpu.lazyB, cpu.lazyBHi) && !zero(cpu);
      case 0xc: return signedLess(cpu);
      case 0xd: return !signedLess(cpu);
      case 0xe: return signedLess(cpu) || zero(cpu);
      case 0xf: return !signedLess(cpu) && !zero(cpu);
    }
  }
  switch (cc) {
    case 0: return overflow(cpu);
    case 1: return !overflow(cpu);
    case 2: return carry(cpu);
    case 3: return !carry(cpu);
    case 4: return zero(cpu);
    case 5: return !zero(cpu);
    case 6: return carry(cpu) || zero(cpu);
    case 7: return !carry(cpu) && !zero(cpu);
    case 8: return sign(cpu);
    case 9: return !sign(cpu);
    case 0xa: return parity(cpu);
    case 0xb: return !parity(cpu);
    case 0xc: return sign(cpu) !== overflow(cpu);
    case 0xd: return sign(cpu) === overflow(cpu);
    case 0xe: return zero(cpu) || sign(cpu) !== overflow(cpu);
    default: return !zero(cpu) && sign(cpu) === overflow(cpu);
  }
}
