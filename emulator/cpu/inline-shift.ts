// Inline code for shl/sal, shr and sar of a 32- or 64-bit register by an immediate count
// (compile.ts, through inline.ts): unoptimized C's scaling and gcc's division by a
// constant. The count is known when the block is compiled, so each form reduces to a few
// int32 operations. It does what ops-shift.ts's shift() does for these cases; a count
// that masks to 0 (no flags change, but a 32-bit register is still zero-extended) is
// left to the handler.

import type { Insn } from './insn.js';
import { shiftImm } from './ops-shift.js';
import { LAZY_SHIFT } from './flags.js';

const SHL = 4, SHR = 5, SAL = 6, SAR = 7;

/** Bit i of the 64-bit pair (lo, hi) as an expression. */
function bit64(i: number): string {
  return i < 32 ? `((lo >>> ${i}) & 1)` : `((hi >>> ${i - 32}) & 1)`;
}

/** [r, rh, cf, of] expressions of a 64-bit shift by c (1..63) of (lo, hi). */
function shift64(op: number, c: number): [string, string, string, string] | null {
  const low = c < 32;
  switch (op) {
    case SHL: case SAL: {
      const cf = bit64(64 - c);
      return low ? [`lo << ${c}`, `(hi << ${c}) | (lo >>> ${32 - c})`, cf, `(rh >>> 31) ^ cf`] : ['0', `lo << ${c - 32}`, cf, `(rh >>> 31) ^ cf`];
    }
    case SHR:
      return low ? [`(lo >>> ${c}) | (hi << ${32 - c})`, `(hi >>> ${c}) | 0`, bit64(c - 1), 'hi >>> 31'] : [`(hi >>> ${c - 32}) | 0`, '0', bit64(c - 1), 'hi >>> 31'];
    case SAR:
      return low ? [`(lo >>> ${c}) | (hi << ${32 - c})`, `hi >> ${c}`, bit64(c - 1), '0'] : [`hi >> ${c - 32}`, 'hi >> 31', bit64(c - 1), '0'];
    default: return null;
  }
}

/** [r, cf, of] expressions of a 32-bit shift by c (1..31) of lo. */
function shift32(op: number, c: number): [string, string, string] | null {
  switch (op) {
    case SHL: case SAL: return [`lo << ${c}`, `(lo >>> ${32 - c}) & 1`, '(r >>> 31) ^ cf'];
    case SHR: return [`(lo >>> ${c}) | 0`, `(lo >>> ${c - 1}) & 1`, 'lo >>> 31'];
    case SAR: return [`lo >> ${c}`, `(lo >> ${c - 1}) & 1`, '0'];
    default: return null;
  }
}

/** The flag record as flags.ts's setLazy writes it for a shift (CF in lazyCarry, OF in lazyB). */
function record(size: number): string {
  return `cpu.lazyCarry = cf; cpu.lazyOp = ${LAZY_SHIFT}; cpu.lazySize = ${size}; cpu.lazyA = 0; cpu.lazyAHi = 0; cpu.lazyB = of; cpu.lazyBHi = 0; cpu.lazyRes = r; cpu.lazyResHi = ${size === 64 ? 'rh' : '0'};`;
}

/** Inline code for a shift of a register by an immediate, or null to call the handler. */
export function shiftCode(ins: Insn): string | null {
  if (ins.exec !== shiftImm || ins.rm < 0 || ins.rm >= 16 || (ins.size !== 32 && ins.size !== 64)) return null;
  const c = ins.imm & (ins.size === 64 ? 63 : 31);
  if (c === 0) return null;
  const d = 2 * ins.rm;
  if (ins.size === 32) {
    const parts = shift32(ins.sub, c);
    if (parts === null) return null;
    const [r, cf, of] = parts;
    return `{ const lo = R[${d}], r = ${r}, cf = ${cf}, of = ${of}; R[${d}] = r; R[${d + 1}] = 0; ${record(32)} }`;
  }
  const parts = shift64(ins.sub, c);
  if (parts === null) return null;
  const [r, rh, cf, of] = parts;
  return `{ const lo = R[${d}], hi = R[${d + 1}], r = ${r}, rh = ${rh}, cf = ${cf}, of = ${of}; R[${d}] = r; R[${d + 1}] = rh; ${record(64)} }`;
}
