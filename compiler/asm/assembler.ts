/**
 * The assembler's state and main loop: reads statements (labels, directives,
 * instructions), keeps sections/fragments/symbols, and hands directives to
 * directives.ts and macro/conditional handling to macros.ts.
 */

import { CompileError, type SourceLocation } from '../diagnostics.js';
import { SHF_ALLOC, SHF_EXECINSTR, SHF_TLS, SHF_WRITE, SHT, STB, STT, STV } from '../elf/constants.js';
import { branchOpcodes, encodeInstruction, EncodeError, type BranchOpcodes, type Operand } from '../x86/encoder.js';
import { Ch, Cursor, isDigit, isNameChar, isNameStart, splitArgs } from './cursor.js';
import { deref, difference, parseExpr } from './expr.js';
import type { ExprContext } from './expr.js';
import { isConstant, isLocalLabelName, type Expr, type Fixup, type Frag, type Section, type SectionGroup, type Sym, type Variant } from './model.js';
import { parseOperand } from './operands.js';
import { CfiState } from './cfi.js';
import { readBinaryFromDisk, type BinaryReader } from './data.js';
import { ByteRun } from './byte-run.js';
import { labelAlone, mnemonicAndName, needsSplitting, numberedLabel, splitStatements } from './line-shapes.js';
import { leadingName, makeTemplate, mayBeTemplate, templateHolds, type InstructionTemplate } from './templates.js';
import { LineReader, type AssemblyChunk } from './line-reader.js';
import { DwarfFiles } from './dwarf-files.js';
import { DwarfLines } from './dwarf-lines.js';

/** Relocation modifiers that make GNU as create `_GLOBAL_OFFSET_TABLE_` (all but PLT and SIZE). */
const GOT_MODIFIERS = new Set(['GOTPCREL', 'GOTOFF', 'GOTTPOFF', 'TPOFF', 'NTPOFF', 'GOT', 'GOTPC', 'GOTPLT', 'PLTOFF', 'TLSGD', 'TLSLD', 'DTPOFF', 'TLSDESC', 'TLSCALL']);

const NO_PREFIXES: readonly number[] = [];
const NO_OPERANDS: readonly string[] = [];
/**
 * The fixups of a fragment that has none yet: one shared list (most fragments end at a
 * jump and hold none), frozen so that a push that bypasses addFixup fails loudly.
 */
const NO_FIXUPS = Object.freeze([]) as unknown as Fixup[];

/** Prefixes that may be written as mnemonics before an instruction (or alone). */
const PREFIX_BYTES: Record<string, number> = {
  lock: 0xf0, rep: 0xf3, repe: 0xf3, repz: 0xf3, repne: 0xf2, repnz: 0xf2, data16: 0x66, addr32: 0x67,
  rex64: 0x48, notrack: 0x3e, bnd: 0xf2, xacquire: 0xf2, xrelease: 0xf3,
  cs: 0x2e, ds: 0x3e, es: 0x26, fs: 0x64, gs: 0x65, ss: 0x36, rex: 0x40, 'rex.w': 0x48,
};

export interface LineRecord {
  section: Section;
  frag: Frag;
  offset: number;
  file: number;
  line: number;
  /** `.loc ... view .LVUn`: the symbol that gets this location's view number. */
  view: Sym | null;
}

/** Lines of a macro or .rept expansion being read (the main text is read in place). */
export interface InputSource {
  lines: string[];
  next: number;
  /** Macro expansions report errors at the line that invoked them. */
  fixedLoc: SourceLocation;
}

export class Assembler implements ExprContext {
  readonly sections: Section[] = [];
  private readonly sectionByName = new Map<string, Section>();
  /** By name, except `.LN` names (numberedLabels); read with existingSymbol, add with addSymbolName. */
  private readonly symbols = new Map<string, Sym>();
  /** Symbols in creation order (what .symtab follows). */
  readonly symbolList: Sym[] = [];
  section!: Section;
  frag!: Frag;
  private previousSection: Section | null = null;
  readonly sectionStack: Section[] = [];
  private order = 0;
  private localCounts = new Map<number, number>();
  fileSymbol: Sym | null = null;
  readonly fileNames = new Map<number, string>();
  readonly lineRecords: LineRecord[] = [];
  readonly dwarfLines = new DwarfLines();
  readonly dwarfFiles = new DwarfFiles();
  readonly cfi = new CfiState(this);
  readonly sources: InputSource[] = [];
  /**
   * The main input (line-reader.ts). A text is not split into an array up front: a line
   * string lives only while its statement is assembled.
   */
  private main = new LineReader([]);
  /** Location of the statement being assembled. */
  loc: SourceLocation;
  private physicalLine = 0;
  private lineDelta = 0;
  private sourceFile: string;
  hasNoteGnuStack = false;
  /** Counts symbol lookups, so an instruction that named no symbol can be cached. */
  private symbolReferences = 0;
  /** Encodings of instructions without symbols, by their text (compiler output repeats a lot). */
  private readonly encodingCache = new Map<string, Uint8Array | InstructionTemplate>();
  /** The symbols named `.LN`, by N (null: no such symbol yet). */
  private readonly numberedLabels: Array<Sym | null> = [];
  /** While an instruction is encoded: the symbols its operands look up (for templates.ts). */
  private referenced: Sym[] | null = null;
  /** The operands named `.` or a local label (`1f`): their meaning depends on where they are. */
  private unstableOperands = false;
  /** The operand texts of the instruction being encoded. */
  private operandTexts: readonly string[] = NO_OPERANDS;

  constructor(
    readonly fileName: string,
    /** Where `.incbin` looks after the current directory (GNU as's -I). */
    readonly includePaths: readonly string[] = [],
    readonly readBinary: BinaryReader = readBinaryFromDisk,
  ) {
    this.sourceFile = fileName;
    this.loc = { file: fileName, line: 0, col: 0 };
    this.switchSection(this.getSection('.text', null, null, 0));
    this.getSection('.data', null, null, 0);
    this.getSection('.bss', null, null, 0);
  }

  // ---- diagnostics -------------------------------------------------------

  error(msg: string): never {
    throw new CompileError(msg, this.here());
  }

  /** A copy of the current location (fixups and branches keep only its file and line, see model.ts). */
  here(): SourceLocation {
    const l = this.loc;
    return { file: l.file, line: l.line, col: l.col };
  }

  // ---- sections and fragments ----------------------------------------------

  /** Finds or creates a section; `flags`/`type` null means "the defaults for this name". */
  getSection(name: string, flags: number | null, type: number | null, entsize: number, group: SectionGroup | null = null): Section {
    // A section of a group is another section than the one of the same name outside it.
    const key = group ? `${name}\u0000${group.name}` : name;
    const existing = this.sectionByName.get(key);
    if (existing) return existing;
    const defaults = defaultSectionAttributes(name);
    const secType = type ?? defaults.type;
    const secFlags = flags ?? defaults.flags;
    const sym = this.newSymbol(name, true);
    sym.type = STT.SECTION;
    // Arrays of pointers: GNU as records the element size.
    if (entsize === 0 && (secType === SHT.INIT_ARRAY || secType === SHT.FINI_ARRAY || secType === SHT.PREINIT_ARRAY)) entsize = 8;
    const sec: Section = {
      name, type: secType, flags: secFlags, entsize, align: 1, frags: [], relocs: [],
      code: (secFlags & SHF_EXECINSTR) !== 0, symbol: sym, index: 0, data: new Uint8Array(0), size: 0,
      nobits: secType === SHT.NOBITS, order: this.sections.length, group,
    };
    sym.section = sec;
    sym.sectionSymbolOf = sec;
    // A section's name in an expression means its section symbol.
    if (!this.existingSymbol(name)) this.addSymbolName(name, sym);
    sec.frags.push(newFrag(sec, ByteRun.forSection(sec.nobits)));
    this.sections.push(sec);
    this.sectionByName.set(key, sec);
    return sec;
  }

  switchSection(sec: Section): void {
    if (this.section && this.section !== sec) this.previousSection = this.section;
    this.section = sec;
    this.frag = sec.frags[sec.frags.length - 1];
  }

  /** Runs `fn` with `sec` as the current section, then returns to where we were (.previous unchanged). */
  withSection<T>(sec: Section, fn: () => T): T {
    const savedSection = this.section;
    const savedPrevious = this.previousSection;
    this.switchSection(sec);
    try {
      return fn();
    } finally {
      this.section = savedSection;
      this.frag = savedSection.frags[savedSection.frags.length - 1];
      this.previousSection = savedPrevious;
    }
  }

  swapPrevious(): void {
    if (this.previousSection) this.switchSection(this.previousSection);
  }

  /** Ends the current fragment with a variable part and starts a new one. */
  addVariant(v: Variant, initialSize: number): void {
    this.frag.variant = v;
    this.frag.varSize = initialSize;
    const f = newFrag(this.section, this.frag.bytes.following());
    this.section.frags.push(f);
    this.frag = f;
  }

  get offset(): number {
    return this.frag.bytes.length;
  }

  emitBytes(bytes: ArrayLike<number>): void {
    this.frag.bytes.pushAll(bytes);
  }

  /** Adds a fixup to the current fragment (whose list may still be the shared empty one). */
  addFixup(fx: Fixup): void {
    const frag = this.frag;
    if (frag.fixups === NO_FIXUPS) frag.fixups = [fx];
    else frag.fixups.push(fx);
  }

  /**
   * A data directive's bytes in a section without contents (.bss): GNU as accepts zeros
   * only, and names what else was tried (`what`: 'non-zero value', 'float'...). Instructions
   * and `.incbin` are let through, as GNU as does: they only reserve space there.
   */
  refuseDataInNobits(bytes: ArrayLike<number>, what: string): void {
    if (!this.section.nobits) return;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] !== 0) this.error(`attempt to store ${what} in section \`${this.section.name}'`);
    }
  }

  /** Records that `size` bytes at the current offset hold `expr` (data directives). */
  emitValue(expr: Expr, size: 1 | 2 | 4 | 8): void {
    const out = this.frag.bytes;
    if (this.section.nobits && (expr.add !== null || expr.sub !== null || expr.k !== 0n)) {
      this.error(`attempt to store non-zero value in section \`${this.section.name}'`);
    }
    if (expr.add === null && expr.sub === null) {
      let v = BigInt.asUintN(64, expr.k);
      for (let i = 0; i < size; i++, v >>= 8n) out.push(Number(v & 0xffn));
      return;
    }
    this.addFixup({
      frag: this.frag, offset: out.length, size, expr, pcrel: false, signed: false, trailing: 0, rex: false, field: 'data', file: this.loc.file, line: this.loc.line,
    });
    for (let i = 0; i < size; i++) out.push(0);
  }

  // ---- symbols ---------------------------------------------------------------

  newSymbol(name: string, internal: boolean): Sym {
    const sym: Sym = {
      name, section: null, frag: null, offset: 0, binding: STB.LOCAL, explicitBinding: false, type: STT.NOTYPE,
      visibility: STV.DEFAULT, size: null, equ: null, absolute: null, common: null, usedInReloc: false,
      order: this.order++, lightweight: !internal && isLocalLabelName(name), internal, index: 0, sectionSymbolOf: null, groupSignatureOf: null,
      reference: null,
    };
    return sym;
  }

  private readonly groups = new Map<string, SectionGroup>();

  /** The section group called `name` (one object per name, shared by its sections). */
  group(name: string, comdat: boolean): SectionGroup {
    let g = this.groups.get(name);
    if (!g) this.groups.set(name, (g = { name, comdat, signature: null, index: 0 }));
    return g;
  }

  /**
   * End of input: each group is named by the symbol of its name; GNU as makes a local one
   * (after all other symbols) when the source has none.
   */
  finishGroups(): void {
    for (const g of this.groups.values()) {
      const existing = this.existingSymbol(g.name);
      if (existing && !existing.sectionSymbolOf) {
        g.signature = existing;
        continue;
      }
      const sym = this.newSymbol(g.name, false);
      sym.groupSignatureOf = g;
      this.symbolList.push(sym);
      g.signature = sym;
    }
  }

  /** Puts a lightweight local label on the symbol chain now (its .symtab position). */
  promote(sym: Sym): void {
    if (!sym.lightweight) return;
    sym.lightweight = false;
    sym.order = this.order++;
  }

  symbol(name: string): Sym {
    this.symbolReferences++;
    // existingSymbol() and addSymbolName() in one, with the name's number found once.
    const n = numberedLabel(name);
    let s = n < 0 ? this.symbols.get(name) : n < this.numberedLabels.length ? this.numberedLabels[n] ?? undefined : undefined;
    if (!s) {
      s = this.newSymbol(name, false);
      if (n < 0) this.symbols.set(name, s);
      else this.setNumberedLabel(n, s);
      this.symbolList.push(s);
    }
    if (this.referenced !== null) this.referenced.push(s);
    return s;
  }

  /** The symbol called `name`, if there is one. */
  existingSymbol(name: string): Sym | undefined {
    const n = numberedLabel(name);
    if (n < 0) return this.symbols.get(name);
    return n < this.numberedLabels.length ? this.numberedLabels[n] ?? undefined : undefined;
  }

  /**
   * Makes `sym` the symbol called `name` (names are never removed or given again). A
   * compiler's `.LN` labels go by number into an array: inserting 50,000 of them into the
   * hash table, and finding them there, was a tenth of the assembler's time.
   */
  private addSymbolName(name: string, sym: Sym): void {
    const n = numberedLabel(name);
    if (n < 0) this.symbols.set(name, sym);
    else this.setNumberedLabel(n, sym);
  }

  private setNumberedLabel(n: number, sym: Sym): void {
    // Grown one slot at a time so that the array keeps V8's fast (dense) elements.
    const numbered = this.numberedLabels;
    while (numbered.length <= n) numbered.push(null);
    numbered[n] = sym;
  }

  dot(): Sym {
    this.symbolReferences++;
    this.unstableOperands = true;
    const s = this.newSymbol('.', true);
    s.section = this.section;
    s.frag = this.frag;
    s.offset = this.frag.bytes.length;
    return s;
  }

  localLabel(n: number, forward: boolean): Sym {
    const count = this.localCounts.get(n) ?? 0;
    if (!forward && count === 0) this.error(`undefined local label '${n}b'`);
    this.unstableOperands = true;
    return this.symbol(`.L${n}\u0002${forward ? count + 1 : count}`);
  }

  defineLabel(name: string): void {
    let sym: Sym;
    if (isDigit(name.charCodeAt(0)) && /^[0-9]+$/.test(name)) {
      const n = Number(name);
      const count = (this.localCounts.get(n) ?? 0) + 1;
      this.localCounts.set(n, count);
      sym = this.symbol(`.L${n}\u0002${count}`);
    } else {
      sym = this.symbol(name);
    }
    if (sym.section !== null || sym.equ !== null || sym.common !== null) this.error(`symbol \`${name}' is already defined`);
    sym.section = this.section;
    sym.frag = this.frag;
    sym.offset = this.frag.bytes.length;
  }

  // ---- the main loop -----------------------------------------------------------

  run(chunks: readonly AssemblyChunk[]): void {
    this.main = new LineReader(chunks);
    for (;;) {
      const src = this.sources.length > 0 ? this.sources[this.sources.length - 1] : null;
      if (src !== null) {
        if (src.next >= src.lines.length) {
          this.sources.pop();
          continue;
        }
        this.loc.file = src.fixedLoc.file;
        this.loc.line = src.fixedLoc.line;
        this.line(src.lines[src.next++], false);
        continue;
      }
      const line = this.nextMainLine();
      if (line === undefined) return;
      // One location object, updated in place (everything that keeps a location copies it).
      this.loc.file = this.sourceFile;
      this.loc.line = this.physicalLine + this.lineDelta;
      this.line(line, true);
    }
  }

  /** The next line of the main input (as `split('\n')` of its text would give them), undefined at its end. */
  private nextMainLine(): string | undefined {
    const line = this.main.next();
    if (line !== undefined) this.physicalLine++;
    return line;
  }

  /** `.end`: nothing more is read, from expansions or the main text. */
  endInput(): void {
    for (const s of this.sources) s.next = s.lines.length;
    this.main.end();
  }

  /**
   * Gives each `.loc ... view SYM` symbol its view number, as GNU as does: 0 where the
   * address moved since the previous `.loc` of the section, else one more than that one's.
   * Needs final addresses; returns whether there were any (the caller lays out again).
   */
  assignLocationViews(): boolean {
    let any = false;
    const last = new Map<Section, { address: number; view: number }>();
    for (const r of this.lineRecords) {
      const address = r.frag.address + r.offset;
      const prev = last.get(r.section);
      const view = prev && prev.address === address ? prev.view + 1 : 0;
      last.set(r.section, { address, view });
      if (!r.view) continue;
      any = true;
      r.view.absolute = BigInt(view);
      r.view.equ = { add: null, sub: null, k: BigInt(view), mod: '' };
    }
    return any;
  }

  /** Pushes lines (a macro or .rept expansion) to be read next. */
  pushLines(lines: string[]): void {
    this.sources.push({ lines, next: 0, fixedLoc: { ...this.loc } });
  }

  /** Reads the next raw line of the current input (for .macro/.rept bodies). */
  nextRawLine(): string | undefined {
    while (this.sources.length > 0) {
      const src = this.sources[this.sources.length - 1];
      if (src.next < src.lines.length) return src.lines[src.next++];
      this.sources.pop();
    }
    const line = this.nextMainLine();
    return line !== undefined && line.indexOf('\n') >= 0 ? this.firstOfSeveral(line) : line;
  }

  /**
   * A main input element that holds several lines (an array chunk's element with '\n',
   * line-reader.ts): the first is read now, the others are put back to be read after it.
   */
  private firstOfSeveral(line: string): string {
    const parts = line.split('\n');
    // Each is counted as a physical line when it is read again.
    this.main.unread(parts.slice(1));
    return parts[0];
  }

  private line(raw: string, main: boolean): void {
    if (raw.charCodeAt(raw.length - 1) === Ch.Colon && this.labelLine(raw)) return;
    // `\tjne .L5`: a jump would only miss in the cache below, so it is tried first.
    if (raw.charCodeAt(1) === Ch.LJ && this.nameOperandLine(raw)) return;
    // Compiler output repeats instruction lines: a line seen before is the same bytes again
    // (cached texts never hold a second statement, a comment, a label, a branch or a
    // directive, see instruction(): the order of these tests does not matter).
    const cached = this.encodingCache.get(raw);
    if (cached !== undefined && !this.section.nobits && this.macros.passive() && this.emitCached(cached)) return;
    if (this.nameOperandLine(raw)) return;
    // (No line above took a '\n': none of their shapes, or cache keys, holds one.)
    if (main && raw.indexOf('\n') >= 0) {
      this.line(this.firstOfSeveral(raw), true);
      return;
    }
    const c0 = raw.charCodeAt(0);
    if (c0 === Ch.Hash && main && this.lineMarker(raw)) return;
    // Most lines are one plain statement: no array for them.
    if (!needsSplitting(raw)) this.statement(raw);
    else for (const stmt of splitStatements(raw)) this.statement(stmt);
  }

  /*
   * Labels, branches to a name and jump table entries are the commonest lines that name a
   * symbol: they are assembled without the statement parser (line-shapes.ts). False: not
   * such a line, or a state (macros, conditionals, a section without contents) where the
   * general path must decide.
   */

  /** `NAME:` alone. */
  private labelLine(raw: string): boolean {
    const label = labelAlone(raw);
    if (label === null || !this.macros.passive()) return false;
    this.defineLabel(label);
    return true;
  }

  /** `jne .L5`, `call f`, `.quad .L5`, `.long .L5-.L2`. */
  private nameOperandLine(raw: string): boolean {
    // They end with a name; most other instructions end with a register or ')'.
    if (!isNameChar(raw.charCodeAt(raw.length - 1))) return false;
    const parts = mnemonicAndName(raw);
    if (parts === null || !this.macros.passive()) return false;
    const size: 0 | 4 | 8 = parts.mnemonic === '.quad' ? 8 : parts.mnemonic === '.long' ? 4 : 0;
    if (size !== 0) {
      // What the directive does with a name, or a difference of two (`.` alone would be the location).
      if (parts.name === '.' || parts.minus === '.') return false;
      const value = deref(this.symbol(parts.name));
      this.emitValue(parts.minus === null ? value : difference(value, deref(this.symbol(parts.minus)), this), size);
      return true;
    }
    // (No prefix is also a branch mnemonic: encode() would not take it as a prefix first.)
    if (parts.minus !== null || parts.mnemonic.charCodeAt(0) === Ch.Dot) return false;
    const forms = branchOpcodes(parts.mnemonic);
    if (forms === undefined || this.section.nobits) return false;
    this.noteInstruction();
    this.branchToName(forms, parts.name, NO_PREFIXES);
    return true;
  }

  /** `# 12 "file.S" 1` from the preprocessor: later errors point into the original file. */
  private lineMarker(raw: string): boolean {
    const m = /^#\s*(?:line\s+)?(\d+)\s+"((?:[^"\\]|\\.)*)"/.exec(raw);
    if (!m) return false;
    this.sourceFile = m[2];
    this.lineDelta = Number(m[1]) - this.physicalLine - 1;
    return true;
  }

  statement(text: string): void {
    if (this.macros.skipping(text)) return;
    const c = new Cursor(text);
    let labelled = false;
    for (;;) {
      c.skipSpace();
      const start = c.pos;
      const first = c.peek();
      if (first < 0) return;
      let name: string;
      if (first >= Ch.D0 && first <= Ch.D9) {
        let p = c.pos;
        while (p < text.length && text.charCodeAt(p) >= Ch.D0 && text.charCodeAt(p) <= Ch.D9) p++;
        name = text.slice(c.pos, p);
        c.pos = p;
      } else {
        name = c.name();
      }
      if (!name) this.error(`junk at start of statement: '${text.trim()}'`);
      c.skipSpace();
      const next = c.peek();
      if (next === Ch.Colon) {
        c.pos++;
        this.defineLabel(name);
        labelled = true;
        continue;
      }
      if (next === Ch.Eq && c.peekAt(1) !== Ch.Eq) {
        c.pos++;
        this.directives.assign(name, c.rest());
        return;
      }
      if (name.charCodeAt(0) === Ch.Dot && this.directives.has(name.toLowerCase())) {
        this.directives.run(name.toLowerCase(), c.rest());
        return;
      }
      if (!this.macros.passive() && this.macros.invoke(name, text.slice(c.pos))) return;
      if (name.charCodeAt(0) === Ch.Dot && !/^\.[0-9]/.test(name)) this.error(`unknown pseudo-op: \`${name}'`);
      c.pos = start;
      this.instruction(c, !labelled);
      return;
    }
  }

  // ---- instructions --------------------------------------------------------------

  /** `whole`: the instruction is the whole statement (no label before it), leading blanks included. */
  private instruction(c: Cursor, whole: boolean): void {
    // Keyed by the whole statement when possible, so that line() finds the raw line itself.
    const key = whole ? c.text : c.text.slice(c.pos);
    const cached = this.encodingCache.get(key);
    if (cached !== undefined && !this.section.nobits && this.emitCached(cached)) return;
    const before = this.symbolReferences;
    const frag = this.frag;
    const length = frag.bytes.length;
    const fixups = frag.fixups.length;
    const referenced: Sym[] = [];
    this.referenced = referenced;
    this.unstableOperands = false;
    this.operandTexts = NO_OPERANDS;
    try {
      this.encode(c);
    } finally {
      this.referenced = null;
    }
    // A key that could hide a second statement or a comment is left out, so that a raw line
    // equal to a key is always exactly that one instruction.
    if (this.frag !== frag || needsSplitting(key)) return;
    // Same text, no symbols, no fixups, no variable part: the same bytes every time.
    if (this.symbolReferences === before && frag.fixups.length === fixups) {
      this.encodingCache.set(key, frag.bytes.copyFrom(length));
      return;
    }
    if (this.unstableOperands || !mayBeTemplate(key)) return;
    const template = makeTemplate(
      { bytes: frag.bytes.copyFrom(length), fixups: frag.fixups.slice(fixups), start: length, referenced, operands: this.operandTexts },
      (name) => this.existingSymbol(name),
    );
    if (template !== null) this.encodingCache.set(key, template);
  }

  /** Emits a cached encoding; false when a template no longer holds (the caller encodes the text). */
  private emitCached(cached: Uint8Array | InstructionTemplate): boolean {
    if (cached instanceof Uint8Array) {
      this.noteInstruction();
      this.emitBytes(cached);
      return true;
    }
    if (!templateHolds(cached)) return false;
    // What encode() does for this text, in its order: note the instruction, promote leading labels.
    this.noteInstruction();
    for (const s of cached.leading) this.promote(s);
    this.symbolReferences += cached.symbols.length;
    const frag = this.frag;
    const base = frag.bytes.length;
    this.emitBytes(cached.bytes);
    for (const f of cached.fixups) {
      this.addFixup({
        frag, offset: base + f.offset, size: f.size, expr: f.expr, pcrel: f.pcrel, signed: f.signed,
        trailing: f.trailing, rex: f.rex, field: f.field, file: this.loc.file, line: this.loc.line,
      });
    }
    return true;
  }

  /** An instruction starts here: a `.loc` waiting for its row (dwarf-lines.ts) gets it. */
  private noteInstruction(): void {
    if (this.dwarfLines.waiting) this.dwarfLines.placeRow(this.frag, this.frag.bytes.length);
  }

  private encode(c: Cursor): void {
    const prefixes: number[] = [];
    let mnemonic = readMnemonic(c);
    let operandText = c.rest();
    while (PREFIX_BYTES[mnemonic] !== undefined && operandText !== '') {
      prefixes.push(PREFIX_BYTES[mnemonic]);
      const c2 = new Cursor(operandText);
      mnemonic = readMnemonic(c2);
      operandText = c2.rest();
    }
    if (PREFIX_BYTES[mnemonic] !== undefined && operandText === '') {
      this.noteInstruction();
      this.emitBytes([...prefixes, PREFIX_BYTES[mnemonic]]);
      return;
    }
    this.noteInstruction();
    const forms = branchOpcodes(mnemonic);
    if (forms !== undefined && isPlainName(operandText)) {
      this.branchToName(forms, operandText, prefixes);
      return;
    }
    const args = operandText === '' ? [] : splitArgs(operandText);
    this.operandTexts = args;
    for (const a of args) {
      this.noteGotText(a);
      this.promoteLeadingName(a);
    }
    const ops: Operand<Expr>[] = args.map((a) => parseOperand(a, this));
    if (forms !== undefined && ops.length === 1 && ops[0].type === 'mem' && ops[0].bare && !ops[0].indirect) {
      this.branch(forms, ops[0].disp.e, ops[0].disp.k, prefixes);
      return;
    }
    try {
      const enc = encodeInstruction(mnemonic, ops, prefixes);
      if (enc.retried) for (const a of args) this.promoteLeadingName(a);
      const base = this.frag.bytes.length;
      this.emitBytes(enc.bytes);
      for (const f of enc.fixups) {
        this.addFixup({
          frag: this.frag, offset: base + f.offset, size: f.size, expr: f.value, pcrel: f.pcrel, signed: f.signed,
          trailing: f.trailing, rex: f.rex, field: f.field, file: this.loc.file, line: this.loc.line,
        });
      }
    } catch (e) {
      if (e instanceof EncodeError) this.error(e.message);
      throw e;
    }
  }

  /**
   * GNU as first tries an operand that is not an immediate as a register name: looking up
   * a leading symbol name that already exists puts that local label on the symbol chain,
   * which is where it then appears in .symtab.
   */
  private promoteLeadingName(operand: string): void {
    const name = leadingName(operand);
    if (name === null) return;
    const sym = this.existingSymbol(name);
    if (sym) this.promote(sym);
  }

  /**
   * GNU as makes `_GLOBAL_OFFSET_TABLE_` (an undefined global) as soon as an operand names
   * a GOT- or TLS-style relocation, before the operand's own symbols: its .symtab place.
   */
  noteGotText(text: string): void {
    if (text.indexOf('@') < 0) return;
    for (const m of text.matchAll(/@([A-Za-z]+)/g)) {
      if (!GOT_MODIFIERS.has(m[1].toUpperCase())) continue;
      const got = this.symbol('_GLOBAL_OFFSET_TABLE_');
      got.binding = STB.GLOBAL;
      got.explicitBinding = true;
      return;
    }
  }


  /**
   * `jmp .L5`, `call f`: the shape of most branches in compiler output, taken without the
   * general operand parser (same result: the operand is one symbol, a bare memory operand).
   */
  private branchToName(forms: BranchOpcodes, name: string, prefixes: readonly number[]): void {
    // What parsePrimary makes of a name (`.` alone is the location counter).
    let e: Expr;
    if (name === '.') {
      this.promoteLeadingName(name);
      e = parseExpr(new Cursor(name), this);
    } else {
      // promoteLeadingName() then symbol(), with one lookup of the name.
      const existing = this.existingSymbol(name);
      if (existing !== undefined) {
        this.promote(existing);
        this.symbolReferences++;
      }
      e = deref(existing ?? this.symbol(name));
    }
    if (isConstant(e)) this.branch(forms, null, e.k, prefixes);
    else this.branch(forms, e, 0n, prefixes);
  }

  /** jmp/jcc/call/loop to a symbol: a variable fragment that relaxation sizes. */
  private branch(forms: BranchOpcodes, e: Expr | null, k: bigint, prefixes: readonly number[]): void {
    const target: Expr = e ?? { add: null, sub: null, k, mod: '' };
    if (prefixes.length) this.emitBytes(prefixes);
    const near = forms.near ?? forms.short!;
    const isShort = forms.short !== null;
    this.addVariant({
      kind: 'branch', short: forms.short, near, target, isShort, local: false, isCall: forms.short === null, file: this.loc.file, line: this.loc.line,
    }, isShort ? forms.short!.length + 1 : near.length + 4);
  }

  // Filled in by index.ts to avoid import cycles between the modules.
  directives!: DirectiveTable;
  macros!: MacroProcessor;
}

export interface DirectiveTable {
  has(name: string): boolean;
  expr(text: string): Expr;
  constant(text: string, what?: string): bigint;
  run(name: string, args: string): void;
  assign(name: string, exprText: string): void;
}

export interface MacroProcessor {
  handles(name: string): boolean;
  directive(name: string, args: string): void;
  finish(): void;
  /** True when the statement is consumed by an inactive conditional or a body being collected. */
  skipping(text: string): boolean;
  /** No macros defined and no inactive conditional: a statement means what it says. */
  passive(): boolean;
  invoke(name: string, args: string): boolean;
}

/** A fragment whose bytes are `bytes` (a new section's first, or following the section's last). */
function newFrag(section: Section, bytes: ByteRun): Frag {
  return { section, bytes, fixups: NO_FIXUPS, variant: null, address: 0, varSize: 0, index: 0, region: 0 };
}

/** A symbol name alone (not a number, register, immediate or expression). */
function isPlainName(text: string): boolean {
  if (text.length === 0 || !isNameStart(text.charCodeAt(0)) || text.charCodeAt(0) === Ch.Dollar) return false;
  for (let i = 1; i < text.length; i++) if (!isNameChar(text.charCodeAt(i))) return false;
  return true;
}

function readMnemonic(c: Cursor): string {
  c.skipSpace();
  const t = c.text;
  const start = c.pos;
  let p = start;
  while (p < t.length) {
    const ch = t.charCodeAt(p);
    if (ch === Ch.Space || ch === Ch.Tab || ch === Ch.Star || ch === Ch.Dollar || ch === Ch.Percent) break;
    p++;
  }
  c.pos = p;
  return t.slice(start, p).toLowerCase();
}

interface SectionAttributes {
  type: number;
  flags: number;
}

/** What GNU as gives a section created by name alone (`.section .rodata` etc.). */
export function defaultSectionAttributes(name: string): SectionAttributes {
  const is = (prefix: string): boolean => name === prefix || name.startsWith(prefix + '.');
  if (is('.text') || is('.init') || is('.fini')) return { type: SHT.PROGBITS, flags: SHF_ALLOC | SHF_EXECINSTR };
  if (is('.data') || is('.data1')) return { type: SHT.PROGBITS, flags: SHF_ALLOC | SHF_WRITE };
  if (is('.bss')) return { type: SHT.NOBITS, flags: SHF_ALLOC | SHF_WRITE };
  if (is('.rodata') || is('.rodata1')) return { type: SHT.PROGBITS, flags: SHF_ALLOC };
  if (is('.tdata')) return { type: SHT.PROGBITS, flags: SHF_ALLOC | SHF_WRITE | SHF_TLS };
  if (is('.tbss')) return { type: SHT.NOBITS, flags: SHF_ALLOC | SHF_WRITE | SHF_TLS };
  if (is('.init_array')) return { type: SHT.INIT_ARRAY, flags: SHF_ALLOC | SHF_WRITE };
  if (is('.fini_array')) return { type: SHT.FINI_ARRAY, flags: SHF_ALLOC | SHF_WRITE };
  if (is('.preinit_array')) return { type: SHT.PREINIT_ARRAY, flags: SHF_ALLOC | SHF_WRITE };
  if (name.startsWith('.note') && name !== '.note.GNU-stack') return { type: SHT.NOTE, flags: 0 };
  if (name === '.eh_frame') return { type: SHT.X86_64_UNWIND, flags: SHF_ALLOC };
  return { type: SHT.PROGBITS, flags: 0 };
}
