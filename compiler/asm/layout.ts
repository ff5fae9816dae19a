/**
 * Layout: gives every fragment an address, grows short branches that do not reach
 * (repeating until nothing changes, since one growth can push another branch out of
 * range), then writes each section's bytes and turns fixups into resolved values or
 * relocations, choosing the relocation GNU as would.
 */

import { CompileError, type SourceLocation } from '../diagnostics.js';
import { R_X86_64, SHF_MERGE, STB, STT } from '../elf/constants.js';
import { fragSize, locationOf, symAddress, type AlignVariant, type BranchVariant, type Expr, type Fixup, type Frag, type InputPlace, type LebVariant, type Section, type SpaceVariant, type Sym } from './model.js';
import { lebBytes, nopPadding } from './data.js';

/** A symbol's value once `.set` chains are followed: a defined location, an undefined symbol, or a constant. */
export interface Resolved {
  /**
   * The symbol to relocate against (a label, an alias of a location, or an undefined/common
   * symbol); null: absolute.
   */
  sym: Sym | null;
  /** For defined locations: the section; null for undefined/absolute. */
  section: Section | null;
  /** Address within the section (labels) or the constant (absolute) plus the expression's constant. */
  value: bigint;
  /** The fragment holding the location (labels and their aliases). */
  frag: Frag | null;
}

const ABSOLUTE_ZERO: Resolved = { sym: null, section: null, value: 0n, frag: null };

/**
 * A symbol's value. `.set alias, label+k` makes the alias a location of its own (GNU as
 * relocates against the alias, with the alias's binding); an alias of an undefined or
 * common symbol stands for that symbol.
 */
export function resolveSym(s: Sym, depth = 0): Resolved {
  if (depth > 100) throw new CompileError(`symbol definition loop encountered at '${s.name}'`);
  if (s.absolute !== null) return { sym: null, section: null, value: s.absolute, frag: null };
  if (s.equ && s.section === null) {
    const r = resolveExpr(s.equ, depth + 1);
    if (r.section !== null && r.minus === null) return { sym: s, section: r.section, value: r.value, frag: r.frag };
    return { sym: r.sym, section: r.section, value: r.value, frag: r.frag };
  }
  if (s.section !== null) return { sym: s, section: s.section, value: BigInt(symAddress(s)), frag: s.frag };
  return { sym: s, section: null, value: 0n, frag: null };
}

/** The label an alias chain ends at (`.set a, b` then `.set b, c`: c), or the symbol itself. */
export function equatedLabel(s: Sym): Sym {
  let cur = s;
  for (let depth = 0; cur.equ && cur.section === null && cur.equ.add && depth < 100; depth++) cur = cur.equ.add;
  return cur;
}

/** An alias of an undefined or common symbol: GNU as leaves it out of .symtab. */
export function isAliasOfExternal(s: Sym): boolean {
  if (!s.equ || s.section !== null || s.absolute !== null) return false;
  const r = resolveSym(s);
  return r.sym !== null && r.sym !== s && r.section === null;
}

/** Resolves `add - sub + k`; a difference in one section folds to a constant. */
/** `where`: the place to blame if the expression cannot be resolved. */
export function resolveExpr(e: Expr, depth = 0, where?: InputPlace): Resolved & { minus: Resolved | null } {
  const a: Resolved = e.add ? resolveSym(e.add, depth) : ABSOLUTE_ZERO;
  const value = a.value + e.k;
  // Objects written out: spreading `a` into an object with a new property is slow in V8.
  if (!e.sub) return { sym: a.sym, section: a.section, value, frag: a.frag, minus: null };
  const b = resolveSym(e.sub, depth);
  if (b.sym === null) return { sym: a.sym, section: a.section, value: value - b.value, frag: a.frag, minus: null };
  if (a.section !== null && a.section === b.section) return { sym: null, section: null, value: value - b.value, frag: null, minus: null };
  if (a.sym === null && b.section === null) throw new CompileError(`can't resolve value for symbol \`${e.sub.name}'`, where && locationOf(where));
  return { sym: a.sym, section: a.section, value, frag: a.frag, minus: b };
}

// ---- relaxation --------------------------------------------------------------

function branchLocal(v: BranchVariant, sec: Section): boolean {
  const t = v.target;
  if (t.sub !== null || t.add === null) return t.add === null;
  const target = branchTargetSymbol(t.add, sec);
  if (target === null) return false;
  if (target.binding === STB.WEAK) return false;
  if (target.binding === STB.GLOBAL) return !v.isCall && t.mod !== 'PLT';
  return true;
}

/** The symbol a branch to `s` would be resolved against when that is in `sec`, else null. */
function branchTargetSymbol(s: Sym, sec: Section): Sym | null {
  // A label (the usual case): what resolveSym gives, without its arithmetic.
  if (s.absolute === null && (s.equ === null || s.section !== null)) return s.section === sec ? s : null;
  const r = resolveSym(s);
  return r.section === sec ? r.sym : null;
}

function alignPadding(addr: number, v: AlignVariant): number {
  const pad = (v.alignment - (addr % v.alignment)) % v.alignment;
  return pad > v.max ? 0 : pad;
}

function orgSize(f: Frag, sec: Section, v: SpaceVariant): number {
  const r = resolveExpr(v.target, 0, v.loc);
  if (r.sym !== null && r.section !== sec) throw new CompileError('.org with a symbol of another section', v.loc);
  const here = f.address + f.bytes.length;
  const want = Number(r.value);
  if (want < here) throw new CompileError('attempt to move .org backwards', v.loc);
  return want - here;
}

/**
 * Branch relaxation the way GNU as does it (write.c relax_segment), because a different
 * but equally valid fixpoint would give different bytes: one sweep per pass, each
 * fragment moved by the growth so far ("stretch"); see branchReaches for how a branch
 * estimates a target it has not reached yet in the pass.
 */
export function relax(sections: Section[]): void {
  for (const sec of sections) {
    const frags = sec.frags;
    let addr = 0;
    let region = 0;
    for (let i = 0; i < frags.length; i++) {
      const f = frags[i];
      f.index = i;
      f.region = region;
      f.address = addr;
      const v = f.variant;
      if (v?.kind === 'branch') {
        v.local = branchLocal(v, sec);
        if (!v.local && v.near === v.short) throw new CompileError('jump target out of range (loop/jrcxz need a local label)', locationOf(v));
        if (!v.local) v.isShort = false;
        f.varSize = v.isShort ? v.short!.length + 1 : v.near.length + 4;
      } else if (v?.kind === 'align') f.varSize = alignPadding(addr + f.bytes.length, v);
      else if (v?.kind === 'org') f.varSize = 0;
      else if (v?.kind === 'leb') f.varSize = 1;
      if (v?.kind === 'align' || v?.kind === 'org') region++;
      addr += fragSize(f);
    }
    for (let stretched = true; stretched; ) {
      stretched = false;
      let stretch = 0;
      for (let i = 0; i < frags.length; i++) {
        const f = frags[i];
        f.address += stretch;
        const v = f.variant;
        if (!v) continue;
        let size = f.varSize;
        if (v.kind === 'align') size = alignPadding(f.address + f.bytes.length, v);
        else if (v.kind === 'org') size = orgSize(f, sec, v);
        else if (v.kind === 'leb') size = lebBytes(lebValue(v, false), v.signed).length;
        else if (v.isShort && !branchReaches(f, v, stretch)) {
          if (v.near === v.short) throw new CompileError('jump target out of range', locationOf(v));
          v.isShort = false;
          size = v.near.length + 4;
        }
        if (size !== f.varSize) {
          stretch += size - f.varSize;
          f.varSize = size;
          stretched = true;
        }
      }
    }
    const last = frags[frags.length - 1];
    sec.size = last.address + fragSize(last);
  }
}

/**
 * Whether a short branch reaches its target, estimated as GNU as does (write.c relax_frag):
 * a target not yet reached in this pass is assumed to move by the growth so far when it
 * shrank, or when no alignment lies in between (an alignment may absorb the growth);
 * otherwise the target's old address is used, and a forward target that now appears
 * behind the branch leaves it as it is for this pass.
 */
function branchReaches(f: Frag, v: BranchVariant, stretch: number): boolean {
  let target = branchTargetAddress(v);
  const address = f.address + f.bytes.length + v.short!.length;
  const symFrag = v.target.add ? resolvedFrag(v.target.add) : null;
  if (stretch !== 0 && symFrag && symFrag.index > f.index) {
    if (stretch < 0 || symFrag.region === f.region) target += stretch;
    else if (target < address) return true;
  }
  const aim = target - address;
  return aim <= 128 && aim >= -127;
}

/** A LEB128's value with the current addresses: a constant, or a label's offset in its section. */
function lebValue(v: LebVariant, final: boolean): bigint {
  const r = resolveExpr(v.value, 0, v.loc);
  if (r.minus) throw new CompileError(`invalid operands for leb128: \`${r.sym?.name}' and \`${r.minus.sym?.name}' are in different sections`, v.loc);
  if (r.sym !== null && r.section === null) {
    // A `.loc` view symbol gets its value only after a first layout.
    if (!final) return 0n;
    throw new CompileError(`leb128 operand is an undefined symbol: ${r.sym.name}`, v.loc);
  }
  return r.value;
}

function resolvedFrag(s: Sym): Frag | null {
  if (s.equ === null && s.absolute === null) return s.frag;
  return resolveSym(s).frag;
}

/** A branch's target address; a plain label (the usual case) is read directly, as relaxation asks often. */
function branchTargetAddress(v: BranchVariant): number {
  const t = v.target;
  const s = t.add;
  if (s !== null && t.sub === null && s.equ === null && s.absolute === null && s.frag !== null) return s.frag.address + s.offset + Number(t.k);
  const r = resolveExpr(t);
  return Number(r.value);
}

// ---- section contents and relocations ---------------------------------------------

/** Called for each symbol a relocation keeps: GNU as puts a local label on its symbol chain then. */
export type KeepSymbol = (s: Sym) => void;

export function writeSections(sections: Section[], keep: KeepSymbol): void {
  for (const sec of sections) {
    if (sec.nobits) {
      for (const f of sec.frags) if (f.fixups.length) throw new CompileError(`relocation in section \`${sec.name}' without contents`, locationOf(f.fixups[0]));
      continue;
    }
    const data = new Uint8Array(sec.size);
    // GNU as's relocation order: fixups in source order (calls included), then the jumps whose
    // relaxable fragment ended up needing a relocation.
    for (const f of sec.frags) {
      f.bytes.copyTo(data, f.address);
      for (const fx of f.fixups) applyFixup(sec, fx, data, keep);
      if (f.variant?.kind !== 'branch' || f.variant.isCall) writeVariant(sec, f, data, keep);
    }
    for (const f of sec.frags) if (f.variant?.kind === 'branch' && !f.variant.isCall) writeVariant(sec, f, data, keep);
    sec.data = data;
  }
}

function writeVariant(sec: Section, f: Frag, data: Uint8Array, keep: KeepSymbol): void {
  const v = f.variant;
  if (!v) return;
  const at = f.address + f.bytes.length;
  if (v.kind === 'leb') {
    data.set(lebBytes(lebValue(v, true), v.signed), at);
    return;
  }
  if (v.kind === 'align' || v.kind === 'org') {
    if (f.varSize === 0) return;
    if (v.kind === 'align' && v.fill === null && sec.code) data.set(nopPadding(f.varSize), at);
    else if (v.kind === 'align' && v.fill !== null && v.fillSize > 1) {
      if (f.varSize % v.fillSize !== 0) throw new CompileError(`alignment padding (${f.varSize} bytes) not a multiple of ${v.fillSize}`, v.loc);
      for (let i = 0; i + v.fillSize <= f.varSize; i += v.fillSize) {
        for (let j = 0; j < v.fillSize; j++) data[at + i + j] = (v.fill >> (8 * j)) & 0xff;
      }
    } else data.fill(v.kind === 'align' ? v.fill ?? 0 : v.fill, at, at + f.varSize);
    return;
  }
  const opcode = v.isShort ? v.short! : v.near;
  // (A loop: TypedArray.set from a plain array is a slow generic path, and this is every jump.)
  for (let i = 0; i < opcode.length; i++) data[at + i] = opcode[i];
  const field = at + opcode.length;
  const size = v.isShort ? 1 : 4;
  if (v.local) {
    // A plain number: this runs for every jump, and BigInt arithmetic is slow.
    const disp = branchTargetAddress(v) - (field + size);
    for (let i = 0; i < size; i++) data[field + i] = (disp >> (8 * i)) & 0xff;
    return;
  }
  const fx: Fixup = {
    frag: f, offset: f.bytes.length + opcode.length, size: 4, expr: v.target, pcrel: true, signed: true,
    trailing: 0, rex: false, field: 'rel', file: v.file, line: v.line,
  };
  applyFixup(sec, fx, data, keep);
}

function writeInt(data: Uint8Array, at: number, size: number, value: bigint): void {
  let v = BigInt.asUintN(64, value);
  for (let i = 0; i < size; i++, v >>= 8n) data[at + i] = Number(v & 0xffn);
}

function relocType(fx: Fixup, pcrel: boolean): number {
  const mod = fx.expr.mod;
  if (mod === 'GOTPCREL') {
    if (fx.field === 'disp' && pcrel) return fx.rex ? R_X86_64.REX_GOTPCRELX : R_X86_64.GOTPCRELX;
    return R_X86_64.GOTPCREL;
  }
  if (mod === 'PLT') return fx.size === 4 && pcrel ? R_X86_64.PLT32 : R_X86_64.R64;
  if (mod === 'GOTOFF') return R_X86_64.GOTOFF64;
  if (mod === 'GOTTPOFF') return R_X86_64.GOTTPOFF;
  if (mod === 'TPOFF') return fx.size === 8 ? R_X86_64.TPOFF64 : R_X86_64.TPOFF32;
  if (mod === 'SIZE') return fx.size === 8 ? R_X86_64.SIZE64 : R_X86_64.SIZE32;
  if (mod === 'TLSGD') return R_X86_64.TLSGD;
  if (mod === 'TLSLD') return R_X86_64.TLSLD;
  if (mod === 'DTPOFF') return fx.size === 8 ? R_X86_64.DTPOFF64 : R_X86_64.DTPOFF32;
  if (mod !== '') throw new CompileError(`relocation @${mod} is not supported`, locationOf(fx));
  switch (fx.size) {
    case 8: return pcrel ? R_X86_64.PC64 : R_X86_64.R64;
    case 4: return pcrel ? R_X86_64.PC32 : fx.signed ? R_X86_64.R32S : R_X86_64.R32;
    case 2: return pcrel ? R_X86_64.PC16 : R_X86_64.R16;
    default: return pcrel ? R_X86_64.PC8 : R_X86_64.R8;
  }
}

/** GOT/PLT-style relocations keep the symbol; others use the section symbol for locals. */
function keepsSymbol(mod: string): boolean {
  return mod === 'GOTPCREL' || mod === 'GOTOFF' || mod === 'GOT' || mod === 'SIZE' || isTlsModifier(mod);
}

/** TLS relocations: GNU as also makes their symbol STT_TLS. */
function isTlsModifier(mod: string): boolean {
  return mod === 'GOTTPOFF' || mod === 'TPOFF' || mod === 'TLSGD' || mod === 'TLSLD' || mod === 'DTPOFF';
}

function applyFixup(sec: Section, fx: Fixup, data: Uint8Array, keep: KeepSymbol): void {
  if (fx.explicit) return explicitReloc(sec, fx.explicit.type, fx.explicit.place, fx.expr, locationOf(fx), keep);
  const at = fx.frag.address + fx.offset;
  const r = resolveExpr(fx.expr, 0, fx);
  const end = at + fx.size + fx.trailing;
  let pcrel = fx.pcrel;
  let addend = r.value;
  if (r.minus) {
    if (r.minus.section !== sec) throw new CompileError(`can't resolve \`${r.sym?.name ?? '0'}' - \`${r.minus.sym?.name}'`, locationOf(fx));
    // `sym - .`: a PC-relative value, relative to the field itself.
    pcrel = true;
    addend += BigInt(at) - r.minus.value;
  }
  if (r.sym === null) {
    writeInt(data, at, fx.size, pcrel && !r.minus ? addend - BigInt(end) : addend);
    return;
  }
  const mod = fx.expr.mod;
  const local = r.sym.binding === STB.LOCAL && r.section !== null && r.sym.common === null;
  if (pcrel && !r.minus && local && r.section === sec && mod !== 'GOTPCREL' && (fx.field === 'disp' || fx.field === 'rel')) {
    writeInt(data, at, fx.size, addend - BigInt(end));
    return;
  }
  let target = r.sym;
  // In a mergeable section the linker may move data, so GNU as keeps the symbol itself
  // whenever the relocation has a non-zero addend (a PC-relative one always does).
  const gasOffset = fx.expr.k - (pcrel && !r.minus ? BigInt(fx.size + fx.trailing) : 0n);
  const mergeable = r.section !== null && (r.section.flags & SHF_MERGE) !== 0 && (gasOffset !== 0n || r.minus !== null);
  if (local && !keepsSymbol(mod) && !mergeable) {
    target = r.section!.symbol;
  } else {
    addend -= r.section !== null ? resolveSym(r.sym).value : 0n;
  }
  if (pcrel && !r.minus) addend -= BigInt(fx.size + fx.trailing);
  let type = relocType(fx, pcrel);
  if (isTlsModifier(mod)) target.type = STT.TLS;
  // `_GLOBAL_OFFSET_TABLE_ - .` (PIC prologues) is the GOT's PC-relative address.
  if (pcrel && mod === '' && fx.size === 4 && target.name === '_GLOBAL_OFFSET_TABLE_' && !target.sectionSymbolOf) type = R_X86_64.GOTPC32;
  if (fx.field === 'rel' && pcrel && mod !== 'GOTPCREL') {
    type = local ? R_X86_64.PC32 : R_X86_64.PLT32;
  }
  target.usedInReloc = true;
  keep(target);
  sec.relocs.push({ offset: at, type, sym: target, addend });
  // RELA: the field itself holds zero.
  writeInt(data, at, fx.size, 0n);
}

/** `.reloc offset, type, expr`: the relocation as written (locals still go through their section symbol). */
function explicitReloc(sec: Section, type: number, place: Expr, value: Expr, loc: SourceLocation, keep: KeepSymbol): void {
  const p = resolveExpr(place, 0, loc);
  if ((p.sym !== null && p.section !== sec) || p.minus || p.value < 0n || p.value > BigInt(sec.size)) {
    throw new CompileError('reloc not within (fixed part of) section', loc);
  }
  if (p.section === sec) {
    sec.symbol.usedInReloc = true;
    keep(sec.symbol);
  }
  const r = resolveExpr(value, 0, loc);
  if (r.minus) throw new CompileError('.reloc expression must be a symbol plus a constant', loc);
  // A constant has no symbol (index 0); a local location goes through its section symbol.
  let target = r.sym;
  let addend = r.value;
  if (r.sym !== null && r.section !== null) {
    if (r.sym.binding === STB.LOCAL) target = r.section.symbol;
    else addend -= resolveSym(r.sym).value;
  }
  if (target) {
    target.usedInReloc = true;
    keep(target);
  }
  sec.relocs.push({ offset: Number(p.value), type, sym: target, addend });
}
