// String instructions (movs, stos, lods, cmps, scas) with REP prefixes.
// REP forms run to completion inside one instruction; RSI/RDI/RCX are
// updated as they go, so a fault in the middle leaves a restartable state.
// The common kernel cases (rep movs / rep stos forward) move whole
// page-sized chunks at a time.

import type { Insn } from './insn.js';
import { ACC_READ, ACC_WRITE, Cpu, DF, GP, GuestFault, RAX, RCX, RDI, RSI } from './cpu.js';
import { alu, ALU_CMP } from './arith.js';
import { condition } from './flags.js';

function indexReg(cpu: Cpu, ins: Insn, r: number): number {
  return ins.addr32 ? cpu.regs[2 * r] >>> 0 : cpu.addr64(r);
}

function setIndexReg(cpu: Cpu, ins: Insn, r: number, v: number): void {
  if (ins.addr32) cpu.setReg(32, r, v | 0, 0);
  else cpu.setAddrReg(r, v);
}

/** RCX as an unsigned count (64-bit counts beyond 2^53 never finish anyway). */
function count(cpu: Cpu, ins: Insn): number {
  if (ins.addr32) return cpu.regs[2] >>> 0;
  return (cpu.regs[3] >>> 0) * 4294967296 + (cpu.regs[2] >>> 0);
}

/**
 * A REP instruction does at most this many elements (or page chunks) per
 * execution, then re-executes itself (RIP stays on it), so interrupts and the
 * instruction limit are honoured during huge copies, as on real CPUs.
 */
const REP_STEP = 4096;

function resumeLater(cpu: Cpu): void {
  cpu.nextRip = cpu.rip;
}

function sourceAddr(cpu: Cpu, ins: Insn): number {
  let a = indexReg(cpu, ins, RSI);
  if (ins.seg !== 0) a += ins.seg === 4 ? cpu.fsBase : cpu.gsBase;
  return cpu.canonical(a);
}

function step(cpu: Cpu, ins: Insn): number {
  return (cpu.rflags & DF) !== 0 ? -(ins.size >> 3) : ins.size >> 3;
}

export function movs(cpu: Cpu, ins: Insn): void {
  const delta = step(cpu, ins);
  if (ins.rep === 0) {
    const v = cpu.readMem(ins.size, sourceAddr(cpu, ins));
    cpu.writeMem(ins.size, cpu.canonical(indexReg(cpu, ins, RDI)), v, cpu.hi);
    setIndexReg(cpu, ins, RSI, indexReg(cpu, ins, RSI) + delta);
    setIndexReg(cpu, ins, RDI, indexReg(cpu, ins, RDI) + delta);
    return;
  }
  let n = count(cpu, ins);
  for (let steps = 0; n > 0; steps++) {
    if (steps === REP_STEP) { resumeLater(cpu); return; }
    if (delta > 0 && ins.seg === 0 && !ins.addr32) {
      const done = movsChunk(cpu, ins.size >> 3, n);
      if (done > 0) { n -= done; continue; }
    }
    const v = cpu.readMem(ins.size, sourceAddr(cpu, ins));
    cpu.writeMem(ins.size, cpu.canonical(indexReg(cpu, ins, RDI)), v, cpu.hi);
    setIndexReg(cpu, ins, RSI, indexReg(cpu, ins, RSI) + delta);
    setIndexReg(cpu, ins, RDI, indexReg(cpu, ins, RDI) + delta);
    n--;
    setIndexReg(cpu, ins, RCX, n);
  }
}

/** Copies as many whole elements as fit in the current source and destination pages. */
function movsChunk(cpu: Cpu, esize: number, n: number): number {
  const src = cpu.canonical(cpu.addr64(RSI));
  const dst = cpu.canonical(cpu.addr64(RDI));
  const room = Math.min(4096 - (src & 0xfff), 4096 - (dst & 0xfff));
  const elems = Math.min(n, Math.floor(room / esize));
  if (elems === 0) return 0;
  const bytes = elems * esize;
  const ps = cpu.translate(src, ACC_READ, cpu.cpl === 3);
  const pd = cpu.translate(dst, ACC_WRITE, cpu.cpl === 3);
  if (pd > ps && pd < ps + bytes) return 0; // forward overlap: needs element-by-element semantics
  cpu.bytes.copyWithin(pd, ps, ps + bytes);
  cpu.setAddrReg(RSI, src + bytes);
  cpu.setAddrReg(RDI, dst + bytes);
  cpu.setAddrReg(RCX, n - elems);
  return elems;
}

export function stos(cpu: Cpu, ins: Insn): void {
  const delta = step(cpu, ins);
  const v = cpu.getReg(ins.size, RAX), vHi = cpu.hi;
  if (ins.rep === 0) {
    cpu.writeMem(ins.size, cpu.canonical(indexReg(cpu, ins, RDI)), v, vHi);
    setIndexReg(cpu, ins, RDI, indexReg(cpu, ins, RDI) + delta);
    return;
  }
  let n = count(cpu, ins);
  for (let steps = 0; n > 0; steps++) {
    if (steps === REP_STEP) { resumeLater(cpu); return; }
    if (delta > 0 && !ins.addr32) {
      const done = stosChunk(cpu, ins.size >> 3, n, v, vHi);
      if (done > 0) { n -= done; continue; }
    }
    cpu.writeMem(ins.size, cpu.canonical(indexReg(cpu, ins, RDI)), v, vHi);
    setIndexReg(cpu, ins, RDI, indexReg(cpu, ins, RDI) + delta);
    n--;
    setIndexReg(cpu, ins, RCX, n);
  }
}

function stosChunk(cpu: Cpu, esize: number, n: number, v: number, vHi: number): number {
  const dst = cpu.canonical(cpu.addr64(RDI));
  const elems = Math.min(n, Math.floor((4096 - (dst & 0xfff)) / esize));
  if (elems === 0) return 0;
  const pd = cpu.translate(dst, ACC_WRITE, cpu.cpl === 3);
  const bytes = elems * esize;
  if (esize === 1) {
    cpu.bytes.fill(v & 0xff, pd, pd + bytes);
  } else {
    const view = cpu.view;
    for (let i = 0; i < bytes; i += esize) {
      if (esize === 2) view.setUint16(pd + i, v & 0xffff, true);
      else {
        view.setInt32(pd + i, v, true);
        if (esize === 8) view.setInt32(pd + i + 4, vHi, true);
      }
    }
  }
  cpu.setAddrReg(RDI, dst + bytes);
  cpu.setAddrReg(RCX, n - elems);
  return elems;
}

export function lods(cpu: Cpu, ins: Insn): void {
  const delta = step(cpu, ins);
  let n = ins.rep === 0 ? 1 : count(cpu, ins);
  for (let steps = 0; n > 0; steps++) {
    if (steps === REP_STEP) { resumeLater(cpu); return; }
    const v = cpu.readMem(ins.size, sourceAddr(cpu, ins));
    cpu.setReg(ins.size, RAX, v, cpu.hi);
    setIndexReg(cpu, ins, RSI, indexReg(cpu, ins, RSI) + delta);
    n--;
    if (ins.rep !== 0) setIndexReg(cpu, ins, RCX, n);
  }
}

/** cmps / scas: REPE (F3) stops on a difference, REPNE (F2) on equality. */
function compareLoop(cpu: Cpu, ins: Insn, withSource: boolean): void {
  const delta = step(cpu, ins);
  let n = ins.rep === 0 ? 1 : count(cpu, ins);
  for (let steps = 0; n > 0; steps++) {
    if (steps === REP_STEP) { resumeLater(cpu); return; }
    let a: number, aHi: number;
    if (withSource) { a = cpu.readMem(ins.size, sourceAddr(cpu, ins)); aHi = cpu.hi; }
    else { a = cpu.getReg(ins.size, RAX); aHi = cpu.hi; }
    const b = cpu.readMem(ins.size, cpu.canonical(indexReg(cpu, ins, RDI)));
    alu(cpu, ALU_CMP, ins.size, a, aHi, b, cpu.hi);
    if (withSource) setIndexReg(cpu, ins, RSI, indexReg(cpu, ins, RSI) + delta);
    setIndexReg(cpu, ins, RDI, indexReg(cpu, ins, RDI) + delta);
    n--;
    if (ins.rep === 0) return;
    setIndexReg(cpu, ins, RCX, n);
    const equal = condition(cpu, 4);
    if (ins.rep === 0xf3 ? !equal : equal) return;
  }
}

export function cmps(cpu: Cpu, ins: Insn): void {
  compareLoop(cpu, ins, true);
}

export function scas(cpu: Cpu, ins: Insn): void {
  compareLoop(cpu, ins, false);
}

/** ins (0x6C/0x6D): port DX → [RDI]. */
export function ins(cpu: Cpu, ins: Insn): void {
  if (cpu.cpl > ((cpu.rflags >> 12) & 3)) throw new GuestFault(GP, 0);
  const delta = step(cpu, ins);
  let n = ins.rep === 0 ? 1 : count(cpu, ins);
  for (let steps = 0; n > 0; steps++) {
    if (steps === REP_STEP) { resumeLater(cpu); return; }
    const v = cpu.io.portIn(cpu.regs[4] & 0xffff, ins.size);
    cpu.writeMem(ins.size, cpu.canonical(indexReg(cpu, ins, RDI)), v, 0);
    setIndexReg(cpu, ins, RDI, indexReg(cpu, ins, RDI) + delta);
    n--;
    if (ins.rep !== 0) setIndexReg(cpu, ins, RCX, n);
  }
}

/** outs (0x6E/0x6F): [RSI] → port DX. */
export function outs(cpu: Cpu, ins: Insn): void {
  if (cpu.cpl > ((cpu.rflags >> 12) & 3)) throw new GuestFault(GP, 0);
  const delta = step(cpu, ins);
  let n = ins.rep === 0 ? 1 : count(cpu, ins);
  for (let steps = 0; n > 0; steps++) {
    if (steps === REP_STEP) { resumeLater(cpu); return; }
    const v = cpu.readMem(ins.size, sourceAddr(cpu, ins));
    cpu.io.portOut(cpu.regs[4] & 0xffff, ins.size, ins.size === 32 ? v >>> 0 : v);
    setIndexReg(cpu, ins, RSI, indexReg(cpu, ins, RSI) + delta);
    n--;
    if (ins.rep !== 0) setIndexReg(cpu, ins, RCX, n);
  }
}

/** xlat (0xD7): AL = [RBX + AL]. */
export function xlat(cpu: Cpu, ins: Insn): void {
  let addr = (ins.addr32 ? cpu.regs[6] >>> 0 : cpu.addr64(3)) + (cpu.regs[0] & 0xff);
  if (ins.seg !== 0) addr += ins.seg === 4 ? cpu.fsBase : cpu.gsBase;
  cpu.setReg(8, 0, cpu.read8(cpu.canonical(addr)), 0);
}
