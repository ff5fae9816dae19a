// SSE/SSE2 moves, bitwise logic, packed integer arithmetic, shuffles and
// shifts.

import type { Handler, Insn } from './insn.js';
import type { Cpu } from './cpu.js';
import { checkSse } from './ops-system.js';
import { commit, LaneViews, loadSource, R, S, storeXmm, xmmViews } from './sse-state.js';

// ---- moves -------------------------------------------------------------------

/** Full 128-bit load (movaps/movapd/movdqa aligned; movups/movupd/movdqu not). */
export function loadAligned(cpu: Cpu, ins: Insn): void { loadSource(cpu, ins, 16, true); S_to(cpu, ins.reg); }
export function loadUnaligned(cpu: Cpu, ins: Insn): void { loadSource(cpu, ins, 16, false); S_to(cpu, ins.reg); }
export function storeAligned(cpu: Cpu, ins: Insn): void { storeXmm(cpu, ins, ins.reg, 16, true); }
export function storeUnaligned(cpu: Cpu, ins: Insn): void { storeXmm(cpu, ins, ins.reg, 16, false); }

function S_to(cpu: Cpu, reg: number): void {
  const x = cpu.xmm, o = reg * 4, s = S.i32;
  x[o] = s[0]; x[o + 1] = s[1]; x[o + 2] = s[2]; x[o + 3] = s[3];
}

/** movss/movsd load: from memory zero the rest; between registers merge the low lane. */
export function moveScalarLoad(bytes: number): Handler {
  return (cpu: Cpu, ins: Insn): void => {
    loadSource(cpu, ins, bytes, false);
    const x = cpu.xmm, o = ins.reg * 4;
    x[o] = S.i32[0];
    if (bytes === 8) x[o + 1] = S.i32[1];
    if (ins.rm < 0) {
      if (bytes === 4) x[o + 1] = 0;
      x[o + 2] = 0; x[o + 3] = 0;
    }
  };
}

export function moveScalarStore(bytes: number): Handler {
  return (cpu: Cpu, ins: Insn): void => storeXmm(cpu, ins, ins.reg, bytes, false);
}

/** movq xmm/m64 → xmm (F3 0F 7E): zero-extends to 128 bits. */
export function movqLoad(cpu: Cpu, ins: Insn): void {
  loadSource(cpu, ins, 8, false);
  const x = cpu.xmm, o = ins.reg * 4;
  x[o] = S.i32[0]; x[o + 1] = S.i32[1]; x[o + 2] = 0; x[o + 3] = 0;
}

/** movq xmm → xmm/m64 (66 0F D6): a register destination is zero-extended. */
export function movqStore(cpu: Cpu, ins: Insn): void {
  checkSse(cpu);
  const x = cpu.xmm, o = ins.reg * 4;
  if (ins.rm >= 0) {
    const d = ins.rm * 4;
    x[d] = x[o]; x[d + 1] = x[o + 1]; x[d + 2] = 0; x[d + 3] = 0;
  } else cpu.write64(cpu.ea(ins), x[o], x[o + 1]);
}

/** movd/movq r/m32|64 → xmm (66 0F 6E). */
export function movdToXmm(cpu: Cpu, ins: Insn): void {
  checkSse(cpu);
  const lo = ins.rm >= 0 ? cpu.getReg(ins.size, ins.rm) : cpu.readMem(ins.size, cpu.ea(ins));
  const x = cpu.xmm, o = ins.reg * 4;
  x[o] = lo; x[o + 1] = ins.size === 64 ? cpu.hi : 0; x[o + 2] = 0; x[o + 3] = 0;
}

/** movd/movq xmm → r/m32|64 (66 0F 7E). */
export function movdFromXmm(cpu: Cpu, ins: Insn): void {
  checkSse(cpu);
  const x = cpu.xmm, o = ins.reg * 4;
  if (ins.rm >= 0) cpu.setReg(ins.size, ins.rm, x[o], x[o + 1]);
  else cpu.writeMem(ins.size, cpu.ea(ins), x[o], x[o + 1]);
}

/** movlps/movlpd/movhps/movhpd loads (memory) and movhlps/movlhps (registers). */
export function moveHalf(toHigh: boolean): Handler {
  return (cpu: Cpu, ins: Insn): void => {
    loadSource(cpu, ins, ins.rm >= 0 ? 16 : 8, false);
    const x = cpu.xmm, o = ins.reg * 4;
    // Register forms: movhlps takes the source's high half, movlhps its low half.
    const from = ins.rm >= 0 && !toHigh ? 2 : 0;
    const to = toHigh ? 2 : 0;
    x[o + to] = S.i32[from]; x[o + to + 1] = S.i32[from + 1];
  };
}

/** movlps/movhps stores of the low or high 64 bits. */
export function storeHalf(high: boolean): Handler {
  return (cpu: Cpu, ins: Insn): void => {
    checkSse(cpu);
    const x = cpu.xmm, o = ins.reg * 4 + (high ? 2 : 0);
    cpu.write64(cpu.ea(ins), x[o], x[o + 1]);
  };
}

/** movnti r32/r64 → m. */
export function movnti(cpu: Cpu, ins: Insn): void {
  const v = cpu.getReg(ins.size, ins.reg);
  cpu.writeMem(ins.size, cpu.ea(ins), v, cpu.hi);
}

// ---- bitwise ---------------------------------------------------------------------

export function bitwise(op: 'and' | 'andn' | 'or' | 'xor'): Handler {
  return (cpu: Cpu, ins: Insn): void => {
    loadSource(cpu, ins, 16, true);
    const x = cpu.xmm, o = ins.reg * 4, s = S.i32;
    for (let i = 0; i < 4; i++) {
      const a = x[o + i], b = s[i];
      x[o + i] = op === 'and' ? a & b : op === 'andn' ? ~a & b : op === 'or' ? a | b : a ^ b;
    }
  };
}

// ---- packed integer lanes ------------------------------------------------------------

type LaneKey = 'u8' | 'i8' | 'u16' | 'i16' | 'i32' | 'u32';

/** Applies f(a, b) to every lane of the given view type; results are stored through the same view. */
export function lanes(key: LaneKey, f: (a: number, b: number) => number): Handler {
  const width = key === 'u8' || key === 'i8' ? 1 : key === 'u16' || key === 'i16' ? 2 : 4;
  const count = 16 / width;
  return (cpu: Cpu, ins: Insn): void => {
    loadSource(cpu, ins, 16, true);
    const d: LaneViews[LaneKey] = xmmViews(cpu)[key];
    const s = S[key];
    const base = ins.reg * count;
    for (let i = 0; i < count; i++) d[base + i] = f(d[base + i], s[i]);
  };
}

export const sat8s = (v: number): number => (v > 127 ? 127 : v < -128 ? -128 : v);
export const sat8u = (v: number): number => (v > 255 ? 255 : v < 0 ? 0 : v);
export const sat16s = (v: number): number => (v > 32767 ? 32767 : v < -32768 ? -32768 : v);
export const sat16u = (v: number): number => (v > 65535 ? 65535 : v < 0 ? 0 : v);

/** paddq / psubq on 64-bit lanes. */
export function lanes64(subtract: boolean): Handler {
  return (cpu: Cpu, ins: Insn): void => {
    loadSource(cpu, ins, 16, true);
    const x = cpu.xmm, o = ins.reg * 4, s = S.i32;
    for (let i = 0; i < 4; i += 2) {
      const lo = subtract ? (x[o + i] >>> 0) - (s[i] >>> 0) : (x[o + i] >>> 0) + (s[i] >>> 0);
      const carry = subtract ? (lo < 0 ? -1 : 0) : lo > 0xffffffff ? 1 : 0;
      x[o + i + 1] = (subtract ? x[o + i + 1] - s[i + 1] : x[o + i + 1] + s[i + 1]) + carry;
      x[o + i] = lo | 0;
    }
  };
}

/** pmuludq: unsigned 32x32 → 64 of lanes 0 and 2. */
export function pmuludq(cpu: Cpu, ins: Insn): void {
  loadSource(cpu, ins, 16, true);
  const x = cpu.xmm, o = ins.reg * 4;
  for (let i = 0; i < 4; i += 2) {
    const big = BigInt(x[o + i] >>> 0) * BigInt(S.i32[i] >>> 0);
    x[o + i] = Number(BigInt.asIntN(32, big));
    x[o + i + 1] = Number(BigInt.asIntN(32, big >> 32n));
  }
}

/** pmaddwd: pairs of signed 16-bit products summed into 32-bit lanes. */
export function pmaddwd(cpu: Cpu, ins: Insn): void {
  loadSource(cpu, ins, 16, true);
  const x = xmmViews(cpu), base = ins.reg * 8;
  for (let i = 0; i < 4; i++) {
    R.i32[i] = (x.i16[base + 2 * i] * S.i16[2 * i] + x.i16[base + 2 * i + 1] * S.i16[2 * i + 1]) | 0;
  }
  commit(cpu, ins.reg);
}

/** psadbw: sums of absolute byte differences per 64-bit half. */
export function psadbw(cpu: Cpu, ins: Insn): void {
  loadSource(cpu, ins, 16, true);
  const x = xmmViews(cpu), base = ins.reg * 16;
  R.i32.fill(0);
  for (let h = 0; h < 2; h++) {
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Math.abs(x.u8[base + 8 * h + i] - S.u8[8 * h + i]);
    R.i32[2 * h] = sum;
  }
  commit(cpu, ins.reg);
}

/** pmovmskb: the top bit of each byte into a GPR. */
export function pmovmskb(cpu: Cpu, ins: Insn): void {
  checkSse(cpu);
  const x = xmmViews(cpu), base = ins.rm * 16;
  let m = 0;
  for (let i = 0; i < 16; i++) m |= (x.u8[base + i] >> 7) << i;
  cpu.setReg(ins.size === 64 ? 64 : 32, ins.reg, m, 0);
}

/** movmskps/movmskpd: sign bits of the float lanes into a GPR. */
export function movmsk(double: boolean): Handler {
  return (cpu: Cpu, ins: Insn): void => {
    checkSse(cpu);
    const x = cpu.xmm, o = ins.rm * 4;
    const m = double ? (x[o + 1] >>> 31) | ((x[o + 3] >>> 31) << 1)
      : (x[o] >>> 31) | ((x[o + 1] >>> 31) << 1) | ((x[o + 2] >>> 31) << 2) | ((x[o + 3] >>> 31) << 3);
    cpu.setReg(ins.size === 64 ? 64 : 32, ins.reg, m, 0);
  };
}

// ---- shuffles, unpacks, packs ------------------------------------------------------------

export function pshufd(cpu: Cpu, ins: Insn): void {
  loadSource(cpu, ins, 16, true);
  for (let i = 0; i < 4; i++) R.i32[i] = S.i32[(ins.imm >> (2 * i)) & 3];
  commit(cpu, ins.reg);
}

/** pshuflw (high = false) / pshufhw (high = true). */
export function pshufw(high: boolean): Handler {
  return (cpu: Cpu, ins: Insn): void => {
    loadSource(cpu, ins, 16, true);
    R.i32.set(S.i32);
    const off = high ? 4 : 0;
    for (let i = 0; i < 4; i++) R.u16[off + i] = S.u16[off + ((ins.imm >> (2 * i)) & 3)];
    commit(cpu, ins.reg);
  };
}

export function shufps(cpu: Cpu, ins: Insn): void {
  loadSource(cpu, ins, 16, true);
  const x = cpu.xmm, o = ins.reg * 4, m = ins.imm;
  R.i32[0] = x[o + (m & 3)]; R.i32[1] = x[o + ((m >> 2) & 3)];
  R.i32[2] = S.i32[(m >> 4) & 3]; R.i32[3] = S.i32[(m >> 6) & 3];
  commit(cpu, ins.reg);
}

export function shufpd(cpu: Cpu, ins: Insn): void {
  loadSource(cpu, ins, 16, true);
  const x = cpu.xmm, o = ins.reg * 4, m = ins.imm;
  const a = (m & 1) * 2, b = ((m >> 1) & 1) * 2;
  R.i32[0] = x[o + a]; R.i32[1] = x[o + a + 1]; R.i32[2] = S.i32[b]; R.i32[3] = S.i32[b + 1];
  commit(cpu, ins.reg);
}

/** punpckl/h{bw,wd,dq,qdq} and unpckl/hps/pd: interleave the low or high halves. */
export function unpack(width: number, high: boolean): Handler {
  return (cpu: Cpu, ins: Insn): void => {
    loadSource(cpu, ins, 16, true);
    const x = xmmViews(cpu), base = ins.reg * 16;
    const half = high ? 8 : 0;
    for (let i = 0; i < 8 / width; i++) {
      for (let k = 0; k < width; k++) {
        R.u8[2 * i * width + k] = x.u8[base + half + i * width + k];
        R.u8[(2 * i + 1) * width + k] = S.u8[half + i * width + k];
      }
    }
    commit(cpu, ins.reg);
  };
}

/** packsswb / packuswb (from 16-bit lanes) and packssdw (from 32-bit lanes). */
export function pack(kind: 'sswb' | 'uswb' | 'ssdw'): Handler {
  return (cpu: Cpu, ins: Insn): void => {
    loadSource(cpu, ins, 16, true);
    const x = xmmViews(cpu);
    if (kind === 'ssdw') {
      for (let i = 0; i < 4; i++) { R.i16[i] = sat16s(x.i32[ins.reg * 4 + i]); R.i16[4 + i] = sat16s(S.i32[i]); }
    } else {
      const sat = kind === 'sswb' ? sat8s : sat8u;
      for (let i = 0; i < 8; i++) {
        const a = sat(x.i16[ins.reg * 8 + i]), b = sat(S.i16[i]);
        R.u8[i] = a & 0xff; R.u8[8 + i] = b & 0xff;
      }
    }
    commit(cpu, ins.reg);
  };
}

export function pinsrw(cpu: Cpu, ins: Insn): void {
  checkSse(cpu);
  const v = ins.rm >= 0 ? cpu.getReg(16, ins.rm) : cpu.read16(cpu.ea(ins));
  xmmViews(cpu).u16[ins.reg * 8 + (ins.imm & 7)] = v;
}

export function pextrw(cpu: Cpu, ins: Insn): void {
  checkSse(cpu);
  cpu.setReg(32, ins.reg, xmmViews(cpu).u16[ins.rm * 8 + (ins.imm & 7)], 0);
}

// ---- shifts --------------------------------------------------------------------------------

/** Packed shift of register `reg` by `count`; kind 'l' logical left, 'r' logical right, 'a' arithmetic right. */
function shiftLanes(cpu: Cpu, reg: number, width: number, kind: 'l' | 'r' | 'a', count: number): void {
  const x = xmmViews(cpu);
  const bits = width * 8;
  if (width === 8) {
    const o = reg * 4, xi = cpu.xmm;
    for (let i = 0; i < 4; i += 2) {
      const v = (BigInt(xi[o + i + 1] >>> 0) << 32n) | BigInt(xi[o + i] >>> 0);
      const r = count >= 64 ? 0n : kind === 'l' ? BigInt.asUintN(64, v << BigInt(count)) : v >> BigInt(count);
      xi[o + i] = Number(BigInt.asIntN(32, r)); xi[o + i + 1] = Number(BigInt.asIntN(32, r >> 32n));
    }
    return;
  }
  const view = width === 2 ? (kind === 'a' ? x.i16 : x.u16) : (kind === 'a' ? x.i32 : x.u32);
  const n = 16 / width, base = reg * n;
  for (let i = 0; i < n; i++) {
    const v = view[base + i];
    if (kind === 'a') view[base + i] = count >= bits ? (v < 0 ? -1 : 0) : v >> count;
    else if (count >= bits) view[base + i] = 0;
    else view[base + i] = kind === 'l' ? v << count : v >>> count;
  }
}

/** Shifts by an immediate (66 0F 71/72/73 groups); the register operand is ModRM.rm. */
export function shiftImm(width: number, kind: 'l' | 'r' | 'a'): Handler {
  return (cpu: Cpu, ins: Insn): void => {
    checkSse(cpu);
    shiftLanes(cpu, ins.rm, width, kind, ins.imm & 0xff);
  };
}

/** Shifts by the low 64 bits of an XMM/m128 operand. */
export function shiftXmm(width: number, kind: 'l' | 'r' | 'a'): Handler {
  return (cpu: Cpu, ins: Insn): void => {
    loadSource(cpu, ins, 16, true);
    const count = S.u32[1] !== 0 ? 255 : Math.min(S.u32[0], 255);
    shiftLanes(cpu, ins.reg, width, kind, count);
  };
}

/** pslldq / psrldq: whole-register byte shifts. */
export function byteShift(left: boolean): Handler {
  return (cpu: Cpu, ins: Insn): void => {
    checkSse(cpu);
    const x = xmmViews(cpu), base = ins.rm * 16, n = Math.min(ins.imm & 0xff, 16);
    for (let i = 0; i < 16; i++) {
      const from = left ? i - n : i + n;
      R.u8[i] = from >= 0 && from < 16 ? x.u8[base + from] : 0;
    }
    commit(cpu, ins.rm);
  };
}
