/**
 * The assembler: GNU-as-compatible AT&T x86-64 assembly text → ELF64 relocatable object.
 *
 *   statements ─► sections of fragments + symbols + fixups   (assembler.ts, directives.ts, macros.ts)
 *              ─► branch relaxation and addresses              (layout.ts)
 *              ─► DWARF from .loc, .eh_frame from .cfi_*, our line table
 *                                                              (dwarf.ts, cfi.ts, lines.ts)
 *              ─► bytes and relocations, then the ELF file      (layout.ts, elf-writer.ts)
 */

import { Assembler } from './assembler.js';
import { Directives } from './directives.js';
import { Macros } from './macros.js';
import { relax, writeSections } from './layout.js';
import { writeObject } from './elf-writer.js';
import { emitLineTable } from './lines.js';
import { emitDwarf } from './dwarf.js';
import type { BinaryReader } from './data.js';
import type { AssemblyChunk } from './line-reader.js';

export type { AssemblyChunk } from './line-reader.js';

export interface AssembleOptions {
  fileName: string;
  /** Directories `.incbin` searches after the current directory (`as -I`). */
  includePaths?: string[];
  /** Reads a file for `.incbin` (default: the file system); undefined when missing. */
  readFile?: BinaryReader;
  /** The compile unit's DW_AT_comp_dir in generated DWARF (default: the current directory, as GNU as). */
  compDir?: string;
}

export function assemble(text: string, opts: AssembleOptions): Uint8Array {
  return assembleChunks([text], opts);
}

/**
 * Assembles the text that is `chunks` joined by '\n' (line-reader.ts): the C compiler hands
 * over its lines this way, without building the text (`cc -c`). Same object as assemble().
 */
export function assembleChunks(chunks: readonly AssemblyChunk[], opts: AssembleOptions): Uint8Array {
  const as = new Assembler(opts.fileName, opts.includePaths, opts.readFile);
  const directives = new Directives(as);
  as.directives = directives;
  as.macros = new Macros(as);
  as.run(chunks);
  as.macros.finish();
  directives.finish();
  // Code and data first: .eh_frame and the line table need their final addresses.
  const userSections = [...as.sections];
  relax(userSections);
  // View numbers depend on final code addresses, and data (location lists) may use them.
  if (as.assignLocationViews()) relax(userSections);
  // GNU as writes its DWARF before .eh_frame (dwarf2_finish, then cfi_finish).
  const dwarf = emitDwarf(as, opts.compDir);
  const eh = as.cfi.finish();
  const lines = emitLineTable(as);
  const late = [...dwarf, eh, ...lines].filter((s) => s !== null);
  relax(late);
  writeSections(as.sections, (s) => as.promote(s));
  as.finishGroups();
  return writeObject(as.sections, as.symbolList, as.fileSymbol);
}
