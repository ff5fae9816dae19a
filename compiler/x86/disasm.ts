/**
 * Disassembler: walks the encoder's instruction table in reverse and prints instructions
 * the way `objdump -d` (binutils 2.40, AT&T) does: `mnemonic` padded to 6 plus a space, then
 * the operands, with a size suffix only when no register operand gives the size.
 *
 * Scope: the forms in table.ts (what the assembler can produce). Anything else decodes as
 * `(bad)` with length 1, as objdump does for undefined opcodes.
 */

import { gprName } from './registers.js';
import { allForms, formsOf, sizeChoiceCount, type InstrForm, type OperandKind } from './table.js';
import { farReturnName, stringText, type PrefixState } from './disasm-special.js';

export interface Decoded {
  length: number;
  /** objdump's text for the instruction, e.g. `mov    %rsp,%rbp`. */
  text: string;
  /** Absolute target of a relative branch or RIP-relative operand, when there is one. */
  target?: number;
}

const SEG = ['es', 'cs', 'ss', 'ds', 'fs', 'gs'];
const SUFFIX: Record<number, string> = { 1: 'b', 2: 'w', 4: 'l', 8: 'q' };

/** Forms indexed by `mandatoryPrefix:opcodeBytes` (plus-register forms under every register). */
const index = new Map<string, InstrForm[]>();
for (const f of allForms()) {
  const prefix = f.prefixes.find((p) => p !== 0x66) ?? (f.prefixes.includes(0x66) ? 0x66 : 0);
  const last = f.opcode.length - 1;
  const variants = f.plusReg ? [0, 1, 2, 3, 4, 5, 6, 7].map((r) => [...f.opcode.slice(0, last), f.opcode[last] + r]) : [f.opcode];
  for (const op of variants) {
    const key = `${prefix}:${op.join(',')}`;
    let list = index.get(key);
    if (!list) index.set(key, (list = []));
    list.push(f);
  }
}
// An exact opcode (nop = 90) is preferred over a register-in-opcode form (xchg 90+r).
// x87 prefers the explicit %st(i) spelling (`faddp %st,%st(1)`, not `faddp`).
// objdump names the accumulator first in `xchg %ax,%r10w`.
const accumulatorLast = (f: InstrForm): number => (f.plusReg && f.operands[0]?.[0] === 'Z' && f.operands[1]?.[0] === 'A' ? 1 : 0);
for (const list of index.values()) {
  list.sort((a, b) => (a.opcode.length === 1 ? Number(a.plusReg) - Number(b.plusReg) : Number(b.plusReg) - Number(a.plusReg)) || accumulatorLast(a) - accumulatorLast(b));
}

class Reader {
  pos: number;
  constructor(readonly bytes: Uint8Array, start: number) {
    this.pos = start;
  }
  get more(): boolean {
    return this.pos < this.bytes.length;
  }
  u8(): number {
    if (this.pos >= this.bytes.length) throw new RangeError('truncated');
    return this.bytes[this.pos++];
  }
  s8(): number {
    return (this.u8() << 24) >> 24;
  }
  s32(): number {
    const v = this.bytes[this.pos] | (this.bytes[this.pos + 1] << 8) | (this.bytes[this.pos + 2] << 16) | (this.bytes[this.pos + 3] << 24);
    if (this.pos + 4 > this.bytes.length) throw new RangeError('truncated');
    this.pos += 4;
    return v;
  }
  imm(n: number): bigint {
    let v = 0n;
    for (let i = 0; i < n; i++) v |= BigInt(this.u8()) << BigInt(8 * i);
    return v;
  }
}

interface Prefixes extends PrefixState {
  opsize: number;
  rep: number; // 0, 0xf2, 0xf3
  lock: boolean;
  seg: number; // -1 or segment number
  addr32: boolean;
  rex: number; // 0 when absent
}

function hex(v: bigint | number): string {
  return `0x${v.toString(16)}`;
}

function signedHex(v: number): string {
  return v < 0 ? `-0x${(-v).toString(16)}` : `0x${v.toString(16)}`;
}

/** Decodes one instruction at `offset`; `address` is its address for branch targets. */
export function decodeInstruction(bytes: Uint8Array, offset: number, address: number): Decoded {
  try {
    return decode(bytes, offset, address);
  } catch {
    return { length: 1, text: '(bad)' };
  }
}

function decode(bytes: Uint8Array, offset: number, address: number): Decoded {
  const r = new Reader(bytes, offset);
  const p: Prefixes = { opsize: 0, rep: 0, lock: false, seg: -1, addr32: false, rex: 0 };
  for (;;) {
    const b = bytes[r.pos];
    if (b === 0x66) p.opsize++;
    else if (b === 0xf2 || b === 0xf3) p.rep = b;
    else if (b === 0xf0) p.lock = true;
    else if (b === 0x67) p.addr32 = true;
    else if ([0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65].includes(b)) p.seg = [0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65].indexOf(b);
    else break;
    r.pos++;
  }
  if ((bytes[r.pos] & 0xf0) === 0x40) p.rex = r.u8();
  const opcode: number[] = [r.u8()];
  if (opcode[0] === 0x0f) {
    opcode.push(r.u8());
    if (opcode[1] === 0x38 || opcode[1] === 0x3a) opcode.push(r.u8());
  }
  const special = opcode.length === 1 ? specialText(opcode[0], p) : undefined;
  if (special !== undefined) return { length: r.pos - offset, text: special };
  // A mandatory prefix is one that selects a different form (SSE, popcnt, pause...).
  let forms: InstrForm[] | undefined;
  let mandatory = 0;
  const candidates = [...(p.rep ? [p.rep] : []), ...(p.opsize ? [0x66] : []), 0];
  for (const cand of candidates) {
    // Forms whose "ModRM" byte is fixed (x87 register forms, lfence, swapgs) first.
    const withModrm = lookupWithModrm(bytes, r.pos, cand, opcode);
    const plain = index.get(`${cand}:${opcode.join(',')}`);
    const list = withModrm && plain ? [...withModrm, ...plain] : withModrm ?? plain;
    if (list) {
      forms = list;
      mandatory = cand;
      break;
    }
  }
  if (!forms) return { length: 1, text: '(bad)' };
  const rexW = (p.rex & 8) !== 0;
  const size = rexW ? 8 : p.opsize && mandatory !== 0x66 ? 2 : 4;
  const modrmByte = forms[0].modrm !== undefined || forms[0].opcode.length > opcode.length ? bytes[r.pos] : -1;
  const form = pickForm(forms, modrmByte, bytes[r.pos + 1], size, rexW, opcode.length);
  if (!form) return { length: 1, text: '(bad)' };
  // The fixed ModRM-like bytes (swapgs, x87 %st(i), the second byte of `fstsw m`'s 9B DD...).
  while (form.opcode.length > opcode.length) opcode.push(r.u8());
  return printForm(form, r, p, mandatory, address, offset, opcode);
}

/** String operations (with their implicit operands) and `66 90`, which the table does not spell as objdump does. */
function specialText(op: number, p: Prefixes): string | undefined {
  if (op === 0x90 && p.opsize > 0 && (p.rex & 1) === 0 && !p.rep) return `${`${'data16 '.repeat(p.opsize - 1)}xchg`.padEnd(6)} %ax,%ax`;
  // With REX.B, 90 is `xchg %eax,%r8d`, not nop.
  if (op === 0x90 && (p.rex & 1) !== 0) {
    const size = p.rex & 8 ? 8 : p.opsize ? 2 : 4;
    return `xchg   %${gprName(0, size, true)},%${gprName(8, size, true)}`;
  }
  return stringText(op, p);
}

function lookupWithModrm(bytes: Uint8Array, pos: number, prefix: number, opcode: number[]): InstrForm[] | undefined {
  // Two fixed bytes after a one-byte opcode first: `fstsw %ax` is 9B DF E0, `fwait` alone 9B.
  return index.get(`${prefix}:${[...opcode, bytes[pos], bytes[pos + 1]].join(',')}`) ?? index.get(`${prefix}:${[...opcode, bytes[pos]].join(',')}`);
}

function formSize(f: InstrForm, size: number, rexW: boolean): boolean {
  if (f.no66) return true;
  if (f.rexW && !rexW) return false;
  if (f.sizes.length === 0) return !rexW || f.rexW || f.operands.some((k) => k === 'Eq' || k === 'Rq' || k === 'Gq');
  if (f.sizes.length === 1 && f.sizes[0] === 1) return true;
  if (f.default64) return size === 2 ? f.sizes.includes(2) || f.operands.length === 0 : f.sizes.includes(8);
  return f.sizes.includes(size);
}

/** modrm: the byte after the opcode read so far; after: the one after it. */
function pickForm(forms: InstrForm[], modrm: number, after: number, size: number, rexW: boolean, opLen: number): InstrForm | undefined {
  const mod = modrm >> 6;
  const digit = (modrm >> 3) & 7;
  return forms.find((f) => {
    if (f.opcode.length > opLen) {
      const fixed = f.plusReg && f.opcode.length === opLen + 1 ? f.opcode[opLen] === (modrm & ~7) : f.opcode[opLen] === modrm;
      // `fsave m` and `fstsw m` share 9B DD: the ModRM after the fixed byte tells them apart.
      return fixed && (f.opcode.length > opLen + 1 || f.modrm === undefined || f.modrm < 0 || f.modrm === ((after >> 3) & 7));
    }
    if (f.modrm !== undefined && f.modrm >= 0 && f.modrm !== digit) return false;
    const memOnly = f.operands.some((k) => k === 'M' || k === 'Kv');
    const regOnly = f.operands.some((k) => k[0] === 'R' || k === 'U');
    if (memOnly && mod === 3) return false;
    if (regOnly && mod !== 3) return false;
    if (f.operands.some((k) => k === 'Is' || k === 'Iz' || k === 'Ib') && f.operands.length === 2 && f.operands[1] === 'Hv') return false;
    if (f.operands.includes('I1')) return false;
    return formSize(f, size, rexW);
  });
}

interface Mem {
  text: string;
  ripTarget?: number;
}

function printForm(form: InstrForm, r: Reader, p: Prefixes, mandatory: number, address: number, start: number, opcode: number[]): Decoded {
  const rex = p.rex;
  const rexW = (rex & 8) !== 0;
  // Segment-register moves (n66) take their register's size from REX.W and 66 alone.
  const size = form.operands.includes('S') ? (rexW ? 8 : p.opsize ? 2 : 4)
    : form.rexW || (rexW && !form.default64) ? 8 : form.default64 ? (p.opsize ? 2 : 8) : p.opsize && mandatory !== 0x66 ? 2 : form.sizes.length === 1 ? form.sizes[0] : 4;
  const needsModrm = form.modrm !== undefined;
  const modrm = needsModrm ? r.u8() : 0;
  const mod = modrm >> 6;
  const regNum = ((modrm >> 3) & 7) | ((rex & 4) << 1);
  const rmNum = (modrm & 7) | ((rex & 1) << 3);
  let mem: Mem | null = null;
  if (needsModrm && mod !== 3) mem = readMemory(r, mod, modrm & 7, rex, p);
  const ops: string[] = [];
  let target: number | undefined;
  let hasReg = false;
  const immText = (kind: OperandKind): string => {
    const n = kind === 'Ib' || kind === 'Is' ? 1 : kind === 'Iw' ? 2 : kind === 'Io' ? 8 : size === 2 ? 2 : 4;
    let v = r.imm(n);
    const opBits = BigInt(Math.max(size, 1) * 8);
    if (kind === 'Is' || (kind === 'Iz' && size === 8)) v = BigInt.asUintN(Number(opBits), BigInt.asIntN(n * 8, v));
    if (form.default64 && kind === 'Is') v = BigInt.asUintN(64, BigInt.asIntN(8, v));
    return `$${hex(v)}`;
  };
  const kindSize = (k: OperandKind): number => (k[1] === 'b' ? 1 : k[1] === 'w' ? 2 : k[1] === 'd' ? 4 : k[1] === 'q' ? 8 : size);
  const regName = (num: number, k: OperandKind): string => {
    hasReg = true;
    return `%${gprName(num, kindSize(k), rex !== 0)}`;
  };
  for (const k of form.operands) {
    switch (k[0]) {
      case 'E': case 'R': ops.push(mem ? mem.text : regName(rmNum, k)); break;
      case 'H': ops.push(regName(rmNum, k), regName(regNum, k)); break;
      case 'G': ops.push(k === 'GS' ? '%gs' : regName(regNum, k)); break;
      case 'Z': ops.push(regName((opcode[opcode.length - 1] & 7) | ((rex & 1) << 3), k)); break;
      case 'A': ops.push(regName(0, k)); break;
      case 'M': ops.push(mem!.text); break;
      case 'K': ops.push(`*${mem ? mem.text : `%${gprName(rmNum, 8, true)}`}`); break;
      case 'V': ops.push(`%xmm${regNum}`); break;
      case 'W': case 'U': ops.push(mem ? mem.text : `%xmm${rmNum}`); break;
      case 'C': ops.push(k === 'CL' ? '%cl' : `%cr${regNum}`); break;
      case 'D': ops.push(k === 'DX' ? '(%dx)' : `%db${regNum}`); break;
      case 'S': ops.push(k === 'ST' ? '%st' : `%${SEG[regNum & 7]}`); break;
      case 'F': ops.push(k === 'FS' ? '%fs' : `%st(${opcode[opcode.length - 1] & 7})`); break;
      case 'I': if (k !== 'I1') ops.push(immText(k)); break;
      case 'J': {
        const disp = k === 'Jb' ? r.s8() : r.s32();
        target = address + (r.pos - start) + disp;
        ops.push(target.toString(16));
        break;
      }
      case 'O': ops.push(hex(r.imm(8))); break;
    }
  }
  if (mem?.ripTarget !== undefined) target = address + (r.pos - start) + mem.ripTarget;
  const far = farReturnName(opcode, p);
  let mnemonic = far ?? (form.operands.includes('Io') || form.operands.includes('Ov') ? 'movabs' : form.mnemonic);
  const cmp = comparePseudoOp(form, ops);
  if (cmp) mnemonic = cmp;
  // `pushf`'s 16-bit form is listed separately from its 64-bit-default one.
  const default64 = form.default64 || (form.operands.length === 0 && (formsOf(form.mnemonic)?.some((f) => f.default64) ?? false));
  const far16 = form.operands.includes('Kv');
  // objdump adds a suffix only when nothing else tells the operand size; a 16-bit size on a
  // 64-bit-default instruction shows as `w` (pushw, retw, ljmpw).
  if (!hasReg && mem !== null && sizeChoiceCount(form.mnemonic) > 1 && !default64 && !far16 && !form.no66 && !(form.memory16 && mem)) mnemonic += SUFFIX[size];
  else if ((default64 || far16) && !hasReg && size === 2 && far === undefined) mnemonic += 'w';
  if (ops.length === 0 && IMPLICIT_OPERANDS[form.mnemonic]) ops.push(IMPLICIT_OPERANDS[form.mnemonic]);
  mnemonic = prefixNames(form, p, mandatory, size, mem !== null, far, far16) + mnemonic + branchHint(form, p);
  let text = ops.length ? `${mnemonic.padEnd(6)} ${ops.join(',')}` : mnemonic;
  if (mem?.ripTarget !== undefined && target !== undefined) text += `        # ${hex(target)}`;
  return { length: r.pos - start, text, target };
}

/** Operands objdump shows for instructions that only imply them. */
const IMPLICIT_OPERANDS: Record<string, string> = { monitor: '%rax,%ecx,%edx', mwait: '%eax,%ecx' };

const CMP_PREDICATES = ['eq', 'lt', 'le', 'unord', 'neq', 'nlt', 'nle', 'ord'];

/** `cmpps $1,a,b` is printed as `cmpltps a,b` (predicates 0-7); the immediate goes. */
function comparePseudoOp(form: InstrForm, ops: string[]): string | undefined {
  const m = /^cmp(ps|pd|ss|sd)$/.exec(form.mnemonic);
  if (!m || ops.length !== 3) return undefined;
  const imm = Number(ops[0].slice(1));
  if (!(imm >= 0 && imm < 8)) return undefined;
  ops.shift();
  return `cmp${CMP_PREDICATES[imm]}${m[1]}`;
}

/** Branch hints: a cs/ds prefix on a conditional jump prints as `,pn`/`,pt`. */
function branchHint(form: InstrForm, p: Prefixes): string {
  if (!isConditionalJump(form) || (p.seg !== 1 && p.seg !== 3)) return '';
  return p.seg === 1 ? ',pn' : ',pt';
}

function isConditionalJump(form: InstrForm): boolean {
  return form.mnemonic[0] === 'j' && form.mnemonic !== 'jmp' && form.operands.length === 1 && form.operands[0][0] === 'J';
}

function isBranch(form: InstrForm): boolean {
  return form.mnemonic === 'jmp' || form.mnemonic === 'call' || form.mnemonic === 'ret' || isConditionalJump(form);
}

/**
 * The prefixes objdump names before the mnemonic: 66s beyond the one that sets the size
 * (`data16`), es/cs/ss/ds overrides (no-ops in 64-bit mode), `notrack`/`bnd` on branches,
 * `repz`/`repnz`, `lock`, and a REX.W that changes nothing.
 */
function prefixNames(form: InstrForm, p: Prefixes, mandatory: number, size: number, hasMemory: boolean, far: string | undefined, far16: boolean): string {
  const names: string[] = [];
  const sizeUnused = mandatory !== 0x66 && (form.sizes.length === 0 || (form.memory16 && hasMemory));
  const data16 = sizeUnused ? p.opsize : p.opsize - 1;
  for (let i = 0; i < data16; i++) names.push('data16');
  if (p.seg >= 0 && p.seg <= 3 && !isConditionalJump(form)) {
    const indirect = form.operands.length === 1 && form.operands[0] === 'K';
    names.push(indirect && p.seg === 3 ? 'notrack' : SEG[p.seg]);
  }
  if (p.rep && mandatory !== p.rep) names.push(p.rep === 0xf2 ? (isBranch(form) ? 'bnd' : 'repnz') : 'repz');
  // An address-size prefix without a memory operand to apply to (glibc pads calls with it).
  if (p.addr32 && !hasMemory) names.push('addr32');
  if (p.lock) names.unshift('lock');
  const rexW = (p.rex & 8) !== 0;
  const onlySegments = form.operands.every((k) => k === 'FS' || k === 'GS');
  if (rexW && far === undefined && ((form.default64 && size !== 2 && onlySegments) || far16)) names.push('rex.W');
  return names.map((n) => `${n} `).join('');
}

function readMemory(r: Reader, mod: number, rm: number, rex: number, p: Prefixes): Mem {
  // In 64-bit mode only %fs and %gs change an address; objdump names the others as prefixes.
  const seg = p.seg === 4 || p.seg === 5 ? `%${SEG[p.seg]}:` : '';
  const asize = p.addr32 ? 4 : 8;
  if (mod === 0 && rm === 5) {
    const disp = r.s32();
    return { text: `${seg}${signedHex(disp)}(%${p.addr32 ? 'eip' : 'rip'})`, ripTarget: disp };
  }
  let base: number | null = rm | ((rex & 1) << 3);
  let index: number | null = null;
  let scale = 1;
  if (rm === 4) {
    const sib = r.u8();
    scale = 1 << (sib >> 6);
    const idx = ((sib >> 3) & 7) | ((rex & 2) << 2);
    index = idx === 4 ? null : idx;
    base = (sib & 7) | ((rex & 1) << 3);
    if ((sib & 7) === 5 && mod === 0) {
      base = null;
      const disp = r.s32();
      if (index === null) return { text: `${seg}${hex(BigInt.asUintN(64, BigInt(disp)))}` };
      return { text: `${seg}${signedHex(disp)}(,%${gprName(index, asize, true)},${scale})` };
    }
  }
  const disp = mod === 1 ? r.s8() : mod === 2 ? r.s32() : null;
  const d = disp === null ? '' : signedHex(disp);
  const b = base === null ? '' : `%${gprName(base, asize, true)}`;
  const ix = index === null ? (rm === 4 && base !== null && (base & 7) !== 4 ? `,%riz,${scale}` : '') : `,%${gprName(index, asize, true)},${scale}`;
  return { text: `${seg}${d}(${b}${ix})` };
}
