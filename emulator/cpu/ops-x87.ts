// x87 floating point: the subset compiled C uses (loads, stores, integer
// conversions, arithmetic, comparisons, control word). Values are doubles,
// so long double arithmetic is rounded to 53 bits (documented limitation):
// results match the hardware when the control word's precision control says
// double or single (or the result is exact). The control word's rounding control
// applies to + - * / sqrt, frndint, fist(p) and stores to m32, and those
// report their exceptions in the status word (fp-round.ts does the rounding;
// the x87 flags have MXCSR's layout). Unmasked exceptions set ES and B but do
// not raise #MF.

import type { Handler, Insn } from './insn.js';
import type { DecodeContext } from './modrm.js';
import { modrm } from './modrm.js';
import { CF, CR0_EM, CR0_TS, Cpu, GuestFault, NM, PF, RAX, UD, ZF } from './cpu.js';
import { setArithFlags, getFlags } from './flags.js';
import { fromExtended, toExtended } from './x87-state.js';
import * as FP from './fp-round.js';
import { fpEnv } from './fp-round.js';

const C0 = 0x100, C1 = 0x200, C2 = 0x400, C3 = 0x4000;

function check(cpu: Cpu): void {
  if (cpu.cr0 & CR0_EM) throw new GuestFault(UD);
  if (cpu.cr0 & CR0_TS) throw new GuestFault(NM);
}

function st(cpu: Cpu, i: number): number {
  return cpu.fpu.regs[(cpu.fpu.top + i) & 7];
}

function setSt(cpu: Cpu, i: number, v: number): void {
  const f = cpu.fpu, p = (f.top + i) & 7;
  f.regs[p] = v;
  f.empty &= ~(1 << p);
}

function push(cpu: Cpu, v: number): void {
  const f = cpu.fpu;
  f.top = (f.top - 1) & 7;
  f.regs[f.top] = v;
  f.empty &= ~(1 << f.top);
}

function pop(cpu: Cpu): number {
  const f = cpu.fpu;
  const v = f.regs[f.top];
  f.empty |= 1 << f.top;
  f.top = (f.top + 1) & 7;
  return v;
}

/** Starts an operation under the control word's rounding control with no exceptions yet. */
function begin(cpu: Cpu): void {
  const f = cpu.fpu;
  fpEnv.mode = (f.fcw >> 10) & 3;
  fpEnv.flags = 0;
  fpEnv.lazy = fpEnv.mode === FP.NEAREST && (f.fsw & f.fcw & FP.PE) !== 0;
}

/** ORs the operation's exceptions into the status word; an unmasked one sets ES and B. */
function finish(cpu: Cpu): void {
  const f = cpu.fpu, raised = fpEnv.flags;
  if (raised === 0) return;
  f.fsw |= raised;
  if ((raised & ~f.fcw & 0x3f) !== 0) f.fsw |= 0x8080;
}

/** Rounds to an integer per the control word's RC field (bits 10-11); PE when that changes the value. */
function roundFcw(cpu: Cpu, v: number): number {
  const r = FP.roundToInteger(v, (cpu.fpu.fcw >> 10) & 3);
  if (r !== v && v === v) cpu.fpu.fsw |= FP.PE;
  return r;
}

/** fisttp's conversion: toward zero whatever RC says; PE when that changes the value. */
function truncate(cpu: Cpu, v: number): number {
  const r = Math.trunc(v);
  if (r !== v && v === v) cpu.fpu.fsw |= FP.PE;
  return r;
}

const scratch = new DataView(new ArrayBuffer(8));

function loadReal(cpu: Cpu, addr: number, bytes: number): number {
  if (bytes === 4) { scratch.setInt32(0, cpu.read32(addr), true); return scratch.getFloat32(0, true); }
  if (bytes === 8) { scratch.setInt32(0, cpu.read64(addr), true); scratch.setInt32(4, cpu.hi, true); return scratch.getFloat64(0, true); }
  const lo = cpu.read64(addr), hi = cpu.hi;
  return fromExtended(lo, hi, cpu.read16(addr + 8));
}

function storeReal(cpu: Cpu, addr: number, bytes: number, v: number): void {
  if (bytes === 4) {
    if (v === v) { begin(cpu); v = FP.narrowF64(v); finish(cpu); }
    scratch.setFloat32(0, v, true);
    cpu.write32(addr, scratch.getInt32(0, true));
    return;
  }
  if (bytes === 8) { scratch.setFloat64(0, v, true); cpu.write64(addr, scratch.getInt32(0, true), scratch.getInt32(4, true)); return; }
  const [lo, hi, se] = toExtended(v);
  cpu.write16(addr + 8, se);
  cpu.write64(addr, lo, hi);
}

function loadInt(cpu: Cpu, addr: number, bytes: number): number {
  if (bytes === 2) return (cpu.read16(addr) << 16) >> 16;
  if (bytes === 4) return cpu.read32(addr);
  const lo = cpu.read64(addr);
  return cpu.hi * 4294967296 + (lo >>> 0);
}

function storeInt(cpu: Cpu, addr: number, bytes: number, v: number): void {
  const limit = 2 ** (bytes * 8 - 1);
  const ok = v >= -limit && v < limit;
  if (!ok) cpu.fpu.fsw |= FP.IE;
  if (bytes === 2) cpu.write16(addr, ok ? v : 0x8000);
  else if (bytes === 4) cpu.write32(addr, ok ? v : 0x80000000 | 0);
  else if (!ok) cpu.write64(addr, 0, 0x80000000 | 0);
  else { const big = BigInt(v); cpu.write64(addr, Number(BigInt.asIntN(32, big)), Number(BigInt.asIntN(32, big >> 32n))); }
}

/** The eight arithmetic operations of D8/DC/DE /n (Intel meaning: dest = dest op src), rounded per RC. */
function arith(cpu: Cpu, n: number, dest: number, src: number): number {
  if (dest !== dest || src !== src) return dest + src; // a NaN operand propagates
  begin(cpu);
  let r: number;
  if ((cpu.fpu.fcw & 0x300) === 0) r = arithSingle(n, dest, src); // precision control: single
  else switch (n) {
    case 0: r = FP.addF64(dest, src); break;
    case 1: r = FP.mulF64(dest, src); break;
    case 4: r = FP.subF64(dest, src); break;
    case 5: r = FP.subF64(src, dest); break;
    case 6: r = FP.divF64(dest, src); break;
    default: r = FP.divF64(src, dest);
  }
  finish(cpu);
  return r === r ? r : REAL_INDEFINITE;
}

/** Precision control "single" (rare: the exact slow path, rounded to 24 bits). */
function arithSingle(n: number, dest: number, src: number): number {
  const f = FP.X87_SINGLE;
  switch (n) {
    case 0: return FP.exactAdd(dest, src, f);
    case 1: return FP.exactMul(dest, src, f);
    case 4: return FP.exactAdd(dest, -src, f);
    case 5: return FP.exactAdd(src, -dest, f);
    case 6: return FP.exactDiv(dest, src, f);
    default: return FP.exactDiv(src, dest, f);
  }
}

function fsqrt(cpu: Cpu, v: number): number {
  if (v !== v) return v;
  begin(cpu);
  const r = (cpu.fpu.fcw & 0x300) === 0 ? FP.exactSqrt(v, FP.X87_SINGLE) : FP.sqrtF64(v);
  finish(cpu);
  return r === r ? r : REAL_INDEFINITE;
}

/**
 * The x87 "real indefinite" (negative quiet NaN) an invalid operation makes;
 * JS arithmetic would give a positive one. Typed arrays and DataView keep
 * the bits of a NaN they are given.
 */
const REAL_INDEFINITE = new Float64Array(new Uint32Array([0, 0xfff80000]).buffer)[0];

/** fcom/fcomi/ftst (signalling: a NaN operand raises IE) as opposed to fucom/fucomi. */
const SIGNALLING = true, QUIET = false;

/** Sets C0/C2/C3 in the status word for a comparison (fcom, ftst). */
function compareStatus(cpu: Cpu, a: number, b: number, signalling: boolean): void {
  const f = cpu.fpu;
  f.fsw &= ~(C0 | C1 | C2 | C3);
  if (a !== a || b !== b) f.fsw |= C0 | C2 | C3 | (signalling ? FP.IE : 0);
  else if (a < b) f.fsw |= C0;
  else if (a === b) f.fsw |= C3;
}

/** Sets ZF/PF/CF for fcomi/fucomi. */
function compareFlags(cpu: Cpu, a: number, b: number, signalling: boolean): void {
  let flags = getFlags(cpu) & ~(ZF | PF | CF | 0x800 | 0x80 | 0x10);
  if (a !== a || b !== b) { flags |= ZF | PF | CF; if (signalling) cpu.fpu.fsw |= FP.IE; }
  else if (a < b) flags |= CF;
  else if (a === b) flags |= ZF;
  setArithFlags(cpu, flags);
}

/** fld1, fldl2t, fldl2e, fldpi, fldlg2, fldln2, fldz. */
const CONSTANTS = [1, Math.log2(10), Math.LOG2E, Math.PI, Math.log10(2), Math.LN2, 0];

/** The full tag word: two bits per physical register (0 valid, 1 zero, 2 special, 3 empty). */
function tagWord(cpu: Cpu): number {
  const f = cpu.fpu;
  let tags = 0;
  for (let p = 0; p < 8; p++) {
    const v = f.regs[p];
    const tag = f.empty & (1 << p) ? 3 : v === 0 ? 1 : v !== v || !Number.isFinite(v) || Math.abs(v) < 2 ** -1022 ? 2 : 0;
    tags |= tag << (2 * p);
  }
  return tags;
}

/**
 * fnstenv: the 28-byte protected-mode environment (control, status and tag
 * words; the instruction and operand pointers are stored as zero), after
 * which all exceptions are masked, as the hardware does.
 */
function storeEnvironment(cpu: Cpu, addr: number): void {
  const f = cpu.fpu;
  cpu.write32(addr, f.fcw | 0xffff0000);
  cpu.write32(addr + 4, f.statusWord() | 0xffff0000);
  cpu.write32(addr + 8, tagWord(cpu) | 0xffff0000);
  for (let off = 12; off < 28; off += 4) cpu.write32(addr + off, 0);
  f.fcw |= 0x3f;
}

/** fldenv: control word, status word (with TOP) and which registers are empty. */
function loadEnvironment(cpu: Cpu, addr: number): void {
  const f = cpu.fpu;
  const fcw = cpu.read16(addr), fsw = cpu.read16(addr + 4), tags = cpu.read16(addr + 8);
  f.fcw = fcw;
  f.top = (fsw >> 11) & 7;
  f.fsw = fsw & ~0x3800;
  f.empty = 0;
  for (let p = 0; p < 8; p++) if (((tags >> (2 * p)) & 3) === 3) f.empty |= 1 << p;
}

/** Memory forms, indexed by (opcode - 0xd8) * 8 + ModRM.reg. */
function memoryOp(cpu: Cpu, ins: Insn): void {
  check(cpu);
  const addr = cpu.ea(ins);
  const f = cpu.fpu;
  const op = ins.opcode - 0xd8, n = ins.sub;
  switch (op) {
    case 0: case 4: case 2: case 6: {
      // D8 m32real, DC m64real, DA m32int, DE m16int.
      const v = op === 0 ? loadReal(cpu, addr, 4) : op === 4 ? loadReal(cpu, addr, 8) : loadInt(cpu, addr, op === 2 ? 4 : 2);
      if (n === 2 || n === 3) { compareStatus(cpu, st(cpu, 0), v, SIGNALLING); if (n === 3) pop(cpu); return; }
      setSt(cpu, 0, arith(cpu, n, st(cpu, 0), v));
      return;
    }
    case 1:
      switch (n) {
        case 0: push(cpu, loadReal(cpu, addr, 4)); return;
        case 2: storeReal(cpu, addr, 4, st(cpu, 0)); return;
        case 3: storeReal(cpu, addr, 4, pop(cpu)); return;
        case 4: loadEnvironment(cpu, addr); return;
        case 5: f.fcw = cpu.read16(addr); return;
        case 6: storeEnvironment(cpu, addr); return;
        case 7: cpu.write16(addr, f.fcw); return;
      }
      break;
    case 3:
      switch (n) {
        case 0: push(cpu, loadInt(cpu, addr, 4)); return;
        case 1: storeInt(cpu, addr, 4, truncate(cpu, pop(cpu))); return;
        case 2: storeInt(cpu, addr, 4, roundFcw(cpu, st(cpu, 0))); return;
        case 3: storeInt(cpu, addr, 4, roundFcw(cpu, pop(cpu))); return;
        case 5: push(cpu, loadReal(cpu, addr, 10)); return;
        case 7: storeReal(cpu, addr, 10, pop(cpu)); return;
      }
      break;
    case 5:
      switch (n) {
        case 0: push(cpu, loadReal(cpu, addr, 8)); return;
        case 1: storeInt(cpu, addr, 8, truncate(cpu, pop(cpu))); return;
        case 2: storeReal(cpu, addr, 8, st(cpu, 0)); return;
        case 3: storeReal(cpu, addr, 8, pop(cpu)); return;
        case 7: cpu.write16(addr, f.statusWord()); return;
      }
      break;
    case 7:
      switch (n) {
        case 0: push(cpu, loadInt(cpu, addr, 2)); return;
        case 1: storeInt(cpu, addr, 2, truncate(cpu, pop(cpu))); return;
        case 2: storeInt(cpu, addr, 2, roundFcw(cpu, st(cpu, 0))); return;
        case 3: storeInt(cpu, addr, 2, roundFcw(cpu, pop(cpu))); return;
        case 5: push(cpu, loadInt(cpu, addr, 8)); return;
        case 7: storeInt(cpu, addr, 8, roundFcw(cpu, pop(cpu))); return;
      }
      break;
  }
  throw new GuestFault(UD);
}

/** Register forms (ModRM.mod == 3); ins.rm holds the full ModRM byte's low 6 bits. */
function registerOp(cpu: Cpu, ins: Insn): void {
  check(cpu);
  const f = cpu.fpu;
  const op = ins.opcode - 0xd8, n = ins.sub, i = ins.imm;
  switch (op) {
    case 0:
      if (n === 2 || n === 3) { compareStatus(cpu, st(cpu, 0), st(cpu, i), SIGNALLING); if (n === 3) pop(cpu); return; }
      setSt(cpu, 0, arith(cpu, n, st(cpu, 0), st(cpu, i)));
      return;
    case 4:
      // DC: st(i) = st(i) op st(0); AT&T swaps the sub/div names, the encoding is what counts.
      if (n >= 4) { setSt(cpu, i, arith(cpu, n ^ 1, st(cpu, i), st(cpu, 0))); return; }
      if (n <= 1) { setSt(cpu, i, arith(cpu, n, st(cpu, i), st(cpu, 0))); return; }
      break;
    case 6:
      if (n === 3 && i === 1) { compareStatus(cpu, st(cpu, 0), st(cpu, 1), SIGNALLING); pop(cpu); pop(cpu); return; } // fcompp
      if (n >= 4) { setSt(cpu, i, arith(cpu, n ^ 1, st(cpu, i), st(cpu, 0))); pop(cpu); return; }
      if (n <= 1) { setSt(cpu, i, arith(cpu, n, st(cpu, i), st(cpu, 0))); pop(cpu); return; }
      break;
    case 1:
      if (n === 0) { push(cpu, st(cpu, i)); return; }
      if (n === 1) { const a = st(cpu, 0); setSt(cpu, 0, st(cpu, i)); setSt(cpu, i, a); return; }
      if (n === 2 && i === 0) return; // fnop
      switch (0xc0 | (n << 3) | i) {
        case 0xe0: setSt(cpu, 0, -st(cpu, 0)); return;
        case 0xe1: setSt(cpu, 0, Math.abs(st(cpu, 0))); return;
        case 0xe4: compareStatus(cpu, st(cpu, 0), 0, SIGNALLING); return;
        case 0xe5: fxam(cpu); return;
        case 0xe8: case 0xe9: case 0xea: case 0xeb: case 0xec: case 0xed: case 0xee:
          push(cpu, CONSTANTS[i]); return;
        case 0xf0: setSt(cpu, 0, 2 ** st(cpu, 0) - 1); return;                 // f2xm1
        case 0xf1: setSt(cpu, 1, st(cpu, 1) * Math.log2(st(cpu, 0))); pop(cpu); return; // fyl2x
        case 0xf2: setSt(cpu, 0, Math.tan(st(cpu, 0))); push(cpu, 1); return;   // fptan
        case 0xf3: setSt(cpu, 1, Math.atan2(st(cpu, 1), st(cpu, 0))); pop(cpu); return; // fpatan
        case 0xf9: setSt(cpu, 1, st(cpu, 1) * Math.log2(st(cpu, 0) + 1)); pop(cpu); return; // fyl2xp1
        case 0xfb: { const v = st(cpu, 0); setSt(cpu, 0, Math.sin(v)); push(cpu, Math.cos(v)); return; } // fsincos
        case 0xf8: case 0xf5: { // fprem / fprem1
          const a = st(cpu, 0), b = st(cpu, 1);
          setSt(cpu, 0, i === 0 ? a % b : a - b * FP.roundToInteger(a / b, FP.NEAREST));
          f.fsw &= ~C2;
          return;
        }
        case 0xfa: setSt(cpu, 0, fsqrt(cpu, st(cpu, 0))); return;
        case 0xfc: setSt(cpu, 0, roundFcw(cpu, st(cpu, 0))); return;
        case 0xfd: setSt(cpu, 0, st(cpu, 0) * 2 ** Math.trunc(st(cpu, 1))); return;
        case 0xfe: setSt(cpu, 0, Math.sin(st(cpu, 0))); return;
        case 0xff: setSt(cpu, 0, Math.cos(st(cpu, 0))); return;
      }
      break;
    case 2:
      if (n === 5 && i === 1) { compareStatus(cpu, st(cpu, 0), st(cpu, 1), QUIET); pop(cpu); pop(cpu); return; } // fucompp
      if (n < 4) { if (fcmovCondition(cpu, n)) setSt(cpu, 0, st(cpu, i)); return; }
      break;
    case 3:
      if (n < 4) { if (!fcmovCondition(cpu, n)) setSt(cpu, 0, st(cpu, i)); return; }
      if (n === 4 && i === 3) { f.reset(); return; }          // fninit
      if (n === 4 && i === 2) { f.fsw &= 0x7f00; return; }    // fnclex
      if (n === 5 || n === 6) { compareFlags(cpu, st(cpu, 0), st(cpu, i), n === 6); return; }
      break;
    case 5:
      if (n === 0) { f.empty |= 1 << ((f.top + i) & 7); return; }   // ffree
      if (n === 2) { setSt(cpu, i, st(cpu, 0)); return; }
      if (n === 3) { setSt(cpu, i, st(cpu, 0)); pop(cpu); return; }
      if (n === 4 || n === 5) { compareStatus(cpu, st(cpu, 0), st(cpu, i), QUIET); if (n === 5) pop(cpu); return; }
      break;
    case 7:
      if (n === 4 && i === 0) { cpu.setReg(16, RAX, f.statusWord(), 0); return; } // fnstsw %ax
      if (n === 5 || n === 6) { compareFlags(cpu, st(cpu, 0), st(cpu, i), n === 6); pop(cpu); return; }
      break;
  }
  throw new GuestFault(UD);
}

function fcmovCondition(cpu: Cpu, n: number): boolean {
  const flags = getFlags(cpu);
  switch (n) {
    case 0: return (flags & CF) !== 0;
    case 1: return (flags & ZF) !== 0;
    case 2: return (flags & (CF | ZF)) !== 0;
    default: return (flags & PF) !== 0;
  }
}

function fxam(cpu: Cpu): void {
  const f = cpu.fpu, v = st(cpu, 0);
  f.fsw &= ~(C0 | C1 | C2 | C3);
  if (v < 0 || Object.is(v, -0)) f.fsw |= C1;
  if (f.empty & (1 << f.top)) f.fsw |= C0 | C3;
  else if (v !== v) f.fsw |= C0;
  else if (!Number.isFinite(v)) f.fsw |= C0 | C2;
  else if (v === 0) f.fsw |= C3;
  else f.fsw |= C2;
}

export function decodeX87(d: DecodeContext, ins: Insn, op: number): void {
  const m = d.read(d.start + d.pos);
  ins.opcode = op;
  if (m >= 0xc0) {
    d.pos++;
    ins.sub = (m >> 3) & 7;
    ins.imm = m & 7;
    ins.exec = registerOp as Handler;
    return;
  }
  ins.sub = modrm(d, ins) & 7;
  ins.exec = memoryOp as Handler;
}
