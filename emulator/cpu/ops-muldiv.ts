// Multiplication and division.

import type { Insn } from './insn.js';
import { CF, Cpu, DE, GuestFault, OF, RAX, RDX, SF, ZF } from './cpu.js';
import { bigHi, bigLo, mulS64, mulU32, mulU64, signExtend, toBig, toBigSigned, truncate } from './arith.js';
import { parityFlag, setArithFlags } from './flags.js';

const wide = new Int32Array(4);
/** |product| below this certainly fits a signed 64-bit result. */
const NO_OVERFLOW = 2 ** 62;

/** Flags after a multiply: CF=OF=overflow; SF/ZF/PF from the low result (as hardware does). */
function mulFlags(cpu: Cpu, overflow: boolean, lo: number, size: number): void {
  const t = truncate(lo, size === 64 ? 32 : size);
  let f = parityFlag(t);
  if (overflow) f |= CF | OF;
  if ((size === 64 ? lo >>> 31 : (t >>> (size - 1)) & 1) !== 0) f |= SF;
  if (t === 0) f |= ZF;
  setArithFlags(cpu, f);
}

function readSource(cpu: Cpu, ins: Insn): number {
  return ins.rm >= 0 ? cpu.getReg(ins.size, ins.rm) : cpu.readMem(ins.size, cpu.ea(ins));
}

/** MUL r/m: unsigned, RDX:RAX (AX for bytes) = RAX * src. */
export function mulRm(cpu: Cpu, ins: Insn): void {
  const src = readSource(cpu, ins), srcHi = cpu.hi;
  const regs = cpu.regs;
  switch (ins.size) {
    case 8: {
      const p = (regs[0] & 0xff) * src;
      cpu.setReg(16, RAX, p, 0);
      mulFlags(cpu, p > 0xff, p, 8);
      return;
    }
    case 16: {
      const p = (regs[0] & 0xffff) * src;
      cpu.setReg(16, RAX, p, 0);
      cpu.setReg(16, RDX, p >>> 16, 0);
      mulFlags(cpu, p > 0xffff, p, 16);
      return;
    }
    case 32: {
      const lo = mulU32(regs[0], src, wide);
      const hi = wide[0];
      cpu.setReg(32, RAX, lo, 0);
      cpu.setReg(32, RDX, hi, 0);
      mulFlags(cpu, hi !== 0, lo, 32);
      return;
    }
    default:
      mulU64(regs[0], regs[1], src, srcHi, wide);
      cpu.set64(RAX, wide[0], wide[1]);
      cpu.set64(RDX, wide[2], wide[3]);
      mulFlags(cpu, wide[2] !== 0 || wide[3] !== 0, wide[0], 64);
  }
}

/** IMUL r/m (one operand): signed, RDX:RAX = RAX * src. */
export function imulRm(cpu: Cpu, ins: Insn): void {
  const src = readSource(cpu, ins), srcHi = cpu.hi;
  const regs = cpu.regs;
  switch (ins.size) {
    case 8: {
      const p = signExtend(regs[0], 8) * signExtend(src, 8);
      cpu.setReg(16, RAX, p, 0);
      mulFlags(cpu, p !== signExtend(p, 8), p, 8);
      return;
    }
    case 16: {
      const p = signExtend(regs[0], 16) * signExtend(src, 16);
      cpu.setReg(16, RAX, p, 0);
      cpu.setReg(16, RDX, p >> 16, 0);
      mulFlags(cpu, p !== signExtend(p, 16), p, 16);
      return;
    }
    case 32: {
      const lo = signedMul32(regs[0], src);
      const hi = wide[0];
      cpu.setReg(32, RAX, lo, 0);
      cpu.setReg(32, RDX, hi, 0);
      mulFlags(cpu, hi !== lo >> 31, lo, 32);
      return;
    }
    default:
      mulS64(regs[0], regs[1], src, srcHi, wide);
      cpu.set64(RAX, wide[0], wide[1]);
      cpu.set64(RDX, wide[2], wide[3]);
      mulFlags(cpu, !(wide[2] === wide[1] >> 31 && wide[3] === wide[1] >> 31), wide[0], 64);
  }
}

/** Signed 32x32 → 64: low returned, high in wide[0]. */
function signedMul32(a: number, b: number): number {
  const lo = mulU32(a, b, wide);
  let hi = wide[0];
  if (a < 0) hi -= b;
  if (b < 0) hi -= a;
  wide[0] = hi;
  return lo;
}

/** Truncated signed multiply with overflow detection (IMUL r, r/m[, imm]). */
function imulTruncated(cpu: Cpu, size: number, a: number, aHi: number, b: number, bHi: number): number {
  switch (size) {
    case 16: {
      const p = signExtend(a, 16) * signExtend(b, 16);
      mulFlags(cpu, p !== signExtend(p, 16), p, 16);
      cpu.hi = 0;
      return p & 0xffff;
    }
    case 32: {
      const lo = signedMul32(a, b);
      mulFlags(cpu, wide[0] !== lo >> 31, lo, 32);
      cpu.hi = 0;
      return lo;
    }
    default: {
      // The product of the operands as doubles is within a relative 2^-51 of the exact
      // one: well inside 2^63 it cannot overflow, and the low 64 bits are exact in int32
      // pieces. Near the limit the full 128-bit product decides.
      const estimate = (aHi * 4294967296 + (a >>> 0)) * (bHi * 4294967296 + (b >>> 0));
      if (estimate > -NO_OVERFLOW && estimate < NO_OVERFLOW) {
        const lo = mulU32(a, b, wide);
        const hi = (wide[0] + Math.imul(a, bHi) + Math.imul(aHi, b)) | 0;
        mulFlags(cpu, false, lo, 64);
        cpu.hi = hi;
        return lo;
      }
      mulS64(a, aHi, b, bHi, wide);
      const lo = wide[0], hi = wide[1];
      mulFlags(cpu, !(wide[2] === hi >> 31 && wide[3] === hi >> 31), lo, 64);
      cpu.hi = hi;
      return lo;
    }
  }
}

export function imulRegRm(cpu: Cpu, ins: Insn): void {
  const b = readSource(cpu, ins), bHi = cpu.hi;
  const a = cpu.getReg(ins.size, ins.reg), aHi = cpu.hi;
  const r = imulTruncated(cpu, ins.size, a, aHi, b, bHi);
  cpu.setReg(ins.size, ins.reg, r, cpu.hi);
}

export function imulRegRmImm(cpu: Cpu, ins: Insn): void {
  const a = readSource(cpu, ins), aHi = cpu.hi;
  const r = imulTruncated(cpu, ins.size, a, aHi, ins.imm, ins.immHi);
  cpu.setReg(ins.size, ins.reg, r, cpu.hi);
}

/** DIV r/m: unsigned; #DE on divide by zero or a quotient that does not fit. */
export function divRm(cpu: Cpu, ins: Insn): void {
  const src = readSource(cpu, ins), srcHi = cpu.hi;
  const regs = cpu.regs;
  switch (ins.size) {
    case 8: {
      if (src === 0) throw new GuestFault(DE);
      const n = regs[0] & 0xffff;
      const q = Math.floor(n / src);
      if (q > 0xff) throw new GuestFault(DE);
      cpu.setReg(16, RAX, q | ((n % src) << 8), 0);
      return;
    }
    case 16: {
      if (src === 0) throw new GuestFault(DE);
      const n = (regs[4] & 0xffff) * 65536 + (regs[0] & 0xffff);
      const q = Math.floor(n / src);
      if (q > 0xffff) throw new GuestFault(DE);
      cpu.setReg(16, RAX, q, 0);
      cpu.setReg(16, RDX, n % src, 0);
      return;
    }
    case 32: {
      const d = src >>> 0;
      if (d === 0) throw new GuestFault(DE);
      const high = regs[4] >>> 0;
      if (high === 0) {
        const n = regs[0] >>> 0;
        cpu.setReg(32, RAX, Math.floor(n / d), 0);
        cpu.setReg(32, RDX, n % d, 0);
        return;
      }
      if (high >= d) throw new GuestFault(DE);
      const n = (BigInt(high) << 32n) | BigInt(regs[0] >>> 0);
      const bd = BigInt(d);
      cpu.setReg(32, RAX, Number(n / bd) | 0, 0);
      cpu.setReg(32, RDX, Number(n % bd) | 0, 0);
      return;
    }
    default: {
      if (src === 0 && srcHi === 0) throw new GuestFault(DE);
      if (regs[5] === 0 && regs[4] === 0 && regs[1] === 0 && srcHi === 0) {
        const n = regs[0] >>> 0, d = src >>> 0;
        cpu.set64(RAX, Math.floor(n / d) | 0, 0);
        cpu.set64(RDX, (n % d) | 0, 0);
        return;
      }
      const d = toBig(src, srcHi);
      const high = toBig(regs[4], regs[5]);
      if (high >= d) throw new GuestFault(DE);
      const n = (high << 64n) | toBig(regs[0], regs[1]);
      const q = n / d, r = n % d;
      cpu.set64(RAX, bigLo(q), bigHi(q));
      cpu.set64(RDX, bigLo(r), bigHi(r));
    }
  }
}

/**
 * IDIV of a dividend and a divisor that are both int32 values (the dividend sign-extended
 * through RDX, as cltd/cqto leave it): C's / and % on int and long. A double holds both
 * exactly and their quotient rounds to within 2^-31 of an integer, so truncating is exact.
 */
function smallIdiv(cpu: Cpu, size: 32 | 64, n: number, d: number): void {
  // Only INT32_MIN / -1 overflows, and only at 32 bits.
  if (size === 32 && n === -2147483648 && d === -1) throw new GuestFault(DE);
  const q = Math.trunc(n / d), r = (n % d) | 0;
  const regs = cpu.regs;
  regs[2 * RAX] = q | 0;
  regs[2 * RAX + 1] = size === 64 ? (q < 0 ? -1 : 0) : 0;
  regs[2 * RDX] = r;
  regs[2 * RDX + 1] = size === 64 ? r >> 31 : 0;
}

/** IDIV r/m: signed, truncating toward zero; #DE on zero or overflow. */
export function idivRm(cpu: Cpu, ins: Insn): void {
  const src = readSource(cpu, ins), srcHi = cpu.hi;
  const regs = cpu.regs;
  switch (ins.size) {
    case 8: case 16: {
      const size = ins.size;
      const d = signExtend(src, size);
      if (d === 0) throw new GuestFault(DE);
      const n = size === 8 ? signExtend(regs[0], 16) : ((regs[4] & 0xffff) << 16) | (regs[0] & 0xffff);
      const q = Math.trunc(n / d);
      if (q !== signExtend(q, size)) throw new GuestFault(DE);
      const r = n - q * d;
      if (size === 8) cpu.setReg(16, RAX, (q & 0xff) | ((r & 0xff) << 8), 0);
      else { cpu.setReg(16, RAX, q, 0); cpu.setReg(16, RDX, r, 0); }
      return;
    }
    case 32: {
      const d = src | 0;
      if (d === 0) throw new GuestFault(DE);
      if (regs[4] === regs[0] >> 31) { smallIdiv(cpu, 32, regs[0], d); return; }
      const n = (BigInt(regs[4]) << 32n) | BigInt(regs[0] >>> 0);
      const q = n / BigInt(d);
      if (q !== BigInt.asIntN(32, q)) throw new GuestFault(DE);
      cpu.setReg(32, RAX, Number(q) | 0, 0);
      cpu.setReg(32, RDX, Number(n - q * BigInt(d)) | 0, 0);
      return;
    }
    default: {
      if (srcHi === src >> 31 && regs[1] === regs[0] >> 31 && regs[5] === regs[1] && regs[4] === regs[1]) {
        if (src === 0) throw new GuestFault(DE);
        smallIdiv(cpu, 64, regs[0], src);
        return;
      }
      const d = toBigSigned(src, srcHi);
      if (d === 0n) throw new GuestFault(DE);
      const n = (toBigSigned(regs[4], regs[5]) << 64n) | toBig(regs[0], regs[1]);
      const q = n / d;
      if (q !== BigInt.asIntN(64, q)) throw new GuestFault(DE);
      const r = n - q * d;
      cpu.set64(RAX, bigLo(q), bigHi(q));
      cpu.set64(RDX, bigLo(r), bigHi(r));
    }
  }
}
