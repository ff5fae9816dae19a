/**
 * DWARF for code with `.file N "name"` + `.loc`, as GNU as 2.40 generates it
 * (dwarf2dbg.c, dwarf2_finish). Input without debug sections of its own (what
 * `tcc-lite cc -g` wrote before it had its own .debug_info) gets them all:
 *   .debug_line     version 3 (dwarf-line-table.ts): directories and files from the
 *                   `.file` names, then one sequence per code section
 *   .debug_info     version 3: a compile unit (line table, code range, file 1's name, the
 *                   directory we run in, our producer name, "MIPS assembler" as language),
 *                   and a subprogram for each function symbol with a size
 *   .debug_abbrev   the abbreviations of those entries
 *   .debug_aranges  the code ranges, for debuggers' address lookup
 *   .debug_str      the strings
 *   .debug_ranges   the code ranges, when the code is in more than one section
 * Input that brings its own non-empty .debug_info and an empty .debug_line (a label only:
 * gcc's -g -S output, and ours) gets only the line table, appended there: version 3, or
 * version 5 after `.file 0` with its names appended to .debug_line_str. A non-empty
 * .debug_line is the input's own: nothing is generated. Addresses are written as
 * relocations against the section symbols (functions: against global symbols, as gas
 * does), so the linker places them.
 *
 * One difference from gas: DWARF 5 input (`.file 0`) without a .debug_info of its own
 * gets no generated DWARF (gas would write a version 5 compile unit).
 */

import { statSync } from 'node:fs';
import { SHF_MERGE, SHF_STRINGS, SHT, STB, STT } from '../elf/constants.js';
import type { Assembler } from './assembler.js';
import { DebugBytes, ulebSize } from './dwarf-bytes.js';
import type { DwarfFiles } from './dwarf-files.js';
import { lineTable, type LineStrings } from './dwarf-line-table.js';
import type { LineRow } from './dwarf-lines.js';
import { resolveExpr, resolveSym } from './layout.js';
import type { Section, Sym } from './model.js';

/** The producer named in the compile unit (GNU as writes "GNU AS 2.40"). */
export const DWARF_PRODUCER = 'tcc-lite as';

const DW_TAG_compile_unit = 0x11, DW_TAG_subprogram = 0x2e, DW_TAG_unspecified_type = 0x3b;
const DW_AT_name = 0x03, DW_AT_stmt_list = 0x10, DW_AT_low_pc = 0x11, DW_AT_high_pc = 0x12, DW_AT_language = 0x13;
const DW_AT_comp_dir = 0x1b, DW_AT_producer = 0x25, DW_AT_external = 0x3f, DW_AT_type = 0x49, DW_AT_ranges = 0x55;
const DW_FORM_addr = 0x01, DW_FORM_data2 = 0x05, DW_FORM_data4 = 0x06, DW_FORM_flag = 0x0c, DW_FORM_strp = 0x0e;
const DW_FORM_ref_udata = 0x15;
const DW_LANG_Mips_Assembler = 0x8001;

const ABBREV_COMPILE_UNIT = 1, ABBREV_SUBPROGRAM = 2, ABBREV_NO_TYPE = 3;

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

/** A section the input did not open or left without bytes (a label does not count). */
function isEmpty(as: Assembler, name: string): boolean {
  const sec = as.sections.find((s) => s.name === name && s.group === null);
  return !sec || sec.size === 0;
}

/** Adds the debug sections (after relaxation: addresses are final) and returns them. */
export function emitDwarf(as: Assembler, compDir: string = currentDirectory()): Section[] {
  const hasRows = as.dwarfLines.rows.length > 0;
  const ownInfo = !isEmpty(as, '.debug_info'), ownLine = !isEmpty(as, '.debug_line');
  if (hasRows && ownLine) as.error('duplicate .debug_line sections');
  if ((!hasRows && !ownInfo) || (ownInfo && ownLine)) return [];
  const files = as.dwarfFiles;
  if (!ownInfo && files.version5) return [];
  checkFileTable(as, files);
  const seqs = sequences(as.dwarfLines.rows);
  const line = as.getSection('.debug_line', 0, SHT.PROGBITS, 0);
  let strings: LineStrings | null = null;
  if (files.version5) {
    const section = as.getSection('.debug_line_str', SHF_MERGE | SHF_STRINGS, SHT.PROGBITS, 1);
    strings = { section, base: section.size, bytes: new DebugBytes() };
  }
  lineTable(files, seqs, compDir, strings).emit(as, line);
  if (strings) strings.bytes.emit(as, strings.section);
  const made = strings ? [line, strings.section] : [line];
  return ownInfo ? made : [...made, ...compileUnit(as, files, seqs, line, compDir)];
}

/** gas's complaint about a hole in the file numbers (file 0 only in DWARF 5). */
function checkFileTable(as: Assembler, files: DwarfFiles): void {
  for (let i = files.version5 ? 0 : 1; i < files.files.length; i++) {
    if (!files.has(i)) as.error(`unassigned file number ${i}`);
  }
}

/** .debug_info, .debug_abbrev, .debug_aranges, .debug_str (and .debug_ranges) for input that has none. */
function compileUnit(as: Assembler, files: DwarfFiles, seqs: Map<Section, LineRow[]>, line: Section, compDir: string): Section[] {
  const functions = functionSymbols(as);
  const info = as.getSection('.debug_info', 0, SHT.PROGBITS, 0);
  const abbrev = as.getSection('.debug_abbrev', 0, SHT.PROGBITS, 0);
  const aranges = as.getSection('.debug_aranges', 0, SHT.PROGBITS, 0);
  aranges.align = 16;
  const str = as.getSection('.debug_str', SHF_MERGE | SHF_STRINGS, SHT.PROGBITS, 1);
  const ranges = seqs.size > 1 ? as.getSection('.debug_ranges', 0, SHT.PROGBITS, 0) : null;
  if (ranges) ranges.align = 16;

  const strings = new DebugBytes();
  const stringAt = (s: string, encoding?: 'utf8') => { const at = strings.bytes.length; strings.string(s, encoding); return at; };
  const names = { name: stringAt(files.fullName(1)), compDir: stringAt(compDir, 'utf8'), producer: stringAt(DWARF_PRODUCER) };
  const unit: CompileUnit = {
    seqs, functions: functions.map((f) => ({ ...f, nameAt: stringAt(f.sym.name, 'utf8') })), names, line, abbrev, str, ranges,
  };
  debugInfo(unit).emit(as, info);
  abbreviations(unit).emit(as, abbrev);
  addressRanges(seqs, info).emit(as, aranges);
  strings.emit(as, str);
  if (ranges) rangeList(seqs).emit(as, ranges);
  return [info, abbrev, aranges, str, ...(ranges ? [ranges] : [])];
}

/** GNU as's getpwd(): $PWD when it names the current directory (it keeps symbolic links), else the real path. */
export function currentDirectory(): string {
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
