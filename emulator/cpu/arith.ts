// Integer arithmetic on 64-bit values held as (low, high) int32 pairs, and
// the eight classic ALU operations with their lazy flag records.

import type { Cpu } from './cpu.js';
import { getCF, LAZY_ADC, LAZY_ADD, LAZY_LOGIC, LAZY_SBB, LAZY_SUB, setLazy } from './flags.js';

export const ALU_ADD = 0, ALU_OR = 1, ALU_ADC = 2, ALU_SBB = 3, ALU_AND = 4, ALU_SUB = 5, ALU_XOR = 6, ALU_CMP = 7;
const TWO32 = 4294967296;

/** Truncates v to `size` bits (8/16: zero-extended, 32: int32). */
export function truncate(v: number, size: number): number {
  switch (size) {
    case 8: return v & 0xff;
    case 16: return v & 0xffff;
    default: return v | 0;
  }
}

/** Sign-extends a size-bit value to int32. */
export function signExtend(v: number, size: number): number {
  switch (size) {
    case 8: return (v << 24) >> 24;
    case 16: return (v << 16) >> 16;
    default: return v | 0;
  }
}

/**
 * Performs ALU operation `op` (ADD..CMP encoding order) and records its
 * flags. Returns the low result; the high half (size 64) is left in cpu.hi.
 */
export function alu(cpu: Cpu, op: number, size: number, a: number, aHi: number, b: number, bHi: number): number {
  let r: number, rHi = 0;
  if (size !== 64) {
    a = truncate(a, size);
    b = truncate(b, size);
    aHi = bHi = 0;
  }
  switch (op) {
    case ALU_ADD:
    case ALU_ADC: {
      const c = op === ALU_ADC ? getCF(cpu) : 0;
      if (size === 64) {
        const lo = (a >>> 0) + (b >>> 0) + c;
        r = lo | 0;
        rHi = (aHi + bHi + (lo >= TWO32 ? 1 : 0)) | 0;
      } else {
        r = truncate(a + b + c, size);
      }
      cpu.lazyCarry = c;
      setLazy(cpu, c ? LAZY_ADC : LAZY_ADD, size, a, aHi, b, bHi, r, rHi);
      break;
    }
    case ALU_SUB:
    case ALU_SBB:
    case ALU_CMP: {
      const c = op === ALU_SBB ? getCF(cpu) : 0;
      if (size === 64) {
        const lo = (a >>> 0) - (b >>> 0) - c;
        r = lo | 0;
        rHi = (aHi - bHi - (lo < 0 ? 1 : 0)) | 0;
      } else {
        r = truncate(a - b - c, size);
      }
      cpu.lazyCarry = c;
      setLazy(cpu, c ? LAZY_SBB : LAZY_SUB, size, a, aHi, b, bHi, r, rHi);
      break;
    }
    case ALU_AND:
      r = a & b; rHi = aHi & bHi;
      setLazy(cpu, LAZY_LOGIC, size, a, aHi, b, bHi, r, rHi);
      break;
    case ALU_OR:
      r = a | b; rHi = aHi | bHi;
      setLazy(cpu, LAZY_LOGIC, size, a, aHi, b, bHi, r, rHi);
      break;
    default:
      r = a ^ b; rHi = aHi ^ bHi;
      setLazy(cpu, LAZY_LOGIC, size, a, aHi, b, bHi, r, rHi);
  }
  cpu.hi = rHi;
  return r;
}

// ---- 64-bit helpers --------------------------------------------------------

/** Unsigned 32x32 → 64 multiply: returns low, leaves high in out[0]. */
export function mulU32(a: number, b: number, out: Int32Array): number {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  const lo = ((mid & 0xffff) << 16) | (p00 & 0xffff);
  out[0] = p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16);
  return lo;
}

/**
 * Unsigned 64x64 → 128 multiply. Result words (low to high) in out[0..3].
 */
export function mulU64(aLo: number, aHi: number, bLo: number, bHi: number, out: Int32Array): void {
  const a = [aLo & 0xffff, aLo >>> 16, aHi & 0xffff, aHi >>> 16];
  const b = [bLo & 0xffff, bLo >>> 16, bHi & 0xffff, bHi >>> 16];
  const w = [0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < 4; i++) {
    let carry = 0;
    for (let j = 0; j < 4; j++) {
      const t = a[i] * b[j] + w[i + j] + carry;
      w[i + j] = t & 0xffff;
      carry = Math.floor(t / 65536);
    }
    w[i + 4] = carry;
  }
  out[0] = w[0] | (w[1] << 16);
  out[1] = w[2] | (w[3] << 16);
  out[2] = w[4] | (w[5] << 16);
  out[3] = w[6] | (w[7] << 16);
}

/** Signed 64x64 → 128: unsigned product corrected for negative operands. */
export function mulS64(aLo: number, aHi: number, bLo: number, bHi: number, out: Int32Array): void {
  mulU64(aLo, aHi, bLo, bHi, out);
  if (aHi < 0) subHigh(out, bLo, bHi);
  if (bHi < 0) subHigh(out, aLo, aHi);
}

function subHigh(out: Int32Array, lo: number, hi: number): void {
  const l = (out[2] >>> 0) - (lo >>> 0);
  out[2] = l | 0;
  out[3] = (out[3] - hi - (l < 0 ? 1 : 0)) | 0;
}

export function toBig(lo: number, hi: number): bigint {
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}

export function toBigSigned(lo: number, hi: number): bigint {
  return (BigInt(hi) << 32n) | BigInt(lo >>> 0);
}

export function bigLo(v: bigint): number {
  return Number(BigInt.asIntN(32, v));
}

export function bigHi(v: bigint): number {
  return Number(BigInt.asIntN(32, v >> 32n));
}

/** 64-bit shift left of a pair by n (0..63); returns low, high in cpu.hi. */
export function shl64(cpu: Cpu, lo: number, hi: number, n: number): number {
  if (n === 0) { cpu.hi = hi; return lo; }
  if (n >= 32) { cpu.hi = lo << (n - 32); return 0; }
  cpu.hi = (hi << n) | (lo >>> (32 - n));
  return lo << n;
}

export function shr64(cpu: Cpu, lo: number, hi: number, n: number): number {
  if (n === 0) { cpu.hi = hi; return lo; }
  if (n >= 32) { cpu.hi = 0; return hi >>> (n - 32); }
  cpu.hi = hi >>> n;
  return (lo >>> n) | (hi << (32 - n));
}

export function sar64(cpu: Cpu, lo: number, hi: number, n: number): number {
  if (n === 0) { cpu.hi = hi; return lo; }
  if (n >= 32) { cpu.hi = hi >> 31; return hi >> (n - 32); }
  cpu.hi = hi >> n;
  return (lo >>> n) | (hi << (32 - n));
}
