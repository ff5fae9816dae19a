/**
 * Call-frame information: the `.cfi_*` directives gcc writes, turned into an `.eh_frame`
 * section laid out as GNU as 2.40 does (one CIE "zR", FDEs with PC-relative sdata4
 * addresses, DW_CFA_advance_loc computed after branch relaxation, 4-byte padding).
 */

import { SHF_ALLOC, SHT } from '../elf/constants.js';
import type { Assembler } from './assembler.js';
import { splitArgs } from './cursor.js';
import { type Frag, type Section, type Sym } from './model.js';
import { lookupRegister } from '../x86/registers.js';

interface CfiOp {
  frag: Frag;
  offset: number;
  bytes: number[];
}

interface Fde {
  section: Section;
  start: Sym;
  end: Sym | null;
  ops: CfiOp[];
  signalFrame: boolean;
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

export class CfiState {
  private readonly fdes: Fde[] = [];
  private current: Fde | null = null;
  private cfaOffset = 8;
  private readonly saved: number[] = [];

  constructor(private readonly as: Assembler) {}

  handles(name: string): boolean {
    return DIRECTIVES.has(name);
  }

  /** Hooks kept for future use by instruction-boundary tracking. */
  noteInstruction(): void {}
  noteLabel(): void {}

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

  private num(text: string): number {
    return Number(this.as.directives.constant(text));
  }

  private op(bytes: number[]): void {
    if (!this.current) this.as.error('CFI instruction used without previous .cfi_startproc');
    this.current.ops.push({ frag: this.as.frag, offset: this.as.offset, bytes });
  }

  private offsetOp(reg: number, off: number): number[] {
    const factored = off / -8;
    if (!Number.isInteger(factored)) this.as.error('CFI offset is not a multiple of the data alignment');
    if (factored >= 0) return reg < 64 ? [0x80 | reg, ...uleb(factored)] : [0x05, ...uleb(reg), ...uleb(factored)];
    return [0x11, ...uleb(reg), ...sleb(factored)];
  }

  directive(name: string, args: string): void {
    const a = splitArgs(args);
    switch (name) {
      case '.cfi_startproc':
        if (this.current) this.as.error('previous CFI entry not closed (missing .cfi_endproc)');
        this.current = { section: this.as.section, start: this.as.dot(), end: null, ops: [], signalFrame: false };
        this.cfaOffset = 8;
        if (a[0] === 'simple') this.as.error('.cfi_startproc simple is not supported');
        return;
      case '.cfi_endproc':
        if (!this.current) this.as.error('.cfi_endproc without corresponding .cfi_startproc');
        this.current.end = this.as.dot();
        this.fdes.push(this.current);
        this.current = null;
        return;
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
      case '.cfi_restore': {
        const r = this.reg(a[0]);
        return this.op(r < 64 ? [0xc0 | r] : [0x06, ...uleb(r)]);
      }
      case '.cfi_undefined': return this.op([0x07, ...uleb(this.reg(a[0]))]);
      case '.cfi_same_value': return this.op([0x08, ...uleb(this.reg(a[0]))]);
      case '.cfi_register': return this.op([0x09, ...uleb(this.reg(a[0])), ...uleb(this.reg(a[1]))]);
      case '.cfi_remember_state':
        this.saved.push(this.cfaOffset);
        return this.op([0x0a]);
      case '.cfi_restore_state':
        this.cfaOffset = this.saved.pop() ?? this.cfaOffset;
        return this.op([0x0b]);
      case '.cfi_escape':
        return this.op(a.map((x) => this.num(x) & 0xff));
      case '.cfi_signal_frame':
        if (this.current) this.current.signalFrame = true;
        return;
      case '.cfi_sections':
        return;
      case '.cfi_personality': case '.cfi_lsda':
        if (this.num(a[0]) === 0xff) return;
        return this.as.error(`${name} is not supported`);
      default:
        return this.as.error(`${name} is not supported`);
    }
  }

  /** Builds .eh_frame once the code sections have final addresses. */
  finish(): Section | null {
    if (this.current) this.as.error('open CFI at the end of file; missing .cfi_endproc directive');
    if (this.fdes.length === 0) return null;
    const sec = this.as.getSection('.eh_frame', SHF_ALLOC, SHT.PROGBITS, 0);
    sec.align = 8;
    this.as.switchSection(sec);
    const cies = new Map<boolean, number>();
    this.fdes.forEach((fde, i) => {
      let cie = cies.get(fde.signalFrame);
      if (cie === undefined) {
        cie = this.as.offset;
        cies.set(fde.signalFrame, cie);
        this.writeCie(fde.signalFrame);
      }
      this.writeFde(fde, cie, i === this.fdes.length - 1);
    });
    return sec;
  }

  private writeCie(signal: boolean): void {
    const body = [0, 0, 0, 0, 1, 0x7a, 0x52, ...(signal ? [0x53] : []), 0, 1, 0x78, 0x10, 1, 0x1b, 0x0c, 0x07, 0x08, 0x90, 0x01];
    this.writeEntry(body, null);
  }

  private writeFde(fde: Fde, cieOffset: number, last: boolean): void {
    const here = this.as.offset;
    const start = symAddr(fde.start);
    const end = symAddr(fde.end!);
    const instrs: number[] = [];
    let loc = start;
    for (const op of fde.ops) {
      const at = op.frag.address + op.offset;
      if (at !== loc) {
        instrs.push(...advance(at - loc));
        loc = at;
      }
      instrs.push(...op.bytes);
    }
    const cfiePointer = here + 4 - cieOffset;
    const head = [cfiePointer & 0xff, (cfiePointer >> 8) & 0xff, (cfiePointer >> 16) & 0xff, cfiePointer >>> 24];
    const range = end - start;
    const body = [...head, 0, 0, 0, 0, range & 0xff, (range >> 8) & 0xff, (range >> 16) & 0xff, range >>> 24, 0, ...instrs];
    // The last FDE is padded so that the section ends 8-byte aligned.
    if (last) while ((here + body.length + 4) % 8 !== 0) body.push(0);
    this.writeEntry(body, fde.start);
  }

  /** Writes length + body padded with DW_CFA_nop to a multiple of 4; an FDE's pc_begin is PC-relative. */
  private writeEntry(body: number[], pcBegin: Sym | null): void {
    while ((body.length + 4) % 4 !== 0) body.push(0);
    const len = body.length;
    this.as.emitBytes([len & 0xff, (len >> 8) & 0xff, (len >> 16) & 0xff, len >>> 24]);
    this.as.emitBytes(body.slice(0, 4));
    if (pcBegin) {
      const dot = this.as.dot();
      this.as.emitValue({ add: pcBegin, sub: dot, k: 0n, mod: '' }, 4);
      this.as.emitBytes(body.slice(8));
    } else {
      this.as.emitBytes(body.slice(4));
    }
  }
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
