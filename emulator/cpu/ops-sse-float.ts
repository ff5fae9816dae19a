// SSE/SSE2 floating point: arithmetic, comparisons and conversions for
// packed/scalar single (ps/ss) and double (pd/sd) precision.
//
// NaNs follow x86 rules rather than JavaScript's: an operation that makes a
// new NaN produces the "default NaN" (sign set), and a NaN input propagates
// (quieted), first operand first.

import type { Handler, Insn } from './insn.js';
import { CF, Cpu, PF, ZF } from './cpu.js';
import { setArithFlags } from './flags.js';
import { commit, loadSource, R, S, xmmViews } from './sse-state.js';
import { checkSse } from './ops-system.js';

const scratch = new DataView(new ArrayBuffer(8));

/** x86 result bits for a double operation given its inputs; returns [lo, hi]. */
function f64Bits(result: number): [number, number] {
  if (result === result) {
    scratch.setFloat64(0, result, true);
    return [scratch.getInt32(0, true), scratch.getInt32(4, true)];
  }
  return [0, (0xfff80000 | 0)];
}

function f32Bits(result: number): number {
  if (result === result) {
    scratch.setFloat32(0, result, true);
    return scratch.getInt32(0, true);
  }
  return 0xffc00000 | 0;
}

export type FloatOp = (a: number, b: number) => number;

export const ADD: FloatOp = (a, b) => a + b;
export const SUB: FloatOp = (a, b) => a - b;
export const MUL: FloatOp = (a, b) => a * b;
export const DIV: FloatOp = (a, b) => a / b;
export const MIN: FloatOp = (a, b) => (a < b ? a : b);
export const MAX: FloatOp = (a, b) => (a > b ? a : b);
export const SQRT: FloatOp = (_a, b) => Math.sqrt(b);


/**
 * Applies op lane by lane. `double`: 64-bit lanes; `scalar`: only lane 0
 * (the rest of the destination is kept). NaN inputs propagate as on x86.
 */
export function floatArith(op: FloatOp, double: boolean, scalar: boolean, isMinMax = false): Handler {
  return (cpu: Cpu, ins: Insn): void => {
    loadSource(cpu, ins, scalar ? (double ? 8 : 4) : 16, !scalar);
    const x = xmmViews(cpu);
    const d = ins.reg;
    R.i32.set(x.i32.subarray(d * 4, d * 4 + 4));
    if (double) {
      const lanes = scalar ? 1 : 2;
      for (let i = 0; i < lanes; i++) {
        const a = x.f64[d * 2 + i], b = S.f64[i];
        const res = op(a, b);
        let lo: number, hi: number;
        if (isMinMax) {
          // MIN/MAX return the source when either is NaN or both are zero.
          const pickA = res === a && a === a && b === b && !(a === 0 && b === 0);
          lo = pickA ? x.i32[d * 4 + 2 * i] : S.i32[2 * i];
          hi = pickA ? x.i32[d * 4 + 2 * i + 1] : S.i32[2 * i + 1];
        } else if (a !== a) { lo = x.i32[d * 4 + 2 * i]; hi = x.i32[d * 4 + 2 * i + 1] | 0x80000; }
        else if (b !== b) { lo = S.i32[2 * i]; hi = S.i32[2 * i + 1] | 0x80000; }
        else [lo, hi] = f64Bits(res);
        R.i32[2 * i] = lo;
        R.i32[2 * i + 1] = hi;
      }
    } else {
      const lanes = scalar ? 1 : 4;
      for (let i = 0; i < lanes; i++) {
        const a = x.f32[d * 4 + i], b = S.f32[i];
        const res = Math.fround(op(a, b));
        let bits: number;
        if (isMinMax) {
          const pickA = res === a && a === a && b === b && !(a === 0 && b === 0);
          bits = pickA ? x.i32[d * 4 + i] : S.i32[i];
        } else if (a !== a) bits = x.i32[d * 4 + i] | 0x400000;
        else if (b !== b) bits = S.i32[i] | 0x400000;
        else bits = f32Bits(res);
        R.i32[i] = bits;
      }
    }
    commit(cpu, d);
  };
}

/** sqrt/rsqrt/rcp: unary on the source operand. */
export function floatUnary(fn: (v: number) => number, double: boolean, scalar: boolean): Handler {
  return (cpu: Cpu, ins: Insn): void => {
    loadSource(cpu, ins, scalar ? (double ? 8 : 4) : 16, !scalar);
    const x = xmmViews(cpu);
    const d = ins.reg;
    R.i32.set(x.i32.subarray(d * 4, d * 4 + 4));
    const lanes = scalar ? 1 : double ? 2 : 4;
    for (let i = 0; i < lanes; i++) {
      if (double) {
        const b = S.f64[i];
        const [lo, hi] = b !== b ? [S.i32[2 * i], S.i32[2 * i + 1] | 0x80000] : f64Bits(fn(b));
        R.i32[2 * i] = lo; R.i32[2 * i + 1] = hi;
      } else {
        const b = S.f32[i];
        R.i32[i] = b !== b ? S.i32[i] | 0x400000 : f32Bits(Math.fround(fn(b)));
      }
    }
    commit(cpu, d);
  };
}

/** cmpps/pd/ss/sd with predicate imm8 (0 eq, 1 lt, 2 le, 3 unord, 4 neq, 5 nlt, 6 nle, 7 ord). */
export function floatCompare(double: boolean, scalar: boolean): Handler {
  return (cpu: Cpu, ins: Insn): void => {
    loadSource(cpu, ins, scalar ? (double ? 8 : 4) : 16, !scalar);
    const x = xmmViews(cpu);
    const d = ins.reg;
    R.i32.set(x.i32.subarray(d * 4, d * 4 + 4));
    const lanes = scalar ? 1 : double ? 2 : 4;
    for (let i = 0; i < lanes; i++) {
      const a = double ? x.f64[d * 2 + i] : x.f32[d * 4 + i];
      const b = double ? S.f64[i] : S.f32[i];
      const unordered = a !== a || b !== b;
      let t: boolean;
      switch (ins.imm & 7) {
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
    commit(cpu, d);
  };
}

/** ucomiss/ucomisd/comiss/comisd: ZF,PF,CF from the comparison; OF,SF,AF cleared. */
export function floatCompareFlags(double: boolean): Handler {
  return (cpu: Cpu, ins: Insn): void => {
    loadSource(cpu, ins, double ? 8 : 4, false);
    const x = xmmViews(cpu);
    const a = double ? x.f64[ins.reg * 2] : x.f32[ins.reg * 4];
    const b = double ? S.f64[0] : S.f32[0];
    let f = 0;
    if (a !== a || b !== b) f = ZF | PF | CF;
    else if (a < b) f = CF;
    else if (a === b) f = ZF;
    setArithFlags(cpu, f);
  };
}

/** Rounds per MXCSR.RC (0 nearest-even, 1 down, 2 up, 3 toward zero). */
export function roundMxcsr(cpu: Cpu, v: number): number {
  switch ((cpu.mxcsr >> 13) & 3) {
    case 0: {
      const r = Math.round(v);
      return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r;
    }
    case 1: return Math.floor(v);
    case 2: return Math.ceil(v);
    default: return Math.trunc(v);
  }
}

/** cvt(t)ss2si / cvt(t)sd2si → r32/r64; out of range or NaN gives the "integer indefinite" value. */
export function floatToInt(double: boolean, truncate: boolean): Handler {
  return (cpu: Cpu, ins: Insn): void => {
    loadSource(cpu, ins, double ? 8 : 4, false);
    const v = double ? S.f64[0] : S.f32[0];
    const r = truncate ? Math.trunc(v) : roundMxcsr(cpu, v);
    if (ins.size === 64) {
      if (!(r >= -9223372036854775808 && r < 9223372036854775808)) { cpu.set64(ins.reg, 0, 0x80000000 | 0); return; }
      const big = BigInt(r);
      cpu.set64(ins.reg, Number(BigInt.asIntN(32, big)), Number(BigInt.asIntN(32, big >> 32n)));
    } else {
      if (!(r >= -2147483648 && r < 2147483648)) { cpu.setReg(32, ins.reg, 0x80000000 | 0, 0); return; }
      cpu.setReg(32, ins.reg, r | 0, 0);
    }
  };
}

/** cvtsi2ss / cvtsi2sd from r/m32 or r/m64. */
export function intToFloat(double: boolean): Handler {
  return (cpu: Cpu, ins: Insn): void => {
    checkSse(cpu);
    const lo = ins.rm >= 0 ? cpu.getReg(ins.size, ins.rm) : cpu.readMem(ins.size, cpu.ea(ins));
    const v = ins.size === 64 ? cpu.hi * 4294967296 + (lo >>> 0) : lo | 0;
    const x = xmmViews(cpu);
    if (double) {
      const [l, h] = f64Bits(v);
      x.i32[ins.reg * 4] = l; x.i32[ins.reg * 4 + 1] = h;
    } else {
      x.i32[ins.reg * 4] = f32Bits(Math.fround(v));
    }
  };
}

/** Conversions between packed/scalar formats; `kind` picks which. */
export function convert(kind: 'ss2sd' | 'sd2ss' | 'ps2pd' | 'pd2ps' | 'dq2ps' | 'ps2dq' | 'tps2dq' | 'dq2pd' | 'tpd2dq' | 'pd2dq'): Handler {
  return (cpu: Cpu, ins: Insn): void => {
    const srcBytes = kind === 'ss2sd' ? 4 : kind === 'sd2ss' || kind === 'ps2pd' || kind === 'dq2pd' ? 8 : 16;
    loadSource(cpu, ins, srcBytes, srcBytes === 16);
    const x = xmmViews(cpu);
    const d = ins.reg;
    R.i32.set(x.i32.subarray(d * 4, d * 4 + 4));
    const toInt = (v: number, trunc: boolean): number => {
      const r = trunc ? Math.trunc(v) : roundMxcsr(cpu, v);
      return r >= -2147483648 && r < 2147483648 ? r | 0 : 0x80000000 | 0;
    };
    const setF64 = (i: number, v: number): void => { const [l, h] = f64Bits(v); R.i32[2 * i] = l; R.i32[2 * i + 1] = h; };
    // Widening/narrowing keeps a NaN's sign and top payload bits (quieted).
    const widen = (i: number, bits: number): void => {
      if ((bits & 0x7f800000) === 0x7f800000 && (bits & 0x7fffff) !== 0) {
        R.i32[2 * i] = (bits & 7) << 29;
        R.i32[2 * i + 1] = (bits & 0x80000000) | 0x7ff80000 | ((bits & 0x7fffff) >>> 3);
      } else setF64(i, S.f32[i]);
    };
    const narrow = (lo: number, hi: number, v: number): number =>
      (hi & 0x7ff00000) === 0x7ff00000 && ((hi & 0xfffff) !== 0 || lo !== 0)
        ? (hi & 0x80000000) | 0x7fc00000 | ((hi & 0xfffff) << 3) | (lo >>> 29)
        : f32Bits(Math.fround(v));
    switch (kind) {
      case 'ss2sd': widen(0, S.i32[0]); break;
      case 'sd2ss': R.i32[0] = narrow(S.i32[0], S.i32[1], S.f64[0]); break;
      case 'ps2pd': widen(0, S.i32[0]); widen(1, S.i32[1]); break;
      case 'pd2ps': R.i32[0] = narrow(S.i32[0], S.i32[1], S.f64[0]); R.i32[1] = narrow(S.i32[2], S.i32[3], S.f64[1]); R.i32[2] = R.i32[3] = 0; break;
      case 'dq2ps': for (let i = 0; i < 4; i++) R.i32[i] = f32Bits(Math.fround(S.i32[i])); break;
      case 'ps2dq': case 'tps2dq': for (let i = 0; i < 4; i++) R.i32[i] = toInt(S.f32[i], kind === 'tps2dq'); break;
      case 'dq2pd': setF64(0, S.i32[0]); setF64(1, S.i32[1]); break;
      default: R.i32[0] = toInt(S.f64[0], kind === 'tpd2dq'); R.i32[1] = toInt(S.f64[1], kind === 'tpd2dq'); R.i32[2] = R.i32[3] = 0;
    }
    commit(cpu, d);
  };
}

