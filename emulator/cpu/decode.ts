// Instruction decoder: turns the bytes at a linear address into an Insn with its handler
// chosen, operands resolved and length known.
//
// The decoder is driven by the shared instruction table (x86/table.ts, the one the
// assembler encodes with): after the prefixes, the opcode bytes select a slot of the
// opcode map (opcode-map.ts), the ModRM byte and the operand size select one of its
// forms, and the form's operand kinds say which immediates follow. The form's semantic
// key (`mnemonic operands`) then finds the emulator's binder (handler-map.ts), which
// picks the handler and puts the operands where that handler expects them.
//
// What the table does not describe stays here, each with its reason: the prefix bytes
// themselves, the x87 escapes (ops-x87.ts interprets their ModRM itself), NOP versus
// xchg at 0x90, the reserved hint-NOP space 0F 18-1F, ModRM.reg aliases the CPU runs but
// no assembler writes (digitAlias), the fences ignoring ModRM.rm, and FWAIT-prefixed
// forms (fstcw = fwait + fnstcw: two instructions to the CPU, see opcode-map.ts).

import { Insn, NO_REG } from './insn.js';
import { DecodeContext, DecodeError, modrm, type CodeReader } from './modrm.js';
import * as sys from './ops-system.js';
import { decodeX87 } from './ops-x87.js';
import {
  MAP_0F, MAP_0F38, MAP_0F3A, MAP_ONE, OpcodeMap, OpcodeSlot, PREFIX_66, PREFIX_F2, PREFIX_F3, PREFIX_NONE,
  type DecodeForm,
} from './opcode-map.js';
import { binderOf } from './handler-map.js';

export { DecodeContext, DecodeError, fixByteRegs, fixByteRm, modrm, type CodeReader } from './modrm.js';

const STRING_OPS = new Set([0x6c, 0x6d, 0x6e, 0x6f, 0xa4, 0xa5, 0xa6, 0xa7, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf]);

/**
 * The opcode map, built when this module loads: the start-up snapshot (cli/snapshot)
 * then holds it ready-made, instead of every `tcc-lite run` building it on its first
 * decode (a few milliseconds of cold code).
 */
const opcodes = new OpcodeMap(binderOf);

function opcodeSlot(map: number, prefix: number, op: number): OpcodeSlot | undefined {
  return opcodes.slot(map, prefix, op);
}

/**
 * Decodes one instruction at `linear`. Never throws except for #PF from `read`. The
 * optional window gives the bytes from `linear` on directly (see DecodeContext).
 */
export function decodeInstruction(read: CodeReader, linear: number, window?: Uint8Array, windowStart = 0, windowLength = 0): Insn {
  const d = new DecodeContext(read, linear, window, windowStart, windowLength);
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

/** Legacy prefixes and REX; returns the first opcode byte. */
function readPrefixes(d: DecodeContext): number {
  for (;;) {
    const op = d.byte();
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
    d.setRex();
    return op;
  }
}

function decodeInto(d: DecodeContext, ins: Insn): void {
  const form = decodeOperands(d, ins);
  if (form !== undefined && form.binder !== undefined) form.binder(d, ins);
}

/**
 * Everything up to the handler: prefixes, opcode, ModRM and immediates. Returns the
 * table form, or undefined for #UD (and for the x87 escapes, decoded completely here).
 */
function decodeOperands(d: DecodeContext, ins: Insn): DecodeForm | undefined {
  let op = readPrefixes(d);
  ins.opcode = op;
  let map = MAP_ONE;
  if (op === 0x0f) {
    op = d.byte();
    ins.opcode = 0x0f00 | op;
    map = MAP_0F;
    if (op === 0x38 || op === 0x3a) {
      map = op === 0x38 ? MAP_0F38 : MAP_0F3A;
      op = d.byte();
    }
  }
  d.op = op;
  // The x87 escapes D8-DF: the x87 unit interprets the ModRM byte itself (a register
  // ModRM selects a whole operation, not an operand), see ops-x87.ts.
  if (map === MAP_ONE && op >= 0xd8 && op <= 0xdf) { decodeX87(d, ins, op); return undefined; }
  const slot = slotFor(d, map, op);
  const form = slot === undefined ? undefined : chooseForm(d, ins, slot, map);
  if (form === undefined) {
    if (map === MAP_0F && op >= 0x18 && op <= 0x1f) hintNop(d, ins, slot !== undefined);
    return undefined;
  }
  d.size = operandBits(d, form);
  if (form.opcodePlusReg) d.zreg = (op & 7) | d.rexB;
  if (form.immediates.length !== 0) readImmediates(d, ins, form);
  return form;
}

/** What the table-driven front end makes of one instruction, before any handler is bound. */
export interface DecodedOperands {
  /** The table form, undefined for #UD and the x87 escapes. */
  form: DecodeForm | undefined;
  /** Length, ModRM operands (reg, rm or memory) and immediates as read. */
  ins: Insn;
  /** Prefix state, operand size and the +r register. */
  context: DecodeContext;
}

/** Decodes the operands only and names the form (for tools and the table cross-check test). */
export function decodeOperandsAt(read: CodeReader, linear: number): DecodedOperands {
  const context = new DecodeContext(read, linear);
  const ins = new Insn(sys.undefinedOpcode);
  const form = decodeOperands(context, ins);
  ins.len = context.pos;
  return { form, ins, context };
}

/** The slot in force: the mandatory prefix is F3 or F2 if present, else 66, else none. */
function slotFor(d: DecodeContext, map: number, op: number): OpcodeSlot | undefined {
  const slot = prefixedSlot(d, map, op);
  // 0x90 is NOP, not `xchg %eax,%eax` (which would clear RAX's top half); with REX.B it
  // is `xchg %r8,%rax` again, even after F3.
  if (map === MAP_ONE && op === 0x90 && slot !== undefined) {
    const plain = opcodeSlot(map, PREFIX_NONE, op) as OpcodeSlot;
    if (d.rexB !== 0) return (xchgR8 ??= new OpcodeSlot(plain.forms.filter((f) => f.opcodePlusReg)));
    if (slot === plain) return (nop90 ??= new OpcodeSlot(plain.forms.filter((f) => !f.opcodePlusReg)));
  }
  return slot;
}
let xchgR8: OpcodeSlot | undefined;
let nop90: OpcodeSlot | undefined;

function prefixedSlot(d: DecodeContext, map: number, op: number): OpcodeSlot | undefined {
  const mandatory = d.rep === 0xf3 ? PREFIX_F3 : d.rep === 0xf2 ? PREFIX_F2 : d.opsize ? PREFIX_66 : PREFIX_NONE;
  const slot = opcodeSlot(map, mandatory, op);
  if (slot !== undefined || mandatory === PREFIX_NONE) return slot;
  // A prefix the opcode has no form for is an ordinary REP or operand-size prefix, except
  // on SSE opcodes, where it selects a (here missing) form: #UD.
  const plain = opcodeSlot(map, PREFIX_NONE, op);
  return plain?.sse ? undefined : plain;
}

/**
 * Reads the ModRM byte if the slot's forms have one and picks the form: the first whose
 * digit, exact ModRM and register/memory kind fit, preferring one whose operand sizes
 * and REX.W fit too (the CPU runs sizes the assembler never writes, e.g. 16-bit bswap,
 * with the same form). Implemented forms come first in a slot, so an unimplemented
 * alias is chosen only when nothing implemented fits (it still gives the length).
 */
function chooseForm(d: DecodeContext, ins: Insn, slot: OpcodeSlot, map: number): DecodeForm | undefined {
  if (slot.only !== undefined) return slot.only;
  let isReg = false;
  if (slot.hasModrm) {
    let m = d.peek();
    // The fences (0F AE E8/F0/F8) ignore ModRM.rm.
    if (map === MAP_0F && d.op === 0xae && m >= 0xe8) m &= 0xf8;
    if (m >= 0xc0 && slot.hasExact) {
      for (const f of slot.forms) {
        if (f.exactModrm === m || (f.exactPlusReg && f.exactModrm === (m & 0xf8))) {
          d.pos++; // part of the opcode, not an operand
          return f;
        }
      }
    }
    d.digit = modrm(d, ins) & 7;
    isReg = ins.rm >= 0;
  }
  const digit = digitAlias(map, d.op, d.digit);
  let first: DecodeForm | undefined;
  for (const f of slot.forms) {
    if (f.exactModrm >= 0) continue;
    if (f.hasModrm && (f.digit >= 0 && f.digit !== digit || f.mod === 'reg' && !isReg || f.mod === 'mem' && isReg)) continue;
    first ??= f;
    if (sizeFits(d, f) && (f.binder !== undefined) === (first.binder !== undefined)) return f;
  }
  return first;
}

/**
 * ModRM.reg values the CPU accepts that no assembler writes: group 2's /6 runs as /4
 * (shl), group 3's /1 as /0 (test), SETcc ignores the field, and the prefetch group
 * 0F 0D treats its reserved digits as prefetch. Binders still see the real digit in d.digit.
 */
function digitAlias(map: number, op: number, digit: number): number {
  if (map === MAP_ONE && digit === 1 && (op === 0xf6 || op === 0xf7)) return 0; // test
  if (map === MAP_ONE && digit === 6 && (op === 0xc0 || op === 0xc1 || (op >= 0xd0 && op <= 0xd3))) return 4;
  if (map === MAP_0F && op >= 0x90 && op <= 0x9f) return 0;
  if (map === MAP_0F && op === 0x0d && digit > 1) return 0; // AMD: every /digit of 0F 0D prefetches
  return digit;
}

function sizeFits(d: DecodeContext, f: DecodeForm): boolean {
  if (f.form.rexW && !d.rexW) return false;
  return f.sizeMask === 0 || (f.sizeMask & (operandBits(d, f) >> 3)) !== 0;
}

/** The operand size the prefixes give this form, in bits. */
function operandBits(d: DecodeContext, f: DecodeForm): number {
  if (f.byteSized) return 8;
  if (f.form.default64) return d.opsize ? 16 : 64;
  if (f.form.rexW || (d.rex & 8) !== 0) return 64;
  return d.opsize ? 16 : 32;
}

/**
 * Reads what follows the ModRM: the first immediate goes to ins.imm (ins.immHi for the
 * sign or the high half), a second one (enter's nesting level) to ins.sub.
 */
function readImmediates(d: DecodeContext, ins: Insn, form: DecodeForm): void {
  let n = 0;
  for (const kind of form.immediates) {
    let v: number;
    switch (kind) {
      case 'ib': v = d.byte(); break;
      case 'iw': v = d.int16() & 0xffff; break;
      case 'rel8': ins.imm = d.int8(); continue;
      case 'rel32': ins.imm = d.int32(); continue;
      case 'is': ins.imm = d.int8(); ins.immHi = ins.imm >> 31; continue;
      case 'iz': ins.imm = d.size === 16 ? (d.int16() << 16) >> 16 : d.int32(); ins.immHi = ins.imm >> 31; continue;
      case 'io': ins.imm = d.int32(); ins.immHi = d.int32(); continue;
      case 'moffs': readMoffs(d, ins); continue;
    }
    if (n++ === 0) ins.imm = v;
    else ins.sub = v;
  }
}

/** A moffs operand: a 64-bit absolute address (32-bit after 0x67), high half in imm. */
function readMoffs(d: DecodeContext, ins: Insn): void {
  ins.disp = d.int32();
  ins.imm = d.addr32 ? 0 : d.int32();
  ins.base = NO_REG;
  ins.index = NO_REG;
  ins.seg = d.seg;
  ins.rm = -1;
  ins.reg = 0;
}

/**
 * 0F 18-1F is Intel's reserved hint-NOP space: whatever the table does not name there
 * (future hints, other /digits of nopw) still executes as a NOP with a ModRM operand.
 */
function hintNop(d: DecodeContext, ins: Insn, modrmRead: boolean): void {
  if (!modrmRead) modrm(d, ins);
  ins.exec = sys.nop;
  ins.size = 32;
}
