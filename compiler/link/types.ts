/**
 * The linker's data model: objects loaded into the link, their sections, the global symbol
 * table, and the output sections the layout builds. Addresses are bigint because kernel
 * addresses (0xffffffff81000000) do not fit a double exactly; offsets and sizes inside one
 * section are plain numbers.
 */

import { CompileError, type SourceLocation } from '../diagnostics.js';
import type { ElfFile, ElfSymbol } from '../elf/reader.js';
import type { OutputSectionStatement } from './script-ast.js';
import type { EhFrameEdit } from './eh-frame.js';

/** A user mistake found while linking, worded as GNU ld words it. */
export class LinkError extends CompileError {
  constructor(message: string, loc?: SourceLocation) {
    super(message, loc);
    this.name = 'LinkError';
  }
}

export interface InputObject {
  /** Name for messages: "a.o" or "libc.a(printf.o)". */
  name: string;
  /** What linker-script file patterns match: the object's file name or the member name. */
  fileName: string;
  elf: ElfFile;
  /** Sections by ELF index; undefined for sections not in the image (discarded, non-alloc...). */
  sections: (InputSection | undefined)[];
  /** For each symbol index ≥ firstGlobal, the global it resolves to. */
  globals: GlobalSymbol[];
  /** Section indices dropped because an earlier object had the same COMDAT group. */
  discarded: Set<number>;
  /** The object has `.note.GNU-stack` (non-executable stack requested). */
  noteGnuStack: boolean;
}

/** How a section's bytes map after merging duplicate strings or constants. */
export interface MergeMap {
  /** Input offsets where each piece starts, ascending. */
  starts: number[];
  /** The section that holds each piece's bytes now (the first section that had it). */
  holders: InputSection[];
  /** The piece's offset inside its holder. */
  offsets: number[];
}

export interface InputSection {
  object: InputObject;
  index: number;
  name: string;
  type: number;
  flags: number;
  align: number;
  size: number;
  data: Uint8Array;
  /** Assigned by the layout. */
  output?: OutputSection;
  outputOffset: number;
  merge?: MergeMap;
  /** Set on .eh_frame sections whose entries were edited (eh-frame.ts). */
  ehFrame?: EhFrameEdit;
  /** A merged section left with no bytes of its own: it takes no space and no alignment (ld's SEC_EXCLUDE). */
  excluded?: boolean;
  /** Synthetic content the linker fills (COMMON, .got); `symbols` lists COMMON pieces. */
  synthetic?: 'common' | 'got';
}

export interface SymbolDefinition {
  object: InputObject;
  symbol: ElfSymbol;
  weak: boolean;
  common: boolean;
}

export interface GlobalSymbol {
  name: string;
  def?: SymbolDefinition;
  /** Set when a linker script or the linker itself defines the symbol. */
  scriptValue?: bigint;
  /** The output section a script-defined symbol is relative to (for nm's type letter). */
  scriptSection?: OutputSection;
  scriptHidden?: boolean;
  /** A script symbol whose value is a plain number (nm type 'A'), not an address. */
  scriptAbsolute?: boolean;
  /** Defined by --defsym: defined from the start, so a script's PROVIDE leaves it alone. */
  defsym?: boolean;
  /** Some input refers to it without a definition (strong references pull archive members). */
  referenced: boolean;
  strongReference: boolean;
  /** The first object that referred to it, for "undefined reference" messages. */
  firstReference?: InputObject;
  /** For COMMON definitions: the object's synthetic COMMON section and the offset in it. */
  commonSection?: InputSection;
  commonOffset?: number;
  /** Slot offset in the .got section when a GOT entry is needed. */
  gotOffset?: number;
}

export interface OutputSection {
  name: string;
  statement: OutputSectionStatement;
  type: number;
  flags: number;
  align: number;
  addr: bigint;
  lma: bigint;
  size: number;
  inputs: InputSection[];
  /** Bytes written by BYTE/SHORT/LONG/QUAD items: [offset, size, value]. */
  dataItems: { offset: number; size: number; value: bigint }[];
  /** Laid out even when its inputs are empty (it assigns '.' or holds data); still dropped if it ends up with no bytes. */
  keepEmpty: boolean;
  fileOffset: number;
  /** sh_entsize: kept when every input has the same (merged strings, init arrays). */
  entsize: number;
  /** Index in the output's section header table (0 while not emitted). */
  headerIndex: number;
}
