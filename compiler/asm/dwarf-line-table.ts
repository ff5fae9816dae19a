/**
 * .debug_line as GNU as 2.40 writes it (dwarf2dbg.c, out_debug_line): a header with the
 * directory and file tables of the `.file` directives (dwarf-files.ts), then one
 * sequence per code section holding the rows dwarf-lines.ts placed. Version 3, or
 * version 5 when the input said `.file 0` (gcc's DWARF 5 output): its names are offsets
 * into .debug_line_str, and its file table may carry md5 sums.
 */

import { DebugBytes, ulebSize } from './dwarf-bytes.js';
import type { DwarfFiles } from './dwarf-files.js';
import type { LineRow } from './dwarf-lines.js';
import type { Section } from './model.js';

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
const DW_LNCT_path = 1, DW_LNCT_directory_index = 2, DW_LNCT_MD5 = 5;
const DW_FORM_udata = 0x0f, DW_FORM_data16 = 0x1e, DW_FORM_line_strp = 0x1f;

/** Where a DWARF 5 table puts its names: appended to .debug_line_str, after `base` bytes already there. */
export interface LineStrings {
  section: Section;
  base: number;
  bytes: DebugBytes;
}

/** The table and its rows; `compDir` is directory 0 when `.file 0` named none. */
export function lineTable(files: DwarfFiles, seqs: Map<Section, LineRow[]>, compDir: string, strings: LineStrings | null): DebugBytes {
  const out = new DebugBytes();
  out.u32(0); // unit_length, patched below
  const v5 = strings !== null;
  out.u16(v5 ? 5 : 3);
  if (v5) { out.u8(8); out.u8(0); } // address size, segment selector size
  const headerLengthAt = out.bytes.length;
  out.u32(0);
  out.u8(1); // minimum_instruction_length
  if (v5) out.u8(1); // maximum_operations_per_instruction
  out.u8(1); // default_is_stmt
  out.u8(LINE_BASE);
  out.u8(LINE_RANGE);
  out.u8(OPCODE_BASE);
  for (const n of STANDARD_OPCODE_LENGTHS) out.u8(n);
  if (strings) fileTable5(out, files, compDir, strings);
  else fileTable3(out, files);
  out.patch32(headerLengthAt, out.bytes.length - headerLengthAt - 4);
  for (const [sec, rows] of seqs) sequence(out, sec, rows);
  out.patch32(0, out.bytes.length - 4);
  return out;
}

/** Version 3: directories from 1 and files from 1 as strings, each list ended by a NUL. */
function fileTable3(out: DebugBytes, table: DwarfFiles): void {
  for (let d = 1; d < table.dirs.length; d++) out.string(table.dirs[d] ?? '');
  out.u8(0);
  for (let i = 1; i < table.files.length; i++) {
    const f = table.files[i]!; // dwarf.ts refuses a table with holes
    out.string(f.name);
    out.uleb(f.dir);
    out.uleb(0); // modification time
    out.uleb(0); // length
  }
  out.u8(0);
}

/** Version 5: self-describing tables from entry 0, names in .debug_line_str (not shared, as gas). */
function fileTable5(out: DebugBytes, table: DwarfFiles, compDir: string, strings: LineStrings): void {
  const name = (s: string) => {
    out.address(strings.section.symbol, strings.base + strings.bytes.bytes.length, 4);
    strings.bytes.string(s);
  };
  out.u8(1);
  out.uleb(DW_LNCT_path);
  out.uleb(DW_FORM_line_strp);
  out.uleb(Math.max(table.dirs.length, table.files.length > 0 ? 1 : 0));
  if (table.dirs.length > 0 || table.files.length > 0) name(table.dirs[0] ?? compDir);
  for (let d = 1; d < table.dirs.length; d++) name(table.dirs[d] ?? '');
  const md5 = table.hasMd5();
  out.u8(md5 ? 3 : 2);
  out.uleb(DW_LNCT_path);
  out.uleb(DW_FORM_line_strp);
  out.uleb(DW_LNCT_directory_index);
  out.uleb(DW_FORM_udata);
  if (md5) { out.uleb(DW_LNCT_MD5); out.uleb(DW_FORM_data16); }
  out.uleb(table.files.length);
  for (let i = 0; i < table.files.length; i++) {
    const f = table.files[i]!;
    name(f.name);
    out.uleb(f.dir);
    if (md5) for (let b = 0; b < 16; b++) out.u8(f.md5?.[b] ?? 0);
  }
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
