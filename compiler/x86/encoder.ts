/**
 * Instruction encoder: picks the first form of the table that fits the operands (the
 * order GNU as prefers) and writes prefixes, REX, opcode, ModRM/SIB, displacement and
 * immediates. Symbolic displacements and immediates become fixups that the assembler
 * resolves or turns into relocations once addresses are known.
 *
 * The encoder does not know what a symbol is: a value is either a constant or an opaque
 * expression `E` owned by the caller.
 */

import { type Register } from './registers.js';
import { formsOf, sizeChoiceCount, suffixSize, type InstrForm, type OperandKind } from './table.js';
import { stringInstruction } from './string-ops.js';

/** A constant (`e === null`) or a symbolic expression the caller resolves later. */
export interface Value<E> {
  k: bigint;
  e: E | null;
}

export interface RegOperand {
  type: 'reg';
  reg: Register;
  indirect: boolean;
}
export interface ImmOperand<E> {
  type: 'imm';
  value: Value<E>;
}
export interface MemOperand<E> {
  type: 'mem';
  seg: Register | null;
  base: Register | null;
  index: Register | null;
  scale: number;
  disp: Value<E>;
  indirect: boolean;
  /** Written as a bare expression (no parentheses): a branch target for jmp/call/jcc. */
  bare: boolean;
}
export type Operand<E> = RegOperand | ImmOperand<E> | MemOperand<E>;

export type FixupField = 'imm' | 'disp' | 'rel';

export interface Fixup<E> {
  /** Byte offset of the field inside the instruction. */
  offset: number;
  size: 1 | 2 | 4 | 8;
  value: E;
  /** PC-relative (RIP-relative displacement or branch). */
  pcrel: boolean;
  /** Immediates of 64-bit operations and displacements are sign-extended by the CPU (32S). */
  signed: boolean;
  /** Bytes between the end of the field and the end of the instruction (trailing immediates). */
  trailing: number;
  /** The instruction has a REX prefix (GOTPCRELX vs REX_GOTPCRELX). */
  rex: boolean;
  field: FixupField;
}

export interface Encoded<E> {
  bytes: number[];
  fixups: Fixup<E>[];
  /**
   * The mnemonic names forms of its own but only its suffix-stripped base fitted (`movq`
   * with general registers is `mov`): GNU as then parses the operands a second time.
   */
  retried: boolean;
}

export class EncodeError extends Error {}

/** Segment override bytes by segment register number (es cs ss ds fs gs). */
const SEGMENT_PREFIX = [0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65];

interface Match<E> {
  form: InstrForm;
  size: number;
  ops: Operand<E>[];
  retried: boolean;
}

function kindSize(kind: OperandKind, size: number): number {
  switch (kind[1]) {
    case 'b': return 1;
    case 'w': return 2;
    case 'd': return 4;
    case 'q': return 8;
    case 'v': return size;
    default: return 0;
  }
}

function isGpr(op: Operand<unknown>, size: number): op is RegOperand {
  return op.type === 'reg' && !op.indirect && op.reg.cls === 'gpr' && op.reg.size === size;
}

/** Whether `k` fits a signed `bits`-bit field, taken as it is (displacements, 64-bit immediates). */
function signedFits(k: bigint, bits: number): boolean {
  const lim = 1n << BigInt(bits - 1);
  return k >= -lim && k < lim;
}

/**
 * GNU as reads an immediate of a 16- or 32-bit operation that fits the width unsigned as a
 * signed value first (`andl $0xffffffff` and `xorw $0xffff` use imm8 -1); wider values stay.
 */
function immediateValue(k: bigint, size: number): bigint {
  let v = k;
  if (size === 2 && v >= 0n && v <= 0xffffn) v = BigInt.asIntN(16, v);
  if ((size === 2 || size === 4) && v >= 0n && v <= 0xffffffffn) v = BigInt.asIntN(32, v);
  return v;
}

/** Whether operand `op` can stand for `kind` at operand size `size` (bytes). */
function fits<E>(kind: OperandKind, op: Operand<E>, size: number): boolean {
  const ks = kindSize(kind, size);
  switch (kind[0]) {
    case 'E':
      return op.type === 'mem' ? !op.indirect && !isSpecialMem(op) : isGpr(op, ks);
    case 'R': case 'H': case 'Z':
      return isGpr(op, ks);
    case 'A':
      return isGpr(op, ks) && op.reg.num === 0;
    case 'M':
      return op.type === 'mem' && !op.indirect && !isSpecialMem(op);
    case 'K':
      if (kind === 'Kv') return op.type === 'mem' && op.indirect;
      return op.type === 'mem' ? op.indirect : op.type === 'reg' && op.indirect && op.reg.cls === 'gpr' && op.reg.size === 8;
    case 'V': case 'U':
      return op.type === 'reg' && !op.indirect && op.reg.cls === 'xmm';
    case 'W':
      return (op.type === 'reg' && !op.indirect && op.reg.cls === 'xmm') || (op.type === 'mem' && !op.indirect && !isSpecialMem(op));
    case 'C':
      if (kind === 'CL') return op.type === 'reg' && op.reg.cls === 'gpr' && op.reg.size === 1 && op.reg.num === 1 && !op.reg.needsRex;
      return op.type === 'reg' && op.reg.cls === 'cr';
    case 'D': return kind === 'DX' ? isDx(op) : op.type === 'reg' && op.reg.cls === 'dr';
    case 'S': return kind === 'ST' ? op.type === 'reg' && op.reg.cls === 'st' && op.reg.num === 0 : op.type === 'reg' && op.reg.cls === 'seg';
    case 'F':
      if (kind === 'FS') return op.type === 'reg' && op.reg.name === 'fs';
      return op.type === 'reg' && op.reg.cls === 'st';
    case 'G':
      if (kind === 'GS') return op.type === 'reg' && op.reg.name === 'gs';
      return isGpr(op, ks);
    case 'O': return op.type === 'mem' && !op.indirect && op.base === null && op.index === null;
    case 'I': return fitsImmediate(kind, op, size);
    default:
      return false;
  }
}

/** `(%dx)` is how AT&T writes the port register of in/out; it is not a memory operand. */
function isSpecialMem<E>(op: MemOperand<E>): boolean {
  return op.base !== null && op.base.cls === 'gpr' && op.base.size === 2;
}

function isDx<E>(op: Operand<E>): boolean {
  if (op.type === 'reg') return op.reg.cls === 'gpr' && op.reg.size === 2 && op.reg.num === 2;
  return op.type === 'mem' && op.base?.name === 'dx' && op.index === null && op.disp.e === null && op.disp.k === 0n;
}

function fitsImmediate<E>(kind: OperandKind, op: Operand<E>, size: number): boolean {
  if (op.type !== 'imm') return false;
  const v = op.value;
  switch (kind) {
    case 'I1': return v.e === null && v.k === 1n;
    case 'Is': return v.e === null && signedFits(immediateValue(v.k, size), 8);
    case 'Iz': return v.e !== null || size !== 8 || signedFits(v.k, 32);
    default: return true;
  }
}

/** Finds the form and operand size GNU as would use for this mnemonic and these operands. */
function match<E>(mnemonic: string, ops: Operand<E>[]): Match<E> {
  const exact = formsOf(mnemonic);
  const found = exact && matchForms(mnemonic, exact, ops, 0);
  if (found) return found;
  const last = mnemonic[mnemonic.length - 1];
  const suffix = suffixSize(last);
  const base = mnemonic.slice(0, -1);
  const stripped = suffix !== undefined ? formsOf(base) : undefined;
  const viaSuffix = stripped && matchForms(base, stripped, ops, suffix!);
  if (viaSuffix) return { ...viaSuffix, retried: exact !== undefined };
  if (!exact && !stripped) throw new EncodeError(`no such instruction: '${mnemonic}'`);
  throw new EncodeError(`operand type mismatch for '${mnemonic}'`);
}

function matchForms<E>(mnemonic: string, forms: readonly InstrForm[], ops: Operand<E>[], suffix: number): Match<E> | undefined {
  for (const form of forms) {
    if (form.operands.length !== ops.length) continue;
    // Without a suffix, 64-bit-default forms (push, call...) only take their default size.
    const registerSized = form.operands.some((k, i) => k[1] === 'v' && ops[i].type === 'reg');
    const unsuffixed = (form.default64 || form.sizeDefault) && !registerSized ? form.sizes.slice(0, 1) : form.sizes;
    let sizes = suffix ? (form.sizes.includes(suffix) ? [suffix] : form.extraSuffixes.includes(suffix) ? [0] : []) : unsuffixed.length ? unsuffixed : [0];
    // A store of a 16-bit system register to memory needs neither a suffix nor a 66 prefix.
    if (form.memory16 && (!suffix || suffix === 2) && ops.some((op) => op.type === 'mem')) sizes = [0];
    for (const size of sizes) {
      if (!allFit(form.operands, ops, size)) continue;
      if (isNonZeroExtendingXchg(form, ops, size)) continue;
      if (!suffix && size !== 0 && sizeChoiceCount(mnemonic) > 1 && !form.default64 && !form.sizeDefault && !sizeDecided(form, ops)) {
        throw new EncodeError(`no instruction mnemonic suffix given and no register operands; can't distinguish '${mnemonic}'`);
      }
      return { form, size, ops, retried: false };
    }
  }
  return undefined;
}

function allFit<E>(kinds: readonly OperandKind[], ops: Operand<E>[], size: number): boolean {
  for (let i = 0; i < kinds.length; i++) if (!fits(kinds[i], ops[i], size)) return false;
  return true;
}

/** Without a suffix, a register operand of the instruction's size must fix the size, unless nothing is in memory. */
function sizeDecided<E>(form: InstrForm, ops: Operand<E>[]): boolean {
  if (!ops.some((op) => op.type === 'mem')) return true;
  return form.operands.some((k, i) => (k[1] === 'v' || k[1] === 'b') && ops[i].type === 'reg');
}

/** `xchg %eax,%eax` must not become `90` (nop), which would not clear the upper half of rax. */
function isNonZeroExtendingXchg<E>(form: InstrForm, ops: Operand<E>[], size: number): boolean {
  return form.plusReg && form.opcode[0] === 0x90 && size === 4 && ops.every((op) => op.type === 'reg' && op.reg.num === 0);
}

interface RexBits {
  w: boolean;
  r: number;
  x: number;
  b: number;
  /** spl/bpl/sil/dil present: an empty REX is needed. */
  force: boolean;
  /** ah/ch/dh/bh present: no REX allowed. */
  high: string | null;
}

function noteRegister(rex: RexBits, reg: Register): void {
  if (reg.needsRex) rex.force = true;
  if (reg.highByte) rex.high = reg.name;
}

/**
 * Encodes one instruction. `prefixes` are the prefix bytes written before the mnemonic on the
 * same line (lock, rep, ...), placed in GNU as's order.
 */
export function encodeInstruction<E>(mnemonic: string, ops: Operand<E>[], prefixes: readonly number[]): Encoded<E> {
  const str = ops.length > 0 ? stringInstruction(mnemonic, ops) : undefined;
  if (str) return emit(match(str.mnemonic, []), [...str.prefixes, ...prefixes]);
  const alias = aliasOf(mnemonic, ops);
  const m = match(alias.mnemonic, alias.ops);
  return emit(m, prefixes);
}

/** SSE compare predicates: `cmpltsd a,b` is `cmpsd $1,a,b`. */
const CMP_PREDICATES = ['eq', 'lt', 'le', 'unord', 'neq', 'nlt', 'nle', 'ord'];

/**
 * Spellings GNU as maps onto other instructions: `int $3` is int3, `xchg %rax,%rax` is
 * the one-byte nop, `movd` with a 64-bit register is movq, the cmpPREDps family, ud2a, xlat.
 */
function aliasOf<E>(mnemonic: string, ops: Operand<E>[]): { mnemonic: string; ops: Operand<E>[] } {
  if (mnemonic === 'int' && ops.length === 1 && ops[0].type === 'imm' && ops[0].value.e === null && ops[0].value.k === 3n) return { mnemonic: 'int3', ops: [] };
  if ((mnemonic === 'xchg' || mnemonic === 'xchgq') && ops.length === 2 && ops.every((op) => op.type === 'reg' && op.reg.cls === 'gpr' && op.reg.size === 8 && op.reg.num === 0)) {
    return { mnemonic: 'nop', ops: [] };
  }
  if (mnemonic === 'movd' && ops.some((op) => op.type === 'reg' && op.reg.cls === 'gpr' && op.reg.size === 8)) return { mnemonic: 'movq', ops };
  if (mnemonic === 'ud2a') return { mnemonic: 'ud2', ops };
  if (mnemonic === 'xlat' && ops.length === 0) return { mnemonic: 'xlatb', ops };
  const cmp = mnemonic.length > 5 && mnemonic.startsWith('cmp') ? /^cmp([a-z]+)(ps|pd|ss|sd)$/.exec(mnemonic) : null;
  const predicate = cmp ? CMP_PREDICATES.indexOf(cmp[1]) : -1;
  if (cmp && predicate >= 0) {
    const imm: Operand<E> = { type: 'imm', value: { k: BigInt(predicate), e: null } };
    return { mnemonic: `cmp${cmp[2]}`, ops: [imm, ...ops] };
  }
  return { mnemonic, ops };
}

function emit<E>(m: Match<E>, userPrefixes: readonly number[]): Encoded<E> {
  const { form, size, ops } = m;
  const rex: RexBits = { w: form.rexW || (size === 8 && !form.default64 && form.sizes.length > 0), r: 0, x: 0, b: 0, force: false, high: null };
  let regField = form.modrm !== undefined && form.modrm >= 0 ? form.modrm : 0;
  let rmOperand: Operand<E> | null = null;
  let opcodeReg = 0;
  const imms: Array<{ kind: OperandKind; value: Value<E> }> = [];

  form.operands.forEach((kind, i) => {
    const op = ops[i];
    switch (kind[0]) {
      case 'G': case 'V': case 'C': case 'D': case 'S':
        if (kind === 'DX' || kind === 'ST' || kind === 'GS' || kind === 'CL') return;
        if (op.type !== 'reg') return;
        regField = op.reg.num & 7;
        rex.r = op.reg.num >> 3;
        noteRegister(rex, op.reg);
        return;
      case 'H':
        if (op.type !== 'reg') return;
        regField = op.reg.num & 7;
        rex.r = op.reg.num >> 3;
        rmOperand = op;
        noteRegister(rex, op.reg);
        return;
      case 'E': case 'R': case 'M': case 'W': case 'U': case 'K':
        rmOperand = op;
        if (op.type === 'reg') noteRegister(rex, op.reg);
        return;
      case 'Z': case 'F':
        if (op.type !== 'reg' || kind === 'FS') return;
        opcodeReg = op.reg.num;
        noteRegister(rex, op.reg);
        return;
      case 'I':
        if (op.type === 'imm') imms.push({ kind, value: op.value });
        return;
      case 'O':
        if (op.type === 'mem') imms.push({ kind: 'Io', value: op.disp });
        return;
      default:
        if (op.type === 'reg') noteRegister(rex, op.reg);
    }
  });
  if (form.plusReg) rex.b = opcodeReg >> 3;

  const immSizes = imms.map((imm) => immediateSize(imm.kind, size));
  const mem = rmOperand !== null && (rmOperand as Operand<E>).type === 'mem' ? (rmOperand as MemOperand<E>) : null;
  const modrm: ModrmBytes<E> | null = form.modrm !== undefined ? encodeModrm<E>(rmOperand, regField, rex) : null;

  const bytes: number[] = [];
  const fixups: Fixup<E>[] = [];
  writePrefixes(bytes, form, size, mem, userPrefixes);
  const hasRex = rex.w || rex.r !== 0 || rex.x !== 0 || rex.b !== 0 || rex.force;
  if (hasRex && rex.high) throw new EncodeError(`can't encode register '%${rex.high}' in an instruction requiring REX prefix`);
  if (hasRex) bytes.push(0x40 | (rex.w ? 8 : 0) | (rex.r << 2) | (rex.x << 1) | rex.b);
  for (let i = 0; i < form.opcode.length; i++) {
    const last = i === form.opcode.length - 1;
    bytes.push(last && form.plusReg ? form.opcode[i] + (opcodeReg & 7) : form.opcode[i]);
  }
  if (modrm) {
    bytes.push(...modrm.bytes);
    // A 16/32-bit lea truncates the address, so GNU as zero-extends its displacement (R_X86_64_32).
    const signed = !(form.truncatesAddress && size !== 8);
    // Written out: spreading an object into one with new properties is very slow in V8.
    const f = modrm.fixup;
    if (f) fixups.push({ offset: bytes.length - 4, size: f.size, value: f.value, pcrel: f.pcrel, signed: f.pcrel || signed, trailing: f.trailing, rex: hasRex, field: f.field });
  }
  imms.forEach((imm, i) => {
    const n = immSizes[i];
    const offset = bytes.length;
    writeLittle(bytes, imm.value.k, n);
    if (imm.value.e !== null) {
      const signed = imm.kind === 'Iz' && size === 8;
      fixups.push({ offset, size: n as 1 | 2 | 4 | 8, value: imm.value.e, pcrel: false, signed, trailing: 0, rex: hasRex, field: 'imm' });
    }
  });
  // Trailing immediates after a field shift the PC-relative base; record it for every fixup.
  for (const f of fixups) f.trailing = bytes.length - (f.offset + f.size);
  return { bytes, fixups, retried: m.retried };
}

function immediateSize(kind: OperandKind, size: number): number {
  switch (kind) {
    case 'Ib': case 'Is': return 1;
    case 'Iw': return 2;
    case 'Iz': return size === 2 ? 2 : 4;
    case 'Io': return 8;
    default: return 0;
  }
}

export function writeLittle(out: number[], value: bigint, n: number): void {
  // Most fields are small: plain numbers are much cheaper than BigInt shifts.
  if (n <= 4 && value >= -0x80000000n && value <= 0xffffffffn) {
    const small = Number(value);
    for (let i = 0; i < n; i++) out.push((small >>> (8 * i)) & 0xff);
    return;
  }
  let v = BigInt.asUintN(64, value);
  for (let i = 0; i < n; i++) {
    out.push(Number(v & 0xffn));
    v >>= 8n;
  }
}

function writePrefixes<E>(out: number[], form: InstrForm, size: number, mem: MemOperand<E> | null, user: readonly number[]): void {
  // GNU as order: fwait, segment, addr32, data16, rep/repne, lock, then REX.
  const has = (b: number): boolean => user.includes(b);
  if (has(0x9b)) out.push(0x9b);
  // An override naming the segment the address uses anyway is left out (ss for rbp/rsp bases, else ds).
  const seg = mem?.seg && mem.seg.num !== defaultSegment(mem) ? mem.seg : null;
  if (seg) out.push(SEGMENT_PREFIX[seg.num]);
  for (const b of user) if (SEGMENT_PREFIX.includes(b) && !(seg && b === SEGMENT_PREFIX[seg.num])) out.push(b);
  const addr32 = mem !== null && ((mem.base !== null && mem.base.size === 4) || (mem.index !== null && mem.index.size === 4));
  if (addr32 || has(0x67)) out.push(0x67);
  if ((size === 2 && form.sizes.length > 0 && !form.no66) || has(0x66)) out.push(0x66);
  for (const p of form.prefixes) if (p === 0x66) out.push(p);
  for (const b of user) if (b === 0xf2 || b === 0xf3) out.push(b);
  for (const p of form.prefixes) if (p !== 0x66) out.push(p);
  if (has(0xf0)) out.push(0xf0);
  if (has(0x48)) out.push(0x48);
}

function defaultSegment<E>(mem: MemOperand<E>): number {
  const SS = 2;
  const DS = 3;
  return mem.base && mem.base.cls === 'gpr' && (mem.base.num === 4 || mem.base.num === 5) ? SS : DS;
}

interface ModrmBytes<E> {
  bytes: number[];
  fixup: Omit<Fixup<E>, 'offset' | 'rex'> | null;
}

function encodeModrm<E>(rm: Operand<E> | null, reg: number, rex: RexBits): ModrmBytes<E> {
  if (rm === null) return { bytes: [0xc0 | (reg << 3)], fixup: null };
  if (rm.type === 'reg') {
    rex.b = rm.reg.num >> 3;
    return { bytes: [0xc0 | (reg << 3) | (rm.reg.num & 7)], fixup: null };
  }
  if (rm.type !== 'mem') throw new EncodeError('operand type mismatch');
  return encodeMemory(rm, reg, rex);
}

function dispFixup<E>(disp: Value<E>, pcrel: boolean): ModrmBytes<E>['fixup'] {
  if (disp.e === null) return null;
  const value: E = disp.e;
  return { size: 4, value, pcrel, signed: true, trailing: 0, field: 'disp' };
}

function encodeMemory<E>(mem: MemOperand<E>, reg: number, rex: RexBits): ModrmBytes<E> {
  const { base, index, disp } = mem;
  const out: number[] = [];
  if (base && base.cls === 'rip') {
    if (index) throw new EncodeError(`'%${index.name}' cannot be used with '%${base.name}'`);
    out.push((reg << 3) | 5);
    writeLittle(out, disp.k, 4);
    return { bytes: out, fixup: dispFixup(disp, true) };
  }
  if (base && base.cls !== 'gpr') throw new EncodeError(`'%${base.name}' is not a valid base register`);
  if (index && (index.cls !== 'gpr' || index.num === 4)) throw new EncodeError(`'%${index.name}' is not a valid index register`);
  if (base && base.size < 4) throw new EncodeError(`'%${base.name}' is not a valid base/index expression`);
  const scaleBits = [1, 2, 4, 8].indexOf(mem.scale);
  if (scaleBits < 0) throw new EncodeError(`scale factor of ${mem.scale} without an index register`);
  if (index) rex.x = index.num >> 3;
  if (!base) {
    // No base: SIB with base=101 and a 32-bit displacement (absolute or index*scale + disp).
    out.push((reg << 3) | 4, ((index ? scaleBits : 0) << 6) | ((index ? index.num & 7 : 4) << 3) | 5);
    writeLittle(out, disp.k, 4);
    return { bytes: out, fixup: dispFixup(disp, false) };
  }
  rex.b = base.num >> 3;
  const low = base.num & 7;
  let mod: number;
  if (disp.e !== null) mod = 2;
  else if (disp.k === 0n && low !== 5) mod = 0;
  else if (signedFits(disp.k, 8)) mod = 1;
  else mod = 2;
  if (index || low === 4) {
    out.push((mod << 6) | (reg << 3) | 4, (scaleBits << 6) | ((index ? index.num & 7 : 4) << 3) | low);
  } else {
    out.push((mod << 6) | (reg << 3) | low);
  }
  if (mod === 1) writeLittle(out, disp.k, 1);
  if (mod === 2) writeLittle(out, disp.k, 4);
  return { bytes: out, fixup: mod === 2 ? dispFixup(disp, false) : null };
}

/** The short (rel8) and near (rel32) opcodes of a direct branch mnemonic (jmp, jcc, call, loop). */
export interface BranchOpcodes {
  short: readonly number[] | null;
  near: readonly number[] | null;
}

/** Per mnemonic (null: not a direct branch); the assembler asks for every jump it reads. */
const branchOpcodesCache = new Map<string, BranchOpcodes | null>();

export function branchOpcodes(mnemonic: string): BranchOpcodes | undefined {
  let found = branchOpcodesCache.get(mnemonic);
  if (found === undefined) branchOpcodesCache.set(mnemonic, (found = findBranchOpcodes(mnemonic) ?? null));
  return found ?? undefined;
}

function findBranchOpcodes(mnemonic: string): BranchOpcodes | undefined {
  let forms = formsOf(mnemonic);
  if (!forms?.some((f) => f.operands[0] === 'Jb' || f.operands[0] === 'Jz')) {
    if (!mnemonic.endsWith('q')) return undefined;
    forms = formsOf(mnemonic.slice(0, -1));
  }
  if (!forms) return undefined;
  const short = forms.find((f) => f.operands.length === 1 && f.operands[0] === 'Jb');
  const near = forms.find((f) => f.operands.length === 1 && f.operands[0] === 'Jz');
  if (!short && !near) return undefined;
  return { short: short?.opcode ?? null, near: near?.opcode ?? null };
}
