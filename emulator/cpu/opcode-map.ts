// The emulator's opcode maps, built once at start-up from the shared instruction table
// (x86/table.ts) — the same lines the assembler encodes with — so the decoder cannot
// drift from the assembler.
//
// A slot is (opcode map, mandatory prefix, opcode byte). It lists the table forms that
// start with those bytes, in table order; the decoder picks one by the ModRM.reg digit,
// an exact ModRM byte (swapgs = 0F 01 F8), register-vs-memory, REX.W and the operand
// size. Each form's operand kinds say what follows the opcode: a ModRM, immediates of
// which size, a moffs address.

import { allForms, type InstrForm, type OperandKind } from '../../x86/table.js';
import type { Binder } from './handler-map.js';

/** The opcode maps: one-byte, 0F, 0F 38, 0F 3A. */
export const MAP_ONE = 0;
export const MAP_0F = 1;
export const MAP_0F38 = 2;
export const MAP_0F3A = 3;

/** Mandatory-prefix slots: none, 66, F3, F2. */
export const PREFIX_NONE = 0;
export const PREFIX_66 = 1;
export const PREFIX_F3 = 2;
export const PREFIX_F2 = 3;

/** What follows the opcode (and ModRM) for one immediate-like operand, in encoding order. */
export type ImmediateKind =
  | 'ib' // unsigned byte
  | 'is' // byte, sign-extended
  | 'iw' // unsigned 16 bits
  | 'iz' // 16 bits with a 16-bit operand size, else 32, sign-extended
  | 'io' // 64 bits
  | 'rel8' | 'rel32'
  | 'moffs'; // 64-bit absolute address (32 with an address-size prefix)

/** Which ModRM.mod values a form accepts. */
export type ModConstraint = 'any' | 'reg' | 'mem';

/** One table form as the decoder sees it. */
export interface DecodeForm {
  readonly form: InstrForm;
  /** The semantic key the emulator's handler mapping uses: `mnemonic operands`. */
  readonly key: string;
  readonly hasModrm: boolean;
  /** ModRM.reg digit the form requires, or -1. */
  readonly digit: number;
  /** The whole ModRM byte the form requires (low 3 bits free when exactPlusReg), or -1. */
  readonly exactModrm: number;
  readonly exactPlusReg: boolean;
  readonly mod: ModConstraint;
  readonly immediates: readonly ImmediateKind[];
  /** The form takes a register in the opcode byte's low 3 bits (its slot covers 8 bytes). */
  readonly opcodePlusReg: boolean;
  /** An SSE form (xmm operands): its mandatory prefix is part of the opcode. */
  readonly sse: boolean;
  /** The emulator's binder for the key; undefined: not implemented (#UD). */
  readonly binder: Binder | undefined;
  /** The operand sizes (bytes) the table lists for the form, as a bit mask; 0: any. */
  readonly sizeMask: number;
  /** Byte operands only (the form's size letter is b). */
  readonly byteSized: boolean;
}

/** The candidates of one (map, mandatory prefix, opcode byte), with what the decoder asks first. */
export class OpcodeSlot {
  readonly hasModrm: boolean;
  readonly hasExact: boolean;
  readonly sse: boolean;
  /** The form when nothing after the opcode can choose another (one form, no ModRM). */
  readonly only: DecodeForm | undefined;

  constructor(readonly forms: readonly DecodeForm[]) {
    this.hasModrm = forms.length > 0 && forms[0].hasModrm;
    this.hasExact = forms.some((f) => f.exactModrm >= 0);
    this.sse = forms.some((f) => f.sse);
    this.only = forms.length === 1 && !this.hasModrm ? forms[0] : undefined;
  }
}

const IMMEDIATE_OF: Partial<Record<OperandKind, ImmediateKind>> = {
  Ib: 'ib', Is: 'is', Iw: 'iw', Iz: 'iz', Io: 'io', Jb: 'rel8', Jz: 'rel32', Ov: 'moffs',
};

const REGISTER_ONLY = new Set<OperandKind>(['Rb', 'Rw', 'Rd', 'Rq', 'Rv', 'U']);
/** The CPU ignores ModRM.mod for moves to and from control and debug registers. */
const MOD_IGNORED = new Set<OperandKind>(['C', 'D']);

/** The key the emulator's handler mapping is written in: `mnemonic operand,operand`. */
export function semanticKey(form: InstrForm): string {
  return `${form.mnemonic} ${form.operands.join(',') || '-'}`;
}

function modConstraint(form: InstrForm): ModConstraint {
  if (form.operands.some((k) => MOD_IGNORED.has(k))) return 'any';
  if (form.operands.some((k) => REGISTER_ONLY.has(k))) return 'reg';
  // Far indirect jumps and calls take their target from memory only.
  if (form.operands.includes('M') || form.operands.includes('Kv')) return 'mem';
  return 'any';
}

function prefixSlot(prefixes: readonly number[]): number {
  if (prefixes.length === 0) return PREFIX_NONE;
  if (prefixes.length > 1) return -1;
  return prefixes[0] === 0x66 ? PREFIX_66 : prefixes[0] === 0xf3 ? PREFIX_F3 : PREFIX_F2;
}

function slotIndex(map: number, prefix: number, op: number): number {
  return (((map << 2) | prefix) << 8) | op;
}

/** Where a form lives, or undefined for forms that are not one instruction to the CPU. */
interface Placement { map: number; op: number; exact: number }

function placementOf(form: InstrForm): Placement | undefined {
  const opc = form.opcode;
  // fstcw, finit and friends are FWAIT followed by the no-wait instruction: the CPU
  // decodes two instructions, each of which has its own line.
  if (opc[0] === 0x9b && opc.length > 1) return undefined;
  let i = 0;
  let map = MAP_ONE;
  if (opc[0] === 0x0f) {
    i = 1;
    map = MAP_0F;
    if (opc[1] === 0x38) { map = MAP_0F38; i = 2; }
    else if (opc[1] === 0x3a) { map = MAP_0F3A; i = 2; }
  }
  const rest = opc.length - i - 1;
  if (rest > 1 || i >= opc.length) return undefined;
  return { map, op: opc[i], exact: rest === 1 ? opc[i + 1] : -1 };
}

function toDecodeForm(form: InstrForm, exact: number, binderOf: (key: string) => Binder | undefined): DecodeForm {
  const exactPlusReg = exact >= 0 && form.plusReg;
  const hasModrm = form.modrm !== undefined || exact >= 0;
  const key = semanticKey(form);
  const immediates: ImmediateKind[] = [];
  let sse = false;
  for (const k of form.operands) {
    const imm = IMMEDIATE_OF[k];
    if (imm !== undefined) immediates.push(imm);
    if (k === 'V' || k === 'W' || k === 'U') sse = true;
  }
  let sizeMask = 0;
  for (const size of form.sizes) sizeMask |= size;
  return {
    form,
    key,
    hasModrm,
    digit: form.modrm !== undefined && form.modrm >= 0 ? form.modrm : -1,
    exactModrm: exact,
    exactPlusReg,
    mod: exact >= 0 ? 'reg' : hasModrm ? modConstraint(form) : 'any',
    immediates,
    opcodePlusReg: form.plusReg && !exactPlusReg,
    sse,
    binder: binderOf(key),
    sizeMask,
    byteSized: sizeMask === 1,
  };
}

/** The lookup arrays: 4 maps x 4 prefix slots x 256 opcodes, each a list of candidates. */
export class OpcodeMap {
  private readonly slots: (OpcodeSlot | undefined)[] = new Array(4 * 4 * 256);
  /** Table lines the decoder cannot tell apart by their bytes (checked by the tests). */
  readonly conflicts: string[] = [];

  /**
   * Builds the slots from forms (the shared table by default). `binderOf(key)` gives the
   * emulator's binder, if it implements the key: a slot lists implemented forms first, so of
   * aliases (sal/shl, movzbl/movzx) the decoder meets the emulator's spelling; the
   * others stay, in table order, because they still tell an instruction's length.
   */
  constructor(binderOf: (key: string) => Binder | undefined, forms: readonly InstrForm[] = allForms()) {
    const all: DecodeForm[][] = new Array(this.slots.length);
    for (const form of forms) {
      const place = placementOf(form);
      const prefix = prefixSlot(form.prefixes);
      if (place === undefined || prefix < 0) continue;
      const df = toDecodeForm(form, place.exact, binderOf);
      const count = df.opcodePlusReg ? 8 : 1;
      for (let r = 0; r < count; r++) {
        const at = slotIndex(place.map, prefix, place.op + r);
        (all[at] ??= []).push(df);
      }
    }
    all.forEach((list, at) => {
      if (list.some((f) => f.hasModrm !== list[0].hasModrm)) this.conflicts.push(`${list.map((f) => f.key).join(' / ')}: ModRM and no ModRM`);
      const implemented: DecodeForm[] = [];
      const others: DecodeForm[] = [];
      for (const f of list) (f.binder !== undefined ? implemented : others).push(f);
      this.slots[at] = new OpcodeSlot(implemented.concat(others));
    });
  }

  /** The candidates for an opcode byte under one mandatory-prefix slot. */
  slot(map: number, prefix: number, op: number): OpcodeSlot | undefined {
    return this.slots[slotIndex(map, prefix, op)];
  }
}
