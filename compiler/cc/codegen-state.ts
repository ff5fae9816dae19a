/**
 * The code generator's state: output lines, the push/pop depth (so calls can keep %rsp
 * 16-byte aligned), label numbering and the function being generated.
 */
import type { Node, Obj } from './ast.js';
import type { SourceMapper } from './lexer.js';
import { refuseFloatingPoint } from './report.js';
import type { IToken } from './chevrotain.js';
import type { Instrumentation } from './instrument.js';
import type { DebugScope } from './debug-scopes.js';

/**
 * A piece of the generated assembly: lines joined by '\n', or one line per element. The
 * whole text is the chunks joined by '\n' (asmText); the assembler reads the chunks
 * themselves (compiler/asm/line-reader.ts), so `cc -c` never builds the text.
 */
export type AsmChunk = string | readonly string[];

/** The assembly text the chunks stand for. */
export function asmText(chunks: readonly AsmChunk[]): string {
  return chunks.map((c) => (typeof c === 'string' ? c : c.join('\n'))).join('\n');
}

export interface GenOptions {
  kernel: boolean;
  /** Why floating point is refused, if it is (-mcmodel=kernel, -mgeneral-regs-only). */
  noFloat: string | undefined;
  /** -finstrument-functions (instrument.ts). */
  instrument: Instrumentation | undefined;
  /** -fcommon: tentative definitions become COMMON symbols (codegen.ts isCommon). */
  common: boolean;
  /** -ftrapv: the inline absolute values check for overflow too (trapv.ts does the operators). */
  trapv: boolean;
  debug: boolean;
  /** The debug information's DWARF version (debug-info.ts). */
  dwarfVersion?: 4 | 5;
  /** -std's year (DW_AT_language of the debug info). */
  year?: number;
  mapper: SourceMapper;
  fileName: string;
}

export class Gen {
  out: string[] = [];
  depth = 0;
  labelSeq = 0; // the next .L number; public: codegen.ts numbers functions generated early (early-code.ts)
  fn: Obj | undefined;
  fnIndex = 0;
  breakLabels: string[] = [];
  continueLabels: string[] = [];
  // Blocks that declare VLAs save %rsp on entry (in these hidden slots) and restore it on
  // the way out; vlaSaves is the stack of the enclosing ones, and each break/continue
  // target remembers how deep that stack was, to free the VLAs a jump leaves behind.
  vlaBlockSlots = new Map<Node, Obj>();
  // Each VLA declaration saves %rsp before carving its array (vlaDeclSlots); liveVlas lists
  // the saves of the VLAs in scope, and labelVlas what was in scope at each label already
  // emitted, so a backward goto out of a VLA's scope can give its space back.
  vlaDeclSlots = new Map<Node, Obj>();
  liveVlas: Obj[] = [];
  labelVlas = new Map<string, Obj[]>();
  // Where each complex operation of the current function leaves its result.
  complexSlots = new Map<Node, Obj>();
  int128Slots = new Map<Node, Obj>();
  float128Slots = new Map<Node, Obj>();
  vectorSlots = new Map<Node, Obj>();
  vlaSaves: Obj[] = [];
  breakVlaDepth: number[] = [];
  continueVlaDepth: number[] = [];
  calleeSavedUsed = new Set<string>();
  files = new Map<string, number>();
  // Under -g (debug-scopes.ts): the static locals of each function, the scopes of the
  // current one whose code gets labels, and the labels' next number.
  staticLocals = new Map<Obj, Obj[]>();
  debugScopes: Map<Node, DebugScope> | undefined;
  debugLabelSeq = 0;
  lastLoc = '';
  // Read-only data of the current function (jump tables), emitted after its code.
  deferred: string[] = [];
  // A trampoline was written on the stack: the object asks for an executable stack.
  execStack = false;
  // Where the hidden struct-return pointer was saved, for functions returning in memory.
  retPtrOffset = 0;
  // va_start needs the counts of named arguments in registers and the stack bytes they used.
  namedGp = 0;
  namedFp = 0;
  namedStackBytes = 0;
  // The frame's alignment when a local needs more than the ABI's 16 bytes (codegen.ts
  // frameRealignment), else 0: the caller's stack arguments are then reached through the
  // entry %rsp saved at 16(%rbp), not at a fixed distance from %rbp.
  realignedTo = 0;

  constructor(readonly opts: GenOptions) {}

  emit(...lines: string[]): void {
    for (const l of lines) this.out.push(l);
  }

  /** A call of a compiler support routine (libgcc's), with %rsp 16-byte aligned as the ABI wants. */
  callRuntime(name: string): void {
    const pad = this.depth % 2 === 1;
    if (pad) this.out.push('\tsub $8, %rsp');
    this.out.push(`\tcall ${name}`);
    if (pad) this.out.push('\tadd $8, %rsp');
  }

  label(name: string): void {
    this.out.push(`${name}:`);
  }

  newLabel(): string {
    return `.L${this.labelSeq++}`;
  }

  push(): void {
    this.out.push('\tpush %rax');
    this.depth++;
  }

  pop(reg: string): void {
    this.out.push(`\tpop ${reg}`);
    this.depth--;
  }

  pushf(): void {
    this.out.push('\tsub $8, %rsp', '\tmovsd %xmm0, (%rsp)');
    this.depth++;
  }

  popf(reg: number): void {
    this.out.push(`\tmovsd (%rsp), %xmm${reg}`, '\tadd $8, %rsp');
    this.depth--;
  }

  pushld(): void {
    this.out.push('\tsub $16, %rsp', '\tfstpt (%rsp)');
    this.depth += 2;
  }

  popld(): void {
    this.out.push('\tfldt (%rsp)', '\tadd $16, %rsp');
    this.depth -= 2;
  }

  noFloatingPoint(tok: IToken): void {
    if (this.opts.noFloat !== undefined) refuseFloatingPoint(tok, this.opts.noFloat);
  }

  /** `.loc` before a statement's code when generating debug info. */
  loc(tok: IToken): void {
    if (!this.opts.debug) return;
    const l = this.opts.mapper.locateToken(tok);
    const text = `\t.loc ${this.fileNumber(l.file)} ${l.line} ${l.col}`;
    if (text !== this.lastLoc) {
      this.out.push(text);
      this.lastLoc = text;
    }
  }

  /** The `.file` number of a source file, numbered as first met (debug info). */
  fileNumber(file: string): number {
    let idx = this.files.get(file);
    if (idx === undefined) {
      idx = this.files.size + 1;
      this.files.set(file, idx);
    }
    return idx;
  }
}
