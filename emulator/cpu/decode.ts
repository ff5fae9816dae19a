// Instruction decoder: turns the bytes at a linear address into an Insn with
// its handler chosen, operands resolved and length known. One switch per
// opcode map, in the order of the Intel opcode tables (SDM vol. 2, appendix A).

import { BASE_RIP, Handler, Insn, NO_REG } from './insn.js';
import * as alu from './ops-alu.js';
import * as fast from './ops-fast.js';
import * as ctl from './ops-control.js';
import * as str from './ops-string.js';
import * as sys from './ops-system.js';
import { decodeSse } from './decode-sse.js';
import { decodeX87 } from './ops-x87.js';

/** Reads one code byte at a linear address (may raise #PF). */
export type CodeReader = (linear: number) => number;

/** Decoding state for one instruction. */
export class DecodeContext {
  pos = 0;
  rex = 0;
  opsize = false;
  addr32 = false;
  rep = 0;
  seg = 0;
  lock = false;
  constructor(readonly read: CodeReader, readonly start: number) {}

  byte(): number {
    if (this.pos >= 15) throw new DecodeError();
    return this.read(this.start + this.pos++);
  }
  int8(): number { return (this.byte() << 24) >> 24; }
  int16(): number { const lo = this.byte(); return lo | (this.byte() << 8); }
  int32(): number { const a = this.byte(), b = this.byte(), c = this.byte(); return a | (b << 8) | (c << 16) | (this.byte() << 24); }
  get rexW(): boolean { return (this.rex & 8) !== 0; }
  get rexR(): number { return (this.rex & 4) << 1; }
  get rexX(): number { return (this.rex & 2) << 2; }
  get rexB(): number { return (this.rex & 1) << 3; }
  /** Operand size of "v" operands. */
  get vsize(): number { return this.rexW ? 64 : this.opsize ? 16 : 32; }
  /** Operand size of default-64 instructions (push, pop, near branches). */
  get dsize(): number { return this.opsize ? 16 : 64; }
}

/** Too long (> 15 bytes): the CPU raises #GP(0). */
export class DecodeError {}

/** Parses ModRM (+SIB, displacement) into ins. Returns the ModRM.reg field (with REX.R). */
export function modrm(d: DecodeContext, ins: Insn): number {
  const m = d.byte();
  const mod = m >> 6, rm = m & 7;
  ins.reg = ((m >> 3) & 7) | d.rexR;
  ins.seg = d.seg;
  ins.addr32 = d.addr32;
  if (mod === 3) {
    ins.rm = rm | d.rexB;
    return ins.reg;
  }
  ins.rm = -1;
  if (rm === 4) {
    const sib = d.byte();
    const index = ((sib >> 3) & 7) | d.rexX;
    ins.index = index === 4 ? NO_REG : index;
    ins.scaleShift = sib >> 6;
    if ((sib & 7) === 5 && mod === 0) {
      ins.base = NO_REG;
      ins.disp = d.int32();
    } else {
      ins.base = (sib & 7) | d.rexB;
    }
  } else if (rm === 5 && mod === 0) {
    ins.base = BASE_RIP;
    ins.disp = d.int32();
  } else {
    ins.base = rm | d.rexB;
  }
  if (mod === 1) ins.disp = d.int8();
  else if (mod === 2) ins.disp = d.int32();
  return ins.reg;
}

/** Without any REX prefix, byte registers 4..7 are AH, CH, DH, BH (encoded 16..19). */
export function fixByteRegs(d: DecodeContext, ins: Insn): void {
  if (d.rex !== 0) return;
  if (ins.reg >= 4 && ins.reg < 8) ins.reg += 12;
  if (ins.rm >= 4 && ins.rm < 8) ins.rm += 12;
}

function immSized(d: DecodeContext, ins: Insn, size: number): void {
  switch (size) {
    case 8: ins.imm = d.int8(); break;
    case 16: ins.imm = (d.int16() << 16) >> 16; break;
    default: ins.imm = d.int32();
  }
  ins.immHi = ins.imm >> 31;
}

/** Like fixByteRegs, for instructions where only the r/m operand is a byte register. */
export function fixByteRm(d: DecodeContext, ins: Insn): void {
  if (d.rex === 0 && ins.rm >= 4 && ins.rm < 8) ins.rm += 12;
}

const STRING_OPS = new Set([0x6c, 0x6d, 0x6e, 0x6f, 0xa4, 0xa5, 0xa6, 0xa7, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf]);

/** Decodes one instruction at `linear`. Never throws except for #PF from `read`. */
export function decodeInstruction(read: CodeReader, linear: number): Insn {
  const d = new DecodeContext(read, linear);
  const ins = new Insn(sys.undefinedOpcode);
  try {
    decodeInto(d, ins);
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    ins.exec = sys.generalProtection;
    ins.endsBlock = true;
    ins.exits = true;
  }
  ins.len = d.pos;
  ins.rep = d.rep;
  // REP string instructions may re-execute themselves (see ops-string.ts):
  // keep them last in their block so RIP is exact around them.
  if (d.rep !== 0 && STRING_OPS.has(ins.opcode)) ins.endsBlock = true;
  ins.opsize16 = d.opsize;
  return ins;
}

function decodeInto(d: DecodeContext, ins: Insn): void {
  let op: number;
  for (;;) {
    op = d.byte();
    switch (op) {
      case 0x66: d.opsize = true; d.rex = 0; continue;
      case 0x67: d.addr32 = true; d.rex = 0; continue;
      case 0xf2: case 0xf3: d.rep = op; d.rex = 0; continue;
      case 0xf0: d.lock = true; d.rex = 0; continue;
      case 0x26: case 0x2e: case 0x36: case 0x3e: d.rex = 0; continue;
      case 0x64: d.seg = 4; d.rex = 0; continue;
      case 0x65: d.seg = 5; d.rex = 0; continue;
    }
    if ((op & 0xf0) === 0x40) { d.rex = op; continue; }
    break;
  }
  ins.opcode = op;
  if (op === 0x0f) {
    const op2 = d.byte();
    ins.opcode = 0x0f00 | op2;
    decodeTwoByte(d, ins, op2);
  } else {
    decodeOneByte(d, ins, op);
  }
}

/** Switches to a specialized handler for 32/64-bit operand sizes. */
function pickFast(ins: Insn, h32: Handler, h64: Handler): void {
  if (ins.size === 32) ins.exec = h32;
  else if (ins.size === 64) ins.exec = h64;
}

function set(ins: Insn, h: Handler, size: number): void {
  ins.exec = h;
  ins.size = size;
}

function jccHandler(cc: number): Handler {
  return cc === 4 ? ctl.je : cc === 5 ? ctl.jne : ctl.jcc;
}

function branch(ins: Insn, h: Handler): void {
  ins.exec = h;
  ins.endsBlock = true;
}

/** System instructions end the block and hand control back to the machine loop. */
function system(ins: Insn, h: Handler): void {
  ins.exec = h;
  ins.endsBlock = true;
  ins.exits = true;
}

function decodeOneByte(d: DecodeContext, ins: Insn, op: number): void {
  if (op < 0x40 && (op & 7) < 6) {
    // The eight ALU operations: add or adc sbb and sub xor cmp.
    ins.sub = op >> 3;
    const size = op & 1 ? d.vsize : 8;
    switch (op & 7) {
      case 0: case 1:
        modrm(d, ins);
        if (size === 8) fixByteRegs(d, ins);
        set(ins, alu.aluRmReg, size);
        if (ins.rm >= 0) pickFast(ins, fast.aluRR32, fast.aluRR64);
        return;
      case 2: case 3:
        modrm(d, ins);
        if (size === 8) fixByteRegs(d, ins);
        set(ins, alu.aluRegRm, size);
        if (ins.rm >= 0 && size >= 32) {
          // Same operation with the destination in ModRM.rm.
          const dest = ins.reg;
          ins.reg = ins.rm;
          ins.rm = dest;
          pickFast(ins, fast.aluRR32, fast.aluRR64);
        } else if (ins.rm < 0) pickFast(ins, fast.aluRM32, fast.aluRM64);
        return;
      default:
        ins.rm = 0;
        immSized(d, ins, size === 64 ? 32 : size);
        set(ins, alu.aluRmImm, size);
        pickFast(ins, fast.aluRI32, fast.aluRI64);
        return;
    }
  }
  if (op >= 0x50 && op <= 0x57) { ins.reg = (op & 7) | d.rexB; set(ins, ctl.pushReg, d.dsize); return; }
  if (op >= 0x58 && op <= 0x5f) { ins.reg = (op & 7) | d.rexB; set(ins, ctl.popReg, d.dsize); return; }
  if (op >= 0x70 && op <= 0x7f) { ins.sub = op & 0xf; ins.imm = d.int8(); branch(ins, jccHandler(ins.sub)); return; }
  if (op >= 0x91 && op <= 0x97) { ins.reg = (op & 7) | d.rexB; ins.rm = 0; set(ins, alu.xchgRmReg, d.vsize); return; }
  if (op >= 0xb0 && op <= 0xb7) {
    ins.rm = (op & 7) | d.rexB;
    if (d.rex === 0 && ins.rm >= 4) ins.rm += 12;
    ins.imm = d.byte(); set(ins, alu.movRmImm, 8); return;
  }
  if (op >= 0xb8 && op <= 0xbf) {
    ins.rm = (op & 7) | d.rexB;
    if (d.rexW) { ins.imm = d.int32(); ins.immHi = d.int32(); } else immSized(d, ins, d.vsize);
    set(ins, alu.movRmImm, d.vsize);
    if (ins.size >= 32) ins.exec = fast.movRI;
    return;
  }
  if (op >= 0xd8 && op <= 0xdf) { decodeX87(d, ins, op); return; }
  switch (op) {
    case 0x63: modrm(d, ins); set(ins, d.rexW ? alu.movsxd : alu.movRegRm, d.vsize); return;
    case 0x68: immSized(d, ins, d.opsize ? 16 : 32); set(ins, ctl.pushImm, d.dsize); return;
    case 0x6a: ins.imm = d.int8(); ins.immHi = ins.imm >> 31; set(ins, ctl.pushImm, d.dsize); return;
    case 0x69: modrm(d, ins); immSized(d, ins, d.vsize === 16 ? 16 : 32); set(ins, alu.imulRegRmImm, d.vsize); return;
    case 0x6b: modrm(d, ins); ins.imm = d.int8(); ins.immHi = ins.imm >> 31; set(ins, alu.imulRegRmImm, d.vsize); return;
    case 0x80: case 0x81: case 0x83: {
      const size = op === 0x80 ? 8 : d.vsize;
      ins.sub = modrm(d, ins) & 7;
      if (size === 8) fixByteRm(d, ins);
      if (op === 0x81) immSized(d, ins, size === 64 ? 32 : size);
      else { ins.imm = d.int8(); ins.immHi = ins.imm >> 31; }
      set(ins, alu.aluRmImm, size);
      if (ins.rm >= 0) pickFast(ins, fast.aluRI32, fast.aluRI64);
      return;
    }
    case 0x84: case 0x85:
      modrm(d, ins);
      if (op === 0x84) fixByteRegs(d, ins);
      set(ins, alu.testRmReg, op === 0x84 ? 8 : d.vsize);
      if (ins.rm >= 0) pickFast(ins, fast.testRR32, fast.testRR64);
      return;
    case 0x86: case 0x87: modrm(d, ins); if (op === 0x86) fixByteRegs(d, ins); set(ins, alu.xchgRmReg, op === 0x86 ? 8 : d.vsize); return;
    case 0x88: case 0x89:
      modrm(d, ins);
      if (op === 0x88) fixByteRegs(d, ins);
      set(ins, alu.movRmReg, op === 0x88 ? 8 : d.vsize);
      if (ins.rm >= 0) pickFast(ins, fast.movRR32, fast.movRR64);
      else pickFast(ins, fast.store32, fast.store64);
      return;
    case 0x8a: case 0x8b:
      modrm(d, ins);
      if (op === 0x8a) fixByteRegs(d, ins);
      set(ins, alu.movRegRm, op === 0x8a ? 8 : d.vsize);
      if (ins.rm < 0) pickFast(ins, fast.load32, fast.load64);
      else if (ins.size >= 32) { const dest = ins.reg; ins.reg = ins.rm; ins.rm = dest; pickFast(ins, fast.movRR32, fast.movRR64); }
      return;
    case 0x8c: modrm(d, ins); set(ins, sys.movRmSreg, ins.rm >= 0 ? d.vsize : 16); return;
    case 0x8d: modrm(d, ins); if (ins.rm >= 0) return; set(ins, alu.lea, d.vsize); return;
    case 0x8e: modrm(d, ins); ins.size = 16; system(ins, sys.movSregRm); return;
    case 0x8f: modrm(d, ins); set(ins, ctl.popRm, d.dsize); return;
    case 0x90:
      if (d.rexB) { ins.reg = 8; ins.rm = 0; set(ins, alu.xchgRmReg, d.vsize); return; }
      set(ins, d.rep === 0xf3 ? sys.pause : sys.nop, 32); return;
    case 0x98: set(ins, alu.convertAcc, d.vsize); return;
    case 0x99: set(ins, alu.convertAccDx, d.vsize); return;
    case 0x9b: set(ins, sys.nop, 32); return;
    case 0x9c: set(ins, ctl.pushf, d.dsize); return;
    case 0x9d: ins.size = d.dsize; system(ins, ctl.popf); return;
    case 0x9e: set(ins, alu.sahf, 8); return;
    case 0x9f: set(ins, alu.lahf, 8); return;
    case 0xa0: case 0xa1: case 0xa2: case 0xa3: {
      // movabs with a 64-bit absolute address (32-bit with 0x67).
      ins.disp = d.int32();
      const hi = d.addr32 ? 0 : d.int32();
      ins.base = NO_REG; ins.index = NO_REG; ins.seg = d.seg; ins.rm = -1; ins.reg = 0;
      ins.imm = hi;
      set(ins, op < 0xa2 ? alu.movAbsLoad : alu.movAbsStore, op & 1 ? d.vsize : 8); return;
    }
    case 0xa4: case 0xa5: set(ins, str.movs, op === 0xa4 ? 8 : d.vsize); ins.seg = d.seg; ins.addr32 = d.addr32; return;
    case 0xa6: case 0xa7: set(ins, str.cmps, op === 0xa6 ? 8 : d.vsize); ins.seg = d.seg; ins.addr32 = d.addr32; return;
    case 0xa8: ins.rm = 0; ins.imm = d.byte(); set(ins, alu.testRmImm, 8); return;
    case 0x6c: case 0x6d: system(ins, str.ins); ins.size = op === 0x6c ? 8 : d.opsize ? 16 : 32; ins.addr32 = d.addr32; return;
    case 0x6e: case 0x6f: system(ins, str.outs); ins.size = op === 0x6e ? 8 : d.opsize ? 16 : 32; ins.seg = d.seg; ins.addr32 = d.addr32; return;
    case 0xd7: set(ins, str.xlat, 8); ins.seg = d.seg; ins.addr32 = d.addr32; return;
    case 0xa9: ins.rm = 0; immSized(d, ins, d.vsize === 16 ? 16 : 32); set(ins, alu.testRmImm, d.vsize); return;
    case 0xaa: case 0xab: set(ins, str.stos, op === 0xaa ? 8 : d.vsize); ins.addr32 = d.addr32; return;
    case 0xac: case 0xad: set(ins, str.lods, op === 0xac ? 8 : d.vsize); ins.seg = d.seg; ins.addr32 = d.addr32; return;
    case 0xae: case 0xaf: set(ins, str.scas, op === 0xae ? 8 : d.vsize); ins.addr32 = d.addr32; return;
    case 0xc0: case 0xc1: case 0xd0: case 0xd1: case 0xd2: case 0xd3: {
      const size = op & 1 ? d.vsize : 8;
      ins.sub = modrm(d, ins) & 7;
      if (size === 8) fixByteRm(d, ins);
      if (op <= 0xc1) { ins.imm = d.byte(); set(ins, alu.shiftImm, size); }
      else if (op <= 0xd1) { ins.imm = 1; set(ins, alu.shiftImm, size); }
      else set(ins, alu.shiftCl, size);
      return;
    }
    case 0xc2: ins.imm = d.int16() & 0xffff; branch(ins, ctl.retImm); ins.size = d.dsize; return;
    case 0xc3: branch(ins, ctl.ret); ins.size = d.dsize; return;
    case 0xc6: case 0xc7: {
      const size = op === 0xc6 ? 8 : d.vsize;
      if ((modrm(d, ins) & 7) !== 0) return;
      if (size === 8) fixByteRm(d, ins);
      immSized(d, ins, size === 64 ? 32 : size);
      set(ins, alu.movRmImm, size);
      if (ins.rm >= 0 && size >= 32) ins.exec = fast.movRI;
      return;
    }
    case 0xc8: ins.imm = d.int16() & 0xffff; ins.sub = d.byte(); set(ins, ctl.enter, d.dsize); return;
    case 0xc9: set(ins, ctl.leave, d.dsize); return;
    case 0xca: ins.imm = d.int16() & 0xffff; system(ins, sys.farRet); ins.size = d.vsize; return;
    case 0xcb: ins.imm = 0; system(ins, sys.farRet); ins.size = d.vsize; return;
    case 0xcc: ins.imm = 3; system(ins, sys.int3); return;
    case 0xcd: ins.imm = d.byte(); system(ins, sys.intN); return;
    case 0xcf: ins.size = d.vsize; system(ins, sys.iret); return;
    case 0xe0: case 0xe1: case 0xe2: case 0xe3: ins.sub = op & 3; ins.imm = d.int8(); ins.addr32 = d.addr32; branch(ins, ctl.loop); return;
    case 0xe4: case 0xe5: ins.imm = d.byte(); ins.endsBlock = ins.exits = true; set(ins, sys.inImm, op === 0xe4 ? 8 : d.opsize ? 16 : 32); return;
    case 0xe6: case 0xe7: ins.imm = d.byte(); ins.endsBlock = ins.exits = true; set(ins, sys.outImm, op === 0xe6 ? 8 : d.opsize ? 16 : 32); return;
    case 0xec: case 0xed: ins.endsBlock = ins.exits = true; set(ins, sys.inDx, op === 0xec ? 8 : d.opsize ? 16 : 32); return;
    case 0xee: case 0xef: ins.endsBlock = ins.exits = true; set(ins, sys.outDx, op === 0xee ? 8 : d.opsize ? 16 : 32); return;
    case 0xe8: ins.imm = d.int32(); branch(ins, ctl.callRel); ins.size = d.dsize; return;
    case 0xe9: ins.imm = d.int32(); branch(ins, ctl.jmpRel); return;
    case 0xeb: ins.imm = d.int8(); branch(ins, ctl.jmpRel); return;
    case 0xf1: ins.imm = 1; system(ins, sys.int1); return;
    case 0xf4: system(ins, sys.hlt); return;
    case 0xf5: set(ins, alu.cmc, 32); return;
    case 0xf6: case 0xf7: {
      const size = op === 0xf6 ? 8 : d.vsize;
      ins.sub = modrm(d, ins) & 7;
      if (size === 8) fixByteRm(d, ins);
      if (ins.sub < 2) { immSized(d, ins, size === 64 ? 32 : size); set(ins, alu.testRmImm, size); return; }
      const group3: Handler[] = [alu.testRmImm, alu.testRmImm, alu.notRm, alu.negRm, alu.mulRm, alu.imulRm, alu.divRm, alu.idivRm];
      set(ins, group3[ins.sub], size); return;
    }
    case 0xf8: set(ins, alu.clc, 32); return;
    case 0xf9: set(ins, alu.stc, 32); return;
    case 0xfa: set(ins, sys.cli, 32); return;
    case 0xfb: system(ins, sys.sti); return;
    case 0xfc: set(ins, alu.cld, 32); return;
    case 0xfd: set(ins, alu.std, 32); return;
    case 0xfe: {
      ins.sub = modrm(d, ins) & 7;
      fixByteRm(d, ins);
      if (ins.sub < 2) set(ins, alu.incDec, 8);
      return;
    }
    case 0xff: {
      ins.sub = modrm(d, ins) & 7;
      switch (ins.sub) {
        case 0: case 1: set(ins, alu.incDec, d.vsize); return;
        case 2: branch(ins, ctl.callRm); ins.size = d.dsize; return;
        case 3: if (ins.rm < 0) { system(ins, sys.farCallMem); ins.size = d.vsize; } return;
        case 4: branch(ins, ctl.jmpRm); ins.size = d.dsize; return;
        case 5: if (ins.rm < 0) { system(ins, sys.farJmpMem); ins.size = d.vsize; } return;
        case 6: set(ins, ctl.pushRm, d.dsize); return;
      }
      return;
    }
  }
  // Everything else (including the opcodes invalid in 64-bit mode) stays #UD.
}

function decodeTwoByte(d: DecodeContext, ins: Insn, op: number): void {
  if (op >= 0x40 && op <= 0x4f) { ins.sub = op & 0xf; modrm(d, ins); set(ins, alu.cmovcc, d.vsize); return; }
  if (op >= 0x80 && op <= 0x8f) { ins.sub = op & 0xf; ins.imm = d.int32(); branch(ins, jccHandler(ins.sub)); return; }
  if (op >= 0x90 && op <= 0x9f) { ins.sub = op & 0xf; modrm(d, ins); fixByteRm(d, ins); set(ins, alu.setcc, 8); return; }
  if (op >= 0xc8 && op <= 0xcf) { ins.rm = (op & 7) | d.rexB; set(ins, alu.bswap, d.vsize); return; }
  switch (op) {
    case 0x00: decodeGroup6(d, ins); return;
    case 0x01: decodeGroup7(d, ins); return;
    case 0x05: system(ins, sys.syscall); return;
    case 0x06: set(ins, sys.clts, 32); return;
    case 0x07: ins.size = d.vsize; system(ins, sys.sysret); return;
    case 0x08: case 0x09: set(ins, sys.privilegedNop, 32); return;
    case 0x0b: system(ins, sys.undefinedOpcode); ins.sub = 1; return;
    case 0x0d: modrm(d, ins); if (ins.rm < 0) set(ins, sys.nop, 32); return;
    case 0x18: case 0x19: case 0x1a: case 0x1b: case 0x1c: case 0x1d: case 0x1e: case 0x1f:
      modrm(d, ins); set(ins, sys.nop, 32); return;
    case 0x20: case 0x22: modrm(d, ins); ins.rm = ins.rm < 0 ? (ins.base & 15) : ins.rm; ins.size = 64;
      if (op === 0x20) set(ins, sys.movFromCr, 64); else system(ins, sys.movToCr); return;
    case 0x21: case 0x23: modrm(d, ins); ins.rm = ins.rm < 0 ? (ins.base & 15) : ins.rm;
      set(ins, op === 0x21 ? sys.movFromDr : sys.movToDr, 64); return;
    case 0x30: system(ins, sys.wrmsr); return;
    case 0x31: set(ins, sys.rdtsc, 32); return;
    case 0x32: set(ins, sys.rdmsr, 32); return;
    case 0x33: set(ins, sys.generalProtection, 32); return;
    case 0xa0: ins.sub = 4; set(ins, sys.pushSeg, d.dsize); return;
    case 0xa1: ins.sub = 4; system(ins, sys.popSeg); ins.size = d.dsize; return;
    case 0xa8: ins.sub = 5; set(ins, sys.pushSeg, d.dsize); return;
    case 0xa9: ins.sub = 5; system(ins, sys.popSeg); ins.size = d.dsize; return;
    case 0xa2: set(ins, sys.cpuid, 32); return;
    case 0xa3: case 0xab: case 0xb3: case 0xbb:
      modrm(d, ins); ins.sub = [4, 5, 6, 7][[0xa3, 0xab, 0xb3, 0xbb].indexOf(op)]; set(ins, alu.btReg, d.vsize); return;
    case 0xba: ins.sub = modrm(d, ins) & 7; if (ins.sub < 4) return; ins.imm = d.byte(); set(ins, alu.btImm, d.vsize); return;
    case 0xa4: case 0xac: modrm(d, ins); ins.imm = d.byte(); ins.sub = op === 0xa4 ? 0 : 1; set(ins, alu.shiftDouble, d.vsize); return;
    case 0xa5: case 0xad: modrm(d, ins); ins.imm = -1; ins.sub = op === 0xa5 ? 0 : 1; set(ins, alu.shiftDouble, d.vsize); return;
    case 0xaf: modrm(d, ins); set(ins, alu.imulRegRm, d.vsize); return;
    case 0xb0: case 0xb1: modrm(d, ins); if (op === 0xb0) fixByteRegs(d, ins); set(ins, alu.cmpxchg, op === 0xb0 ? 8 : d.vsize); return;
    case 0xb6: case 0xb7:
      modrm(d, ins);
      if (op === 0xb6) fixByteRm(d, ins);
      ins.sub = op === 0xb6 ? 8 : 16;
      set(ins, alu.movzx, d.vsize);
      if (op === 0xb6 && ins.rm < 0 && ins.size >= 32) ins.exec = fast.loadZx8;
      return;
    case 0xbe: case 0xbf: modrm(d, ins); if (op === 0xbe) fixByteRm(d, ins); ins.sub = op === 0xbe ? 8 : 16; set(ins, alu.movsx, d.vsize); return;
    case 0xb8: modrm(d, ins); if (d.rep === 0xf3) set(ins, alu.popcnt, d.vsize); return;
    case 0xbc: modrm(d, ins); set(ins, d.rep === 0xf3 ? alu.tzcnt : alu.bsf, d.vsize); return;
    case 0xbd: modrm(d, ins); set(ins, d.rep === 0xf3 ? alu.lzcnt : alu.bsr, d.vsize); return;
    case 0xc0: case 0xc1: modrm(d, ins); if (op === 0xc0) fixByteRegs(d, ins); set(ins, alu.xadd, op === 0xc0 ? 8 : d.vsize); return;
    case 0xc7: {
      ins.sub = modrm(d, ins) & 7;
      if (ins.sub === 1 && ins.rm < 0) set(ins, alu.cmpxchgDouble, d.rexW ? 128 : 64);
      return;
    }
    case 0xae: {
      ins.sub = modrm(d, ins) & 7;
      if (ins.rm >= 0) { if (ins.sub >= 5) set(ins, sys.nop, 32); return; }
      switch (ins.sub) {
        case 0: set(ins, sys.fxsave, 32); return;
        case 1: set(ins, sys.fxrstor, 32); return;
        case 2: set(ins, sys.ldmxcsr, 32); return;
        case 3: set(ins, sys.stmxcsr, 32); return;
        case 7: set(ins, sys.nop, 32); return; // clflush
      }
      return;
    }
  }
  decodeSse(d, ins, op);
}

function decodeGroup6(d: DecodeContext, ins: Insn): void {
  const sub = modrm(d, ins) & 7;
  ins.sub = sub;
  ins.size = 16;
  switch (sub) {
    case 0: set(ins, sys.sldt, ins.rm >= 0 ? d.vsize : 16); return;
    case 1: set(ins, sys.str, ins.rm >= 0 ? d.vsize : 16); return;
    case 2: system(ins, sys.lldt); return;
    case 3: system(ins, sys.ltr); return;
  }
}

function decodeGroup7(d: DecodeContext, ins: Insn): void {
  const save = d.pos;
  const m = d.read(d.start + d.pos);
  if (m >= 0xc0) {
    d.pos = save + 1;
    switch (m) {
      case 0xca: set(ins, sys.clac, 32); return;
      case 0xcb: set(ins, sys.stac, 32); return;
      case 0xf8: set(ins, sys.swapgs, 32); return;
      case 0xf9: set(ins, sys.rdtscp, 32); return;
    }
    if ((m & 0x38) === 0x20) { ins.rm = (m & 7) | d.rexB; set(ins, sys.smsw, d.vsize); return; }
    return;
  }
  const sub = modrm(d, ins) & 7;
  switch (sub) {
    case 0: set(ins, sys.sgdt, 64); return;
    case 1: set(ins, sys.sidt, 64); return;
    case 2: system(ins, sys.lgdt); return;
    case 3: system(ins, sys.lidt); return;
    case 4: set(ins, sys.smsw, 16); return;
    case 6: system(ins, sys.lmsw); return;
    case 7: system(ins, sys.invlpg); return;
  }
}
