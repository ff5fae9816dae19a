/**
 * The assembler's in-memory model: sections made of fragments, symbols, expressions and
 * fixups. A fragment is a run of fixed bytes followed by at most one variable-size part
 * (a relaxable branch or an alignment), so that addresses can be recomputed cheaply while
 * branches grow from rel8 to rel32.
 */

import type { SourceLocation } from '../diagnostics.js';
import { STB, STT, STV } from '../elf/constants.js';
import type { FixupField } from '../x86/encoder.js';
import type { ByteRun } from './byte-run.js';

/** Relocation modifiers written as `sym@MOD`. */
export type RelocModifier = '' | 'PLT' | 'GOTPCREL' | 'GOTOFF' | 'GOTTPOFF' | 'TPOFF' | 'GOT' | 'GOTPC' | 'SIZE' | 'DTPOFF' | 'TLSGD' | 'TLSLD';

/** `add - sub + k` with an optional `@modifier` on `add`. Either symbol may be absent. */
export interface Expr {
  add: Sym | null;
  sub: Sym | null;
  k: bigint;
  mod: RelocModifier;
}

export interface Sym {
  readonly name: string;
  /** Where the symbol is defined; null while undefined. */
  section: Section | null;
  frag: Frag | null;
  offset: number;
  binding: STB;
  /** True once `.globl`/`.weak`/`.local` said so (otherwise the default is local). */
  explicitBinding: boolean;
  type: STT;
  visibility: STV;
  size: Expr | null;
  /** `.set`/`.equ`/`=`: the symbol stands for this expression. */
  equ: Expr | null;
  /**
   * `.set name, label` with the label already defined: its type and size at that moment
   * (GNU as copies them then; the DWARF it generates sees only those, see dwarf.ts).
   */
  equAttributes?: { type: STT; size: Expr | null };
  /** Absolute value (SHN_ABS) when `equ` folded to a constant. */
  absolute: bigint | null;
  common: { size: bigint; align: bigint } | null;
  /** Referenced by something that may end up in .symtab (a relocation that keeps it). */
  usedInReloc: boolean;
  /**
   * Position in GNU as's symbol chain, which decides .symtab order: creation order, except
   * for local labels (`.L*`, `1:`), which GNU as keeps out of the chain ("lightweight")
   * until something needs a full symbol, and then appends.
   */
  order: number;
  /** A local label not yet on the chain (see `order`). */
  lightweight: boolean;
  /** A `.`-location or other internal symbol never written to .symtab. */
  readonly internal: boolean;
  /** Index in .symtab (filled by the writer). */
  index: number;
  /** For a section symbol: the section it names. */
  sectionSymbolOf: Section | null;
  /** Made to name a section group: defined in that group's SHT_GROUP section. */
  groupSignatureOf: SectionGroup | null;
  /**
   * The expression `name` standing for this symbol, made once and shared by its uses
   * (expressions are never modified): one object less per branch and reference to keep.
   */
  reference: Expr | null;
}

export interface BranchVariant {
  kind: 'branch';
  short: readonly number[] | null;
  near: readonly number[];
  target: Expr;
  /** Can still be short (target resolved in this section, not yet out of range). */
  isShort: boolean;
  /** Resolved locally (no relocation); decided once all symbols are known. */
  local: boolean;
  isCall: boolean;
  /**
   * Where it was written (locationOf() makes the SourceLocation): plain fields rather than a
   * location object, one object less to keep for each of the many jumps.
   */
  file: string;
  line: number;
}

/** A place in the assembler's input: what errors found after reading report. */
export interface InputPlace {
  file: string;
  line: number;
}

/** The location of a branch or fixup (the assembler reports whole lines: column 0). */
export function locationOf(p: InputPlace): SourceLocation {
  return { file: p.file, line: p.line, col: 0 };
}

export interface AlignVariant {
  kind: 'align';
  alignment: number;
  /** Fill byte; null in a code section means NOPs. */
  fill: number | null;
  fillSize: number;
  max: number;
  loc: SourceLocation;
}

export interface SpaceVariant {
  kind: 'org';
  target: Expr;
  fill: number;
  loc: SourceLocation;
}

/** `.uleb128`/`.sleb128` of a value known only after layout (a label difference). */
export interface LebVariant {
  kind: 'leb';
  value: Expr;
  signed: boolean;
  loc: SourceLocation;
}

export type Variant = BranchVariant | AlignVariant | SpaceVariant | LebVariant;

export interface Fixup {
  frag: Frag;
  offset: number;
  size: 1 | 2 | 4 | 8;
  expr: Expr;
  pcrel: boolean;
  signed: boolean;
  trailing: number;
  rex: boolean;
  field: FixupField | 'data';
  /** Where it was written (locationOf() makes the SourceLocation), as for branches. */
  file: string;
  line: number;
  /** `.reloc`: this relocation type, at `place` (an offset in the section), contents untouched. */
  explicit?: { type: number; place: Expr };
}

export interface Frag {
  readonly section: Section;
  bytes: ByteRun;
  fixups: Fixup[];
  variant: Variant | null;
  /** Address of the first byte within the section (set by layout). */
  address: number;
  /** Current size of the variable part. */
  varSize: number;
  /** Position in the section's fragment list (set by relaxation). */
  index: number;
  /** How many alignment/.org fragments come before this one (set by relaxation). */
  region: number;
}

export interface Relocation {
  offset: number;
  type: number;
  /** null: no symbol (index 0), as `.reloc` with a constant writes. */
  sym: Sym | null;
  addend: bigint;
}

export interface Section {
  readonly name: string;
  type: number;
  flags: number;
  entsize: number;
  align: number;
  frags: Frag[];
  relocs: Relocation[];
  /** Code sections pad alignment with NOPs. */
  readonly code: boolean;
  symbol: Sym;
  /** Section header index (filled by the writer). */
  index: number;
  /** Final contents (filled after layout). */
  data: Uint8Array;
  size: number;
  /** `@nobits`-style: occupies no file space. */
  readonly nobits: boolean;
  /** Linked group/section names, unused but kept for `.section` round trips. */
  readonly order: number;
  /** `.section name,"G",@type,group[,comdat]`: the section group it belongs to. */
  readonly group: SectionGroup | null;
}

export interface SectionGroup {
  readonly name: string;
  comdat: boolean;
  /** The symbol naming the group (an existing one, or a local made for it at the end). */
  signature: Sym | null;
  /** Section header index of the SHT_GROUP section (filled by the writer). */
  index: number;
}

export function constExpr(k: bigint): Expr {
  return { add: null, sub: null, k, mod: '' };
}

export function isConstant(e: Expr): boolean {
  return e.add === null && e.sub === null;
}

export function fragSize(f: Frag): number {
  return f.bytes.length + f.varSize;
}

/** Whether GNU as makes `name` a lightweight local symbol (ELF's local label names). */
export function isLocalLabelName(name: string): boolean {
  return (name.charCodeAt(0) === 46 && name.charCodeAt(1) === 76) || name.includes('\u0002');
}

/** The address of a defined symbol within its section (after layout). */
export function symAddress(s: Sym): number {
  return (s.frag ? s.frag.address : 0) + s.offset;
}
