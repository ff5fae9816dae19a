// System instructions: privileged state, port I/O, interrupts, SYSCALL/SYSRET,
// MSRs, CPUID, descriptor tables, FXSAVE/FXRSTOR.

import type { Insn } from './insn.js';
import {
  AC, CR0_EM, CR0_PG, CR0_TS, CR0_WP, CR4_OSFXSR, CR4_TSD, Cpu, EFER_LMA, EFER_LME, EFER_NXE, EFER_SCE,
  GP, GuestFault, IF, IOPL, NM, RAX, RCX, RDX, RF, UD,
} from './cpu.js';
import { materializeFlags } from './flags.js';
import { deliver, descriptorBase, interruptReturn, readDescriptor } from './interrupts.js';
import { cpuidLeaf } from './cpuid.js';

const TWO32 = 4294967296;

function requireCpl0(cpu: Cpu): void {
  if (cpu.cpl !== 0) throw new GuestFault(GP, 0);
}

function requireIopl(cpu: Cpu): void {
  if (cpu.cpl > ((cpu.rflags & IOPL) >> 12)) throw new GuestFault(GP, 0);
}

export function nop(): void {}
export function pause(): void {}

export function undefinedOpcode(cpu: Cpu, ins: Insn): void {
  if (cpu.warn && ins.sub !== 1 && !cpu.warned.has(ins.opcode)) {
    cpu.warned.add(ins.opcode);
    const op = ins.opcode > 0xff ? `0f ${(ins.opcode & 0xff).toString(16).padStart(2, '0')}` : ins.opcode.toString(16).padStart(2, '0');
    cpu.warn(`unimplemented opcode ${op} at RIP 0x${BigInt.asUintN(64, BigInt(cpu.rip)).toString(16)}`);
  }
  throw new GuestFault(UD);
}

export function generalProtection(): void {
  throw new GuestFault(GP, 0);
}

export function privilegedNop(cpu: Cpu): void {
  requireCpl0(cpu);
}

// ---- interrupts ------------------------------------------------------------------

export function cli(cpu: Cpu): void {
  requireIopl(cpu);
  cpu.rflags &= ~IF;
}

export function sti(cpu: Cpu): void {
  requireIopl(cpu);
  if ((cpu.rflags & IF) === 0) cpu.interruptShadow = true;
  cpu.rflags |= IF;
}

export function hlt(cpu: Cpu): void {
  requireCpl0(cpu);
  cpu.halted = true;
}

function softwareInterrupt(cpu: Cpu, vector: number): void {
  const faultingRip = cpu.rip;
  cpu.rip = cpu.nextRip; // INT n is a trap: the frame holds the next RIP
  try {
    deliver(cpu, vector, -1, 1);
  } catch (e) {
    cpu.rip = faultingRip;
    throw e;
  }
}

export function intN(cpu: Cpu, ins: Insn): void { softwareInterrupt(cpu, ins.imm); }
export function int3(cpu: Cpu): void { softwareInterrupt(cpu, 3); }
export function int1(cpu: Cpu): void { softwareInterrupt(cpu, 1); }

export function iret(cpu: Cpu, ins: Insn): void {
  interruptReturn(cpu, ins.size);
}

// ---- SYSCALL / SYSRET ---------------------------------------------------------------

export function syscall(cpu: Cpu): void {
  if ((cpu.efer & EFER_SCE) === 0) throw new GuestFault(UD);
  const next = cpu.nextRip;
  const hi = Math.floor(next / TWO32);
  cpu.set64(RCX, next - hi * TWO32, hi);
  const flags = materializeFlags(cpu) & ~RF;
  cpu.set64(11, flags, 0);
  cpu.rflags = (flags & ~cpu.fmask & ~RF) | 2;
  const cs = cpu.star[1] & 0xfffc;
  cpu.segSel[1] = cs;
  cpu.segSel[2] = (cs + 8) & 0xffff;
  cpu.setCpl(0);
  cpu.nextRip = cpu.lstar;
}

export function sysret(cpu: Cpu, ins: Insn): void {
  if ((cpu.efer & EFER_SCE) === 0) throw new GuestFault(UD);
  requireCpl0(cpu);
  const base = cpu.star[1] >>> 16;
  let target: number;
  if (ins.size === 64) {
    target = cpu.addr64(RCX);
    if (target < -0x800000000000 || target >= 0x800000000000) throw new GuestFault(GP, 0);
    cpu.segSel[1] = ((base + 16) | 3) & 0xffff;
  } else {
    target = cpu.regs[2] >>> 0;
    cpu.segSel[1] = base | 3;
  }
  cpu.segSel[2] = ((base + 8) | 3) & 0xffff;
  cpu.rflags = (cpu.regs[22] & 0x3c7fd7) | 2;
  cpu.lazyOp = 0;
  cpu.setCpl(3);
  cpu.nextRip = target;
}

export function swapgs(cpu: Cpu): void {
  requireCpl0(cpu);
  const g = cpu.gsBase;
  cpu.gsBase = cpu.kernelGsBase;
  cpu.kernelGsBase = g;
}

// ---- far transfers (used to reload CS after LGDT) -----------------------------------

export function farRet(cpu: Cpu, ins: Insn): void {
  const rspBefore = cpu.addr64(4);
  const bytes = ins.size === 64 ? 8 : 4;
  const read = (addr: number): number => bytes === 8 ? cpu.read64(cpu.stackAddr(addr)) : cpu.read32(cpu.stackAddr(addr));
  const ripLo = read(rspBefore);
  const ripHi = bytes === 8 ? cpu.hi : 0;
  const cs = read(rspBefore + bytes) & 0xffff;
  const target = bytes === 8 ? ripHi * TWO32 + (ripLo >>> 0) : ripLo >>> 0;
  loadCodeSegment(cpu, cs, target);
  let rsp = rspBefore + 2 * bytes + ins.imm;
  if ((cs & 3) > cpu.cpl) {
    const newRsp = read(rsp);
    const newRspHi = bytes === 8 ? cpu.hi : 0;
    const ss = read(rsp + bytes) & 0xffff;
    cpu.segSel[2] = ss;
    rsp = newRspHi * TWO32 + (newRsp >>> 0);
  }
  cpu.segSel[1] = cs;
  cpu.setCpl(cs & 3);
  cpu.setAddrReg(4, rsp);
  cpu.nextRip = target;
}

function loadCodeSegment(cpu: Cpu, cs: number, target: number): void {
  if ((cs & 0xfffc) === 0) throw new GuestFault(GP, 0);
  const d = readDescriptor(cpu, cs);
  if ((d.hi & 0x1800) !== 0x1800 || (cs & 3) < cpu.cpl) throw new GuestFault(GP, cs & 0xfffc);
  if (target < -0x800000000000 || target >= 0x800000000000) throw new GuestFault(GP, 0);
}

function farPointer(cpu: Cpu, ins: Insn): [number, number] {
  const addr = cpu.ea(ins);
  let target: number, cs: number;
  if (ins.size === 64) { const lo = cpu.read64(addr); target = cpu.hi * TWO32 + (lo >>> 0); cs = cpu.read16(addr + 8); }
  else if (ins.size === 32) { target = cpu.read32(addr) >>> 0; cs = cpu.read16(addr + 4); }
  else { target = cpu.read16(addr); cs = cpu.read16(addr + 2); }
  loadCodeSegment(cpu, cs, target);
  return [target, cs];
}

export function farJmpMem(cpu: Cpu, ins: Insn): void {
  const [target, cs] = farPointer(cpu, ins);
  cpu.segSel[1] = (cs & 0xfffc) | cpu.cpl;
  cpu.nextRip = target;
}

export function farCallMem(cpu: Cpu, ins: Insn): void {
  const [target, cs] = farPointer(cpu, ins);
  cpu.push64(cpu.segSel[1], 0);
  const next = cpu.nextRip;
  const hi = Math.floor(next / TWO32);
  cpu.push64(next - hi * TWO32, hi);
  cpu.segSel[1] = (cs & 0xfffc) | cpu.cpl;
  cpu.nextRip = target;
}

// ---- segment registers --------------------------------------------------------------

export function movRmSreg(cpu: Cpu, ins: Insn): void {
  if (ins.reg > 5) throw new GuestFault(UD);
  cpu.writeRM(ins, cpu.segSel[ins.reg], 0);
}

export function loadSegment(cpu: Cpu, seg: number, selector: number): void {
  if (seg === 1) throw new GuestFault(UD);
  let base = 0;
  if ((selector & 0xfffc) !== 0) {
    const d = readDescriptor(cpu, selector);
    if ((d.hi & 0x8000) === 0) throw new GuestFault(seg === 2 ? 12 : 11, selector & 0xfffc);
    if (seg === 2 && ((selector & 3) !== cpu.cpl || ((d.hi >> 13) & 3) !== cpu.cpl)) throw new GuestFault(GP, selector & 0xfffc);
    base = descriptorBase(d.lo, d.hi);
  } else if (seg === 2 && cpu.cpl === 3) {
    throw new GuestFault(GP, 0);
  }
  cpu.segSel[seg] = selector;
  if (seg === 4) cpu.fsBase = base;
  if (seg === 5) cpu.gsBase = base;
  if (seg === 2) cpu.interruptShadow = true;
}

export function movSregRm(cpu: Cpu, ins: Insn): void {
  if (ins.reg > 5) throw new GuestFault(UD);
  const sel = ins.rm >= 0 ? cpu.getReg(16, ins.rm) : cpu.read16(cpu.ea(ins));
  loadSegment(cpu, ins.reg, sel);
}

export function pushSeg(cpu: Cpu, ins: Insn): void {
  if (ins.size === 16) cpu.push16(cpu.segSel[ins.sub]);
  else cpu.push64(cpu.segSel[ins.sub], 0);
}

export function popSeg(cpu: Cpu, ins: Insn): void {
  const rsp = cpu.addr64(4);
  const sel = ins.size === 16 ? cpu.read16(cpu.stackAddr(rsp)) : cpu.read64(cpu.stackAddr(rsp)) & 0xffff;
  loadSegment(cpu, ins.sub, sel);
  cpu.setAddrReg(4, rsp + (ins.size === 16 ? 2 : 8));
}

// ---- descriptor tables ------------------------------------------------------------------

function readTableRegister(cpu: Cpu, ins: Insn): [number, number] {
  const addr = cpu.ea(ins);
  const limit = cpu.read16(addr);
  const lo = cpu.read64(addr + 2);
  return [limit, cpu.canonical(cpu.hi * TWO32 + (lo >>> 0))];
}

function writeTableRegister(cpu: Cpu, ins: Insn, limit: number, base: number): void {
  const addr = cpu.ea(ins);
  const hi = Math.floor(base / TWO32);
  cpu.write16(addr, limit);
  cpu.write64(addr + 2, base - hi * TWO32, hi);
}

export function lgdt(cpu: Cpu, ins: Insn): void {
  requireCpl0(cpu);
  [cpu.gdtLimit, cpu.gdtBase] = readTableRegister(cpu, ins);
}

export function lidt(cpu: Cpu, ins: Insn): void {
  requireCpl0(cpu);
  [cpu.idtLimit, cpu.idtBase] = readTableRegister(cpu, ins);
}

export function sgdt(cpu: Cpu, ins: Insn): void { writeTableRegister(cpu, ins, cpu.gdtLimit, cpu.gdtBase); }
export function sidt(cpu: Cpu, ins: Insn): void { writeTableRegister(cpu, ins, cpu.idtLimit, cpu.idtBase); }

export function ltr(cpu: Cpu, ins: Insn): void {
  requireCpl0(cpu);
  const sel = ins.rm >= 0 ? cpu.getReg(16, ins.rm) : cpu.read16(cpu.ea(ins));
  if ((sel & 0xfffc) === 0) throw new GuestFault(GP, 0);
  const d = readDescriptor(cpu, sel);
  const type = (d.hi >> 8) & 0xf;
  if (type !== 9 || (d.hi & 0x1000) !== 0) throw new GuestFault(GP, sel & 0xfffc);
  const upper = cpu.readSupervisor64(cpu.gdtBase + (sel & ~7) + 8);
  cpu.tssBase = cpu.canonical((upper | 0) * TWO32 + descriptorBase(d.lo, d.hi));
  cpu.trSel = sel;
  // Mark the descriptor busy, as the CPU does.
  cpu.writeSupervisor64(cpu.gdtBase + (sel & ~7), d.lo, d.hi | 0x200);
}

export function lldt(cpu: Cpu, ins: Insn): void {
  requireCpl0(cpu);
  cpu.ldtSel = ins.rm >= 0 ? cpu.getReg(16, ins.rm) : cpu.read16(cpu.ea(ins));
}

export function str(cpu: Cpu, ins: Insn): void { cpu.writeRM(ins, cpu.trSel, 0); }
export function sldt(cpu: Cpu, ins: Insn): void { cpu.writeRM(ins, cpu.ldtSel, 0); }

// ---- control and debug registers ------------------------------------------------------

export function movFromCr(cpu: Cpu, ins: Insn): void {
  requireCpl0(cpu);
  let v: number;
  switch (ins.reg) {
    case 0: v = cpu.cr0 >>> 0; break;
    case 2: v = cpu.cr2; break;
    case 3: v = cpu.cr3; break;
    case 4: v = cpu.cr4; break;
    case 8: v = cpu.cr8; break;
    default: throw new GuestFault(UD);
  }
  cpu.setAddrReg(ins.rm, v);
}

export function movToCr(cpu: Cpu, ins: Insn): void {
  requireCpl0(cpu);
  const lo = cpu.regs[2 * ins.rm], hi = cpu.regs[2 * ins.rm + 1];
  switch (ins.reg) {
    case 0: {
      if (hi !== 0) throw new GuestFault(GP, 0);
      const value = lo | 0x10;
      if ((value & CR0_PG) === 0 && (cpu.efer & EFER_LMA) !== 0) throw new GuestFault(GP, 0);
      if ((cpu.cr0 ^ value) & (CR0_PG | CR0_WP)) cpu.flushTlb();
      cpu.cr0 = value;
      if ((value & CR0_PG) !== 0 && (cpu.efer & EFER_LME) !== 0) cpu.efer |= EFER_LMA;
      break;
    }
    case 2: cpu.cr2 = hi * TWO32 + (lo >>> 0); break;
    case 3:
      if ((hi & 0xfff00000) !== 0) throw new GuestFault(GP, 0);
      cpu.cr3 = (hi >>> 0) * TWO32 + (lo >>> 0);
      cpu.flushTlb();
      break;
    case 4:
      if (hi !== 0 || (lo & ~0x3f07ff) !== 0) throw new GuestFault(GP, 0);
      cpu.cr4 = lo;
      cpu.flushTlb();
      break;
    case 8: cpu.cr8 = lo & 0xf; break;
    default: throw new GuestFault(UD);
  }
  cpu.stopBlock = true;
}

export function movFromDr(cpu: Cpu, ins: Insn): void {
  requireCpl0(cpu);
  const defaults = [0, 0, 0, 0, 0, 0, 0xffff0ff0, 0x400];
  const v = cpu.dr[ins.reg & 7] || defaults[ins.reg & 7];
  cpu.setAddrReg(ins.rm, v);
}

export function movToDr(cpu: Cpu, ins: Insn): void {
  requireCpl0(cpu);
  cpu.dr[ins.reg & 7] = cpu.addr64(ins.rm);
}

export function clts(cpu: Cpu): void {
  requireCpl0(cpu);
  cpu.cr0 &= ~CR0_TS;
}

export function smsw(cpu: Cpu, ins: Insn): void {
  cpu.writeRM(ins, cpu.cr0 & 0xffff, 0);
}

export function lmsw(cpu: Cpu, ins: Insn): void {
  requireCpl0(cpu);
  const v = cpu.readRM(ins) & 0xf;
  cpu.cr0 = (cpu.cr0 & ~0xe) | v | (cpu.cr0 & 1);
}

export function invlpg(cpu: Cpu, ins: Insn): void {
  requireCpl0(cpu);
  cpu.flushTlbPage(cpu.ea(ins));
}

export function clac(cpu: Cpu): void { requireCpl0(cpu); cpu.rflags &= ~AC; }
export function stac(cpu: Cpu): void { requireCpl0(cpu); cpu.rflags |= AC; }

// ---- MSRs, TSC, CPUID -------------------------------------------------------------------

export function rdtsc(cpu: Cpu): void {
  if ((cpu.cr4 & CR4_TSD) !== 0 && cpu.cpl !== 0) throw new GuestFault(GP, 0);
  const t = cpu.time;
  cpu.setReg(32, RAX, t % TWO32 | 0, 0);
  cpu.setReg(32, RDX, Math.floor(t / TWO32), 0);
}

export function rdtscp(cpu: Cpu): void {
  rdtsc(cpu);
  cpu.setReg(32, RCX, cpu.tscAux, 0);
}

export function cpuid(cpu: Cpu): void {
  const r = cpuidLeaf(cpu.regs[0] >>> 0, cpu.regs[2] >>> 0);
  cpu.setReg(32, RAX, r[0], 0);
  cpu.setReg(32, 3, r[1], 0);
  cpu.setReg(32, RCX, r[2], 0);
  cpu.setReg(32, RDX, r[3], 0);
}

/** Reads MSR `index` as [low, high]; #GP(0) for unknown MSRs. */
function readMsr(cpu: Cpu, index: number): [number, number] {
  const split = (v: number): [number, number] => { const hi = Math.floor(v / TWO32); return [v - hi * TWO32 | 0, hi]; };
  switch (index) {
    case 0x10: return split(cpu.time);
    case 0x1b: return [0xfee00000 | 0x100, 0];
    case 0x8b: case 0xfe: case 0x179: case 0x17a: case 0x2ff: return [0, 0];
    case 0x174: return [cpu.sysenter[0], 0];
    case 0x175: return split(cpu.sysenter[1]);
    case 0x176: return split(cpu.sysenter[2]);
    case 0x1a0: return [cpu.miscEnable, 0];
    case 0x277: return [cpu.pat[0], cpu.pat[1]];
    case 0xc0000080: return [cpu.efer, 0];
    case 0xc0000081: return [cpu.star[0], cpu.star[1]];
    case 0xc0000082: return split(cpu.lstar);
    case 0xc0000083: return split(cpu.cstar);
    case 0xc0000084: return [cpu.fmask, 0];
    case 0xc0000100: return split(cpu.fsBase);
    case 0xc0000101: return split(cpu.gsBase);
    case 0xc0000102: return split(cpu.kernelGsBase);
    case 0xc0000103: return [cpu.tscAux, 0];
  }
  throw new GuestFault(GP, 0);
}

function writeMsr(cpu: Cpu, index: number, lo: number, hi: number): void {
  const canonical = (): number => {
    const v = hi * TWO32 + (lo >>> 0);
    if (hi >> 15 !== hi >> 31) throw new GuestFault(GP, 0);
    return v;
  };
  switch (index) {
    case 0x10: cpu.idleTime += hi * TWO32 + (lo >>> 0) - cpu.time; return;
    case 0x1b: case 0x8b: case 0x179: case 0x17a: case 0x2ff: return;
    case 0x174: cpu.sysenter[0] = lo & 0xffff; return;
    case 0x175: cpu.sysenter[1] = canonical(); return;
    case 0x176: cpu.sysenter[2] = canonical(); return;
    case 0x1a0: cpu.miscEnable = lo; return;
    case 0x277: cpu.pat = [lo, hi]; return;
    case 0xc0000080: {
      if (hi !== 0 || (lo & ~(EFER_SCE | EFER_LME | EFER_LMA | EFER_NXE)) !== 0) throw new GuestFault(GP, 0);
      const value = (lo & ~EFER_LMA) | (cpu.efer & EFER_LMA);
      if ((value ^ cpu.efer) & EFER_NXE) cpu.flushTlb();
      cpu.efer = value;
      return;
    }
    case 0xc0000081: cpu.star = [lo, hi]; return;
    case 0xc0000082: cpu.lstar = canonical(); return;
    case 0xc0000083: cpu.cstar = canonical(); return;
    case 0xc0000084: cpu.fmask = lo; return;
    case 0xc0000100: cpu.fsBase = canonical(); return;
    case 0xc0000101: cpu.gsBase = canonical(); return;
    case 0xc0000102: cpu.kernelGsBase = canonical(); return;
    case 0xc0000103: cpu.tscAux = lo; return;
  }
  throw new GuestFault(GP, 0);
}

export function rdmsr(cpu: Cpu): void {
  requireCpl0(cpu);
  const [lo, hi] = readMsr(cpu, cpu.regs[2] >>> 0);
  cpu.setReg(32, RAX, lo, 0);
  cpu.setReg(32, RDX, hi, 0);
}

export function wrmsr(cpu: Cpu): void {
  requireCpl0(cpu);
  writeMsr(cpu, cpu.regs[2] >>> 0, cpu.regs[0], cpu.regs[4]);
  cpu.stopBlock = true;
}

// ---- port I/O ------------------------------------------------------------------------------

function portIn(cpu: Cpu, port: number, size: number): void {
  requireIopl(cpu);
  cpu.setReg(size === 32 ? 32 : size, RAX, cpu.io.portIn(port, size), 0);
}

function portOut(cpu: Cpu, port: number, size: number): void {
  requireIopl(cpu);
  const mask = size === 8 ? 0xff : size === 16 ? 0xffff : 0xffffffff;
  cpu.io.portOut(port, size, (cpu.regs[0] & mask) >>> 0);
}

export function inImm(cpu: Cpu, ins: Insn): void { portIn(cpu, ins.imm, ins.size); }
export function inDx(cpu: Cpu, ins: Insn): void { portIn(cpu, cpu.regs[4] & 0xffff, ins.size); }
export function outImm(cpu: Cpu, ins: Insn): void { portOut(cpu, ins.imm, ins.size); }
export function outDx(cpu: Cpu, ins: Insn): void { portOut(cpu, cpu.regs[4] & 0xffff, ins.size); }

// ---- FXSAVE / FXRSTOR / MXCSR ----------------------------------------------------------------

/** #UD/#NM checks shared by every SSE and FXSAVE-family instruction. */
export function checkSse(cpu: Cpu): void {
  if ((cpu.cr0 & CR0_EM) !== 0 || (cpu.cr4 & CR4_OSFXSR) === 0) throw new GuestFault(UD);
  if ((cpu.cr0 & CR0_TS) !== 0) throw new GuestFault(NM);
}

export function fxsave(cpu: Cpu, ins: Insn): void {
  if ((cpu.cr0 & CR0_EM) !== 0) throw new GuestFault(UD);
  if ((cpu.cr0 & CR0_TS) !== 0) throw new GuestFault(NM);
  const addr = cpu.ea(ins);
  if ((addr & 15) !== 0) throw new GuestFault(GP, 0);
  const fpu = cpu.fpu;
  const image = new DataView(new ArrayBuffer(512));
  image.setUint16(0, fpu.fcw, true);
  image.setUint16(2, fpu.statusWord(), true);
  image.setUint8(4, ~fpu.empty & 0xff);
  image.setUint32(24, cpu.mxcsr, true);
  image.setUint32(28, 0xffff, true);
  for (let i = 0; i < 8; i++) {
    const v = fpu.physical((fpu.top + i) & 7);
    image.setUint32(32 + 16 * i, v.lo, true);
    image.setUint32(36 + 16 * i, v.hi, true);
    image.setUint16(40 + 16 * i, v.se, true);
  }
  for (let i = 0; i < 64; i++) image.setInt32(160 + 4 * i, cpu.xmm[i], true);
  for (let off = 0; off < 512; off += 8) {
    cpu.write64(addr + off, image.getInt32(off, true), image.getInt32(off + 4, true));
  }
}

export function fxrstor(cpu: Cpu, ins: Insn): void {
  if ((cpu.cr0 & CR0_EM) !== 0) throw new GuestFault(UD);
  if ((cpu.cr0 & CR0_TS) !== 0) throw new GuestFault(NM);
  const addr = cpu.ea(ins);
  if ((addr & 15) !== 0) throw new GuestFault(GP, 0);
  const image = new DataView(new ArrayBuffer(512));
  for (let off = 0; off < 512; off += 8) {
    image.setInt32(off, cpu.read64(addr + off), true);
    image.setInt32(off + 4, cpu.hi, true);
  }
  const mxcsr = image.getUint32(24, true);
  if ((mxcsr & 0xffff0000) !== 0) throw new GuestFault(GP, 0);
  const fpu = cpu.fpu;
  fpu.fcw = image.getUint16(0, true);
  const fsw = image.getUint16(2, true);
  fpu.top = (fsw >> 11) & 7;
  fpu.fsw = fsw & ~0x3800;
  fpu.empty = ~image.getUint8(4) & 0xff;
  for (let i = 0; i < 8; i++) {
    fpu.setPhysical((fpu.top + i) & 7, { lo: image.getUint32(32 + 16 * i, true), hi: image.getUint32(36 + 16 * i, true), se: image.getUint16(40 + 16 * i, true) });
  }
  for (let i = 0; i < 64; i++) cpu.xmm[i] = image.getInt32(160 + 4 * i, true);
  cpu.mxcsr = mxcsr;
}

export function ldmxcsr(cpu: Cpu, ins: Insn): void {
  checkSse(cpu);
  const v = cpu.read32(cpu.ea(ins));
  if ((v & 0xffff0000) !== 0) throw new GuestFault(GP, 0);
  cpu.mxcsr = v;
}

export function stmxcsr(cpu: Cpu, ins: Insn): void {
  checkSse(cpu);
  cpu.write32(cpu.ea(ins), cpu.mxcsr);
}

