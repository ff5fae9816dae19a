// The CPU's architectural state and its view of memory.
//
// Registers are 64-bit values kept as two 32-bit halves in an Int32Array
// (regs[2*n] = low, regs[2*n+1] = high), so the hot paths never touch BigInt.
// Linear addresses are plain JS numbers in canonical signed form: every
// canonical address lies in [-2^47, 2^47) and is therefore exact as a double.

import { BASE_RIP, Insn } from './insn.js';
import { PhysicalMemory } from '../memory.js';
import { walkPageTables } from './mmu.js';
import { X87State } from './x87-state.js';
import { ADDRESS_ZERO } from './shapes.js';

export const CF = 0x1, PF = 0x4, AF = 0x10, ZF = 0x40, SF = 0x80, TF = 0x100, IF = 0x200, DF = 0x400, OF = 0x800;
export const IOPL = 0x3000, NT = 0x4000, RF = 0x10000, AC = 0x40000, ID = 0x200000;
export const ARITH_FLAGS = CF | PF | AF | ZF | SF | OF;

export const CR0_PE = 1, CR0_MP = 2, CR0_EM = 4, CR0_TS = 8, CR0_NE = 0x20, CR0_WP = 0x10000, CR0_PG = 0x80000000 | 0;
export const CR4_PAE = 0x20, CR4_PGE = 0x80, CR4_OSFXSR = 0x200, CR4_TSD = 0x4;
export const EFER_SCE = 0x1, EFER_LME = 0x100, EFER_LMA = 0x400, EFER_NXE = 0x800;

export const RAX = 0, RCX = 1, RDX = 2, RBX = 3, RSP = 4, RBP = 5, RSI = 6, RDI = 7;

export const ACC_READ = 0, ACC_WRITE = 1, ACC_EXEC = 2;

const TLB_BITS = 10;
const TLB_SIZE = 1 << TLB_BITS;
export const TLB_MASK = TLB_SIZE - 1;
/** A tag no page base can equal (page bases are multiples of 4096). */
const TLB_EMPTY = 1;
const TWO32 = 4294967296;

/** Vector numbers of the exceptions the CPU raises. */
export const DE = 0, DB = 1, BP = 3, UD = 6, NM = 7, DF_VEC = 8, TS = 10, NP = 11, SS_VEC = 12, GP = 13, PF_VEC = 14, MF = 16, XM = 19;

/**
 * A guest exception in flight. Thrown by any instruction or memory access and
 * caught by the execution loop, which delivers it through the guest's IDT.
 * Deliberately not an Error: no stack trace is captured on this path.
 */
export class GuestFault {
  constructor(readonly vector: number, readonly errorCode: number = -1) {}
}

/** Port I/O as seen by the CPU. */
export interface IoBus {
  portIn(port: number, size: number): number;
  portOut(port: number, size: number, value: number): void;
}

/** Called when a physical page that holds decoded code is written. */
export type CodeWriteHook = (physPageBase: number) => void;

export class Cpu {
  readonly regs = new Int32Array(32);
  rip = ADDRESS_ZERO;
  /** RIP of the next instruction; branch handlers overwrite it. */
  nextRip = ADDRESS_ZERO;
  /** High half of the last 64-bit value read by read64/getReg64/readRM. */
  hi = 0;

  // RFLAGS. The arithmetic bits are only meaningful when lazyOp === LAZY_NONE;
  // otherwise they are recomputed from the last operation (see flags.ts).
  rflags = 2;
  lazyOp = 0;
  lazySize = 32;
  lazyRes = ADDRESS_ZERO;
  lazyResHi = 0;
  lazyA = 0;
  lazyAHi = 0;
  lazyB = 0;
  lazyBHi = 0;
  /** Carry-in of ADC/SBB, or the CF preserved by INC/DEC. */
  lazyCarry = 0;

  cpl = 0;
  cr0 = 0;
  cr2 = ADDRESS_ZERO;
  cr3 = ADDRESS_ZERO;
  cr4 = 0;
  cr8 = 0;
  efer = 0;
  /** Segment selectors indexed es=0 cs=1 ss=2 ds=3 fs=4 gs=5. */
  readonly segSel = new Uint16Array(6);
  fsBase = ADDRESS_ZERO;
  gsBase = ADDRESS_ZERO;
  kernelGsBase = ADDRESS_ZERO;
  gdtBase = ADDRESS_ZERO;
  gdtLimit = ADDRESS_ZERO;
  idtBase = ADDRESS_ZERO;
  idtLimit = ADDRESS_ZERO;
  ldtSel = 0;
  trSel = 0;
  tssBase = ADDRESS_ZERO;
  // MSRs kept as {low, high} 32-bit pairs.
  star = [0, 0];
  lstar = ADDRESS_ZERO;
  cstar = ADDRESS_ZERO;
  fmask = 0;
  tscAux = 0;
  pat = [0x00070406, 0x00070406];
  sysenter = [0, 0, 0];
  miscEnable = 1;

  // SSE: 16 x 128-bit registers sharing one buffer, seen as ints, floats and doubles.
  readonly xmm = new Int32Array(64);
  readonly xmmF32 = new Float32Array(this.xmm.buffer);
  readonly xmmF64 = new Float64Array(this.xmm.buffer);
  mxcsr = 0x1f80;
  readonly fpu = new X87State();

  /** Retired instructions. */
  icount = 0;
  /** Virtual nanoseconds skipped by HLT (time = icount + idleTime). */
  idleTime = ADDRESS_ZERO;
  halted = false;
  /** The last exceptions raised as [vector, error code or -1] (most recent last), for crash reports. */
  readonly recentVectors: [number, number][] = [];
  /** Debug registers DR0-DR7 (stored only). */
  readonly dr = new Float64Array(8);
  /** Optional diagnostics sink for "unimplemented opcode" messages. */
  warn: ((message: string) => void) | null = null;
  readonly warned = new Set<number>();
  /** Bumped whenever a translation or decoded code may have changed; block links check it. */
  mappingEpoch = 0;
  /** Instructions a compiled block retired before the one that faulted. */
  retiredInBlock = 0;
  /** Set by an instruction to make the executor leave the current block. */
  stopBlock = false;
  /** Interrupts are inhibited until after the next instruction (STI, MOV SS). */
  interruptShadow = false;

  readonly mem: PhysicalMemory;
  readonly view: DataView;
  readonly bytes: Uint8Array;
  io: IoBus;
  onCodeWrite: CodeWriteHook = () => {};

  // Software TLB: 6 banks (read/write/exec x supervisor/user) of TLB_SIZE slots.
  // tlbTag holds the linear page base, tlbPage the physical page base.
  readonly tlbTag = new Float64Array(6 * TLB_SIZE).fill(TLB_EMPTY);
  readonly tlbPage = new Int32Array(6 * TLB_SIZE);
  /** The TLB banks of data reads and writes at the current privilege (compiled blocks read them too). */
  readBank = 0;
  writeBank = 2 * TLB_SIZE;

  constructor(mem: PhysicalMemory, io: IoBus) {
    this.mem = mem;
    this.view = mem.view;
    this.bytes = mem.bytes;
    this.io = io;
  }

  // ---- privilege -------------------------------------------------------

  setCpl(cpl: number): void {
    this.cpl = cpl;
    const user = cpl === 3 ? TLB_SIZE : 0;
    this.readBank = user;
    this.writeBank = 2 * TLB_SIZE + user;
  }

  recordVector(vector: number, errorCode = -1): void {
    this.recentVectors.push([vector, errorCode]);
    if (this.recentVectors.length > 16) this.recentVectors.shift();
  }

  get time(): number {
    return this.icount + this.idleTime;
  }

  // ---- general registers -------------------------------------------------

  get64(r: number): number {
    this.hi = this.regs[2 * r + 1];
    return this.regs[2 * r];
  }

  set64(r: number, lo: number, hi: number): void {
    this.regs[2 * r] = lo;
    this.regs[2 * r + 1] = hi;
  }

  /** Register r as an unsigned/signed number when its value is known to fit (addresses). */
  addr64(r: number): number {
    return this.regs[2 * r + 1] * TWO32 + (this.regs[2 * r] >>> 0);
  }

  /** Reads register r at the given size; 8/16-bit values are zero-extended, 64-bit sets `hi`. */
  getReg(size: number, r: number): number {
    switch (size) {
      case 64:
        this.hi = this.regs[2 * r + 1];
        return this.regs[2 * r];
      case 32:
        return this.regs[2 * r];
      case 16:
        return this.regs[2 * r] & 0xffff;
      default:
        return r < 16 ? this.regs[2 * r] & 0xff : (this.regs[2 * (r - 16)] >> 8) & 0xff;
    }
  }

  /** Writes register r; 32-bit writes zero the upper half, 8/16-bit writes merge. */
  setReg(size: number, r: number, lo: number, hi: number): void {
    const regs = this.regs;
    switch (size) {
      case 64:
        regs[2 * r] = lo;
        regs[2 * r + 1] = hi;
        return;
      case 32:
        regs[2 * r] = lo;
        regs[2 * r + 1] = 0;
        return;
      case 16:
        regs[2 * r] = (regs[2 * r] & ~0xffff) | (lo & 0xffff);
        return;
      default:
        if (r < 16) regs[2 * r] = (regs[2 * r] & ~0xff) | (lo & 0xff);
        else regs[2 * (r - 16)] = (regs[2 * (r - 16)] & ~0xff00) | ((lo & 0xff) << 8);
    }
  }

  // ---- effective addresses -----------------------------------------------

  /**
   * Linear address of a memory operand; #GP(0)/#SS(0) when not canonical.
   * Register values are read as signed 64-bit numbers: every operand that can
   * form a canonical address is exact in a double, so plain addition works.
   */
  ea(ins: Insn): number {
    let addr: number;
    const regs = this.regs;
    if (ins.base === BASE_RIP) {
      addr = this.nextRip + ins.disp;
    } else if (ins.addr32) {
      let lo = ins.disp;
      if (ins.base >= 0) lo += regs[2 * ins.base];
      if (ins.index >= 0) lo += regs[2 * ins.index] << ins.scaleShift;
      addr = lo >>> 0;
    } else {
      addr = ins.disp;
      if (ins.base >= 0) addr += regs[2 * ins.base + 1] * TWO32 + (regs[2 * ins.base] >>> 0);
      if (ins.index >= 0) addr += (regs[2 * ins.index + 1] * TWO32 + (regs[2 * ins.index] >>> 0)) * (1 << ins.scaleShift);
    }
    if (ins.seg !== 0) addr += ins.seg === 4 ? this.fsBase : this.gsBase;
    if (addr < -0x800000000000 || addr >= 0x800000000000) throw this.nonCanonical(ins);
    return addr;
  }

  private nonCanonical(ins: Insn): GuestFault {
    return new GuestFault(ins.base === RSP || ins.base === RBP ? SS_VEC : GP, 0);
  }

  /** Wraps a number computed from canonical pieces back into canonical signed form or faults. */
  canonical(addr: number): number {
    if (addr < -0x800000000000 || addr >= 0x800000000000) throw new GuestFault(GP, 0);
    return addr;
  }

  // ---- r/m operands ---------------------------------------------------------

  readRM(ins: Insn): number {
    if (ins.rm >= 0) return this.getReg(ins.size, ins.rm);
    return this.readMem(ins.size, this.ea(ins));
  }

  writeRM(ins: Insn, lo: number, hi: number): void {
    if (ins.rm >= 0) this.setReg(ins.size, ins.rm, lo, hi);
    else this.writeMem(ins.size, this.ea(ins), lo, hi);
  }

  readMem(size: number, addr: number): number {
    switch (size) {
      case 64: return this.read64(addr);
      case 32: return this.read32(addr);
      case 16: return this.read16(addr);
      default: return this.read8(addr);
    }
  }

  writeMem(size: number, addr: number, lo: number, hi: number): void {
    switch (size) {
      case 64: this.write64(addr, lo, hi); return;
      case 32: this.write32(addr, lo); return;
      case 16: this.write16(addr, lo); return;
      default: this.write8(addr, lo);
    }
  }

  // ---- memory through the TLB -------------------------------------------

  /** Walks the page tables for a TLB miss and caches the result. */
  private fill(addr: number, access: number, user: boolean, slot: number): number {
    const phys = walkPageTables(this, addr, access, user);
    const pageBase = this.mem.clampPage(phys - (phys & 0xfff));
    if (access === ACC_WRITE && this.mem.codePages[pageBase >>> 12]) {
      // The page holds decoded blocks: drop them before the write lands.
      this.mem.codePages[pageBase >>> 12] = 0;
      this.onCodeWrite(pageBase);
      this.stopBlock = true;
    }
    this.tlbTag[slot] = addr - (addr & 0xfff);
    this.tlbPage[slot] = pageBase;
    return pageBase;
  }

  /** Physical address for an access without going through the data paths (fetch, implicit). */
  translate(addr: number, access: number, user: boolean): number {
    const bank = access * 2 * TLB_SIZE + (user ? TLB_SIZE : 0);
    const slot = ((addr >>> 12) & TLB_MASK) + bank;
    const page = addr - (addr & 0xfff);
    const base = this.tlbTag[slot] === page ? this.tlbPage[slot] : this.fill(addr, access, user, slot);
    return base + (addr & 0xfff);
  }

  fetchPhys(addr: number): number {
    return this.translate(addr, ACC_EXEC, this.cpl === 3);
  }

  read8(addr: number): number {
    const slot = ((addr >>> 12) & TLB_MASK) + this.readBank;
    const page = addr - (addr & 0xfff);
    const base = this.tlbTag[slot] === page ? this.tlbPage[slot] : this.fill(addr, ACC_READ, this.cpl === 3, slot);
    return this.bytes[base + (addr & 0xfff)];
  }

  read16(addr: number): number {
    const off = addr & 0xfff;
    if (off > 0xffe) return this.read8(addr) | (this.read8(addr + 1) << 8);
    const slot = ((addr >>> 12) & TLB_MASK) + this.readBank;
    const base = this.tlbTag[slot] === addr - off ? this.tlbPage[slot] : this.fill(addr, ACC_READ, this.cpl === 3, slot);
    return this.view.getUint16(base + off, true);
  }

  read32(addr: number): number {
    const off = addr & 0xfff;
    if (off > 0xffc) return this.read16(addr) | (this.read16(addr + 2) << 16);
    const slot = ((addr >>> 12) & TLB_MASK) + this.readBank;
    const base = this.tlbTag[slot] === addr - off ? this.tlbPage[slot] : this.fill(addr, ACC_READ, this.cpl === 3, slot);
    return this.view.getInt32(base + off, true);
  }

  /** Returns the low half; the high half is left in `hi`. */
  read64(addr: number): number {
    const off = addr & 0xfff;
    if (off > 0xff8) {
      const lo = this.read32(addr);
      this.hi = this.read32(addr + 4);
      return lo;
    }
    const slot = ((addr >>> 12) & TLB_MASK) + this.readBank;
    const base = this.tlbTag[slot] === addr - off ? this.tlbPage[slot] : this.fill(addr, ACC_READ, this.cpl === 3, slot);
    this.hi = this.view.getInt32(base + off + 4, true);
    return this.view.getInt32(base + off, true);
  }

  private writeBase(addr: number): number {
    const slot = ((addr >>> 12) & TLB_MASK) + this.writeBank;
    const page = addr - (addr & 0xfff);
    return this.tlbTag[slot] === page ? this.tlbPage[slot] : this.fill(addr, ACC_WRITE, this.cpl === 3, slot);
  }

  write8(addr: number, v: number): void {
    this.bytes[this.writeBase(addr) + (addr & 0xfff)] = v;
  }

  write16(addr: number, v: number): void {
    const off = addr & 0xfff;
    if (off > 0xffe) return this.writeSplit(addr, 2, v, 0);
    this.view.setUint16(this.writeBase(addr) + off, v & 0xffff, true);
  }

  write32(addr: number, v: number): void {
    const off = addr & 0xfff;
    if (off > 0xffc) return this.writeSplit(addr, 4, v, 0);
    this.view.setInt32(this.writeBase(addr) + off, v, true);
  }

  write64(addr: number, lo: number, hi: number): void {
    const off = addr & 0xfff;
    if (off > 0xff8) return this.writeSplit(addr, 8, lo, hi);
    const base = this.writeBase(addr) + off;
    this.view.setInt32(base, lo, true);
    this.view.setInt32(base + 4, hi, true);
  }

  /** A write that straddles two pages: check both pages first so a fault leaves memory untouched. */
  private writeSplit(addr: number, size: number, lo: number, hi: number): void {
    this.writeBase(addr);
    this.writeBase(addr + size - 1);
    for (let i = 0; i < size; i++) {
      const byte = i < 4 ? lo >>> (8 * i) : hi >>> (8 * (i - 4));
      this.write8(addr + i, byte & 0xff);
    }
  }

  /** Supervisor-mode (implicit) accesses used for descriptor tables and interrupt frames. */
  readSupervisor64(addr: number): number {
    const p = this.translate(addr, ACC_READ, false);
    if ((addr & 0xfff) > 0xff8) {
      const lo = this.readSupervisor32(addr);
      this.hi = this.readSupervisor32(addr + 4);
      return lo;
    }
    this.hi = this.view.getInt32(p + 4, true);
    return this.view.getInt32(p, true);
  }

  readSupervisor32(addr: number): number {
    let v = 0;
    for (let i = 3; i >= 0; i--) v = (v << 8) | this.bytes[this.translate(addr + i, ACC_READ, false)];
    return v;
  }

  writeSupervisor64(addr: number, lo: number, hi: number): void {
    const saved = this.cpl;
    if (saved !== 0) this.setCpl(0);
    try {
      this.write64(addr, lo, hi);
    } finally {
      if (saved !== 0) this.setCpl(saved);
    }
  }

  // ---- stack ------------------------------------------------------------------

  push64(lo: number, hi: number): void {
    const regs = this.regs;
    const rl = regs[8];
    const nl = (rl - 8) | 0;
    const nh = (rl >>> 0) < 8 ? (regs[9] - 1) | 0 : regs[9];
    if (nh >> 15 !== nh >> 31) throw new GuestFault(SS_VEC, 0);
    this.write64(nh * TWO32 + (nl >>> 0), lo, hi);
    regs[8] = nl;
    regs[9] = nh;
  }

  /** Pops 8 bytes; returns the low half, high half in `hi`. */
  pop64(): number {
    const regs = this.regs;
    const rl = regs[8], rh = regs[9];
    if (rh >> 15 !== rh >> 31) throw new GuestFault(SS_VEC, 0);
    const lo = this.read64(rh * TWO32 + (rl >>> 0));
    const nl = (rl + 8) | 0;
    regs[8] = nl;
    regs[9] = (nl >>> 0) < 8 ? (rh + 1) | 0 : rh;
    return lo;
  }

  push16(v: number): void {
    const rsp = this.addr64(RSP) - 2;
    this.write16(this.stackAddr(rsp), v);
    this.setAddrReg(RSP, rsp);
  }

  pop16(): number {
    const rsp = this.addr64(RSP);
    const v = this.read16(this.stackAddr(rsp));
    this.setAddrReg(RSP, rsp + 2);
    return v;
  }

  stackAddr(addr: number): number {
    if (addr < -0x800000000000 || addr >= 0x800000000000) throw new GuestFault(SS_VEC, 0);
    return addr;
  }

  /** Stores a number holding a 64-bit two's complement value (|v| < 2^53) into register r. */
  setAddrReg(r: number, v: number): void {
    const hi = Math.floor(v / TWO32);
    this.regs[2 * r] = v - hi * TWO32;
    this.regs[2 * r + 1] = hi;
  }

  // ---- TLB maintenance ------------------------------------------------------

  flushTlb(): void {
    this.tlbTag.fill(TLB_EMPTY);
    this.mappingEpoch++;
  }

  flushTlbPage(addr: number): void {
    const page = addr - (addr & 0xfff);
    const idx = (addr >>> 12) & TLB_MASK;
    this.mappingEpoch++;
    for (let bank = 0; bank < 6; bank++) {
      if (this.tlbTag[bank * TLB_SIZE + idx] === page) this.tlbTag[bank * TLB_SIZE + idx] = TLB_EMPTY;
    }
  }

  /** Called when a physical page becomes a code page: writes to it must miss the TLB from now on. */
  forgetWritableMappings(physPageBase: number): void {
    for (let i = 2 * TLB_SIZE; i < 4 * TLB_SIZE; i++) {
      if (this.tlbPage[i] === physPageBase) this.tlbTag[i] = TLB_EMPTY;
    }
  }
}
