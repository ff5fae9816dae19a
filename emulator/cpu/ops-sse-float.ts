// SSE/SSE2 floating point: arithmetic, comparisons and conversions for
// packed/scalar single (ps/ss) and double (pd/sd) precision.
//
// Results follow MXCSR: its rounding control picks the rounding (fp-round.ts
// does the arithmetic) and each instruction ORs the exceptions it detects
// into MXCSR's sticky flags. An exception whose mask bit is clear raises #XM
// instead, leaving the destination unchanged (as the hardware does).
//
// NaNs follow x86 rules rather than JavaScript's: an operation that makes a
// new NaN produces the "default NaN" (sign set), and a NaN input propagates
// (quieted), first operand first; a signalling NaN input raises IE.

import type { Handler, Insn } from './insn.js';
import { CF, CR0_EM, CR0_TS, CR4_OSFXSR, Cpu, GuestFault, PF, UD, XM, ZF } from './cpu.js';
import { setArithFlags } from './flags.js';
import { commit, loadSource, R, S, xmmViews } from './sse-state.js';
import { checkSse } from './ops-system.js';
import * as FP from './fp-round.js';
import { fpEnv, IE } from './fp-round.js';

const CR4_OSXMMEXCPT = 0x400;

/** Starts an instruction under MXCSR's rounding mode with no exceptions yet. */
function begin(cpu: Cpu): void {
  const m = cpu.mxcsr;
  fpEnv.mode = (m >> 13) & 3;
  fpEnv.flags = 0;
  // Nearest, precision exception masked and already flagged: see FpEnv.lazy.
  fpEnv.lazy = (m & 0x7020) === 0x1020;
}

/** Records the instruction's exceptions in MXCSR; an unmasked one faults before any result is written. */
function finish(cpu: Cpu): void {
  const raised = fpEnv.flags;
  if (raised === 0) return;
  cpu.mxcsr |= raised;
  if ((raised & ~(cpu.mxcsr >> 7) & 0x3f) !== 0) throw new GuestFault((cpu.cr4 & CR4_OSXMMEXCPT) !== 0 ? XM : UD);
}

const isNaN64 = (hi: number, lo: number): boolean => (hi & 0x7ff00000) === 0x7ff00000 && ((hi & 0xfffff) | lo) !== 0;
const isSNaN64 = (hi: number, lo: number): boolean => isNaN64(hi, lo) && (hi & 0x80000) === 0;
const isSNaN32 = (bits: number): boolean => (bits & 0x7f800000) === 0x7f800000 && (bits & 0x3fffff) !== 0 && (bits & 0x400000) === 0;

/** Writes double v to result lane i (a NaN result is the default NaN). */
function storeF64(i: number, v: number): void {
  if (v === v) R.f64[i] = v;
  else { R.i32[2 * i] = 0; R.i32[2 * i + 1] = 0xfff80000 | 0; }
}

function storeF32(i: number, v: number): void {
  if (v === v) R.f32[i] = v;
  else R.i32[i] = 0xffc00000 | 0;
}

/** Result lane i of a double operation with a NaN operand: the first NaN, quieted; IE for a signalling one. */
function propagateNaN64(i: number, dst: Int32Array, d: number, src: Int32Array, s: number): void {
  const alo = dst[d], ahi = dst[d + 1], blo = src[s], bhi = src[s + 1];
  if (isSNaN64(ahi, alo) || isSNaN64(bhi, blo)) fpEnv.flags |= IE;
  const first = isNaN64(ahi, alo);
  R.i32[2 * i] = first ? alo : blo;
  R.i32[2 * i + 1] = (first ? ahi : bhi) | 0x80000;
}

function propagateNaN32(i: number, a: number, b: number, aIsNaN: boolean): void {
  if (isSNaN32(a) || isSNaN32(b)) fpEnv.flags |= IE;
  R.i32[i] = (aIsNaN ? a : b) | 0x400000;
}

/** Starts the result as a copy of destination register d (scalar forms keep its upper lanes). */
function copyDestination(xi: Int32Array, d: number): void {
  const r = R.i32, o = d * 4;
  r[0] = xi[o]; r[1] = xi[o + 1]; r[2] = xi[o + 2]; r[3] = xi[o + 3];
}

/**
 * An arithmetic operation in both precisions (rounded by MXCSR, exceptions noted), and
 * the plain JavaScript operation: IEEE double arithmetic rounded to nearest, which for
 * float operands rounded again to float is the correctly rounded float result too
 * (double has more than 2p + 2 bits, so + - * / never double-round wrongly).
 */
export interface FloatOp { f64: (a: number, b: number) => number; f32: (a: number, b: number) => number; name: 'add' | 'sub' | 'mul' | 'div' }

export const ADD: FloatOp = { f64: FP.addF64, f32: FP.addF32, name: 'add' };
export const SUB: FloatOp = { f64: FP.subF64, f32: FP.subF32, name: 'sub' };
export const MUL: FloatOp = { f64: FP.mulF64, f32: FP.mulF32, name: 'mul' };
export const DIV: FloatOp = { f64: FP.divF64, f32: FP.divF32, name: 'div' };

// MXCSR: round to nearest (RC = 0), precision exception masked (PM) and already raised (PE).
const MXCSR_FAST_MASK = 0x7020, MXCSR_FAST = 0x1020;

// Operands and result all normal (FP.isNormal64/32) means no exception but inexact can
// arise: no invalid operation, denormal operand, division by zero, overflow or underflow.
const { isNormal32, isNormal64 } = FP;

/** The fast paths' condition: the MXCSR state above, and SSE usable (checkSse would pass). */
function inFastState(cpu: Cpu): boolean {
  return (cpu.mxcsr & MXCSR_FAST_MASK) === MXCSR_FAST && (cpu.cr0 & (CR0_EM | CR0_TS)) === 0 && (cpu.cr4 & CR4_OSFXSR) !== 0;
}

/** A scalar instruction's source value: lane 0 of a register, or a float or double in memory. */
function scalarSource(cpu: Cpu, ins: Insn, double: boolean): number {
  if (ins.rm >= 0) return double ? cpu.xmmF64[ins.rm * 2] : cpu.xmmF32[ins.rm * 4];
  if (double) {
    S.i32[0] = cpu.read64(cpu.ea(ins));
    S.i32[1] = cpu.hi;
    return S.f64[0];
  }
  S.i32[0] = cpu.read32(cpu.ea(ins));
  return S.f32[0];
}

/**
 * addsd, mulss... in the common state: rounding to nearest with inexact already flagged
 * and masked, normal operands and result. Then the result is JavaScript's own, written
 * straight into lane 0. Anything else (returns false) goes the exact way.
 */
function scalarFast(cpu: Cpu, ins: Insn, name: FloatOp['name'], double: boolean): boolean {
  if (!inFastState(cpu)) return false;
  const lanes = double ? cpu.xmmF64 : cpu.xmmF32;
  const d = double ? ins.reg * 2 : ins.reg * 4;
  const b = scalarSource(cpu, ins, double);
  const a = lanes[d];
  let r = name === 'add' ? a + b : name === 'sub' ? a - b : name === 'mul' ? a * b : a / b;
  if (!double) r = Math.fround(r);
  const normal = double ? isNormal64 : isNormal32;
  if (!normal(a) || !normal(b) || !normal(r)) return false;
  lanes[d] = r;
  return true;
}

/** Applies op lane by lane. `double`: 64-bit lanes; `scalar`: only lane 0 (the rest of the destination is kept). */
export function floatArith(op: FloatOp, double: boolean, scalar: boolean): Handler {
  const fn = double ? op.f64 : op.f32;
  const name = op.name;
  return (cpu: Cpu, ins: Insn): void => {
    if (scalar && scalarFast(cpu, ins, name, double)) return;
    loadSource(cpu, ins, scalar ? (double ? 8 : 4) : 16, !scalar);
    begin(cpu);
    const x = xmmViews(cpu), d = ins.reg;
    copyDestination(x.i32, d);
    if (double) {
      for (let i = 0, lanes = scalar ? 1 : 2; i < lanes; i++) {
        const a = x.f64[d * 2 + i], b = S.f64[i];
        if (a !== a || b !== b) propagateNaN64(i, x.i32, d * 4 + 2 * i, S.i32, 2 * i);
        else storeF64(i, fn(a, b));
      }
    } else {
      for (let i = 0, lanes = scalar ? 1 : 4; i < lanes; i++) {
        const a = x.f32[d * 4 + i], b = S.f32[i];
        if (a !== a || b !== b) propagateNaN32(i, x.i32[d * 4 + i], S.i32[i], a !== a);
        else storeF32(i, fn(a, b));
      }
    }
    finish(cpu);
    commit(cpu, d);
  };
}

/** min/max: the source operand when either is NaN (IE, even for a quiet NaN) or both are zero. */
export function floatMinMax(isMax: boolean, double: boolean, scalar: boolean): Handler {
  return (cpu: Cpu, ins: Insn): void => {
    loadSource(cpu, ins, scalar ? (double ? 8 : 4) : 16, !scalar);
    begin(cpu);
    const x = xmmViews(cpu), d = ins.reg;
    copyDestination(x.i32, d);
    const width = double ? 2 : 1;
    for (let i = 0, lanes = (scalar ? 1 : double ? 2 : 4); i < lanes; i++) {
      const a = double ? x.f64[d * 2 + i] : x.f32[d * 4 + i];
      const b = double ? S.f64[i] : S.f32[i];
      if (a !== a || b !== b) fpEnv.flags |= IE;
      FP.noteDenormals(a, b, double ? FP.F64 : FP.F32);
      const pickA = (isMax ? a > b : a < b);
      for (let k = 0; k < width; k++) R.i32[width * i + k] = pickA ? x.i32[d * 4 + width * i + k] : S.i32[width * i + k];
    }
    finish(cpu);
    commit(cpu, d);
  };
}

/** sqrtps/pd/ss/sd: unary on the source operand, rounded by MXCSR. */
export function floatSqrt(double: boolean, scalar: boolean): Handler {
  return (cpu: Cpu, ins: Insn): void => {
    // A positive normal root is normal and, rounded to nearest, JavaScript's (float: rounded again, exactly).
    if (scalar && inFastState(cpu)) {
      const b = scalarSource(cpu, ins, double);
      if (b > 0 && (double ? isNormal64(b) : isNormal32(b))) {
        if (double) cpu.xmmF64[ins.reg * 2] = Math.sqrt(b);
        else cpu.xmmF32[ins.reg * 4] = Math.fround(Math.sqrt(b));
        return;
      }
    }
    loadSource(cpu, ins, scalar ? (double ? 8 : 4) : 16, !scalar);
    begin(cpu);
    const x = xmmViews(cpu), d = ins.reg;
    copyDestination(x.i32, d);
    for (let i = 0, lanes = scalar ? 1 : double ? 2 : 4; i < lanes; i++) {
      if (double) {
        const b = S.f64[i];
        if (b !== b) propagateNaN64(i, S.i32, 2 * i, S.i32, 2 * i);
        else storeF64(i, FP.sqrtF64(b));
      } else {
        const b = S.f32[i];
        if (b !== b) propagateNaN32(i, S.i32[i], S.i32[i], true);
        else storeF32(i, FP.sqrtF32(b));
      }
    }
    finish(cpu);
    commit(cpu, d);
  };
}

/** rsqrt/rcp (single precision approximations; they raise no exceptions). */
export function floatUnary(fn: (v: number) => number, double: boolean, scalar: boolean): Handler {
  return (cpu: Cpu, ins: Insn): void => {
    loadSource(cpu, ins, scalar ? (double ? 8 : 4) : 16, !scalar);
    const x = xmmViews(cpu), d = ins.reg;
    copyDestination(x.i32, d);
    for (let i = 0, lanes = scalar ? 1 : double ? 2 : 4; i < lanes; i++) {
      const b = S.f32[i];
      if (b !== b) R.i32[i] = S.i32[i] | 0x400000;
      else storeF32(i, Math.fround(fn(b)));
    }
    commit(cpu, d);
  };
}

/** True when lane i of a compare has a NaN that makes the predicate raise IE. */
function compareInvalid(double: boolean, xi: Int32Array, o: number, i: number, signalsOnQuiet: boolean, unordered: boolean): boolean {
  if (!unordered) return false;
  if (signalsOnQuiet) return true;
  return double
    ? isSNaN64(xi[o + 2 * i + 1], xi[o + 2 * i]) || isSNaN64(S.i32[2 * i + 1], S.i32[2 * i])
    : isSNaN32(xi[o + i]) || isSNaN32(S.i32[i]);
}

/** cmpps/pd/ss/sd with predicate imm8 (0 eq, 1 lt, 2 le, 3 unord, 4 neq, 5 nlt, 6 nle, 7 ord). */
export function floatCompare(double: boolean, scalar: boolean): Handler {
  return (cpu: Cpu, ins: Insn): void => {
    loadSource(cpu, ins, scalar ? (double ? 8 : 4) : 16, !scalar);
    begin(cpu);
    const x = xmmViews(cpu), d = ins.reg;
    copyDestination(x.i32, d);
    const predicate = ins.imm & 7;
    // lt, le, nlt, nle are the signalling predicates: a quiet NaN raises IE too.
    const signalsOnQuiet = (predicate & 3) === 1 || (predicate & 3) === 2;
    for (let i = 0, lanes = scalar ? 1 : double ? 2 : 4; i < lanes; i++) {
      const a = double ? x.f64[d * 2 + i] : x.f32[d * 4 + i];
      const b = double ? S.f64[i] : S.f32[i];
      const unordered = a !== a || b !== b;
      if (compareInvalid(double, x.i32, d * 4, i, signalsOnQuiet, unordered)) fpEnv.flags |= FP.IE;
      FP.noteDenormals(a, b, double ? FP.F64 : FP.F32);
      let t: boolean;
      switch (predicate) {
        case 0: t = a === b; break;
        case 1: t = a < b; break;
        case 2: t = a <= b; break;
        case 3: t = unordered; break;
        case 4: t = !(a === b); break;
        case 5: t = !(a < b); break;
        case 6: t = !(a <= b); break;
        default: t = !unordered;
      }
      const v = t ? -1 : 0;
      if (double) { R.i32[2 * i] = v; R.i32[2 * i + 1] = v; } else R.i32[i] = v;
    }
    finish(cpu);
    commit(cpu, d);
  };
}

/**
 * ucomiss/ucomisd (signalling = false: IE only for a signalling NaN) and
 * comiss/comisd (IE for any NaN): ZF,PF,CF from the comparison; OF,SF,AF cleared.
 */
export function floatCompareFlags(double: boolean, signalling: boolean): Handler {
  return (cpu: Cpu, ins: Insn): void => {
    loadSource(cpu, ins, double ? 8 : 4, false);
    begin(cpu);
    const x = xmmViews(cpu);
    const a = double ? x.f64[ins.reg * 2] : x.f32[ins.reg * 4];
    const b = double ? S.f64[0] : S.f32[0];
    const unordered = a !== a || b !== b;
    if (compareInvalid(double, x.i32, ins.reg * 4, 0, signalling, unordered)) fpEnv.flags |= IE;
    FP.noteDenormals(a, b, double ? FP.F64 : FP.F32);
    finish(cpu);
    let f = 0;
    if (unordered) f = ZF | PF | CF;
    else if (a < b) f = CF;
    else if (a === b) f = ZF;
    setArithFlags(cpu, f);
  };
}

/** cvt(t)ss2si / cvt(t)sd2si → r32/r64; out of range or NaN gives the "integer indefinite" value. */
export function floatToInt(double: boolean, truncate: boolean): Handler {
  return (cpu: Cpu, ins: Insn): void => {
    // Truncating a value well inside the range: only inexact can arise, already flagged.
    if (truncate && inFastState(cpu)) {
      const v = scalarSource(cpu, ins, double);
      if ((v > -2147483648 && v < 2147483648) || (ins.size === 64 && v > -9007199254740992 && v < 9007199254740992)) {
        writeInteger(cpu, ins, Math.trunc(v));
        return;
      }
    }
    loadSource(cpu, ins, double ? 8 : 4, false);
    begin(cpu);
    const v = double ? S.f64[0] : S.f32[0];
    const r = v === v ? FP.floatToInteger(v, truncate, ins.size === 64 ? 64 : 32) : null;
    if (r === null) fpEnv.flags |= IE;
    finish(cpu);
    writeInteger(cpu, ins, r);
  };
}

/** The converted integer into r32/r64; null (NaN, out of range) is the "integer indefinite". */
function writeInteger(cpu: Cpu, ins: Insn, r: number | null): void {
  if (ins.size !== 64) {
    cpu.setReg(32, ins.reg, r === null ? 0x80000000 | 0 : r | 0, 0);
    return;
  }
  if (r === null) {
    cpu.set64(ins.reg, 0, 0x80000000 | 0);
    return;
  }
  const hi = Math.floor(r / 4294967296);
  cpu.set64(ins.reg, (r - hi * 4294967296) | 0, hi | 0);
}

/** cvtsi2ss / cvtsi2sd from r/m32 or r/m64, rounded by MXCSR. */
export function intToFloat(double: boolean): Handler {
  return (cpu: Cpu, ins: Insn): void => {
    checkSse(cpu);
    const lo = ins.rm >= 0 ? cpu.getReg(ins.size, ins.rm) : cpu.readMem(ins.size, cpu.ea(ins));
    let v: number;
    // Below 2^53 in magnitude the integer is exact as a double; rounded to nearest with
    // inexact already flagged, the only rounding left is Math.fround's, the correct one.
    const hi = cpu.hi;
    if (inFastState(cpu) && (ins.size !== 64 || (hi >= -0x200000 && hi < 0x200000))) {
      const exact = ins.size === 64 ? hi * 4294967296 + (lo >>> 0) : lo | 0;
      v = double ? exact : Math.fround(exact);
    } else {
      begin(cpu);
      if (ins.size === 64) v = FP.int64ToFloat(lo, hi, double ? FP.F64 : FP.F32);
      else v = double ? lo | 0 : FP.int32ToFloat(lo | 0);
      finish(cpu);
    }
    if (double) cpu.xmmF64[ins.reg * 2] = v;
    else cpu.xmmF32[ins.reg * 4] = v;
  };
}

/** A float lane's bits widened to double: a NaN keeps its sign and top payload bits (quieted). */
function widen(i: number, bits: number, v: number): void {
  if ((bits & 0x7f800000) === 0x7f800000 && (bits & 0x7fffff) !== 0) {
    if ((bits & 0x400000) === 0) fpEnv.flags |= IE;
    R.i32[2 * i] = (bits & 7) << 29;
    R.i32[2 * i + 1] = (bits & 0x80000000) | 0x7ff80000 | ((bits & 0x7fffff) >>> 3);
  } else {
    FP.noteDenormals(v, 0, FP.F32);
    R.f64[i] = v;
  }
}

const narrowed = new Float32Array(1);
const narrowedBits = new Int32Array(narrowed.buffer);

/** A double's bits narrowed to float, rounded by MXCSR; a NaN keeps its sign and top payload bits. */
function narrow(lo: number, hi: number, v: number): number {
  if (isNaN64(hi, lo)) {
    if ((hi & 0x80000) === 0) fpEnv.flags |= IE;
    return (hi & 0x80000000) | 0x7fc00000 | ((hi & 0xfffff) << 3) | (lo >>> 29);
  }
  narrowed[0] = FP.narrowF64(v);
  return narrowedBits[0];
}

/** A lane to int32 for the packed conversions; NaN or out of range gives 0x80000000 (IE). */
function toInt32(v: number, truncate: boolean): number {
  const r = v === v ? FP.floatToInteger(v, truncate, 32) : null;
  if (r === null) { fpEnv.flags |= IE; return 0x80000000 | 0; }
  return r | 0;
}

export type Conversion = 'ss2sd' | 'sd2ss' | 'ps2pd' | 'pd2ps' | 'dq2ps' | 'ps2dq' | 'tps2dq' | 'dq2pd' | 'tpd2dq' | 'pd2dq';

/** Conversions between packed/scalar formats; `kind` picks which. */
export function convert(kind: Conversion): Handler {
  return (cpu: Cpu, ins: Insn): void => {
    const srcBytes = kind === 'ss2sd' ? 4 : kind === 'sd2ss' || kind === 'ps2pd' || kind === 'dq2pd' ? 8 : 16;
    loadSource(cpu, ins, srcBytes, srcBytes === 16);
    begin(cpu);
    const x = xmmViews(cpu), d = ins.reg;
    copyDestination(x.i32, d);
    const s = S.i32;
    switch (kind) {
      case 'ss2sd': widen(0, s[0], S.f32[0]); break;
      case 'sd2ss': R.i32[0] = narrow(s[0], s[1], S.f64[0]); break;
      case 'ps2pd': { const f0 = S.f32[0], f1 = S.f32[1], b0 = s[0], b1 = s[1]; widen(0, b0, f0); widen(1, b1, f1); break; }
      case 'pd2ps': {
        const lo = narrow(s[0], s[1], S.f64[0]), hi = narrow(s[2], s[3], S.f64[1]);
        R.i32[0] = lo; R.i32[1] = hi; R.i32[2] = R.i32[3] = 0;
        break;
      }
      case 'dq2ps': for (let i = 0; i < 4; i++) { const v = FP.int32ToFloat(s[i]); R.f32[i] = v; } break;
      case 'ps2dq': case 'tps2dq': for (let i = 0; i < 4; i++) R.i32[i] = toInt32(S.f32[i], kind === 'tps2dq'); break;
      case 'dq2pd': { const a = s[0], b = s[1]; R.f64[0] = a; R.f64[1] = b; break; }
      default: {
        const lo = toInt32(S.f64[0], kind === 'tpd2dq'), hi = toInt32(S.f64[1], kind === 'tpd2dq');
        R.i32[0] = lo; R.i32[1] = hi; R.i32[2] = R.i32[3] = 0;
      }
    }
    finish(cpu);
    commit(cpu, d);
  };
}
