/**
 * The assembler: GNU-as-compatible AT&T x86-64 assembly text → ELF64 relocatable object.
 *
 *   statements ─► sections of fragments + symbols + fixups   (assembler.ts, directives.ts, macros.ts)
 *              ─► branch relaxation and addresses              (layout.ts)
 *              ─► .eh_frame from .cfi_*, our line table         (cfi.ts, lines.ts)
 *              ─► bytes and relocations, then the ELF file      (layout.ts, elf-writer.ts)
 */

import { Assembler } from './assembler.js';
import { Directives } from './directives.js';
import { Macros } from './macros.js';
import { relax, writeSections } from './layout.js';
import { writeObject } from './elf-writer.js';
import { emitLineTable } from './lines.js';

export interface AssembleOptions {
  fileName: string;
}

export function assemble(text: string, opts: AssembleOptions): Uint8Array {
  const as = new Assembler(opts.fileName);
  const directives = new Directives(as);
  as.directives = directives;
  as.macros = new Macros(as);
  as.run(text);
  as.macros.finish();
  directives.finish();
  // Code and data first: .eh_frame and the line table need their final addresses.
  const userSections = [...as.sections];
  relax(userSections);
  const eh = as.cfi.finish();
  const lines = emitLineTable(as);
  const late = [eh, ...lines].filter((s) => s !== null);
  relax(late);
  writeSections(as.sections);
  return writeObject(as.sections, as.symbolList, as.fileSymbol);
}
