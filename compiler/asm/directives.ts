/**
 * Assembler directives (pseudo-ops): sections, data, alignment, symbols attributes,
 * `.set`, `.file`/`.loc` (our line table), `.ident`. CFI directives go to cfi.ts and
 * macros/conditionals to macros.ts.
 */

import { R_X86_64, relocTypeName, SHF_ALLOC, SHF_EXECINSTR, SHF_MERGE, SHF_STRINGS, SHF_TLS, SHF_WRITE, SHF_GROUP, SHT, STB, STT, STV } from '../elf/constants.js';
import type { Assembler, DirectiveTable } from './assembler.js';
import { Cursor, readString, splitArgs } from './cursor.js';
import { parseExpr } from './expr.js';
import type { LocDirective } from './dwarf-lines.js';
import { dcb, emitFloats, emitIntegers, emitLeb, emitStrings, fill, incbin, nops, skip, type ExprReader } from './data.js';
import { constExpr, isConstant, type Expr, type SectionGroup, type Sym } from './model.js';

type Handler = (args: string, name: string) => void;

export class Directives implements DirectiveTable, ExprReader {
  private readonly table = new Map<string, Handler>();
  private readonly localCommons: Array<{ sym: Sym; size: number; align: number }> = [];
  /** `.symver name, name@VERSION`: the versioned names of each symbol, made at the end. */
  private readonly versioned = new Map<Sym, string[]>();

  constructor(private readonly as: Assembler) {
    const t = this.table;
    const on = (names: string, h: Handler): void => {
      for (const n of names.split(' ')) t.set(n, h);
    };
    on('.text .data .bss', (a, n) => this.simpleSection(n, a));
    on('.section', (a) => this.section(a, false));
    on('.pushsection', (a) => this.section(a, true));
    on('.popsection', () => {
      const s = this.as.sectionStack.pop();
      if (!s) this.as.error('.popsection without corresponding .pushsection');
      this.as.switchSection(s);
    });
    on('.previous', () => this.as.swapPrevious());
    on('.globl .global', (a) => this.binding(a, STB.GLOBAL));
    on('.weak', (a) => this.binding(a, STB.WEAK));
    on('.local', (a) => this.binding(a, STB.LOCAL));
    on('.hidden', (a) => this.visibility(a, STV.HIDDEN));
    on('.internal', (a) => this.visibility(a, STV.INTERNAL));
    on('.protected', (a) => this.visibility(a, STV.PROTECTED));
    on('.type', (a) => this.type(a));
    on('.size', (a) => this.size(a));
    on('.byte .dc.b', (a) => emitIntegers(as, this, a, 1));
    on('.word .short .hword .value .2byte .dc.w', (a) => emitIntegers(as, this, a, 2));
    on('.long .int .4byte .dc.l', (a) => emitIntegers(as, this, a, 4));
    on('.quad .8byte .dc.a', (a) => emitIntegers(as, this, a, 8));
    on('.octa', (a) => emitIntegers(as, this, a, 16));
    on('.ascii', (a) => emitStrings(as, a, 1, false));
    on('.asciz .string .string8', (a) => emitStrings(as, a, 1, true));
    on('.string16', (a) => emitStrings(as, a, 2, true));
    on('.string32', (a) => emitStrings(as, a, 4, true));
    on('.string64', (a) => emitStrings(as, a, 8, true));
    on('.float .single .dc.s', (a) => emitFloats(as, a, 'single'));
    on('.double .dc.d', (a) => emitFloats(as, a, 'double'));
    on('.tfloat .dc.x', (a) => emitFloats(as, a, 'extended'));
    on('.uleb128', (a) => emitLeb(as, this, a, false));
    on('.sleb128', (a) => emitLeb(as, this, a, true));
    on('.incbin', (a) => incbin(as, this, a, as.includePaths, as.readBinary));
    on('.nops', (a) => nops(as, this, a));
    on('.dcb.b', (a) => dcb(as, this, a, 1));
    on('.dcb.w', (a) => dcb(as, this, a, 2));
    on('.dcb.l', (a) => dcb(as, this, a, 4));
    on('.align .balign', (a) => this.align(a, false, 1));
    on('.balignw', (a) => this.align(a, false, 2));
    on('.balignl', (a) => this.align(a, false, 4));
    on('.p2align', (a) => this.align(a, true, 1));
    on('.p2alignw', (a) => this.align(a, true, 2));
    on('.p2alignl', (a) => this.align(a, true, 4));
    on('.fill', (a) => fill(as, this, a));
    on('.skip .space .zero .ds.b', (a) => skip(as, this, a));
    on('.ds.w', (a) => skip(as, this, a, 2));
    on('.ds.l .ds.s', (a) => skip(as, this, a, 4));
    on('.ds.q .ds.d', (a) => skip(as, this, a, 8));
    on('.org', (a) => this.org(a));
    on('.reloc', (a) => this.reloc(a));
    on('.set .equ', (a) => this.setDirective(a, false));
    on('.equiv .eqv', (a) => this.setDirective(a, true));
    on('.comm', (a) => this.comm(a));
    on('.lcomm', (a) => this.lcomm(a));
    on('.file', (a) => this.file(a));
    on('.loc', (a) => this.loc(a));
    on('.ident', (a) => this.ident(a));
    on('.__macro_end .code64 .att_syntax .version .loc_mark_labels .addrsig .addrsig_sym .lflags .nolist .list .sbttl .title .psize .eject', () => {});
    on('.symver', (a) => this.symver(a));
    on('.subsection', (a) => {
      if (this.constant(a) !== 0n) this.as.error('subsections are not supported');
    });
    on('.dc', (a) => emitIntegers(as, this, a, 2));
    on('.intel_syntax .code32 .code16', (_a, n) => this.as.error(`${n} is not supported (tcc-lite assembles 64-bit AT&T code)`));
    on('.err', () => this.as.error('.err encountered'));
    on('.error', (a) => this.as.error(this.stringArg(a)));
    on('.warning .print', () => {});
    on('.end', () => {
      this.as.endInput();
    });
  }

  has(name: string): boolean {
    return this.table.has(name) || this.as.cfi.handles(name) || this.as.macros.handles(name);
  }

  run(name: string, args: string): void {
    const h = this.table.get(name);
    if (h) h(args, name);
    else if (this.as.cfi.handles(name)) this.as.cfi.directive(name, args);
    else this.as.macros.directive(name, args);
  }

  // ---- expressions -----------------------------------------------------------------

  expr(text: string): Expr {
    this.as.noteGotText(text);
    const c = new Cursor(text);
    const e = parseExpr(c, this.as);
    if (!c.done) this.as.error(`junk at end of expression: '${c.rest()}'`);
    return e;
  }

  constant(text: string, what = 'expression'): bigint {
    const e = this.expr(text);
    if (!isConstant(e)) this.as.error(`${what} must be an absolute constant`);
    return e.k;
  }

  private stringArg(text: string): string {
    const s = readString(text.trim(), 0);
    if (!s) this.as.error('expected a string');
    return Buffer.from(s.bytes).toString('latin1');
  }

  private symbolName(text: string): string {
    const c = new Cursor(text);
    const n = c.name();
    if (!n || !c.done) this.as.error(`bad symbol name '${text.trim()}'`);
    return n;
  }

  // ---- sections ---------------------------------------------------------------

  private simpleSection(name: string, args: string): void {
    if (args.trim() !== '' && this.constant(args) !== 0n) this.as.error('subsections are not supported');
    this.as.switchSection(this.as.getSection(name, null, null, 0));
  }

  private section(args: string, push: boolean): void {
    const parts = splitArgs(args);
    let name = parts[0] ?? '';
    if (name.startsWith('"')) name = this.stringArg(name);
    if (!name) this.as.error('expected a section name');
    let flags: number | null = null;
    let type: number | null = null;
    let entsize = 0;
    let group: SectionGroup | null = null;
    if (parts.length > 1 && parts[1].startsWith('"')) {
      flags = this.sectionFlags(this.stringArg(parts[1]));
      if (parts.length > 2) type = this.sectionType(parts[2]);
      let next = 3;
      if ((flags & SHF_MERGE) !== 0 && parts.length > next) entsize = Number(this.constant(parts[next++]));
      if ((flags & SHF_GROUP) !== 0) {
        const groupName = parts[next] ? (parts[next].startsWith('"') ? this.stringArg(parts[next]) : parts[next]) : '';
        if (!groupName) this.as.error('group name expected for section with the G flag');
        group = this.as.group(groupName, parts[next + 1]?.trim() === 'comdat');
      }
    }
    if (push) this.as.sectionStack.push(this.as.section);
    // Without a type, the name's default type applies (nobits for .bss.*).
    const sec = this.as.getSection(name, flags, type, entsize, group);
    this.as.switchSection(sec);
    if (name === '.note.GNU-stack') this.as.hasNoteGnuStack = true;
  }

  private sectionFlags(s: string): number {
    let f = 0;
    for (const ch of s) {
      switch (ch) {
        case 'a': f |= SHF_ALLOC; break;
        case 'w': f |= SHF_WRITE; break;
        case 'x': f |= SHF_EXECINSTR; break;
        case 'M': f |= SHF_MERGE; break;
        case 'S': f |= SHF_STRINGS; break;
        case 'T': f |= SHF_TLS; break;
        case 'G': f |= SHF_GROUP; break;
        case 'e': f |= 0x80000000; break;
        case 'R': f |= 0x100000; break;
        case 'o': case 'd': case '?': break;
        default: this.as.error(`unknown section flag '${ch}'`);
      }
    }
    return f;
  }

  private sectionType(t: string): number {
    const name = t.trim().replace(/^[@%]/, '');
    // A number is the type itself (`@0x70000001`).
    if (/^(0[xX][0-9a-fA-F]+|[0-9]+)$/.test(name)) return Number(name);
    switch (name) {
      case 'progbits': return SHT.PROGBITS;
      case 'nobits': return SHT.NOBITS;
      case 'note': return SHT.NOTE;
      case 'init_array': return SHT.INIT_ARRAY;
      case 'fini_array': return SHT.FINI_ARRAY;
      case 'preinit_array': return SHT.PREINIT_ARRAY;
      case 'unwind': return SHT.X86_64_UNWIND;
      default: return this.as.error(`unknown section type '${t.trim()}'`);
    }
  }

  // ---- symbol attributes ----------------------------------------------------------

  private binding(args: string, b: STB): void {
    for (const n of splitArgs(args)) {
      const s = this.as.symbol(this.symbolName(n));
      this.as.promote(s);
      s.binding = b;
      s.explicitBinding = true;
    }
  }

  private visibility(args: string, v: STV): void {
    for (const n of splitArgs(args)) {
      const s = this.as.symbol(this.symbolName(n));
      this.as.promote(s);
      s.visibility = v;
    }
  }

  private type(args: string): void {
    const [n, t] = splitArgs(args);
    if (t === undefined) this.as.error('expected a symbol type');
    const s = this.as.symbol(this.symbolName(n));
    this.as.promote(s);
    const kind = t.replace(/^[@%"]|"$/g, '').replace(/^STT_/, '').toLowerCase();
    const types: Record<string, STT> = {
      function: STT.FUNC, object: STT.OBJECT, notype: STT.NOTYPE, tls_object: STT.TLS, common: STT.COMMON,
      gnu_indirect_function: 10 as STT, func: STT.FUNC, tls: STT.TLS,
    };
    const st = types[kind];
    if (st === undefined) this.as.error(`unrecognized symbol type "${kind}"`);
    s.type = st;
  }

  private size(args: string): void {
    const parts = splitArgs(args);
    if (parts.length !== 2) this.as.error('expected comma after name in .size');
    const s = this.as.symbol(this.symbolName(parts[0]));
    this.as.promote(s);
    s.size = this.expr(parts[1]);
  }

  // ---- alignment and space --------------------------------------------------------------

  private align(args: string, pow2: boolean, fillSize: number): void {
    const parts = splitArgs(args);
    if (parts.length === 0 || parts[0] === '') this.as.error('expected an alignment');
    const n = Number(this.constant(parts[0]));
    const alignment = pow2 ? 2 ** n : n;
    if (alignment <= 0 || (alignment & (alignment - 1)) !== 0) this.as.error('alignment not a power of 2');
    let fill = parts.length > 1 && parts[1] !== '' ? Number(this.constant(parts[1])) : null;
    // In code, an explicit 0x90 (nop) fill still gets GNU as's multi-byte NOPs.
    if (fill === 0x90 && fillSize === 1 && this.as.section.code) fill = null;
    const max = parts.length > 2 && parts[2] !== '' ? Number(this.constant(parts[2])) : alignment;
    if (alignment === 1) return;
    const sec = this.as.section;
    if (alignment > sec.align && max >= alignment - 1) sec.align = alignment;
    else if (alignment > sec.align) sec.align = Math.max(sec.align, alignment);
    this.as.addVariant({ kind: 'align', alignment, fill: fill === null && !sec.code ? 0 : fill, fillSize, max, loc: { ...this.as.loc } }, 0);
  }

  private org(args: string): void {
    const parts = splitArgs(args);
    const target = this.expr(parts[0]);
    const fill = parts.length > 1 ? Number(this.constant(parts[1]) & 0xffn) : 0;
    this.as.addVariant({ kind: 'org', target, fill, loc: { ...this.as.loc } }, 0);
  }

  /** `.reloc offset, type[, expr]`: an explicit relocation, in order with the others. */
  private reloc(args: string): void {
    const parts = splitArgs(args);
    if (parts.length < 2) this.as.error('expected comma after offset');
    const type = relocTypeByName(parts[1]);
    if (type === undefined) this.as.error('unrecognized reloc type');
    const place = this.expr(parts[0]);
    const value = parts.length > 2 ? this.expr(parts[2]) : constExpr(0n);
    this.as.addFixup({
      frag: this.as.frag, offset: this.as.offset, size: 1, expr: value, pcrel: false, signed: false, trailing: 0, rex: false,
      field: 'data', file: this.as.loc.file, line: this.as.loc.line, explicit: { type, place },
    });
  }

  // ---- symbols' values ---------------------------------------------------------------------

  assign(name: string, exprText: string): void {
    this.define(name, exprText, false);
  }

  private setDirective(args: string, once: boolean): void {
    const parts = splitArgs(args);
    if (parts.length !== 2) this.as.error('expected comma after symbol name');
    this.define(this.symbolName(parts[0]), parts[1], once);
  }

  /** `.set name, expr`: GNU as makes the symbol (a full one, on the chain) before reading the expression. */
  private define(name: string, exprText: string, once: boolean): void {
    const s = this.as.symbol(name);
    this.as.promote(s);
    const e = this.expr(exprText);
    if (s.section !== null || (once && (s.equ !== null || s.absolute !== null))) this.as.error(`symbol \`${name}' is already defined`);
    if (isConstant(e)) {
      s.absolute = e.k;
      s.equ = constExpr(e.k);
      return;
    }
    s.absolute = null;
    s.equ = e;
    if (e.sub === null && e.add && e.add.section !== null) s.equAttributes = { type: e.add.type, size: e.add.size };
    // `.set x, .` (or a label): x is a location in that label's section.
    if (e.sub === null && e.add && e.add.section && e.add.internal) {
      s.section = e.add.section;
      s.frag = e.add.frag;
      s.offset = e.add.offset + Number(e.k);
      s.equ = null;
    }
  }

  private comm(args: string): void {
    const parts = splitArgs(args);
    const s = this.as.symbol(this.symbolName(parts[0]));
    const size = this.constant(parts[1] ?? '0');
    const align = parts.length > 2 ? this.constant(parts[2]) : 1n;
    if (s.section !== null) this.as.error(`symbol \`${s.name}' is already defined`);
    if (s.binding === STB.LOCAL && s.explicitBinding) {
      // `.local x; .comm x,...`: GNU as allocates local commons in .bss at the end of the file.
      this.localCommons.push({ sym: s, size: Number(size), align: Number(align) });
      return;
    }
    s.common = { size, align };
    if (s.binding === STB.LOCAL) s.binding = STB.GLOBAL;
    s.type = STT.OBJECT;
  }

  private lcomm(args: string): void {
    const parts = splitArgs(args);
    const s = this.as.symbol(this.symbolName(parts[0]));
    const size = Number(this.constant(parts[1] ?? '0'));
    const align = parts.length > 2 ? Number(this.constant(parts[2])) : 1;
    this.allocateBss(s, size, align);
  }

  /** End of input: place the local commons. */
  finish(): void {
    for (const c of this.localCommons) this.allocateBss(c.sym, c.size, c.align);
    // GNU as makes the versioned symbols last, symbol by symbol, the latest .symver first.
    if (this.versioned.size === 0) return;
    for (const of of [...this.as.symbolList]) {
      const names = this.versioned.get(of);
      if (names === undefined) continue;
      for (const name of [...names].reverse()) {
        const alias = this.as.symbol(name);
        alias.equ = { add: of, sub: null, k: 0n, mod: '' };
        alias.binding = of.binding;
        alias.visibility = of.visibility;
      }
    }
  }

  /** `.symver name, name2@[@]VERSION`: an alias of `name` carrying the version in its name. */
  private symver(args: string): void {
    const parts = splitArgs(args);
    const of = this.as.symbol(this.symbolName(parts[0] ?? ''));
    const versioned = (parts[1] ?? '').trim();
    if (!/^[A-Za-z_.$][\w.$]*@@?@?[\w.$]+$/.test(versioned)) this.as.error('expected a versioned name (name@VERSION)');
    const names = this.versioned.get(of) ?? [];
    names.push(versioned);
    this.versioned.set(of, names);
  }

  private allocateBss(s: Sym, size: number, align: number): void {
    this.as.withSection(this.as.getSection('.bss', null, null, 0), () => {
      if (align > 1) this.align(String(align), false, 1);
      this.as.defineLabel(s.name);
      s.type = STT.OBJECT;
      s.size = constExpr(BigInt(size));
      skip(this.as, this, String(size));
    });
  }

  // ---- .file / .loc / .ident ---------------------------------------------------------------

  private file(args: string): void {
    const t = args.trim();
    if (t.startsWith('"')) {
      const name = this.stringArg(t);
      if (this.as.fileSymbol) return;
      const s = this.as.newSymbol(name, false);
      s.type = STT.FILE;
      this.as.fileSymbol = s;
      return;
    }
    const c = new Cursor(t);
    const numText = c.name() || t.split(/\s+/)[0];
    const n = Number(numText);
    if (!Number.isInteger(n) || n < 0) this.as.error('file number must be a non-negative integer');
    const files = this.as.dwarfFiles;
    if (n === 0) files.version5 = true;
    // `.file N "name"`, and in a DWARF 5 table `.file N "dir" "name" [md5 VALUE]`.
    let rest = t.slice(numText.length).trim();
    const first = readString(rest, 0);
    if (!first) this.as.error('expected a file name');
    let dir: string | null = null;
    let name = Buffer.from(first.bytes).toString('latin1');
    rest = rest.slice(first.end).trim();
    let md5: number[] | null = null;
    if (files.version5) {
      const second = readString(rest, 0);
      if (second) {
        dir = name;
        name = Buffer.from(second.bytes).toString('latin1');
        rest = rest.slice(second.end).trim();
      }
      if (rest.startsWith('md5')) {
        md5 = this.md5(rest.slice(3));
        rest = '';
      }
    }
    if (rest !== '') this.as.error(`junk at end of line, first unrecognized character is \`${rest[0]}'`);
    const complaint = files.define(n, dir, name, md5);
    if (complaint) this.as.error(complaint);
    this.as.fileNames.set(n, dir === null ? name : `${dir}/${name}`);
  }

  /**
   * An md5 sum, a number literal (our expressions stop at 64 bits): gas takes only a
   * number too big for 64 bits, and stores its 16 bytes least significant first.
   */
  private md5(text: string): number[] {
    const literal = text.trim();
    const value = /^(0[xX][0-9a-fA-F]+|[1-9][0-9]*)$/.test(literal) ? BigInt(literal) : 0n;
    if (value < 1n << 64n) this.as.error('md5 value too small or not a constant');
    const bytes: number[] = [];
    for (let v = value, i = 0; i < 16; i++, v >>= 8n) bytes.push(Number(v & 0xffn));
    return bytes;
  }

  private loc(args: string): void {
    const words = args.trim().split(/\s+/);
    const file = Number(words[0]);
    const line = Number(words[1]);
    if (!Number.isInteger(file) || !Number.isInteger(line)) this.as.error('.loc needs a file number and a line');
    if (file === 0) this.as.dwarfFiles.version5 = true;
    if (!this.as.dwarfFiles.has(file)) this.as.error(`unassigned file number ${file}`);
    const hasColumn = /^[0-9]+$/.test(words[2] ?? '');
    const d: LocDirective = {
      file, line, column: hasColumn ? Number(words[2]) : undefined, basicBlock: false, prologueEnd: false, epilogueBegin: false,
    };
    // Options after the column: is_stmt N, discriminator N, isa N, view V, and flag words.
    let view: Sym | null = null;
    for (let i = hasColumn ? 3 : 2; i < words.length; i++) {
      const w = words[i];
      if (w === 'basic_block') d.basicBlock = true;
      else if (w === 'prologue_end') d.prologueEnd = true;
      else if (w === 'epilogue_begin') d.epilogueBegin = true;
      else if (w !== 'is_stmt' && w !== 'discriminator' && w !== 'isa' && w !== 'view') this.as.error(`unknown .loc sub-directive \`${w}'`);
      else {
        const value = words[++i];
        if (value === undefined) this.as.error(`missing value after \`${w}'`);
        if (w === 'view' && !/^-?[0-9]+$/.test(value)) view = this.as.symbol(this.symbolName(value));
        if (w === 'is_stmt') {
          if (value !== '0' && value !== '1') this.as.error('is_stmt value not 0 or 1');
          d.isStmt = value === '1';
        }
        if (w === 'isa' || w === 'discriminator') d[w] = this.locNumber(value);
      }
    }
    this.as.lineRecords.push({ section: this.as.section, frag: this.as.frag, offset: this.as.offset, file, line, view });
    this.as.dwarfLines.directive(d, this.as.frag, this.as.offset);
  }

  private locNumber(text: string): number {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0) this.as.error(`bad .loc value '${text}'`);
    return n;
  }

  private ident(args: string): void {
    const text = this.stringArg(args);
    const comment = this.as.getSection('.comment', SHF_MERGE | SHF_STRINGS, SHT.PROGBITS, 1);
    this.as.withSection(comment, () => {
      if (this.as.offset === 0 && comment.frags.length === 1) this.as.emitBytes([0]);
      this.as.emitBytes([...Buffer.from(text, 'latin1'), 0]);
    });
  }
}

export function symbolIsDefined(s: Sym): boolean {
  return s.section !== null || s.absolute !== null || s.equ !== null || s.common !== null;
}

/** `R_X86_64_NAME` or the generic `BFD_RELOC_NONE/8/16/32/64` GNU as also accepts. */
function relocTypeByName(text: string): number | undefined {
  const name = text.trim();
  const generic: Record<string, number> = {
    BFD_RELOC_NONE: R_X86_64.NONE, BFD_RELOC_8: R_X86_64.R8, BFD_RELOC_16: R_X86_64.R16, BFD_RELOC_32: R_X86_64.R32,
    BFD_RELOC_64: R_X86_64.R64, BFD_RELOC_SIZE32: R_X86_64.SIZE32, BFD_RELOC_SIZE64: R_X86_64.SIZE64,
  };
  if (name in generic) return generic[name];
  if (!name.startsWith('R_X86_64_')) return undefined;
  for (let t = 0; t < 64; t++) if (relocTypeName(t) === name) return t;
  const extra: Record<string, number> = { R_X86_64_DTPMOD64: 16, R_X86_64_DTPOFF64: 17, R_X86_64_TPOFF64: 18, R_X86_64_TLSGD: 19, R_X86_64_TLSLD: 20, R_X86_64_DTPOFF32: 21, R_X86_64_GOTOFF64: 25, R_X86_64_GOTPC32: 26, R_X86_64_SIZE32: 32, R_X86_64_SIZE64: 33, R_X86_64_IRELATIVE: 37, R_X86_64_GOT32: 3 };
  return extra[name];
}
