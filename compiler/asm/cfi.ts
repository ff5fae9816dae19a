/**
 * Call-frame information: the `.cfi_*` directives, turned into an `.eh_frame` section laid
 * out as GNU as 2.40 does (dw2gencfi.c):
 *   - each FDE records its CFA instructions; `.cfi_startproc` (unless `simple`) starts the
 *     list with the x86-64 initial rules (CFA = rsp+8, return address at CFA-8);
 *   - a CIE holds an FDE's leading instructions (those before the first address change,
 *     remember_state or escape); a later FDE reuses the newest compatible CIE whose list
 *     is a prefix of its own, and only writes what follows;
 *   - augmentation "z[P][L]R[S]": personality, LSDA pointer, FDE encoding pcrel sdata4;
 *   - DW_CFA_advance_loc deltas are computed after branch relaxation; entries are padded
 *     with DW_CFA_nop to 4 bytes, the last FDE so that the section ends 8-aligned.
 */

import { SHF_ALLOC, SHT } from '../elf/constants.js';
import type { Assembler } from './assembler.js';
import { splitArgs } from './cursor.js';
import { isConstant, type Expr, type Frag, type Section, type Sym } from './model.js';
import { lookupRegister } from '../x86/registers.js';

/** One CFA instruction, and whether the code address moved since the previous one. */
interface CfiOp {
  frag: Frag;
  offset: number;
  bytes: number[];
  /** Emitted at a different place than the previous directive: an advance_loc comes first. */
  advance: boolean;
  /** remember_state and escapes end the part of an FDE that a CIE may hold. */
  barrier: boolean;
}

/** A pointer in the augmentation data: its DW_EH_PE encoding and value. */
interface EncodedPointer {
  encoding: number;
  value: Expr;
}

interface Fde {
  section: Section;
  start: Sym;
  end: Sym | null;
  ops: CfiOp[];
  signalFrame: boolean;
  returnColumn: number;
  personality: EncodedPointer | null;
  lsda: EncodedPointer | null;
  /** Where the last CFI directive was, to know when an advance is needed. */
  lastFrag: Frag;
  lastOffset: number;
}

interface Cie {
  offset: number;
  signalFrame: boolean;
  returnColumn: number;
  personality: EncodedPointer | null;
  lsdaEncoding: number | null;
  /** The instructions the CIE holds (an FDE prefix). */
  ops: CfiOp[];
}

/** DWARF register numbers of x86-64 (psABI figure 3.36). */
const DWARF_GPR: Record<string, number> = {
  rax: 0, rdx: 1, rcx: 2, rbx: 3, rsi: 4, rdi: 5, rbp: 6, rsp: 7, rip: 16,
  eax: 0, edx: 1, ecx: 2, ebx: 3, esi: 4, edi: 5, ebp: 6, esp: 7,
};

const DIRECTIVES = new Set([
  '.cfi_startproc', '.cfi_endproc', '.cfi_def_cfa', '.cfi_def_cfa_offset', '.cfi_def_cfa_register', '.cfi_adjust_cfa_offset',
  '.cfi_offset', '.cfi_rel_offset', '.cfi_restore', '.cfi_undefined', '.cfi_same_value', '.cfi_register',
  '.cfi_remember_state', '.cfi_restore_state', '.cfi_escape', '.cfi_signal_frame', '.cfi_sections', '.cfi_personality',
  '.cfi_lsda', '.cfi_return_column', '.cfi_window_save', '.cfi_val_offset',
]);

const DW_EH_PE_omit = 0xff;
const DW_EH_PE_pcrel = 0x10;
const DW_EH_PE_indirect = 0x80;

export function uleb(v: number): number[] {
  const out: number[] = [];
  do {
    let b = v & 0x7f;
    v = Math.floor(v / 128);
    if (v !== 0) b |= 0x80;
    out.push(b);
  } while (v !== 0);
  return out;
}

export function sleb(v: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = v & 0x7f;
    v >>= 7;
    if ((v === 0 && (b & 0x40) === 0) || (v === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

/** Size in bytes of a pointer in encoding `enc` (its low nibble), or 0 when invalid. */
function pointerSize(enc: number): number {
  switch (enc & 0x0f) {
    case 0x00: case 0x04: case 0x0c: return 8;
    case 0x02: case 0x0a: return 2;
    case 0x03: case 0x0b: return 4;
    default: return 0;
  }
}

export class CfiState {
  private readonly fdes: Fde[] = [];
  private current: Fde | null = null;
  private cfaOffset = 8;
  private readonly saved: number[] = [];
  /** `.cfi_sections` without `.eh_frame` (e.g. only `.debug_frame`): no .eh_frame is written. */
  private ehFrame = true;

  constructor(private readonly as: Assembler) {}

  handles(name: string): boolean {
    return DIRECTIVES.has(name);
  }

  private reg(text: string): number {
    const t = text.trim();
    if (/^[0-9]+$/.test(t)) return Number(t);
    const name = t.replace(/^%/, '').toLowerCase();
    if (name in DWARF_GPR) return DWARF_GPR[name];
    const r = lookupRegister(name);
    if (r && r.cls === 'gpr' && r.size === 8) return r.num;
    if (r && r.cls === 'xmm') return 17 + r.num;
    return this.as.error(`bad register expression '${t}'`);
  }

  private num(text: string | undefined): number {
    if (text === undefined || text === '') this.as.error('missing CFI operand');
    return Number(this.as.directives.constant(text));
  }

  private fde(): Fde {
    if (!this.current) this.as.error('CFI instruction used without previous .cfi_startproc');
    return this.current;
  }

  private op(bytes: number[], barrier = false): void {
    const fde = this.fde();
    const frag = this.as.frag;
    const offset = this.as.offset;
    const advance = frag !== fde.lastFrag || offset !== fde.lastOffset;
    fde.ops.push({ frag, offset, bytes, advance, barrier });
    fde.lastFrag = frag;
    fde.lastOffset = offset;
  }

  private factored(off: number): number {
    const factored = off / -8;
    if (!Number.isInteger(factored)) this.as.error('CFI offset is not a multiple of the data alignment');
    return factored;
  }

  private offsetOp(reg: number, off: number): number[] {
    const f = this.factored(off);
    if (f >= 0) return reg < 64 ? [0x80 | reg, ...uleb(f)] : [0x05, ...uleb(reg), ...uleb(f)];
    return [0x11, ...uleb(reg), ...sleb(f)];
  }

  private valOffsetOp(reg: number, off: number): number[] {
    const f = this.factored(off);
    return f >= 0 ? [0x14, ...uleb(reg), ...uleb(f)] : [0x15, ...uleb(reg), ...sleb(f)];
  }

  /** `.cfi_personality enc[, sym]` / `.cfi_lsda enc[, sym]`; encoding 0xff turns it off. */
  private pointer(name: string, a: string[]): EncodedPointer | null {
    const enc = this.num(a[0]);
    if (enc === DW_EH_PE_omit) return null;
    if ((enc & ~(DW_EH_PE_pcrel | DW_EH_PE_indirect | 0x0f)) !== 0 || pointerSize(enc) === 0) this.as.error(`invalid or unsupported encoding in ${name}`);
    if (a.length < 2 || a[1] === '') this.as.error(`${name} needs a symbol`);
    const value = this.as.directives.expr(a[1]);
    if (isConstant(value) && name === '.cfi_lsda') this.as.error('.cfi_lsda needs a symbol');
    return { encoding: enc, value };
  }

  directive(name: string, args: string): void {
    const a = splitArgs(args);
    switch (name) {
      case '.cfi_startproc': return this.startproc(a[0]);
      case '.cfi_endproc': {
        const fde = this.fde();
        fde.end = this.as.dot();
        this.fdes.push(fde);
        this.current = null;
        return;
      }
      case '.cfi_def_cfa':
        this.cfaOffset = this.num(a[1]);
        return this.op([0x0c, ...uleb(this.reg(a[0])), ...uleb(this.cfaOffset)]);
      case '.cfi_def_cfa_offset':
        this.cfaOffset = this.num(a[0]);
        return this.op([0x0e, ...uleb(this.cfaOffset)]);
      case '.cfi_adjust_cfa_offset':
        this.cfaOffset += this.num(a[0]);
        return this.op([0x0e, ...uleb(this.cfaOffset)]);
      case '.cfi_def_cfa_register':
        return this.op([0x0d, ...uleb(this.reg(a[0]))]);
      case '.cfi_offset':
        return this.op(this.offsetOp(this.reg(a[0]), this.num(a[1])));
      case '.cfi_rel_offset':
        return this.op(this.offsetOp(this.reg(a[0]), this.num(a[1]) - this.cfaOffset));
      case '.cfi_val_offset':
        return this.op(this.valOffsetOp(this.reg(a[0]), this.num(a[1])));
      case '.cfi_restore': {
        for (const r of a.map((x) => this.reg(x))) this.op(r < 64 ? [0xc0 | r] : [0x06, ...uleb(r)]);
        return;
      }
      case '.cfi_undefined': for (const x of a) this.op([0x07, ...uleb(this.reg(x))]); return;
      case '.cfi_same_value': return this.op([0x08, ...uleb(this.reg(a[0]))]);
      case '.cfi_register': return this.op([0x09, ...uleb(this.reg(a[0])), ...uleb(this.reg(a[1]))]);
      case '.cfi_remember_state':
        this.saved.push(this.cfaOffset);
        return this.op([0x0a], true);
      case '.cfi_restore_state':
        this.cfaOffset = this.saved.pop() ?? this.cfaOffset;
        return this.op([0x0b]);
      case '.cfi_escape':
        return this.op(a.map((x) => this.num(x) & 0xff), true);
      case '.cfi_window_save':
        return this.op([0x2d]);
      case '.cfi_signal_frame':
        this.fde().signalFrame = true;
        return;
      case '.cfi_return_column':
        this.fde().returnColumn = this.reg(a[0]);
        return;
      case '.cfi_personality':
        this.fde().personality = this.pointer(name, a);
        return;
      case '.cfi_lsda':
        this.fde().lsda = this.pointer(name, a);
        return;
      case '.cfi_sections':
        this.ehFrame = a.some((s) => s.trim() === '.eh_frame');
        return;
      default:
        return this.as.error(`${name} is not supported`);
    }
  }

  private startproc(mode: string | undefined): void {
    if (this.current) this.as.error('previous CFI entry not closed (missing .cfi_endproc)');
    const simple = mode?.trim() === 'simple';
    if (mode && mode.trim() !== '' && !simple) this.as.error(`junk at end of line: '${mode}'`);
    this.current = {
      section: this.as.section, start: this.as.dot(), end: null, ops: [], signalFrame: false, returnColumn: 16,
      personality: null, lsda: null, lastFrag: this.as.frag, lastOffset: this.as.offset,
    };
    this.cfaOffset = 8;
    if (!simple) {
      // The x86-64 rules at a call's target: CFA = rsp + 8, return address saved at CFA - 8.
      this.op([0x0c, 0x07, 0x08]);
      this.op([0x90, 0x01]);
    }
  }

  /** Builds .eh_frame once the code sections have final addresses. */
  finish(): Section | null {
    if (this.current) this.as.error('open CFI at the end of file; missing .cfi_endproc directive');
    if (this.fdes.length === 0 || !this.ehFrame) return null;
    const sec = this.as.getSection('.eh_frame', SHF_ALLOC, SHT.PROGBITS, 0);
    sec.align = 8;
    this.as.switchSection(sec);
    // Newest first: GNU as reuses the most recently written compatible CIE.
    const cies: Cie[] = [];
    this.fdes.forEach((fde, i) => {
      let found = this.findCie(cies, fde);
      if (!found) {
        const ops = leadingOps(fde.ops);
        const cie: Cie = {
          offset: this.as.offset, signalFrame: fde.signalFrame, returnColumn: fde.returnColumn, personality: fde.personality,
          lsdaEncoding: fde.lsda?.encoding ?? null, ops,
        };
        cies.unshift(cie);
        this.writeCie(cie);
        found = { cie, rest: fde.ops.slice(ops.length) };
      }
      this.writeFde(fde, found.cie, found.rest, i === this.fdes.length - 1);
    });
    return sec;
  }

  private findCie(cies: Cie[], fde: Fde): { cie: Cie; rest: CfiOp[] } | null {
    for (const cie of cies) {
      if (cie.signalFrame !== fde.signalFrame || cie.returnColumn !== fde.returnColumn) continue;
      if ((cie.lsdaEncoding ?? -1) !== (fde.lsda?.encoding ?? -1) || !samePointer(cie.personality, fde.personality)) continue;
      if (cie.ops.length > fde.ops.length) continue;
      let same = true;
      for (let i = 0; i < cie.ops.length && same; i++) {
        const x = cie.ops[i];
        const y = fde.ops[i];
        same = !y.advance && !y.barrier && x.bytes.length === y.bytes.length && x.bytes.every((b, j) => b === y.bytes[j]);
      }
      if (same) return { cie, rest: fde.ops.slice(cie.ops.length) };
    }
    return null;
  }

  private writeCie(cie: Cie): void {
    const aug = ['z'];
    const augData: Array<number | EncodedPointer> = [];
    if (cie.personality) {
      aug.push('P');
      augData.push(cie.personality.encoding, cie.personality);
    }
    if (cie.lsdaEncoding !== null) {
      aug.push('L');
      augData.push(cie.lsdaEncoding);
    }
    aug.push('R');
    augData.push(0x1b);
    if (cie.signalFrame) aug.push('S');
    const augLength = augData.reduce<number>((n, d) => n + (typeof d === 'number' ? 1 : pointerSize(d.encoding)), 0);
    const parts: Part[] = [
      [0, 0, 0, 0, 1, ...Buffer.from(aug.join('')), 0, 1, 0x78, ...uleb(cie.returnColumn), ...uleb(augLength)],
      ...augData.map((d) => (typeof d === 'number' ? [d] : d)),
      cie.ops.flatMap((op) => op.bytes),
    ];
    this.writeEntry(parts, false);
  }

  private writeFde(fde: Fde, cie: Cie, ops: CfiOp[], last: boolean): void {
    const here = this.as.offset;
    const start = symAddr(fde.start);
    const end = symAddr(fde.end!);
    const instrs: number[] = [];
    let loc = start;
    for (const op of ops) {
      const at = op.frag.address + op.offset;
      if (at !== loc) {
        instrs.push(...advance(at - loc));
        loc = at;
      }
      instrs.push(...op.bytes);
    }
    const ciePointer = here + 4 - cie.offset;
    const range = end - start;
    const lsdaSize = fde.lsda ? pointerSize(fde.lsda.encoding) : 0;
    const parts: Part[] = [
      le32(ciePointer),
      { encoding: 0x1b, value: { add: fde.start, sub: null, k: 0n, mod: '' } },
      [...le32(range), ...uleb(lsdaSize)],
      ...(fde.lsda ? [fde.lsda] : []),
      instrs,
    ];
    this.writeEntry(parts, last);
  }

  /**
   * Writes length + parts, padded with DW_CFA_nop to a multiple of 4 (the last FDE: so
   * that the section ends 8-aligned). Pointers become data fixups, PC-relative ones as
   * `sym - .`.
   */
  private writeEntry(parts: Part[], last: boolean): void {
    const start = this.as.offset;
    let length = parts.reduce<number>((n, p) => n + (Array.isArray(p) ? p.length : pointerSize(p.encoding)), 0);
    let pad = (4 - (length % 4)) % 4;
    if (last) while ((start + 4 + length + pad) % 8 !== 0) pad++;
    length += pad;
    this.as.emitBytes(le32(length));
    for (const p of parts) {
      if (Array.isArray(p)) {
        this.as.emitBytes(p);
        continue;
      }
      const size = pointerSize(p.encoding) as 2 | 4 | 8;
      const pcrel = (p.encoding & 0x70) === DW_EH_PE_pcrel;
      this.as.emitValue(pcrel ? { ...p.value, sub: this.as.dot() } : p.value, size);
    }
    this.as.emitBytes(new Array<number>(pad).fill(0));
  }
}

type Part = number[] | EncodedPointer;

/** An FDE's instructions a new CIE takes: those before any advance, remember_state or escape. */
function leadingOps(ops: CfiOp[]): CfiOp[] {
  let n = 0;
  while (n < ops.length && !ops[n].advance && !ops[n].barrier) n++;
  return ops.slice(0, n);
}

function samePointer(a: EncodedPointer | null, b: EncodedPointer | null): boolean {
  if (a === null || b === null) return a === b;
  return a.encoding === b.encoding && a.value.add === b.value.add && a.value.k === b.value.k;
}

function le32(v: number): number[] {
  return [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >>> 24];
}

function symAddr(s: Sym): number {
  return (s.frag ? s.frag.address : 0) + s.offset;
}

function advance(delta: number): number[] {
  if (delta < 64) return [0x40 | delta];
  if (delta < 256) return [0x02, delta];
  if (delta < 65536) return [0x03, delta & 0xff, delta >> 8];
  return [0x04, delta & 0xff, (delta >> 8) & 0xff, (delta >> 16) & 0xff, delta >>> 24];
}
