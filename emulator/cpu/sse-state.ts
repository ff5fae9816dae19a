// Typed views over the XMM register file and a 16-byte source-operand
// scratch buffer shared by the SSE handlers.

import type { Cpu } from './cpu.js';
import type { Insn } from './insn.js';
import { GP, GuestFault } from './cpu.js';
import { checkSse } from './ops-system.js';

export interface LaneViews {
  u8: Uint8Array;
  i8: Int8Array;
  u16: Uint16Array;
  i16: Int16Array;
  i32: Int32Array;
  u32: Uint32Array;
  f32: Float32Array;
  f64: Float64Array;
}

function views(buffer: ArrayBuffer): LaneViews {
  return {
    u8: new Uint8Array(buffer), i8: new Int8Array(buffer), u16: new Uint16Array(buffer), i16: new Int16Array(buffer),
    i32: new Int32Array(buffer), u32: new Uint32Array(buffer), f32: new Float32Array(buffer), f64: new Float64Array(buffer),
  };
}

const registerViews = new WeakMap<Cpu, LaneViews>();
// Every SSE instruction asks: one machine runs at a time, so remember the last answer.
let lastCpu: Cpu | undefined;
let lastViews: LaneViews | undefined;

/** Views over all 16 XMM registers (register n starts at byte 16n). */
export function xmmViews(cpu: Cpu): LaneViews {
  if (cpu === lastCpu) return lastViews!;
  let v = registerViews.get(cpu);
  if (!v) {
    v = views(cpu.xmm.buffer as ArrayBuffer);
    registerViews.set(cpu, v);
  }
  lastCpu = cpu;
  lastViews = v;
  return v;
}

/** The source operand of the instruction being executed. */
export const S: LaneViews = views(new ArrayBuffer(16));
/** A second scratch register for results built from both operands. */
export const R: LaneViews = views(new ArrayBuffer(16));

/**
 * Loads the r/m operand (`bytes` = 4, 8 or 16) into S. Register sources are
 * copied whole; memory sources fill the low bytes and zero the rest.
 * Legacy-SSE packed memory operands must be 16-byte aligned (#GP otherwise).
 */
export function loadSource(cpu: Cpu, ins: Insn, bytes: number, aligned: boolean): void {
  checkSse(cpu);
  const s = S.i32;
  if (ins.rm >= 0) {
    const x = cpu.xmm, o = ins.rm * 4;
    s[0] = x[o]; s[1] = x[o + 1]; s[2] = x[o + 2]; s[3] = x[o + 3];
    return;
  }
  const addr = cpu.ea(ins);
  if (aligned && bytes === 16 && (addr & 15) !== 0) throw new GuestFault(GP, 0);
  if (bytes === 4) { s[0] = cpu.read32(addr); s[1] = s[2] = s[3] = 0; return; }
  s[0] = cpu.read64(addr); s[1] = cpu.hi;
  if (bytes === 8) { s[2] = s[3] = 0; return; }
  s[2] = cpu.read64(addr + 8); s[3] = cpu.hi;
}

/** Stores `bytes` of XMM register `reg` to the r/m operand (memory or register). */
export function storeXmm(cpu: Cpu, ins: Insn, reg: number, bytes: number, aligned: boolean): void {
  checkSse(cpu);
  const x = cpu.xmm, o = reg * 4;
  if (ins.rm >= 0) {
    const d = ins.rm * 4;
    x[d] = x[o];
    if (bytes >= 8) x[d + 1] = x[o + 1];
    if (bytes === 16) { x[d + 2] = x[o + 2]; x[d + 3] = x[o + 3]; }
    return;
  }
  const addr = cpu.ea(ins);
  if (aligned && bytes === 16 && (addr & 15) !== 0) throw new GuestFault(GP, 0);
  if (bytes === 4) { cpu.write32(addr, x[o]); return; }
  if (bytes === 16) {
    // Check both halves are writable before storing either.
    cpu.write64(addr + 8, x[o + 2], x[o + 3]);
  }
  cpu.write64(addr, x[o], x[o + 1]);
}

/** Copies R into XMM register `reg`. */
export function commit(cpu: Cpu, reg: number): void {
  const x = cpu.xmm, o = reg * 4, r = R.i32;
  x[o] = r[0]; x[o + 1] = r[1]; x[o + 2] = r[2]; x[o + 3] = r[3];
}
