/**
 * DWARF for code with `.file N "name"` + `.loc` (what `tcc-lite cc -g` writes), as GNU as
 * 2.40 generates it when the input has no debug sections of its own (dwarf2dbg.c):
 *   .debug_line     version 3: directories and files from the `.file` names, then one
 *                   sequence per code section holding rows (dwarf-lines.ts places them)
 *   .debug_info     version 3: a compile unit (line table, code range, file 1's name, the
 *                   directory we run in, our producer name, "MIPS assembler" as language),
 *                   and a subprogram for each function symbol with a size
 *   .debug_abbrev   the abbreviations of those entries
 *   .debug_aranges  the code ranges, for debuggers' address lookup
 *   .debug_str      the strings
 *   .debug_ranges   the code ranges, when the code is in more than one section
 * Addresses are written as relocations against the section symbols (functions: against
 * global symbols, as gas does), so the linker places them.
 *
 * Input that is already DWARF 5 (`.file 0`, gcc -g -S) or brings its own .debug_info or
 * .debug_line is left alone.
 */

import { statSync } from 'node:fs';
import { SHF_MERGE, SHF_STRINGS, SHT, STB, STT } from '../elf/constants.js';
import type { Assembler } from './assembler.js';
import type { LineRow } from './dwarf-lines.js';
import { resolveExpr, resolveSym } from './layout.js';
import type { Expr, Section, Sym } from './model.js';

/** The producer named in the compile unit (GNU as writes "GNU AS 2.40"). */
export const DWARF_PRODUCER = 'tcc-lite as';

// The line program's parameters, gas's for x86: special opcodes cover lines -5..8.
const LINE_BASE = -5;
const LINE_RANGE = 14;
const OPCODE_BASE = 13;
const STANDARD_OPCODE_LENGTHS = [0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1];
/** The address step of special opcode 255: DW_LNS_const_add_pc's. */
const MAX_SPECIAL_ADDR_DELTA = Math.floor((255 - OPCODE_BASE) / LINE_RANGE);
/** A line delta that means "end the sequence" (gas's INT_MAX). */
const END_SEQUENCE = Number.MAX_SAFE_INTEGER;

const DW_LNS_copy = 1, DW_LNS_advance_pc = 2, DW_LNS_advance_line = 3, DW_LNS_set_file = 4, DW_LNS_set_column = 5;
const DW_LNS_negate_stmt = 6, DW_LNS_set_basic_block = 7, DW_LNS_const_add_pc = 8, DW_LNS_set_prologue_end = 10;
const DW_LNS_set_epilogue_begin = 11, DW_LNS_set_isa = 12;
const DW_LNE_end_sequence = 1, DW_LNE_set_address = 2, DW_LNE_set_discriminator = 4;

const DW_TAG_compile_unit = 0x11, DW_TAG_subprogram = 0x2e, DW_TAG_unspecified_type = 0x3b;
const DW_AT_name = 0x03, DW_AT_stmt_list = 0x10, DW_AT_low_pc = 0x11, DW_AT_high_pc = 0x12, DW_AT_language = 0x13;
const DW_AT_comp_dir = 0x1b, DW_AT_producer = 0x25, DW_AT_external = 0x3f, DW_AT_type = 0x49, DW_AT_ranges = 0x55;
const DW_FORM_addr = 0x01, DW_FORM_data2 = 0x05, DW_FORM_data4 = 0x06, DW_FORM_flag = 0x0c, DW_FORM_strp = 0x0e;
const DW_FORM_ref_udata = 0x15;
const DW_LANG_Mips_Assembler = 0x8001;

const ABBREV_COMPILE_UNIT = 1, ABBREV_SUBPROGRAM = 2, ABBREV_NO_TYPE = 3;

/**
 * Bytes of one debug section with the places that need a relocation; `emit` hands them
 * to the assembler (the relocated fields stay zero, the addend is in the relocation).
 */
class DebugBytes {
  readonly bytes: number[] = [];
  private readonly fields: { at: number; expr: Expr; size: 4 | 8 }[] = [];

  u8(v: number): void { this.bytes.push(v & 0xff); }
  u16(v: number): void { this.u8(v); this.u8(v >> 8); }
  u32(v: number): void { this.u16(v); this.u16(v >>> 16); }
  u64(v: number): void { this.u32(v % 2 ** 32); this.u32(Math.floor(v / 2 ** 32)); }
  uleb(v: number): void {
    for (; v >= 128; v = Math.floor(v / 128)) this.bytes.push((v % 128) | 0x80);
    this.bytes.push(v);
  }
  sleb(v: number): void { this.bytes.push(...sleb128(v)); }
  /** A NUL-terminated string: `.file` names are bytes (latin1), symbol names UTF-8 as in .strtab. */
  string(s: string, encoding: 'latin1' | 'utf8' = 'latin1'): void { this.bytes.push(...Buffer.from(s, encoding), 0); }
  /** A field holding `symbol + addend` once linked. */
  address(symbol: Sym, addend: number, size: 4 | 8 = 8): void {
    this.fields.push({ at: this.bytes.length, expr: { add: symbol, sub: null, k: BigInt(addend), mod: '' }, size });
    for (let i = 0; i < size; i++) this.bytes.push(0);
  }
  /** Writes a 32-bit length at `at` (DWARF's unit_length and header_length). */
  patch32(at: number, v: number): void {
    for (let i = 0; i < 4; i++) this.bytes[at + i] = (v >>> (8 * i)) & 0xff;
  }

  emit(as: Assembler, sec: Section): void {
    as.withSection(sec, () => {
      let done = 0;
      for (const f of this.fields) {
        as.emitBytes(this.bytes.slice(done, f.at));
        as.emitValue(f.expr, f.size);
        done = f.at + f.size;
      }
      as.emitBytes(this.bytes.slice(done));
    });
  }
}

/** How many bytes `v` takes as a ULEB128. */
function ulebSize(v: number): number {
  let n = 1;
  for (; v >= 128; v = Math.floor(v / 128)) n++;
  return n;
}

function sleb128(v: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = ((v % 128) + 128) % 128;
    v = Math.floor(v / 128);
    const done = (v === 0 && (b & 0x40) === 0) || (v === -1 && (b & 0x40) !== 0);
    out.push(done ? b : b | 0x80);
    if (done) return out;
  }
}

/** The code sections with rows, in the order of their first row, each with its rows. */
function sequences(rows: LineRow[]): Map<Section, LineRow[]> {
  const bySection = new Map<Section, LineRow[]>();
  for (const r of rows) {
    const list = bySection.get(r.section);
    if (list) list.push(r);
    else bySection.set(r.section, [r]);
  }
  return bySection;
}

/** Whether this object gets generated DWARF: it has rows and no DWARF of its own. */
function wantsDwarf(as: Assembler): boolean {
  if (as.dwarfLines.rows.length === 0 || as.dwarfLines.dwarf5) return false;
  return !as.sections.some((s) => s.name === '.debug_info' || s.name === '.debug_line');
}

/** Adds the debug sections (after relaxation: addresses are final) and returns them. */
export function emitDwarf(as: Assembler, compDir: string = currentDirectory()): Section[] {
  if (!wantsDwarf(as)) return [];
  const seqs = sequences(as.dwarfLines.rows);
  const files = fileTable(as.fileNames);
  const functions = functionSymbols(as);

  const line = as.getSection('.debug_line', 0, SHT.PROGBITS, 0);
  const info = as.getSection('.debug_info', 0, SHT.PROGBITS, 0);
  const abbrev = as.getSection('.debug_abbrev', 0, SHT.PROGBITS, 0);
  const aranges = as.getSection('.debug_aranges', 0, SHT.PROGBITS, 0);
  aranges.align = 16;
  const str = as.getSection('.debug_str', SHF_MERGE | SHF_STRINGS, SHT.PROGBITS, 1);
  const ranges = seqs.size > 1 ? as.getSection('.debug_ranges', 0, SHT.PROGBITS, 0) : null;
  if (ranges) ranges.align = 16;

  lineTable(files, seqs).emit(as, line);
  const strings = new DebugBytes();
  const stringAt = (s: string, encoding?: 'utf8') => { const at = strings.bytes.length; strings.string(s, encoding); return at; };
  const names = { name: stringAt(files.mainName), compDir: stringAt(compDir, 'utf8'), producer: stringAt(DWARF_PRODUCER) };
  const unit: CompileUnit = {
    seqs, functions: functions.map((f) => ({ ...f, nameAt: stringAt(f.sym.name, 'utf8') })), names, line, abbrev, str, ranges,
  };
  debugInfo(unit).emit(as, info);
  abbreviations(unit).emit(as, abbrev);
  addressRanges(seqs, info).emit(as, aranges);
  strings.emit(as, str);
  if (ranges) rangeList(seqs).emit(as, ranges);
  return [line, info, abbrev, aranges, str, ...(ranges ? [ranges] : [])];
}

/** GNU as's getpwd(): $PWD when it names the current directory (it keeps symbolic links), else the real path. */
function currentDirectory(): string {
  const cwd = process.cwd();
  const pwd = process.env.PWD;
  if (!pwd || !pwd.startsWith('/')) return cwd;
  try {
    const a = statSync(pwd), b = statSync('.');
    return a.ino === b.ino && a.dev === b.dev ? pwd : cwd;
  } catch {
    return cwd;
  }
}

// ---- .debug_line ---------------------------------------------------------------------

interface FileTable {
  dirs: string[];
  files: { name: string; dir: number }[];
  /** File 1 as its directory and name: the compile unit's DW_AT_name. */
  mainName: string;
}

/**
 * gas splits each `.file` name at its last '/': the directory goes to the directory table
 * (once; index 0 means none), the rest to the file table.
 */
function fileTable(names: Map<number, string>): FileTable {
  const dirs: string[] = [];
  const files: { name: string; dir: number }[] = [];
  const max = Math.max(0, ...names.keys());
  for (let i = 1; i <= max; i++) {
    const full = names.get(i) ?? '';
    const slash = full.lastIndexOf('/');
    const dirName = slash < 0 ? '' : full.slice(0, slash);
    let dir = 0;
    if (dirName !== '') {
      dir = dirs.indexOf(dirName) + 1;
      if (dir === 0) dir = dirs.push(dirName);
    }
    files.push({ name: full.slice(slash + 1), dir });
  }
  const first = files[0] ?? { name: '', dir: 0 };
  return { dirs, files, mainName: first.dir === 0 ? first.name : `${dirs[first.dir - 1]}/${first.name}` };
}

function lineTable(table: FileTable, seqs: Map<Section, LineRow[]>): DebugBytes {
  const out = new DebugBytes();
  out.u32(0); // unit_length, patched below
  out.u16(3);
  const headerLengthAt = out.bytes.length;
  out.u32(0);
  out.u8(1); // minimum_instruction_length
  out.u8(1); // default_is_stmt
  out.u8(LINE_BASE);
  out.u8(LINE_RANGE);
  out.u8(OPCODE_BASE);
  for (const n of STANDARD_OPCODE_LENGTHS) out.u8(n);
  for (const d of table.dirs) out.string(d);
  out.u8(0);
  for (const f of table.files) {
    out.string(f.name);
    out.uleb(f.dir);
    out.uleb(0); // modification time
    out.uleb(0); // length
  }
  out.u8(0);
  out.patch32(headerLengthAt, out.bytes.length - headerLengthAt - 4);
  for (const [sec, rows] of seqs) sequence(out, sec, rows);
  out.patch32(0, out.bytes.length - 4);
  return out;
}

/** One section's rows, as gas's process_entries writes them: state changes, then the row. */
function sequence(out: DebugBytes, sec: Section, rows: LineRow[]): void {
  let file = 1, line = 1, column = 0, isa = 0, isStmt = true;
  let last: number | null = null;
  for (const row of rows) {
    const l = row.loc;
    if (file !== l.file) { file = l.file; out.u8(DW_LNS_set_file); out.uleb(file); }
    if (column !== l.column) { column = l.column; out.u8(DW_LNS_set_column); out.uleb(column); }
    if (l.discriminator !== 0) {
      out.u8(0);
      out.uleb(1 + ulebSize(l.discriminator));
      out.u8(DW_LNE_set_discriminator);
      out.uleb(l.discriminator);
    }
    if (isa !== l.isa) { isa = l.isa; out.u8(DW_LNS_set_isa); out.uleb(isa); }
    if (isStmt !== l.isStmt) { isStmt = l.isStmt; out.u8(DW_LNS_negate_stmt); }
    if (l.basicBlock) out.u8(DW_LNS_set_basic_block);
    if (l.prologueEnd) out.u8(DW_LNS_set_prologue_end);
    if (l.epilogueBegin) out.u8(DW_LNS_set_epilogue_begin);
    const address = row.frag.address + row.offset;
    if (last === null) {
      out.u8(0);
      out.uleb(9);
      out.u8(DW_LNE_set_address);
      out.address(sec.symbol, address);
      advance(out, l.line - line, 0);
    } else {
      advance(out, l.line - line, address - last);
    }
    line = l.line;
    last = address;
  }
  advance(out, END_SEQUENCE, sec.size - (last ?? 0));
}

/**
 * Moves the line and the address and adds a row (or ends the sequence), in as few bytes
 * as gas's emit_inc_line_addr: a special opcode, DW_LNS_const_add_pc and a special opcode,
 * or DW_LNS_advance_pc; DW_LNS_advance_line first when the line step is out of range.
 */
function advance(out: DebugBytes, lineDelta: number, addrDelta: number): void {
  if (lineDelta === END_SEQUENCE) {
    if (addrDelta === MAX_SPECIAL_ADDR_DELTA) out.u8(DW_LNS_const_add_pc);
    else if (addrDelta !== 0) { out.u8(DW_LNS_advance_pc); out.uleb(addrDelta); }
    out.u8(0);
    out.u8(1);
    out.u8(DW_LNE_end_sequence);
    return;
  }
  let biased = lineDelta - LINE_BASE;
  let needCopy = false;
  if (biased < 0 || biased >= LINE_RANGE) {
    out.u8(DW_LNS_advance_line);
    out.sleb(lineDelta);
    lineDelta = 0;
    biased = -LINE_BASE;
    needCopy = true;
  }
  if (lineDelta === 0 && addrDelta === 0) { out.u8(DW_LNS_copy); return; }
  biased += OPCODE_BASE;
  if (addrDelta < 256 + MAX_SPECIAL_ADDR_DELTA) {
    const special = biased + addrDelta * LINE_RANGE;
    if (special <= 255) { out.u8(special); return; }
    const afterConstAdd = biased + (addrDelta - MAX_SPECIAL_ADDR_DELTA) * LINE_RANGE;
    if (afterConstAdd <= 255) { out.u8(DW_LNS_const_add_pc); out.u8(afterConstAdd); return; }
  }
  out.u8(DW_LNS_advance_pc);
  out.uleb(addrDelta);
  out.u8(needCopy ? DW_LNS_copy : biased);
}

// ---- .debug_info, .debug_abbrev ------------------------------------------------------

interface FunctionEntry {
  sym: Sym;
  size: number;
  external: boolean;
}

interface CompileUnit {
  seqs: Map<Section, LineRow[]>;
  functions: (FunctionEntry & { nameAt: number })[];
  names: { name: number; compDir: number; producer: number };
  line: Section;
  abbrev: Section;
  str: Section;
  ranges: Section | null;
}

/**
 * Defined function symbols with a non-zero `.size`, in symbol-table order (gas's symbol
 * chain); an alias (`.set alias, f`) has the type and size f had at the `.set`.
 */
function functionSymbols(as: Assembler): FunctionEntry[] {
  const list: FunctionEntry[] = [];
  for (const sym of as.symbolList) {
    if (sym.internal || sym.sectionSymbolOf) continue;
    const alias = sym.equ !== null && sym.section === null;
    const type = sym.type === STT.NOTYPE && alias ? sym.equAttributes?.type : sym.type;
    const sizeExpr = sym.size ?? (alias ? sym.equAttributes?.size : null);
    if (type !== STT.FUNC || !sizeExpr || resolveSym(sym).section === null) continue;
    const r = resolveExpr(sizeExpr);
    if (r.sym !== null || r.minus !== null || r.value === 0n) continue;
    list.push({ sym, size: Number(r.value), external: sym.binding === STB.GLOBAL });
  }
  return list;
}

/** DW_AT_external is there only when some function is global (gas's have_efunc). */
function hasExternal(unit: CompileUnit): boolean {
  return unit.functions.some((f) => f.external);
}

function debugInfo(unit: CompileUnit): DebugBytes {
  const out = new DebugBytes();
  out.u32(0); // unit_length, patched below
  out.u16(3);
  out.address(unit.abbrev.symbol, 0, 4);
  out.u8(8);
  out.uleb(ABBREV_COMPILE_UNIT);
  out.address(unit.line.symbol, 0, 4);
  const [only] = unit.seqs.keys();
  if (unit.ranges) out.address(unit.ranges.symbol, 0, 4);
  else { out.address(only.symbol, 0); out.address(only.symbol, only.size); }
  out.address(unit.str.symbol, unit.names.name, 4);
  out.address(unit.str.symbol, unit.names.compDir, 4);
  out.address(unit.str.symbol, unit.names.producer, 4);
  out.u16(DW_LANG_Mips_Assembler);
  if (unit.functions.length > 0) {
    const external = hasExternal(unit);
    const typeAt = noTypeOffset(out.bytes.length, unit.functions.length, external);
    for (const f of unit.functions) {
      out.uleb(ABBREV_SUBPROGRAM);
      out.address(unit.str.symbol, f.nameAt, 4);
      if (external) out.u8(f.external ? 1 : 0);
      out.uleb(typeAt);
      out.address(f.sym, 0);
      out.address(f.sym, f.size);
    }
    out.uleb(ABBREV_NO_TYPE);
    out.u8(0); // end of the compile unit's children
  }
  out.patch32(0, out.bytes.length - 4);
  return out;
}

/**
 * Where the DW_TAG_unspecified_type entry the functions refer to will be: after the
 * functions, whose size depends on the length of that very reference (a ULEB128).
 */
function noTypeOffset(start: number, count: number, external: boolean): number {
  let at = start;
  for (;;) {
    const next = start + count * (1 + 4 + (external ? 1 : 0) + ulebSize(at) + 16);
    if (next === at) return at;
    at = next;
  }
}

function abbreviations(unit: CompileUnit): DebugBytes {
  const out = new DebugBytes();
  const entry = (code: number, tag: number, children: boolean, attributes: [number, number][]) => {
    out.uleb(code);
    out.uleb(tag);
    out.u8(children ? 1 : 0);
    for (const [at, form] of attributes) { out.uleb(at); out.uleb(form); }
    out.u8(0);
    out.u8(0);
  };
  const range: [number, number][] = unit.ranges ? [[DW_AT_ranges, DW_FORM_data4]] : [[DW_AT_low_pc, DW_FORM_addr], [DW_AT_high_pc, DW_FORM_addr]];
  const hasFunctions = unit.functions.length > 0;
  entry(ABBREV_COMPILE_UNIT, DW_TAG_compile_unit, hasFunctions, [
    [DW_AT_stmt_list, DW_FORM_data4], ...range, [DW_AT_name, DW_FORM_strp], [DW_AT_comp_dir, DW_FORM_strp],
    [DW_AT_producer, DW_FORM_strp], [DW_AT_language, DW_FORM_data2],
  ]);
  if (hasFunctions) {
    const external: [number, number][] = hasExternal(unit) ? [[DW_AT_external, DW_FORM_flag]] : [];
    entry(ABBREV_SUBPROGRAM, DW_TAG_subprogram, false, [
      [DW_AT_name, DW_FORM_strp], ...external, [DW_AT_type, DW_FORM_ref_udata], [DW_AT_low_pc, DW_FORM_addr], [DW_AT_high_pc, DW_FORM_addr],
    ]);
    entry(ABBREV_NO_TYPE, DW_TAG_unspecified_type, false, []);
  }
  out.u8(0);
  return out;
}

// ---- .debug_aranges, .debug_ranges ---------------------------------------------------

function addressRanges(seqs: Map<Section, LineRow[]>, info: Section): DebugBytes {
  const out = new DebugBytes();
  out.u32(0); // unit_length, patched below
  out.u16(2);
  out.address(info.symbol, 0, 4);
  out.u8(8); // address size
  out.u8(0); // segment selector size
  // The pairs start at a multiple of their size.
  while (out.bytes.length % 16 !== 0) out.u8(0);
  for (const sec of seqs.keys()) { out.address(sec.symbol, 0); out.u64(sec.size); }
  out.u64(0);
  out.u64(0);
  out.patch32(0, out.bytes.length - 4);
  return out;
}

function rangeList(seqs: Map<Section, LineRow[]>): DebugBytes {
  const out = new DebugBytes();
  // A base address selection entry: the addresses below are absolute.
  for (let i = 0; i < 8; i++) out.u8(0xff);
  out.u64(0);
  for (const sec of seqs.keys()) { out.address(sec.symbol, 0); out.address(sec.symbol, sec.size); }
  out.u64(0);
  out.u64(0);
  return out;
}
