// The x87 floating-point unit: loads, stores, integer conversions,
// arithmetic, comparisons, constants, transcendentals, stack and environment
// instructions. Registers hold real 80-bit values (x87-state.ts) and every
// operation rounds as the hardware does (float80*.ts): precision control for
// + - * / and fsqrt, rounding control for everything that rounds, the
// exception flags, stack faults (SF, C1 = 1 on overflow) and C1 = 1 when a
// result was rounded up. Exceptions are handled with their masked responses:
// an unmasked one sets ES and B but neither raises #MF nor withholds the
// result (programs that unmask x87 exceptions would trap on real hardware).

import type { Handler, Insn } from './insn.js';
import type { DecodeContext } from './modrm.js';
import { modrm } from './modrm.js';
import { CF, CR0_EM, CR0_TS, Cpu, GuestFault, NM, PF, RAX, UD, ZF } from './cpu.js';
import { setArithFlags, getFlags } from './flags.js';
import * as F from './float80.js';
import { type F80, env80 } from './float80.js';
import { fromBinary32, fromBinary64, fromInteger, roundToIntegral, toBinary32, toBinary64, toInteger } from './float80-convert.js';
import * as M from './float80-math.js';
import { loadBcd, storeBcd } from './float80-bcd.js';

const C0 = 0x100, C1 = 0x200, C2 = 0x400, C3 = 0x4000;

function check(cpu: Cpu): void {
  if (cpu.cr0 & CR0_EM) throw new GuestFault(UD);
  if (cpu.cr0 & CR0_TS) throw new GuestFault(NM);
}

// ---- the register stack -------------------------------------------------------------------

/** ST(i); an empty register is a stack underflow (IE, SF) and reads as the real indefinite. */
function st(cpu: Cpu, i: number): F80 {
  const f = cpu.fpu, p = (f.top + i) & 7;
  if (f.empty & (1 << p)) { env80.flags |= F.IE | F.SF; return F.INDEFINITE; }
  return f.physical(p);
}

function setSt(cpu: Cpu, i: number, v: F80): void {
  const f = cpu.fpu, p = (f.top + i) & 7;
  f.setPhysical(p, v);
  f.empty &= ~(1 << p);
}

/** Pushes v; pushing onto a full stack is an overflow (IE, SF, C1) that pushes the real indefinite. */
function push(cpu: Cpu, v: F80): void {
  const f = cpu.fpu, p = (f.top - 1) & 7;
  if ((f.empty & (1 << p)) === 0) { env80.flags |= F.IE | F.SF | F.C1; v = F.INDEFINITE; }
  f.top = p;
  f.setPhysical(p, v);
  f.empty &= ~(1 << p);
}

function pop(cpu: Cpu): void {
  const f = cpu.fpu;
  f.empty |= 1 << f.top;
  f.top = (f.top + 1) & 7;
}

/** Starts an instruction under the control word's rounding control with no exceptions yet. */
function begin(cpu: Cpu): void {
  env80.rc = (cpu.fpu.fcw >> 10) & 3;
  env80.flags = 0;
}

/** C1 is the round-up (or stack overflow) indication; the exception flags are sticky; unmasked ones set ES and B. */
function finish(cpu: Cpu): void {
  const f = cpu.fpu, raised = env80.flags;
  f.fsw = (f.fsw & ~C1) | raised;
  if ((raised & ~f.fcw & 0x3f) !== 0) f.fsw |= 0x8080;
}

/** C0, C2 and C3 together (comparisons and fxam set all three). */
function setConditions(cpu: Cpu, bits: number): void {
  cpu.fpu.fsw = (cpu.fpu.fsw & ~(C0 | C2 | C3)) | bits;
}

// ---- memory operands ---------------------------------------------------------------------

/** fld m32/m64: an SNaN is quieted (IE). */
function loadAndQuiet(cpu: Cpu, addr: number, bytes: number): F80 {
  const v = loadReal(cpu, addr, bytes);
  if (F.classify(v) !== F.SNAN) return v;
  env80.flags |= F.IE;
  return F.quiet(v);
}

function loadReal(cpu: Cpu, addr: number, bytes: number): F80 {
  if (bytes === 4) return fromBinary32(cpu.read32(addr));
  const lo = cpu.read64(addr), hi = cpu.hi;
  if (bytes === 8) return fromBinary64(lo, hi);
  return F.f80(cpu.read16(addr + 8), hi, lo);
}

function storeReal(cpu: Cpu, addr: number, bytes: number, v: F80): void {
  if (bytes === 4) { cpu.write32(addr, toBinary32(v)); return; }
  if (bytes === 8) { const [lo, hi] = toBinary64(v); cpu.write64(addr, lo, hi); return; }
  cpu.write64(addr, v.lo | 0, v.hi | 0);
  cpu.write16(addr + 8, v.se);
}

function loadInt(cpu: Cpu, addr: number, bytes: number): F80 {
  if (bytes === 2) return fromInteger(BigInt((cpu.read16(addr) << 16) >> 16));
  if (bytes === 4) return fromInteger(BigInt(cpu.read32(addr) | 0));
  const lo = cpu.read64(addr);
  return fromInteger((BigInt(cpu.hi | 0) << 32n) | BigInt(lo >>> 0));
}

/** fist/fistp/fisttp: out of range, NaN or infinity store the integer indefinite (the lowest integer). */
function storeInt(cpu: Cpu, addr: number, bytes: number, v: F80, rc: number): void {
  const n = toInteger(v, bytes, rc) ?? -(1n << BigInt(bytes * 8 - 1));
  if (bytes === 2) cpu.write16(addr, Number(n) & 0xffff);
  else if (bytes === 4) cpu.write32(addr, Number(BigInt.asIntN(32, n)));
  else cpu.write64(addr, Number(BigInt.asIntN(32, n)), Number(BigInt.asIntN(32, n >> 32n)));
}

// ---- arithmetic ---------------------------------------------------------------------------

/** The eight operations of D8/DC/DE /n (dest = dest op src; 5 and 7 are the reversed forms). */
function arith(cpu: Cpu, n: number, dest: F80, src: F80): F80 {
  const f = F.precisionFormat(cpu.fpu.fcw);
  switch (n) {
    case 0: return F.add(dest, src, f);
    case 1: return F.mul(dest, src, f);
    case 4: return F.sub(dest, src, f);
    case 5: return F.sub(src, dest, f);
    case 6: return F.div(dest, src, f);
    default: return F.div(src, dest, f);
  }
}

/** fcom/ftst/fucom: C3 C2 C0 = 000 greater, 001 less, 100 equal, 111 unordered. */
function compareStatus(cpu: Cpu, a: F80, b: F80, signalling: boolean): void {
  const r = F.compare(a, b, signalling);
  setConditions(cpu, r === F.LESS ? C0 : r === F.EQUAL ? C3 : r === F.UNORDERED ? C0 | C2 | C3 : 0);
}

/** fcomi/fucomi: ZF PF CF the same way. */
function compareFlags(cpu: Cpu, a: F80, b: F80, signalling: boolean): void {
  const r = F.compare(a, b, signalling);
  let flags = getFlags(cpu) & ~(ZF | PF | CF | 0x800 | 0x80 | 0x10);
  if (r === F.UNORDERED) flags |= ZF | PF | CF;
  else if (r === F.LESS) flags |= CF;
  else if (r === F.EQUAL) flags |= ZF;
  setArithFlags(cpu, flags);
}

/** fxam's classes in C3 C2 C0, with the sign in C1 (the sign of an empty register's stale bits). */
function fxam(cpu: Cpu): void {
  const f = cpu.fpu, v = f.physical(f.top);
  let bits: number;
  if (f.empty & (1 << f.top)) bits = C3 | C0;
  else switch (F.classify(v)) {
    case F.NORMAL: bits = C2; break;
    case F.DENORMAL: bits = C3 | C2; break;
    case F.ZERO: bits = C3; break;
    case F.INF: bits = C2 | C0; break;
    case F.QNAN: case F.SNAN: bits = C0; break;
    default: bits = 0;
  }
  setConditions(cpu, bits);
  if (v.se & 0x8000) env80.flags |= F.C1;
}

// ---- environment images --------------------------------------------------------------------

/**
 * fnstenv: the 28-byte protected-mode environment (control, status and tag
 * words; the instruction and operand pointers are stored as zero), after
 * which all exceptions are masked, as the hardware does.
 */
function storeEnvironment(cpu: Cpu, addr: number): void {
  const f = cpu.fpu;
  cpu.write32(addr, f.fcw | 0xffff0000);
  cpu.write32(addr + 4, f.statusWord() | 0xffff0000);
  cpu.write32(addr + 8, f.tagWord() | 0xffff0000);
  for (let off = 12; off < 28; off += 4) cpu.write32(addr + off, 0);
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

/** fnsave: the environment, then ST(0)..ST(7) as 10 bytes each; then fninit. */
function save(cpu: Cpu, addr: number): void {
  storeEnvironment(cpu, addr);
  const f = cpu.fpu;
  for (let i = 0; i < 8; i++) storeReal(cpu, addr + 28 + 10 * i, 10, f.physical((f.top + i) & 7));
  f.init();
}

/** frstor: the inverse of fnsave. */
function restore(cpu: Cpu, addr: number): void {
  loadEnvironment(cpu, addr);
  const f = cpu.fpu;
  for (let i = 0; i < 8; i++) f.setPhysical((f.top + i) & 7, loadReal(cpu, addr + 28 + 10 * i, 10));
}

// ---- memory forms --------------------------------------------------------------------------

/** Memory forms, by opcode D8..DF and ModRM.reg. */
function memoryOp(cpu: Cpu, ins: Insn): void {
  check(cpu);
  const addr = cpu.ea(ins);
  const f = cpu.fpu;
  const op = ins.opcode - 0xd8, n = ins.sub;
  // Control instructions leave the exception flags and C1 alone.
  switch (op * 8 + n) {
    case 1 * 8 + 4: loadEnvironment(cpu, addr); return;
    case 1 * 8 + 5: f.fcw = cpu.read16(addr); return;
    case 1 * 8 + 6: storeEnvironment(cpu, addr); f.fcw |= 0x3f; return;
    case 1 * 8 + 7: cpu.write16(addr, f.fcw); return;
    case 5 * 8 + 4: restore(cpu, addr); return;
    case 5 * 8 + 6: save(cpu, addr); return;
    case 5 * 8 + 7: cpu.write16(addr, f.statusWord()); return;
  }
  begin(cpu);
  numericMemoryOp(cpu, addr, op, n);
  finish(cpu);
}

function numericMemoryOp(cpu: Cpu, addr: number, op: number, n: number): void {
  const rc = env80.rc;
  switch (op) {
    case 0: case 4: case 2: case 6: {
      // D8 m32real, DC m64real, DA m32int, DE m16int.
      const v = op === 0 ? loadReal(cpu, addr, 4) : op === 4 ? loadReal(cpu, addr, 8) : loadInt(cpu, addr, op === 2 ? 4 : 2);
      const x = st(cpu, 0);
      // A denormal m32/m64 is normal once widened: its DE is decided here, and
      // a NaN (or a division by zero) in ST(0) takes precedence over it.
      if (env80.flags & F.DE) {
        const k = F.classify(x);
        if (F.isNaNKind(k) || k === F.UNSUPPORTED || (n === 7 && k === F.ZERO)) env80.flags &= ~F.DE;
      }
      if (n === 2 || n === 3) { compareStatus(cpu, x, v, true); if (n === 3) pop(cpu); return; }
      setSt(cpu, 0, arith(cpu, n, x, v));
      return;
    }
    case 1:
      switch (n) {
        case 0: push(cpu, loadAndQuiet(cpu, addr, 4)); return;
        case 2: storeReal(cpu, addr, 4, st(cpu, 0)); return;
        case 3: storeReal(cpu, addr, 4, st(cpu, 0)); pop(cpu); return;
      }
      break;
    case 3:
      switch (n) {
        case 0: push(cpu, loadInt(cpu, addr, 4)); return;
        case 1: storeInt(cpu, addr, 4, st(cpu, 0), F.TOWARD_ZERO); pop(cpu); return;
        case 2: storeInt(cpu, addr, 4, st(cpu, 0), rc); return;
        case 3: storeInt(cpu, addr, 4, st(cpu, 0), rc); pop(cpu); return;
        case 5: push(cpu, loadReal(cpu, addr, 10)); return;
        case 7: storeReal(cpu, addr, 10, st(cpu, 0)); pop(cpu); return;
      }
      break;
    case 5:
      switch (n) {
        case 0: push(cpu, loadAndQuiet(cpu, addr, 8)); return;
        case 1: storeInt(cpu, addr, 8, st(cpu, 0), F.TOWARD_ZERO); pop(cpu); return;
        case 2: storeReal(cpu, addr, 8, st(cpu, 0)); return;
        case 3: storeReal(cpu, addr, 8, st(cpu, 0)); pop(cpu); return;
      }
      break;
    case 7:
      switch (n) {
        case 0: push(cpu, loadInt(cpu, addr, 2)); return;
        case 1: storeInt(cpu, addr, 2, st(cpu, 0), F.TOWARD_ZERO); pop(cpu); return;
        case 2: storeInt(cpu, addr, 2, st(cpu, 0), rc); return;
        case 3: storeInt(cpu, addr, 2, st(cpu, 0), rc); pop(cpu); return;
        case 4: push(cpu, loadBcd(cpu.read64(addr), cpu.hi, cpu.read16(addr + 8))); return;
        case 5: push(cpu, loadInt(cpu, addr, 8)); return;
        case 6: { const [lo, hi, top] = storeBcd(st(cpu, 0)); cpu.write64(addr, lo, hi); cpu.write16(addr + 8, top); pop(cpu); return; }
        case 7: storeInt(cpu, addr, 8, st(cpu, 0), rc); pop(cpu); return;
      }
      break;
  }
  throw new GuestFault(UD);
}

// ---- register forms ------------------------------------------------------------------------

/** Register forms (ModRM.mod == 3): ins.sub is ModRM.reg, ins.imm ModRM.rm. */
function registerOp(cpu: Cpu, ins: Insn): void {
  check(cpu);
  const f = cpu.fpu;
  const op = ins.opcode - 0xd8, n = ins.sub, i = ins.imm;
  // Control instructions leave the exception flags and C1 alone.
  if (op === 3 && n === 4) {
    if (i === 3) { f.init(); return; }                     // fninit
    if (i === 2) { f.fsw &= 0x7f00; return; }              // fnclex
    if (i === 0 || i === 1 || i === 4) return;             // feni, fdisi, fsetpm: no-ops since the 387
  }
  if (op === 7 && n === 4 && i === 0) { cpu.setReg(16, RAX, f.statusWord(), 0); return; } // fnstsw %ax
  if (op === 1 && n === 2 && i === 0) return;             // fnop
  begin(cpu);
  numericRegisterOp(cpu, op, n, i);
  finish(cpu);
}

function numericRegisterOp(cpu: Cpu, op: number, n: number, i: number): void {
  const f = cpu.fpu;
  switch (op) {
    case 0:
      if (n === 2 || n === 3) { compareStatus(cpu, st(cpu, 0), st(cpu, i), true); if (n === 3) pop(cpu); return; }
      setSt(cpu, 0, arith(cpu, n, st(cpu, 0), st(cpu, i)));
      return;
    case 4:
      // DC: st(i) = st(i) op st(0); AT&T swaps the sub/div names, the encoding is what counts.
      if (n >= 4) { setSt(cpu, i, arith(cpu, n ^ 1, st(cpu, i), st(cpu, 0))); return; }
      if (n <= 1) { setSt(cpu, i, arith(cpu, n, st(cpu, i), st(cpu, 0))); return; }
      break;
    case 6:
      if (n === 3 && i === 1) { compareStatus(cpu, st(cpu, 0), st(cpu, 1), true); pop(cpu); pop(cpu); return; } // fcompp
      if (n >= 4) { setSt(cpu, i, arith(cpu, n ^ 1, st(cpu, i), st(cpu, 0))); pop(cpu); return; }
      if (n <= 1) { setSt(cpu, i, arith(cpu, n, st(cpu, i), st(cpu, 0))); pop(cpu); return; }
      break;
    case 1:
      if (n === 0) { push(cpu, st(cpu, i)); return; }
      if (n === 1) { const a = st(cpu, 0), b = st(cpu, i); setSt(cpu, 0, b); setSt(cpu, i, a); return; }
      if (n >= 4) { d9Function(cpu, 0xc0 | (n << 3) | i); return; }
      break;
    case 2:
      if (n === 5 && i === 1) { compareStatus(cpu, st(cpu, 0), st(cpu, 1), false); pop(cpu); pop(cpu); return; } // fucompp
      if (n < 4) { const v = st(cpu, i); if (fcmovCondition(cpu, n)) setSt(cpu, 0, v); return; }
      break;
    case 3:
      if (n < 4) { const v = st(cpu, i); if (!fcmovCondition(cpu, n)) setSt(cpu, 0, v); return; }
      if (n === 5 || n === 6) { compareFlags(cpu, st(cpu, 0), st(cpu, i), n === 6); return; }
      break;
    case 5:
      if (n === 0) { f.empty |= 1 << ((f.top + i) & 7); return; }   // ffree
      if (n === 2) { setSt(cpu, i, st(cpu, 0)); return; }
      if (n === 3) { setSt(cpu, i, st(cpu, 0)); pop(cpu); return; }
      if (n === 4 || n === 5) { compareStatus(cpu, st(cpu, 0), st(cpu, i), false); if (n === 5) pop(cpu); return; }
      break;
    case 7:
      if (n === 0) { f.empty |= 1 << ((f.top + i) & 7); pop(cpu); return; } // ffreep
      if (n === 5 || n === 6) { compareFlags(cpu, st(cpu, 0), st(cpu, i), n === 6); pop(cpu); return; }
      break;
  }
  throw new GuestFault(UD);
}

/** The one-byte D9 E0..FF group: sign operations, tests, constants and the functions. */
function d9Function(cpu: Cpu, modrmByte: number): void {
  const f = cpu.fpu;
  switch (modrmByte) {
    case 0xe0: setSt(cpu, 0, F.negate(st(cpu, 0))); return;                 // fchs
    case 0xe1: setSt(cpu, 0, F.absolute(st(cpu, 0))); return;               // fabs
    case 0xe4: compareStatus(cpu, st(cpu, 0), F.POS_ZERO, true); return;     // ftst
    case 0xe5: fxam(cpu); return;
    case 0xe8: case 0xe9: case 0xea: case 0xeb: case 0xec: case 0xed: case 0xee:
      push(cpu, M.constant(modrmByte - 0xe8)); return;
    case 0xf0: setSt(cpu, 0, M.exp2m1(st(cpu, 0))); return;
    case 0xf1: { const r = M.ylog2x(st(cpu, 1), st(cpu, 0), false); setSt(cpu, 1, r); pop(cpu); return; }
    case 0xf9: { const r = M.ylog2x(st(cpu, 1), st(cpu, 0), true); setSt(cpu, 1, r); pop(cpu); return; }
    case 0xf3: { const r = M.arctangent(st(cpu, 1), st(cpu, 0)); setSt(cpu, 1, r); pop(cpu); return; }
    case 0xf4: { const [e, m] = M.extract(st(cpu, 0)); setSt(cpu, 0, e); push(cpu, m); return; } // fxtract
    case 0xf5: case 0xf8: {                                                  // fprem1, fprem
      const r = M.remainder(st(cpu, 0), st(cpu, 1), modrmByte === 0xf5);
      setSt(cpu, 0, r.value);
      const q = r.quotient;
      if (r.incomplete) f.fsw |= C2;
      else setConditions(cpu, (q & 4 ? C0 : 0) | (q & 2 ? C3 : 0));
      if (!r.incomplete && q & 1) env80.flags |= F.C1;
      return;
    }
    case 0xf6: f.top = (f.top - 1) & 7; return;                              // fdecstp
    case 0xf7: f.top = (f.top + 1) & 7; return;                              // fincstp
    case 0xfa: setSt(cpu, 0, F.sqrt(st(cpu, 0), F.precisionFormat(f.fcw))); return;
    case 0xfc: setSt(cpu, 0, roundToIntegral(st(cpu, 0))); return;
    case 0xfd: setSt(cpu, 0, M.scale(st(cpu, 0), st(cpu, 1))); return;
    case 0xf2: case 0xfb: case 0xfe: case 0xff: trigonometric(cpu, modrmByte); return;
  }
  throw new GuestFault(UD);
}

/** fptan, fsincos, fsin, fcos: C2 = 1 (operand unchanged) when |ST(0)| >= 2^63. */
function trigonometric(cpu: Cpu, modrmByte: number): void {
  const x = st(cpu, 0);
  cpu.fpu.fsw &= ~C2;
  if (M.outOfRange(x)) { cpu.fpu.fsw |= C2; return; }
  switch (modrmByte) {
    case 0xfe: setSt(cpu, 0, M.sine(x)); return;
    case 0xff: setSt(cpu, 0, M.cosine(x)); return;
    case 0xf2: {
      const t = M.tangent(x);
      setSt(cpu, 0, t);
      if (F.isNaNKind(F.classify(t))) return;
      push(cpu, M.fromNumber(1));
      return;
    }
    default: {
      const s = M.sine(x), c = M.cosine(x);
      setSt(cpu, 0, s);
      push(cpu, c);
    }
  }
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
