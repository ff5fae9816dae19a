// JavaScript source for the commonest instructions, emitted straight into compiled
// blocks with register numbers, displacements and immediates as constants (`R` is
// cpu.regs). Everything else calls its handler. Each template does exactly what the
// corresponding ops-fast.ts handler does.
//
// Memory operands: the address is computed in a local (a double that never leaves the
// function, so V8 does not box it as it does a double returned by cpu.ea), and a hit
// in the software TLB reads or writes RAM through the DataView directly (`T`, `P`, `V`,
// `RB`, `WB`: compile.ts hoists the TLB arrays, the view and the current banks). A
// miss, a page-straddling access or a non-canonical address takes the same path as the
// handler: cpu.read64/write64 fill the TLB (and raise #PF), the handler raises #GP/#SS.
// Writes never hit a page that holds decoded code (those pages are never in the write
// TLB), so only the miss path can stop the block.

import { BASE_RIP, Insn } from './insn.js';
import * as fast from './ops-fast.js';
import { lea, movRmImm, movRmReg, movsx, movsxd } from './ops-alu.js';
import { callRel, callRm, jcc, je, jmpRel, jne, leave, popReg, pushReg, ret } from './ops-control.js';
import { ALU_ADD, ALU_AND, ALU_CMP, ALU_OR, ALU_SUB, ALU_XOR } from './arith.js';
import { LAZY_ADD, LAZY_LOGIC, LAZY_NONE, LAZY_SUB } from './flags.js';
import { TLB_MASK, ZF } from './cpu.js';
import { shiftCode } from './inline-shift.js';

const LAZY_OF: Record<number, number> = {
  [ALU_ADD]: LAZY_ADD, [ALU_SUB]: LAZY_SUB, [ALU_CMP]: LAZY_SUB, [ALU_AND]: LAZY_LOGIC, [ALU_OR]: LAZY_LOGIC, [ALU_XOR]: LAZY_LOGIC,
};

/** Bounds of canonical addresses (cpu.ea raises the fault outside them). */
const CANONICAL = 0x800000000000;

function op32(sub: number): string {
  switch (sub) {
    case ALU_ADD: return '(a + b) | 0';
    case ALU_SUB: case ALU_CMP: return '(a - b) | 0';
    case ALU_AND: return 'a & b';
    case ALU_OR: return 'a | b';
    default: return 'a ^ b';
  }
}

// The flag records below leave out what flags.ts never reads for their kind: the high
// halves of a 32-bit record, and lazyCarry of add and sub (only adc/sbb, inc/dec and
// shifts keep a carry there). Nor is cpu.hi set: it only carries a handler's result.

/** From int32 consts `a` and `b`: the const `r` and the flag record of a 32-bit ALU op. */
function compute32(sub: number): string {
  return `const r = ${op32(sub)}; cpu.lazyOp = ${LAZY_OF[sub]}; cpu.lazySize = 32; cpu.lazyA = a; cpu.lazyB = b; cpu.lazyRes = r;`;
}

/** From pairs (a, ah) and (b, bh): the consts `r`, `rh` and the flag record of a 64-bit ALU op. */
function compute64(sub: number): string {
  let compute: string;
  switch (sub) {
    case ALU_ADD: compute = 'const sum = (a >>> 0) + (b >>> 0), r = sum | 0, rh = (ah + bh + (sum >= 4294967296 ? 1 : 0)) | 0;'; break;
    case ALU_SUB: case ALU_CMP: compute = 'const diff = (a >>> 0) - (b >>> 0), r = diff | 0, rh = (ah - bh - (diff < 0 ? 1 : 0)) | 0;'; break;
    case ALU_AND: compute = 'const r = a & b, rh = ah & bh;'; break;
    case ALU_OR: compute = 'const r = a | b, rh = ah | bh;'; break;
    default: compute = 'const r = a ^ b, rh = ah ^ bh;';
  }
  return `${compute} cpu.lazyOp = ${LAZY_OF[sub]}; cpu.lazySize = 64; cpu.lazyA = a; cpu.lazyAHi = ah; cpu.lazyB = b; cpu.lazyBHi = bh; cpu.lazyRes = r; cpu.lazyResHi = rh;`;
}

/** 32-bit ALU on a register destination d with source expression b; `store` = false for cmp/test. */
function alu32(sub: number, d: number, b: string, store = sub !== ALU_CMP): string {
  const write = store ? ` R[${2 * d}] = r; R[${2 * d + 1}] = 0;` : '';
  return `{ const a = R[${2 * d}], b = ${b}; ${compute32(sub)}${write} }`;
}

/** 64-bit ALU on register d with source pair (b, bh); `store` = false for cmp/test. */
function alu64(sub: number, d: number, b: string, bh: string, store = sub !== ALU_CMP): string {
  const write = store ? ` R[${2 * d}] = r; R[${2 * d + 1}] = rh;` : '';
  return `{ const a = R[${2 * d}], ah = R[${2 * d + 1}], b = ${b}, bh = ${bh}; ${compute64(sub)}${write} }`;
}

/** lea with register base/index (no RIP, no 0x67): the wrapped 64/32-bit sum. */
function leaCode(ins: Insn): string | null {
  if (ins.base === BASE_RIP || ins.addr32 || (ins.size !== 64 && ins.size !== 32)) return null;
  const b = ins.base, x = ins.index, s = ins.scaleShift, d = ins.reg;
  if (ins.size === 32) {
    const terms = [b >= 0 ? `R[${2 * b}]` : '0', x >= 0 ? `(R[${2 * x}] << ${s})` : '0', `${ins.disp | 0}`];
    return `R[${2 * d}] = (${terms.join(' + ')}) | 0; R[${2 * d + 1}] = 0;`;
  }
  const lo = [b >= 0 ? `(R[${2 * b}] >>> 0)` : '0', x >= 0 ? `(R[${2 * x}] >>> 0) * ${1 << s}` : '0', `${ins.disp | 0}`].join(' + ');
  const hi = [b >= 0 ? `R[${2 * b + 1}]` : '0', x >= 0 ? `(R[${2 * x + 1}] << ${s})` : '0', 'Math.floor(lo / 4294967296)'].join(' + ');
  return `{ const lo = ${lo}; const hi = (${hi}) | 0; R[${2 * d}] = lo | 0; R[${2 * d + 1}] = hi; }`;
}

// ---- memory operands ----------------------------------------------------------

/** A 64-bit register's value as a signed number (exact for every canonical address). */
function regValue(r: number): string {
  return `(R[${2 * r + 1}] * 4294967296 + (R[${2 * r}] >>> 0))`;
}

/**
 * The operand's linear address as an expression, summed in cpu.ea's order so that the
 * rounding of an out-of-range sum is the same; null for 0x67 forms (left to the handler).
 * `next` is the instruction's end as an offset from the block's start.
 */
function addressCode(ins: Insn, next: number): string | null {
  if (ins.addr32) return null;
  let sum: string;
  if (ins.base === BASE_RIP) sum = `(start + ${next}) + ${ins.disp}`;
  else {
    sum = `${ins.disp}`;
    if (ins.base >= 0) sum += ` + ${regValue(ins.base)}`;
    if (ins.index >= 0) sum += ` + ${regValue(ins.index)} * ${1 << ins.scaleShift}`;
  }
  if (ins.seg !== 0) sum += ins.seg === 4 ? ' + cpu.fsBase' : ' + cpu.gsBase';
  return sum;
}

/** The last page offset an access of `size` bits may start at without straddling into the next page. */
const LAST_OFFSET: Record<number, number> = { 8: 4095, 16: 4094, 32: 4092, 64: 4088 };

/** Reads `size` bits at `ea` (page offset `o`) into `lo` (and `hi` for 64 bits). */
function readCode(size: number): string {
  const slot = `const s = ((ea >>> 12) & ${TLB_MASK}) + RB;`;
  const hit = `o <= ${LAST_OFFSET[size]} && T[s] === ea - o`;
  switch (size) {
    case 64: return `${slot} let lo, hi; if (${hit}) { const p = P[s] + o; lo = V.getInt32(p, true); hi = V.getInt32(p + 4, true); } else { lo = cpu.read64(ea); hi = cpu.hi; }`;
    case 32: return `${slot} const lo = ${hit} ? V.getInt32(P[s] + o, true) : cpu.read32(ea);`;
    case 16: return `${slot} const lo = ${hit} ? V.getUint16(P[s] + o, true) : cpu.read16(ea);`;
    default: return `${slot} const lo = ${hit} ? V.getUint8(P[s] + o) : cpu.read8(ea);`;
  }
}

/** Writes `lo` (and `hi`) as `size` bits at `ea` (page offset `o`). */
function writeCode(size: number, lo: string, hi: string): string {
  const slot = `const w = ((ea >>> 12) & ${TLB_MASK}) + WB;`;
  const hit = `o <= ${LAST_OFFSET[size]} && T[w] === ea - o`;
  switch (size) {
    case 64: return `${slot} if (${hit}) { const p = P[w] + o; V.setInt32(p, ${lo}, true); V.setInt32(p + 4, ${hi}, true); } else cpu.write64(ea, ${lo}, ${hi});`;
    case 32: return `${slot} if (${hit}) V.setInt32(P[w] + o, ${lo}, true); else cpu.write32(ea, ${lo});`;
    case 16: return `${slot} if (${hit}) V.setUint16(P[w] + o, ${lo} & 65535, true); else cpu.write16(ea, ${lo});`;
    default: return `${slot} if (${hit}) V.setUint8(P[w] + o, ${lo} & 255); else cpu.write8(ea, ${lo} & 255);`;
  }
}

/**
 * Wraps `body` (which may use the address `ea` and its page offset `o`) in the address
 * computation and the canonical check; a non-canonical address calls handler i, which
 * raises the fault.
 */
function withAddress(ins: Insn, i: number, next: number, body: string): string | null {
  const address = addressCode(ins, next);
  if (address === null) return null;
  return `{ const ea = ${address}; if (ea < ${-CANONICAL} || ea >= ${CANONICAL}) h${i}(cpu, i${i}); else { const o = ea & 4095; ${body} } }`;
}

/** Inline code for the memory forms of ops-fast.ts, or null. */
function memoryCode(ins: Insn, i: number, next: number): string | null {
  const h = ins.exec, d = 2 * ins.reg;
  const aluInline = LAZY_OF[ins.sub] !== undefined;
  const store = ins.sub !== ALU_CMP;
  let body: string;
  if (h === fast.load64) body = `${readCode(64)} R[${d}] = lo; R[${d + 1}] = hi;`;
  else if (h === fast.load32) body = `${readCode(32)} R[${d}] = lo; R[${d + 1}] = 0;`;
  else if (h === fast.loadZx8) body = `${readCode(8)} R[${d}] = lo; R[${d + 1}] = 0;`;
  else if (h === fast.store64) body = writeCode(64, `R[${d}]`, `R[${d + 1}]`);
  else if (h === fast.store32) body = writeCode(32, `R[${d}]`, '0');
  else if (h === movRmImm && ins.rm < 0) body = writeCode(ins.size, `${ins.imm | 0}`, `${ins.immHi | 0}`);
  else if (h === movRmReg && ins.rm < 0 && ins.size <= 16 && ins.reg < 16) body = writeCode(ins.size, `R[${d}]`, '0');
  else if (h === fast.aluRM32 && aluInline) {
    body = `${readCode(32)} const a = R[${d}], b = lo; ${compute32(ins.sub)}${store ? ` R[${d}] = r; R[${d + 1}] = 0;` : ''}`;
  } else if (h === fast.aluRM64 && aluInline) {
    body = `${readCode(64)} const a = R[${d}], ah = R[${d + 1}], b = lo, bh = hi; ${compute64(ins.sub)}${store ? ` R[${d}] = r; R[${d + 1}] = rh;` : ''}`;
  } else if ((h === fast.aluMI32 || h === fast.aluMR32) && aluInline) {
    const b = h === fast.aluMI32 ? `${ins.imm | 0}` : `R[${d}]`;
    body = `${readCode(32)} const a = lo, b = ${b}; ${compute32(ins.sub)}${store ? ` ${writeCode(32, 'r', '0')}` : ''}`;
  } else if ((h === fast.aluMI64 || h === fast.aluMR64) && aluInline) {
    const [b, bh] = h === fast.aluMI64 ? [`${ins.imm | 0}`, `${ins.immHi | 0}`] : [`R[${d}]`, `R[${d + 1}]`];
    body = `${readCode(64)} const a = lo, ah = hi, b = ${b}, bh = ${bh}; ${compute64(ins.sub)}${store ? ` ${writeCode(64, 'r', 'rh')}` : ''}`;
  } else return null;
  return withAddress(ins, i, next, body);
}

/** A sign extension of the operand (`lo`, `size` bits) into register d (32 or 64 bits wide). */
function signExtendCode(d: number, size: number, width: number, lo: string): string {
  const v = size === 32 ? `${lo} | 0` : `(${lo} << ${32 - size}) >> ${32 - size}`;
  return `{ const v = ${v}; R[${2 * d}] = v; R[${2 * d + 1}] = ${width === 64 ? 'v >> 31' : '0'}; }`;
}

/** movsx/movsxd to a 32- or 64-bit register, from a low register (not AH..BH) or memory. */
function signExtensionCode(ins: Insn, i: number, next: number): string | null {
  const size = ins.exec === movsxd ? 32 : ins.sub;
  const width = ins.exec === movsxd ? 64 : ins.size;
  if ((width !== 32 && width !== 64) || ins.rm >= 16) return null;
  const mask = size === 32 ? '' : ` & ${size === 8 ? 0xff : 0xffff}`;
  if (ins.rm >= 0) return signExtendCode(ins.reg, size, width, `(R[${2 * ins.rm}]${mask})`);
  return withAddress(ins, i, next, `${readCode(size)} ${signExtendCode(ins.reg, size, width, 'lo')}`);
}

/**
 * Pushes (lo, hi) as cpu.push64 does: the new %rsp must be canonical (else handler i
 * raises #SS), the write lands before %rsp moves, then `then` runs.
 */
function pushCode(i: number, lo: string, hi: string, then = ''): string {
  return `{ const rl = R[8], nl = (rl - 8) | 0, nh = (rl >>> 0) < 8 ? (R[9] - 1) | 0 : R[9]; ` +
    `if (nh >> 15 !== nh >> 31) h${i}(cpu, i${i}); else { const ea = nh * 4294967296 + (nl >>> 0), o = ea & 4095; ` +
    `${writeCode(64, lo, hi)} R[8] = nl; R[9] = nh;${then} } }`;
}

/** A call's push of its return address, start + next as (lo, hi) as pushReturn splits it, then the jump to `t`. */
function callCode(i: number, next: number): string {
  return `const back = start + ${next}, bh = Math.floor(back / 4294967296), bl = back - bh * 4294967296; ${pushCode(i, 'bl', 'bh', ' cpu.nextRip = t;')}`;
}

/** A 64-bit register (`r`: 8 for %rsp, 10 for %rbp) as an address; non-canonical calls handler i. */
function withStackAddress(i: number, r: number, body: string): string {
  return `{ const ea = R[${r + 1}] * 4294967296 + (R[${r}] >>> 0); if (ea < ${-CANONICAL} || ea >= ${CANONICAL}) h${i}(cpu, i${i}); else { const o = ea & 4095; ${body} } }`;
}

/** %rsp = ea + 8, as cpu.setAddrReg writes a number. */
const RSP_AFTER_POP = 'const v = ea + 8, vh = Math.floor(v / 4294967296); R[8] = v - vh * 4294967296; R[9] = vh;';

/**
 * push, pop, call, ret and leave with a 64-bit stack, in their handlers' order: a push
 * writes before %rsp moves; a pop moves %rsp before the register is written (pop %rsp
 * keeps the value); ret checks the return address (#GP from the handler) before %rsp moves.
 */
function stackCode(ins: Insn, i: number, next: number): string | null {
  const h = ins.exec, d = 2 * ins.reg;
  if (ins.size !== 64 && h !== leave) return null;
  if (h === pushReg) return pushCode(i, `R[${d}]`, `R[${d + 1}]`);
  if (h === popReg) {
    return `{ const rl = R[8], rh = R[9]; if (rh >> 15 !== rh >> 31) h${i}(cpu, i${i}); else { const ea = rh * 4294967296 + (rl >>> 0), o = ea & 4095; ${readCode(64)} ` +
      `const nl = (rl + 8) | 0; R[8] = nl; R[9] = (nl >>> 0) < 8 ? (rh + 1) | 0 : rh; R[${d}] = lo; R[${d + 1}] = hi; } }`;
  }
  if (h === callRel) {
    return `{ const t = start + ${next + ins.imm}; if (t < ${-CANONICAL} || t >= ${CANONICAL}) h${i}(cpu, i${i}); else { ${callCode(i, next)} } }`;
  }
  if (h === callRm) {
    // The target is read (and checked: #GP from the handler) before anything is pushed.
    const call = (lo: string, hi: string): string =>
      `if (${hi} >> 15 !== ${hi} >> 31) h${i}(cpu, i${i}); else { const t = ${hi} * 4294967296 + (${lo} >>> 0); ${callCode(i, next)} }`;
    if (ins.rm >= 0) return `{ const tl = R[${2 * ins.rm}], th = R[${2 * ins.rm + 1}]; ${call('tl', 'th')} }`;
    return withAddress(ins, i, next, `${readCode(64)} ${call('lo', 'hi')}`);
  }
  if (h === ret) {
    return withStackAddress(i, 8, `${readCode(64)} if (hi >> 15 !== hi >> 31) h${i}(cpu, i${i}); else { ${RSP_AFTER_POP} cpu.nextRip = hi * 4294967296 + (lo >>> 0); }`);
  }
  if (h === leave) return withStackAddress(i, 10, `${readCode(64)} ${RSP_AFTER_POP} R[10] = lo; R[11] = hi;`);
  return null;
}

/** ZF from the lazy record (ops-control.ts zeroFlag). */
const ZERO_FLAG = `(cpu.lazyOp === ${LAZY_NONE} ? (cpu.rflags & ${ZF}) !== 0 : cpu.lazyRes === 0 && (cpu.lazySize !== 64 || cpu.lazyResHi === 0))`;

/**
 * Conditions after a 32- or 64-bit cmp or sub (lazyA - lazyB), from the operands
 * themselves: b, ae, be, a (unsigned) and l, ge, le, g (signed), as [32-bit, 64-bit]
 * tests. Others ask flags.ts (`C`).
 */
const UNSIGNED_LESS_64 = '((cpu.lazyAHi >>> 0) < (cpu.lazyBHi >>> 0) || (cpu.lazyAHi === cpu.lazyBHi && (cpu.lazyA >>> 0) < (cpu.lazyB >>> 0)))';
const SIGNED_LESS_64 = '((cpu.lazyAHi | 0) < (cpu.lazyBHi | 0) || (cpu.lazyAHi === cpu.lazyBHi && (cpu.lazyA >>> 0) < (cpu.lazyB >>> 0)))';
const EQUAL_64 = '(cpu.lazyRes === 0 && cpu.lazyResHi === 0)';
const COMPARE: Record<number, [string, string]> = {
  0x2: ['(cpu.lazyA >>> 0) < (cpu.lazyB >>> 0)', UNSIGNED_LESS_64],
  0x3: ['(cpu.lazyA >>> 0) >= (cpu.lazyB >>> 0)', `!${UNSIGNED_LESS_64}`],
  0x6: ['(cpu.lazyA >>> 0) <= (cpu.lazyB >>> 0)', `(${UNSIGNED_LESS_64} || ${EQUAL_64})`],
  0x7: ['(cpu.lazyA >>> 0) > (cpu.lazyB >>> 0)', `!(${UNSIGNED_LESS_64} || ${EQUAL_64})`],
  0xc: ['(cpu.lazyA | 0) < (cpu.lazyB | 0)', SIGNED_LESS_64],
  0xd: ['(cpu.lazyA | 0) >= (cpu.lazyB | 0)', `!${SIGNED_LESS_64}`],
  0xe: ['(cpu.lazyA | 0) <= (cpu.lazyB | 0)', `(${SIGNED_LESS_64} || ${EQUAL_64})`],
  0xf: ['(cpu.lazyA | 0) > (cpu.lazyB | 0)', `!(${SIGNED_LESS_64} || ${EQUAL_64})`],
};

/**
 * jmp, jcc to their target, `start + next + imm` (a non-canonical target is
 * left to the handler, which raises #GP).
 */
function branchCode(ins: Insn, i: number, next: number): string | null {
  const taken = `{ const t = start + ${next + ins.imm}; if (t < ${-CANONICAL} || t >= ${CANONICAL}) h${i}(cpu, i${i}); else cpu.nextRip = t; }`;
  if (ins.exec === jmpRel) return taken;
  if (ins.exec === je) return `if (${ZERO_FLAG}) ${taken}`;
  if (ins.exec === jne) return `if (!${ZERO_FLAG}) ${taken}`;
  if (ins.exec === jcc) {
    const compare = COMPARE[ins.sub];
    const general = `C(cpu, ${ins.sub})`;
    const test = compare === undefined ? general
      : `(cpu.lazyOp === ${LAZY_SUB} ? (cpu.lazySize === 32 ? ${compare[0]} : cpu.lazySize === 64 ? ${compare[1]} : ${general}) : ${general})`;
    return `if (${test}) ${taken}`;
  }
  return null;
}

/**
 * Inline code for instruction i of a block (`next`: its end, as an offset from the
 * block's start), or null to call its handler. Without `memory`, only register
 * instructions and branches.
 */
export function inlineCode(ins: Insn, i: number, next: number, memory: boolean): string | null {
  if (ins.exec === lea) return leaCode(ins);
  const h = ins.exec;
  const inlineAlu = LAZY_OF[ins.sub] !== undefined;
  if (h === fast.movRR64) return `R[${2 * ins.rm}] = R[${2 * ins.reg}]; R[${2 * ins.rm + 1}] = R[${2 * ins.reg + 1}];`;
  if (h === fast.movRR32) return `R[${2 * ins.rm}] = R[${2 * ins.reg}]; R[${2 * ins.rm + 1}] = 0;`;
  if (h === fast.movRI) return `R[${2 * ins.rm}] = ${ins.imm | 0}; R[${2 * ins.rm + 1}] = ${ins.size === 64 ? ins.immHi | 0 : 0};`;
  if (h === fast.testRR32) return alu32(ALU_AND, ins.rm, `R[${2 * ins.reg}]`, false);
  if (h === fast.testRR64) return alu64(ALU_AND, ins.rm, `R[${2 * ins.reg}]`, `R[${2 * ins.reg + 1}]`, false);
  if (h === fast.aluRR32 && inlineAlu) return alu32(ins.sub, ins.rm, `R[${2 * ins.reg}]`);
  if (h === fast.aluRI32 && inlineAlu) return alu32(ins.sub, ins.rm, `${ins.imm | 0}`);
  if (h === fast.aluRR64 && inlineAlu) return alu64(ins.sub, ins.rm, `R[${2 * ins.reg}]`, `R[${2 * ins.reg + 1}]`);
  if (h === fast.aluRI64 && inlineAlu) return alu64(ins.sub, ins.rm, `${ins.imm | 0}`, `${ins.immHi | 0}`);
  const shift = shiftCode(ins);
  if (shift !== null) return shift;
  const branch = branchCode(ins, i, next);
  if (branch !== null || !memory) return branch;
  if (h === movsx || h === movsxd) return signExtensionCode(ins, i, next);
  if (h === pushReg || h === popReg || h === callRel || h === callRm || h === ret || h === leave) return stackCode(ins, i, next);
  return memoryCode(ins, i, next);
}
