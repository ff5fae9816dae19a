// Exception and interrupt delivery through the 64-bit IDT, IRETQ,
// SYSCALL/SYSRET, and the double/triple-fault rules (SDM vol. 3, 6.14-6.15).

import { Cpu, DF_VEC, GP, GuestFault, IF, NP, NT, RF, RSP, TF } from './cpu.js';
import { materializeFlags } from './flags.js';

const VM = 0x20000;
const TWO32 = 4294967296;

/** 0: exception raised by the CPU, 1: software INT n / INT3, 2: external interrupt. */
export type DeliveryKind = 0 | 1 | 2;

/** Reads the 8-byte GDT descriptor for a selector; #GP(selector) if outside the GDT. */
export function readDescriptor(cpu: Cpu, selector: number): { lo: number; hi: number } {
  const index = selector & ~7;
  if ((selector & 4) !== 0 || index + 7 > cpu.gdtLimit) throw new GuestFault(GP, selector & 0xfffc);
  const lo = cpu.readSupervisor64(cpu.gdtBase + index);
  return { lo, hi: cpu.hi };
}

export function descriptorDpl(hi: number): number {
  return (hi >> 13) & 3;
}

export function descriptorBase(lo: number, hi: number): number {
  return ((lo >>> 16) | ((hi & 0xff) << 16) | (hi & 0xff000000)) >>> 0;
}

function splitPush(cpu: Cpu, rsp: number, value: number): number {
  const hi = Math.floor(value / TWO32);
  const addr = rsp - 8;
  cpu.writeSupervisor64(cpu.stackAddr(addr), value - hi * TWO32, hi);
  return addr;
}

/**
 * Delivers `vector` through the IDT. `errorCode` < 0 means none. The saved
 * RIP is cpu.rip (callers set it to the faulting or the next instruction).
 */
export function deliver(cpu: Cpu, vector: number, errorCode: number, kind: DeliveryKind): void {
  const ext = kind === 2 ? 1 : 0;
  const gateError = vector * 8 + 2 + ext;
  if (vector * 16 + 15 > cpu.idtLimit) throw new GuestFault(GP, gateError);
  const gateAddr = cpu.idtBase + vector * 16;
  const w0 = cpu.readSupervisor64(gateAddr);
  const w1 = cpu.hi;
  const w2 = cpu.readSupervisor64(gateAddr + 8);
  const type = (w1 >> 8) & 0xf;
  const dpl = (w1 >> 13) & 3;
  if (type !== 0xe && type !== 0xf) throw new GuestFault(GP, gateError);
  if (kind === 1 && dpl < cpu.cpl) throw new GuestFault(GP, gateError);
  if ((w1 & 0x8000) === 0) throw new GuestFault(NP, gateError);
  const selector = w0 >>> 16;
  const target = w2 * TWO32 + (((w1 & 0xffff0000) | (w0 & 0xffff)) >>> 0);
  const ist = w1 & 7;
  const code = readDescriptor(cpu, selector);
  const newCpl = descriptorDpl(code.hi);
  if ((code.hi & 0x8000) === 0) throw new GuestFault(NP, (selector & 0xfffc) + ext);
  if ((code.hi & 0x1800) !== 0x1800 || (code.hi & 0x200000) === 0 || newCpl > cpu.cpl) throw new GuestFault(GP, (selector & 0xfffc) + ext);

  const oldRsp = cpu.addr64(RSP);
  let rsp: number;
  if (ist !== 0) rsp = tssField(cpu, 0x24 + 8 * (ist - 1));
  else if (newCpl < cpu.cpl) rsp = tssField(cpu, 4 + 8 * newCpl);
  else rsp = oldRsp;
  rsp -= ((rsp % 16) + 16) % 16;

  const flags = materializeFlags(cpu);
  const oldSs = cpu.segSel[2];
  const oldCs = cpu.segSel[1];
  // Build the frame first: a fault here leaves the old state intact.
  rsp = splitPush(cpu, rsp, oldSs);
  rsp = splitPush(cpu, rsp, oldRsp);
  rsp = splitPush(cpu, rsp, flags & ~RF);
  rsp = splitPush(cpu, rsp, oldCs);
  rsp = splitPush(cpu, rsp, cpu.rip);
  if (errorCode >= 0) rsp = splitPush(cpu, rsp, errorCode);

  if (newCpl < cpu.cpl) cpu.segSel[2] = newCpl; // null SS with RPL = new CPL
  cpu.segSel[1] = (selector & 0xfffc) | newCpl;
  cpu.setCpl(newCpl);
  cpu.setAddrReg(RSP, rsp);
  cpu.rflags &= ~(TF | NT | RF | VM);
  if (type === 0xe) cpu.rflags &= ~IF;
  cpu.rip = target;
  cpu.nextRip = target;
  cpu.halted = false;
}

function tssField(cpu: Cpu, offset: number): number {
  if (cpu.trSel === 0) throw new GuestFault(10, 0);
  const lo = cpu.readSupervisor64(cpu.tssBase + offset);
  return cpu.hi * TWO32 + (lo >>> 0);
}

function isContributory(v: number): boolean {
  return v === 0 || (v >= 10 && v <= 13);
}

/**
 * Delivers an exception raised by the CPU, applying the double-fault rules.
 * Returns false when the machine triple-faults.
 */
export function raiseException(cpu: Cpu, fault: GuestFault): boolean {
  cpu.recordVector(fault.vector, fault.errorCode);
  try {
    deliver(cpu, fault.vector, fault.errorCode, 0);
    return true;
  } catch (second) {
    if (!(second instanceof GuestFault)) throw second;
    cpu.recordVector(second.vector, second.errorCode);
    const first = fault.vector;
    if (first === DF_VEC) return false;
    const escalate = (isContributory(first) && isContributory(second.vector)) ||
      (first === 14 && (isContributory(second.vector) || second.vector === 14));
    if (!escalate) return raiseException(cpu, second);
    cpu.recordVector(DF_VEC, 0);
    try {
      deliver(cpu, DF_VEC, 0, 0);
      return true;
    } catch (third) {
      if (!(third instanceof GuestFault)) throw third;
      cpu.recordVector(third.vector, third.errorCode);
      return false;
    }
  }
}

/** IRETQ (size 64) / IRETD: pops RIP, CS, RFLAGS, RSP, SS. */
export function interruptReturn(cpu: Cpu, size: number): void {
  const bytes = size === 64 ? 8 : 4;
  let rsp = cpu.addr64(RSP);
  const pop = (): number => {
    const addr = cpu.stackAddr(rsp);
    rsp += bytes;
    if (bytes === 4) return cpu.read32(addr) >>> 0;
    const lo = cpu.read64(addr);
    return cpu.hi * TWO32 + (lo >>> 0);
  };
  const rip = pop();
  const cs = pop() & 0xffff;
  const flags = pop();
  const newRsp = pop();
  const ss = pop() & 0xffff;
  if (cpu.rflags & NT) throw new GuestFault(GP, 0);
  const newCpl = cs & 3;
  if (newCpl < cpu.cpl) throw new GuestFault(GP, cs & 0xfffc);
  const code = readDescriptor(cpu, cs);
  if (descriptorDpl(code.hi) !== newCpl || (code.hi & 0x1800) !== 0x1800) throw new GuestFault(GP, cs & 0xfffc);
  if (newCpl === 3 && (ss & 3) !== 3) throw new GuestFault(GP, ss & 0xfffc);
  if (rip < -0x800000000000 || rip >= 0x800000000000) throw new GuestFault(GP, 0);
  writeIretFlags(cpu, flags | 0);
  cpu.segSel[1] = cs;
  cpu.segSel[2] = ss;
  cpu.setCpl(newCpl);
  cpu.setAddrReg(RSP, newRsp);
  cpu.nextRip = rip;
}

function writeIretFlags(cpu: Cpu, v: number): void {
  const iopl = (cpu.rflags >> 12) & 3;
  let mask = 0x1 | 0x4 | 0x10 | 0x40 | 0x80 | TF | 0x400 | 0x800 | NT | RF | 0x40000 | 0x200000;
  if (cpu.cpl === 0) mask |= 0x3000 | IF;
  else if (cpu.cpl <= iopl) mask |= IF;
  cpu.rflags = (cpu.rflags & ~mask) | (v & mask) | 2;
  cpu.lazyOp = 0;
}
