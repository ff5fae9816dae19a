// The emulator's half of the shared instruction table: for each semantic key of a table
// form (`mnemonic operands`, as x86/table.ts writes them) the binder that chooses the
// handler (ops-*.ts) and puts the decoded operands where that handler expects them.
//
// By the time a binder runs, decode.ts has read the ModRM (ins.reg/rm/memory operand),
// the immediates (ins.imm/immHi; unsigned for Ib and Iw, sign-extended for Is and Iz),
// and set d.size (the operand size the form gets from the prefixes), d.zreg (a +r
// register) and d.digit (ModRM.reg's low bits). A key without a binder decodes (its
// length is known) and raises #UD: the emulator does not implement it.

import { CONDITION_CODES } from '../../x86/table.js';
import type { Handler, Insn } from './insn.js';
import { DecodeContext, fixByteRegs, fixByteRm } from './modrm.js';
import * as alu from './ops-alu.js';
import * as fast from './ops-fast.js';
import * as ctl from './ops-control.js';
import * as str from './ops-string.js';
import * as sys from './ops-system.js';
import { SSE_HANDLERS } from './decode-sse.js';

/** Chooses the handler and arranges the operands of one decoded form. */
export type Binder = (d: DecodeContext, ins: Insn) => void;

const BINDERS = new Map<string, Binder>();

function on(keys: string | readonly string[], binder: Binder): void {
  for (const key of typeof keys === 'string' ? [keys] : keys) {
    if (BINDERS.has(key)) throw new Error(`handler-map: ${key} bound twice`);
    BINDERS.set(key, binder);
  }
}

export function binderOf(key: string): Binder | undefined {
  return BINDERS.get(key);
}

export function isImplemented(key: string): boolean {
  return BINDERS.has(key);
}

/** Every semantic key the emulator implements (for the cross-check test). */
export function implementedKeys(): string[] {
  return [...BINDERS.keys()];
}

function set(ins: Insn, h: Handler, size: number): void {
  ins.exec = h;
  ins.size = size;
}

/** Switches to a specialized handler for 32/64-bit operand sizes. */
function pickFast(ins: Insn, h32: Handler, h64: Handler): void {
  if (ins.size === 32) ins.exec = h32;
  else if (ins.size === 64) ins.exec = h64;
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

/** The handlers that take an 8-bit immediate sign-extended like an imm32. */
function signedImm8(ins: Insn): void {
  ins.imm = (ins.imm << 24) >> 24;
  ins.immHi = ins.imm >> 31;
}

/** Port I/O has no 64-bit form: REX.W is ignored. */
function portSize(d: DecodeContext, byteForm: boolean): number {
  return byteForm ? 8 : d.opsize ? 16 : 32;
}

// ---- The eight ALU operations, numbered as their opcode rows and /digits.

const ALU_OPS = ['add', 'or', 'adc', 'sbb', 'and', 'sub', 'xor', 'cmp'];

ALU_OPS.forEach((m, n) => {
  on(`${m} Gb,Eb`, (d, ins) => { ins.sub = n; fixByteRegs(d, ins); set(ins, alu.aluRmReg, 8); });
  on(`${m} Gv,Ev`, (d, ins) => {
    ins.sub = n;
    set(ins, alu.aluRmReg, d.size);
    if (ins.rm >= 0) pickFast(ins, fast.aluRR32, fast.aluRR64);
    else pickFast(ins, fast.aluMR32, fast.aluMR64);
  });
  on(`${m} Eb,Gb`, (d, ins) => { ins.sub = n; fixByteRegs(d, ins); set(ins, alu.aluRegRm, 8); });
  on(`${m} Ev,Gv`, (d, ins) => {
    ins.sub = n;
    set(ins, alu.aluRegRm, d.size);
    if (ins.rm >= 0 && d.size >= 32) {
      // Same operation with the destination in ModRM.rm.
      const dest = ins.reg;
      ins.reg = ins.rm;
      ins.rm = dest;
      pickFast(ins, fast.aluRR32, fast.aluRR64);
    } else if (ins.rm < 0) pickFast(ins, fast.aluRM32, fast.aluRM64);
  });
  on(`${m} Ib,Ab`, (_d, ins) => { ins.sub = n; ins.rm = 0; signedImm8(ins); set(ins, alu.aluRmImm, 8); });
  on(`${m} Iz,Av`, (d, ins) => { ins.sub = n; ins.rm = 0; set(ins, alu.aluRmImm, d.size); pickFast(ins, fast.aluRI32, fast.aluRI64); });
  on(`${m} Ib,Eb`, (d, ins) => { ins.sub = n; fixByteRm(d, ins); signedImm8(ins); set(ins, alu.aluRmImm, 8); });
  const immEv: Binder = (d, ins) => {
    ins.sub = n;
    set(ins, alu.aluRmImm, d.size);
    if (ins.rm >= 0) pickFast(ins, fast.aluRI32, fast.aluRI64);
    else pickFast(ins, fast.aluMI32, fast.aluMI64);
  };
  on([`${m} Iz,Ev`, `${m} Is,Ev`], immEv);
});

// ---- Moves.

on('mov Gb,Eb', (d, ins) => { fixByteRegs(d, ins); set(ins, alu.movRmReg, 8); });
on('mov Gv,Ev', (d, ins) => {
  set(ins, alu.movRmReg, d.size);
  if (ins.rm >= 0) pickFast(ins, fast.movRR32, fast.movRR64);
  else pickFast(ins, fast.store32, fast.store64);
});
on('mov Eb,Gb', (d, ins) => { fixByteRegs(d, ins); set(ins, alu.movRegRm, 8); });
on('mov Ev,Gv', (d, ins) => {
  set(ins, alu.movRegRm, d.size);
  if (ins.rm < 0) pickFast(ins, fast.load32, fast.load64);
  else if (ins.size >= 32) { const dest = ins.reg; ins.reg = ins.rm; ins.rm = dest; pickFast(ins, fast.movRR32, fast.movRR64); }
});
on('mov Ib,Zb', (d, ins) => {
  ins.rm = d.zreg;
  if (d.rex === 0 && ins.rm >= 4) ins.rm += 12;
  set(ins, alu.movRmImm, 8);
});
on(['mov Iz,Zv', 'mov Io,Zv'], (d, ins) => {
  ins.rm = d.zreg;
  set(ins, alu.movRmImm, d.size);
  if (ins.size >= 32) ins.exec = fast.movRI;
});
on('mov Ib,Eb', (d, ins) => { fixByteRm(d, ins); signedImm8(ins); set(ins, alu.movRmImm, 8); });
on('mov Iz,Ev', (d, ins) => {
  set(ins, alu.movRmImm, d.size);
  if (ins.rm >= 0 && d.size >= 32) ins.exec = fast.movRI;
});
on(['mov S,Rv', 'mov S,M'], (d, ins) => set(ins, sys.movRmSreg, ins.rm >= 0 ? d.vsize : 16));
on(['mov Rv,S', 'mov M,S'], (_d, ins) => { ins.size = 16; system(ins, sys.movSregRm); });
// The CPU ignores ModRM.mod here: a "memory" encoding still names a register.
const crDrRegister = (ins: Insn): void => { ins.rm = ins.rm < 0 ? (ins.base & 15) : ins.rm; };
on('mov C,Rq', (_d, ins) => { crDrRegister(ins); set(ins, sys.movFromCr, 64); });
on('mov Rq,C', (_d, ins) => { crDrRegister(ins); ins.size = 64; system(ins, sys.movToCr); });
on('mov D,Rq', (_d, ins) => { crDrRegister(ins); set(ins, sys.movFromDr, 64); });
on('mov Rq,D', (_d, ins) => { crDrRegister(ins); set(ins, sys.movToDr, 64); });
on(['movabs Ov,Ab', 'movabs Ov,Av'], (d, ins) => set(ins, alu.movAbsLoad, d.size));
on(['movabs Ab,Ov', 'movabs Av,Ov'], (d, ins) => set(ins, alu.movAbsStore, d.size));
on('lea M,Gv', (d, ins) => set(ins, alu.lea, d.size));
// 63 /r without REX.W is a plain 32-bit move.
on('movsxd Ed,Gq', (d, ins) => set(ins, d.rexW ? alu.movsxd : alu.movRegRm, d.vsize));
on('movzx Eb,Gv', (d, ins) => {
  fixByteRm(d, ins);
  ins.sub = 8;
  set(ins, alu.movzx, d.vsize);
  if (ins.rm < 0 && ins.size >= 32) ins.exec = fast.loadZx8;
});
on('movzx Ew,Gv', (d, ins) => { ins.sub = 16; set(ins, alu.movzx, d.vsize); });
on('movsx Eb,Gv', (d, ins) => { fixByteRm(d, ins); ins.sub = 8; set(ins, alu.movsx, d.vsize); });
on('movsx Ew,Gv', (d, ins) => { ins.sub = 16; set(ins, alu.movsx, d.vsize); });
on('xchg Zv,Av', (d, ins) => { ins.reg = d.zreg; ins.rm = 0; set(ins, alu.xchgRmReg, d.vsize); });
on('xchg Gb,Eb', (d, ins) => { fixByteRegs(d, ins); set(ins, alu.xchgRmReg, 8); });
on('xchg Gv,Ev', (d, ins) => set(ins, alu.xchgRmReg, d.size));
on('bswap Zv', (d, ins) => { ins.rm = d.zreg; set(ins, alu.bswap, d.vsize); });

// ---- Arithmetic and logic beyond the ALU rows.

on('test Gb,Eb', (d, ins) => { fixByteRegs(d, ins); set(ins, alu.testRmReg, 8); });
on('test Gv,Ev', (d, ins) => { set(ins, alu.testRmReg, d.size); if (ins.rm >= 0) pickFast(ins, fast.testRR32, fast.testRR64); });
on('test Ib,Ab', (_d, ins) => { ins.rm = 0; set(ins, alu.testRmImm, 8); });
on('test Iz,Av', (d, ins) => { ins.rm = 0; set(ins, alu.testRmImm, d.size); });
on('test Ib,Eb', (d, ins) => { ins.sub = d.digit; fixByteRm(d, ins); signedImm8(ins); set(ins, alu.testRmImm, 8); });
on('test Iz,Ev', (d, ins) => { ins.sub = d.digit; set(ins, alu.testRmImm, d.size); });

const GROUP3: Array<[string, Handler]> = [['not', alu.notRm], ['neg', alu.negRm], ['mul', alu.mulRm], ['imul', alu.imulRm], ['div', alu.divRm], ['idiv', alu.idivRm]];
for (const [m, h] of GROUP3) {
  on(`${m} Eb`, (d, ins) => { ins.sub = d.digit; fixByteRm(d, ins); set(ins, h, 8); });
  on(`${m} Ev`, (d, ins) => { ins.sub = d.digit; set(ins, h, d.size); });
}
on(['inc Eb', 'dec Eb'], (d, ins) => { ins.sub = d.digit; fixByteRm(d, ins); set(ins, alu.incDec, 8); });
on(['inc Ev', 'dec Ev'], (d, ins) => { ins.sub = d.digit; set(ins, alu.incDec, d.size); });
on(['imul Iz,Ev,Gv', 'imul Is,Ev,Gv'], (d, ins) => set(ins, alu.imulRegRmImm, d.vsize));
on('imul Ev,Gv', (d, ins) => set(ins, alu.imulRegRm, d.vsize));

const SHIFTS: Array<[string, number]> = [['rol', 0], ['ror', 1], ['rcl', 2], ['rcr', 3], ['shl', 4], ['sal', 4], ['shr', 5], ['sar', 7]];
for (const [m] of SHIFTS) {
  on(`${m} Ib,Eb`, (d, ins) => { ins.sub = d.digit; fixByteRm(d, ins); set(ins, alu.shiftImm, 8); });
  on(`${m} Ib,Ev`, (d, ins) => { ins.sub = d.digit; set(ins, alu.shiftImm, d.size); });
  on([`${m} I1,Eb`, `${m} Eb`], (d, ins) => { ins.sub = d.digit; fixByteRm(d, ins); ins.imm = 1; set(ins, alu.shiftImm, 8); });
  on([`${m} I1,Ev`, `${m} Ev`], (d, ins) => { ins.sub = d.digit; ins.imm = 1; set(ins, alu.shiftImm, d.size); });
  on(`${m} CL,Eb`, (d, ins) => { ins.sub = d.digit; fixByteRm(d, ins); set(ins, alu.shiftCl, 8); });
  on(`${m} CL,Ev`, (d, ins) => { ins.sub = d.digit; set(ins, alu.shiftCl, d.size); });
}
on('shld Ib,Gv,Ev', (d, ins) => { ins.sub = 0; set(ins, alu.shiftDouble, d.vsize); });
on('shrd Ib,Gv,Ev', (d, ins) => { ins.sub = 1; set(ins, alu.shiftDouble, d.vsize); });
// imm = -1: the count is in %cl.
on(['shld CL,Gv,Ev', 'shld Gv,Ev'], (d, ins) => { ins.imm = -1; ins.sub = 0; set(ins, alu.shiftDouble, d.vsize); });
on(['shrd CL,Gv,Ev', 'shrd Gv,Ev'], (d, ins) => { ins.imm = -1; ins.sub = 1; set(ins, alu.shiftDouble, d.vsize); });

// Bit tests: ins.sub is the /digit of 0F BA (4 bt, 5 bts, 6 btr, 7 btc) for both forms.
(['bt', 'bts', 'btr', 'btc'] as const).forEach((m, n) => {
  on(`${m} Gv,Ev`, (d, ins) => { ins.sub = 4 + n; set(ins, alu.btReg, d.vsize); });
  on(`${m} Ib,Ev`, (d, ins) => { ins.sub = d.digit; set(ins, alu.btImm, d.vsize); });
});
on('bsf Ev,Gv', (d, ins) => set(ins, alu.bsf, d.vsize));
on('bsr Ev,Gv', (d, ins) => set(ins, alu.bsr, d.vsize));
on('tzcnt Ev,Gv', (d, ins) => set(ins, alu.tzcnt, d.vsize));
on('lzcnt Ev,Gv', (d, ins) => set(ins, alu.lzcnt, d.vsize));
on('popcnt Ev,Gv', (d, ins) => set(ins, alu.popcnt, d.vsize));
on('cmpxchg Gb,Eb', (d, ins) => { fixByteRegs(d, ins); set(ins, alu.cmpxchg, 8); });
on('cmpxchg Gv,Ev', (d, ins) => set(ins, alu.cmpxchg, d.vsize));
on(['cmpxchg8b M', 'cmpxchg16b M'], (d, ins) => { ins.sub = d.digit; set(ins, alu.cmpxchgDouble, d.rexW ? 128 : 64); });
on('xadd Gb,Eb', (d, ins) => { fixByteRegs(d, ins); set(ins, alu.xadd, 8); });
on('xadd Gv,Ev', (d, ins) => set(ins, alu.xadd, d.vsize));
on('cwtl -', (d, ins) => set(ins, alu.convertAcc, d.vsize));
on('cltd -', (d, ins) => set(ins, alu.convertAccDx, d.vsize));
on('sahf -', (_d, ins) => set(ins, alu.sahf, 8));
on('lahf -', (_d, ins) => set(ins, alu.lahf, 8));
on('cmc -', (_d, ins) => set(ins, alu.cmc, 32));
on('clc -', (_d, ins) => set(ins, alu.clc, 32));
on('stc -', (_d, ins) => set(ins, alu.stc, 32));
on('cld -', (_d, ins) => set(ins, alu.cld, 32));
on('std -', (_d, ins) => set(ins, alu.std, 32));

// ---- Conditions: every alias of a condition code binds the same way (cc = opcode & 15).

const jcc = (cc: number): Handler => (cc === 4 ? ctl.je : cc === 5 ? ctl.jne : ctl.jcc);
for (const [cc] of CONDITION_CODES) {
  on([`j${cc} Jb`, `j${cc} Jz`], (d, ins) => { ins.sub = d.op & 0xf; branch(ins, jcc(ins.sub)); });
  on(`set${cc} Eb`, (d, ins) => { ins.sub = d.op & 0xf; fixByteRm(d, ins); set(ins, alu.setcc, 8); });
  on(`cmov${cc} Ev,Gv`, (d, ins) => { ins.sub = d.op & 0xf; set(ins, alu.cmovcc, d.vsize); });
}

// ---- Control transfer and the stack.

on(['jmp Jb', 'jmp Jz'], (_d, ins) => branch(ins, ctl.jmpRel));
on('jmp K', (d, ins) => { ins.sub = d.digit; branch(ins, ctl.jmpRm); ins.size = d.dsize; });
on('call Jz', (d, ins) => { branch(ins, ctl.callRel); ins.size = d.dsize; });
on('call K', (d, ins) => { ins.sub = d.digit; branch(ins, ctl.callRm); ins.size = d.dsize; });
on('ljmp Kv', (d, ins) => { ins.sub = d.digit; system(ins, sys.farJmpMem); ins.size = d.vsize; });
on('lcall Kv', (d, ins) => { ins.sub = d.digit; system(ins, sys.farCallMem); ins.size = d.vsize; });
// ins.sub: 0 loopne, 1 loope, 2 loop, 3 jrcxz (the opcode's low bits).
on(['loopne Jb', 'loope Jb', 'loop Jb', 'jrcxz Jb'], (d, ins) => { ins.sub = d.op & 3; ins.addr32 = d.addr32; branch(ins, ctl.loop); });
on('ret -', (d, ins) => { branch(ins, ctl.ret); ins.size = d.dsize; });
on('ret Iw', (d, ins) => { branch(ins, ctl.retImm); ins.size = d.dsize; });
on('lret -', (d, ins) => { ins.imm = 0; system(ins, sys.farRet); ins.size = d.vsize; });
on('lret Iw', (d, ins) => { system(ins, sys.farRet); ins.size = d.vsize; });
on('iret -', (d, ins) => { ins.size = d.vsize; system(ins, sys.iret); });
on('push Zv', (d, ins) => { ins.reg = d.zreg; set(ins, ctl.pushReg, d.dsize); });
on('pop Zv', (d, ins) => { ins.reg = d.zreg; set(ins, ctl.popReg, d.dsize); });
on(['push Is', 'push Iz'], (d, ins) => set(ins, ctl.pushImm, d.dsize));
on('push Ev', (d, ins) => { ins.sub = d.digit; set(ins, ctl.pushRm, d.dsize); });
on('pop Ev', (d, ins) => set(ins, ctl.popRm, d.dsize));
on('push FS', (d, ins) => { ins.sub = 4; set(ins, sys.pushSeg, d.dsize); });
on('push GS', (d, ins) => { ins.sub = 5; set(ins, sys.pushSeg, d.dsize); });
on('pop FS', (d, ins) => { ins.sub = 4; system(ins, sys.popSeg); ins.size = d.dsize; });
on('pop GS', (d, ins) => { ins.sub = 5; system(ins, sys.popSeg); ins.size = d.dsize; });
on('enter Iw,Ib', (d, ins) => set(ins, ctl.enter, d.dsize));
on('leave -', (d, ins) => set(ins, ctl.leave, d.dsize));
on('pushf -', (d, ins) => set(ins, ctl.pushf, d.dsize));
on('popf -', (d, ins) => { ins.size = d.dsize; system(ins, ctl.popf); });

// ---- String instructions (the operand size is the form's: b, or v).

const stringOp = (h: Handler, seg: boolean): Binder => (d, ins) => {
  set(ins, h, d.size);
  if (seg) ins.seg = d.seg;
  ins.addr32 = d.addr32;
};
on('movs -', stringOp(str.movs, true));
// The table writes cmps only with its size suffix, so its lines carry no size letters.
on(['cmpsb -', 'cmpsw -', 'cmpsl -', 'cmpsq -'], (d, ins) => {
  set(ins, str.cmps, d.op === 0xa6 ? 8 : d.vsize);
  ins.seg = d.seg;
  ins.addr32 = d.addr32;
});
on('stos -', stringOp(str.stos, false));
on('lods -', stringOp(str.lods, true));
on('scas -', stringOp(str.scas, false));
on('xlatb -', (d, ins) => { set(ins, str.xlat, 8); ins.seg = d.seg; ins.addr32 = d.addr32; });
on(['insb -', 'insw -', 'insl -'], (d, ins) => { system(ins, str.ins); ins.size = portSize(d, d.op === 0x6c); ins.addr32 = d.addr32; });
on(['outsb -', 'outsw -', 'outsl -'], (d, ins) => {
  system(ins, str.outs);
  ins.size = portSize(d, d.op === 0x6e);
  ins.seg = d.seg;
  ins.addr32 = d.addr32;
});

// ---- Ports, interrupts and the system instructions.

const port = (h: Handler): Binder => (d, ins) => {
  ins.endsBlock = ins.exits = true;
  set(ins, h, portSize(d, (d.op & 1) === 0));
};
on(['in Ib,Ab', 'in Ib,Av'], port(sys.inImm));
on(['out Ab,Ib', 'out Av,Ib'], port(sys.outImm));
on(['in DX,Ab', 'in DX,Av', 'in DX'], port(sys.inDx));
on(['out Ab,DX', 'out Av,DX', 'out DX'], port(sys.outDx));
on('int3 -', (_d, ins) => { ins.imm = 3; system(ins, sys.int3); });
on('int Ib', (_d, ins) => system(ins, sys.intN));
on('int1 -', (_d, ins) => { ins.imm = 1; system(ins, sys.int1); });
on('hlt -', (_d, ins) => system(ins, sys.hlt));
on('cli -', (_d, ins) => set(ins, sys.cli, 32));
on('sti -', (_d, ins) => system(ins, sys.sti));
on(['nop -', 'fwait -'], (_d, ins) => set(ins, sys.nop, 32));
on('pause -', (_d, ins) => set(ins, sys.pause, 32));
// Hints and cache control the emulator has nothing to do for.
on(['nop Ev', 'endbr64 -', 'prefetch M', 'prefetchw M', 'prefetchnta M', 'prefetcht0 M', 'prefetcht1 M', 'prefetcht2 M',
  'lfence -', 'mfence -', 'sfence -'], (_d, ins) => set(ins, sys.nop, 32));
on('clflush M', (d, ins) => { ins.sub = d.digit; set(ins, sys.nop, 32); });
on('syscall -', (_d, ins) => system(ins, sys.syscall));
on('sysret -', (d, ins) => { ins.size = d.vsize; system(ins, sys.sysret); });
on('clts -', (_d, ins) => set(ins, sys.clts, 32));
on(['invd -', 'wbinvd -'], (_d, ins) => set(ins, sys.privilegedNop, 32));
on('ud2 -', (_d, ins) => { system(ins, sys.undefinedOpcode); ins.sub = 1; });
on('wrmsr -', (_d, ins) => system(ins, sys.wrmsr));
on('rdtsc -', (_d, ins) => set(ins, sys.rdtsc, 32));
on('rdmsr -', (_d, ins) => set(ins, sys.rdmsr, 32));
on('rdpmc -', (_d, ins) => set(ins, sys.generalProtection, 32));
on('cpuid -', (_d, ins) => set(ins, sys.cpuid, 32));
on('swapgs -', (_d, ins) => set(ins, sys.swapgs, 32));
on('rdtscp -', (_d, ins) => set(ins, sys.rdtscp, 32));
on('clac -', (_d, ins) => set(ins, sys.clac, 32));
on('stac -', (_d, ins) => set(ins, sys.stac, 32));
on('sldt Ev', (d, ins) => { ins.sub = d.digit; set(ins, sys.sldt, ins.rm >= 0 ? d.vsize : 16); });
on('str Ev', (d, ins) => { ins.sub = d.digit; set(ins, sys.str, ins.rm >= 0 ? d.vsize : 16); });
on('lldt Ew', (d, ins) => { ins.sub = d.digit; ins.size = 16; system(ins, sys.lldt); });
on('ltr Ew', (d, ins) => { ins.sub = d.digit; ins.size = 16; system(ins, sys.ltr); });
on('sgdt M', (_d, ins) => set(ins, sys.sgdt, 64));
on('sidt M', (_d, ins) => set(ins, sys.sidt, 64));
on('lgdt M', (_d, ins) => system(ins, sys.lgdt));
on('lidt M', (_d, ins) => system(ins, sys.lidt));
on('smsw Ev', (d, ins) => set(ins, sys.smsw, ins.rm >= 0 ? d.vsize : 16));
on('lmsw Ew', (_d, ins) => system(ins, sys.lmsw));
on('invlpg M', (_d, ins) => system(ins, sys.invlpg));
on(['fxsave M', 'fxsave64 M'], (d, ins) => { ins.sub = d.digit; set(ins, sys.fxsave, 32); });
on(['fxrstor M', 'fxrstor64 M'], (d, ins) => { ins.sub = d.digit; set(ins, sys.fxrstor, 32); });
on('ldmxcsr M', (d, ins) => { ins.sub = d.digit; set(ins, sys.ldmxcsr, 32); });
on('stmxcsr M', (d, ins) => { ins.sub = d.digit; set(ins, sys.stmxcsr, 32); });

// ---- SSE/SSE2: one handler per mnemonic (decode-sse.ts); the operand size is REX.W's.

for (const [key, h] of SSE_HANDLERS) {
  on(key, (d, ins) => { ins.size = d.rexW ? 64 : 32; ins.exec = h; });
}
