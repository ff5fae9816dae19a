/**
 * Program-level code generation: which functions to emit (static functions nobody
 * references are dropped, as gcc does; inline definitions are never emitted, inline.ts),
 * stack frames, prologues/epilogues, and the data sections with their relocations.
 */
import { forEachChild, newObj, type Node, type Obj, type Program } from './ast.js';
import { returnsInMemory } from './abi.js';
import { assignParams } from './codegen-call.js';
import { Gen, type AsmChunk, type GenOptions } from './codegen-state.js';
import type { EarlyCode } from './early-code.js';
import { genStmt } from './codegen-stmt.js';
import { genNestingPrologue, prepareNesting } from './nested.js';
import { enterHook, exitHook, isInstrumented, RETURN_SAVE_BYTES } from './instrument.js';
import { assignInterruptParams, CALLER_SAVED, checkNoFloatingPoint, entryAlignment, interruptReturn } from './interrupt.js';
import { alignTo, isAggregate, isNumberLikeAggregate, tyULong, type Type } from './types.js';
import { errorAt, reportInFunction } from './report.js';
import { bindsLocally, visibilityOf } from './pic.js';
import { debugInfoText, type DebugFunction, type DebugUnit } from './debug-info.js';
import { functionScopes, type FunctionScopes } from './debug-scopes.js';
import { currentDirectory } from '../asm/dwarf.js';
import { ASCII_MIN_BYTES, emitAscii, plainStretchEnd, ZERO_RUN_BYTES } from './data-emit.js';

export function generateProgram(prog: Program, opts: GenOptions, early?: EarlyCode): AsmChunk[] {
  const g = new Gen(opts);
  const chunks: AsmChunk[] = [];
  // Directives and data between functions, gathered into one chunk.
  let lines: string[] = [];
  const flush = (): void => {
    if (lines.length > 0) chunks.push(lines);
    lines = [];
  };
  const live = liveFunctions(prog.globals);
  const emitted: DebugFunction[] = [];
  const relro = new RelroSections(prog.globals, opts.kernel);
  const externals: string[] = [];
  if (opts.debug) g.staticLocals = staticLocals(prog.globals);
  for (const o of prog.globals) {
    if (o.isFunction) {
      if (o.alias !== undefined) emitAlias(lines, o);
      else if (o.body && live.has(o)) {
        flush();
        const code = early?.take(g, o) ?? generateFunctionCode(g, o);
        emitFunction(g, o, code, chunks);
        if (code.debugScopes) emitted.push({ fn: o, endLabel: functionEndLabel(code.fnIndex), scopes: code.debugScopes });
      } else if (o.isWeak && !o.body) lines.push(`\t.weak ${o.name}`);
      if (!o.body && o.alias === undefined) declareExternalVisibility(o, externals);
    } else if (o.alias !== undefined) {
      emitAlias(lines, o);
    } else if (isCommon(o, opts.common)) {
      lines.push(`\t.comm ${o.name},${o.ty.size},${dataAlign(o)}`);
    } else if (o.isDefinition || o.isTentative) {
      emitData(o, lines, relro);
    } else {
      if (o.isWeak) lines.push(`\t.weak ${o.name}`);
      declareExternalVisibility(o, externals);
    }
  }
  lines.push(...externals);
  if (opts.debug) {
    flush();
    chunks.push(debugInfoText(debugUnit(g, prog.globals, emitted)));
  }
  lines.push(`\t.section .note.GNU-stack,"${g.execStack ? 'x' : ''}",@progbits`, '');
  flush();
  const head: string[] = [`\t.file "${opts.fileName.replace(/.*\//, '')}"`];
  // DWARF 5's file 0: the compilation's directory and main file (the assembler's line table follows it).
  if (opts.debug && opts.dwarfVersion !== 4) head.push(`\t.file 0 ${quote(currentDirectory())} ${quote(opts.fileName)}`);
  for (const [file, idx] of g.files) head.push(`\t.file ${idx} ${quote(file)}`);
  for (const a of prog.topAsm) head.push(...a.split('\n').map((l) => `\t${l}`));
  chunks.unshift(head);
  return chunks;
}

/**
 * -fcommon (gcc's default before gcc 10) or `__attribute__((common))`: a tentative
 * definition (`int x;` at file scope, nothing initializing it anywhere in the file) is a
 * COMMON symbol, which the linker merges with the same in other files, as old code that
 * declares its globals in headers expects. Never for a static, thread-local, weak or
 * sectioned object (gcc gives those storage of their own).
 */
function isCommon(o: Obj, common: boolean): boolean {
  if (!o.isTentative || o.isDefinition || o.isStatic || o.isThreadLocal || o.isWeak || o.section !== undefined) return false;
  return o.common ?? common;
}

/** Each function's static locals (private globals the debug information puts in its scopes). */
function staticLocals(globals: Obj[]): Map<Obj, Obj[]> {
  const byFunction = new Map<Obj, Obj[]>();
  for (const o of globals) {
    if (!o.staticOwner || !o.tok) continue;
    const list = byFunction.get(o.staticOwner);
    if (list) list.push(o);
    else byFunction.set(o.staticOwner, [o]);
  }
  return byFunction;
}

/**
 * What the debug information describes (debug-info.ts): the functions emitted, and the
 * file-scope variables (definitions, and extern declarations the code uses).
 */
function debugUnit(g: Gen, globals: Obj[], functions: DebugFunction[]): DebugUnit {
  const variables: Obj[] = [];
  for (const o of globals) {
    // Only what the program named: not strings, compound literals or aliases.
    if (o.isFunction || o.isString || o.staticOwner || o.alias !== undefined || !o.tok || !/^[A-Za-z_$][\w$]*$/.test(o.tok.image)) continue;
    if (o.isDefinition || o.isTentative || o.isUsed) variables.push(o);
  }
  return {
    fileName: g.opts.fileName, compDir: currentDirectory(), year: g.opts.year ?? 1999, version: g.opts.dwarfVersion ?? 5, functions, variables,
    fileIndex: (tok) => g.fileNumber(g.opts.mapper.locateToken(tok).file),
    position: (tok) => g.opts.mapper.locateToken(tok),
  };
}

/** Under -g, the function's variables by scope (debug-scopes.ts), numbering the scopes' labels. */
function debugScopesOf(g: Gen, fn: Obj): FunctionScopes | undefined {
  return g.opts.debug ? functionScopes(fn, g.staticLocals.get(fn) ?? [], () => `.LBB${g.debugLabelSeq++}`) : undefined;
}

/** The label after a function's last instruction (DW_AT_high_pc). */
function functionEndLabel(fnIndex: number): string {
  return `.LFE${fnIndex}`;
}

function quote(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The functions the file's code needs: every external one, and the static and inline ones something references. */
export function liveFunctions(globals: Obj[]): Set<Obj> {
  const byName = new Map<string, Obj>();
  for (const o of globals) byName.set(o.name, o);
  const live = new Set<Obj>();
  const work: Obj[] = [];
  // An inline definition is never emitted: references to it go to the external definition.
  const mark = (o: Obj | undefined): void => {
    if (o && o.isFunction && !o.inlineOnly && !live.has(o)) {
      live.add(o);
      work.push(o);
    }
  };
  for (const o of globals) {
    if (o.isFunction && o.body && (!o.isStatic || o.isUsed)) mark(o);
    if (o.isFunction && o.isUsed) mark(o);
    for (const r of o.relocs) mark(byName.get(r.label));
    if (o.alias !== undefined) mark(byName.get(o.alias));
  }
  while (work.length > 0) {
    const f = work.pop()!;
    for (const r of f.refs) mark(r);
  }
  return live;
}

function emitAlias(lines: string[], o: Obj): void {
  lines.push(o.isWeak ? `\t.weak ${o.name}` : o.isStatic ? '' : `\t.globl ${o.name}`);
  visibilityDirective(lines, o);
  lines.push(`\t.set ${o.name}, ${o.alias}`);
}

function symbolHeader(lines: string[], o: Obj, kind: 'function' | 'object'): void {
  if (o.isWeak) lines.push(`\t.weak ${o.name}`);
  else if (!o.isStatic) lines.push(`\t.globl ${o.name}`);
  visibilityDirective(lines, o);
  lines.push(`\t.type ${o.name}, @${kind}`);
}

/**
 * A symbol used here but defined elsewhere keeps the visibility its declaration gave it
 * (`extern int e __attribute__((visibility("hidden")))`): the linker gives the definition
 * the most restrictive one. gcc writes these at the end of the file.
 */
function declareExternalVisibility(o: Obj, externals: string[]): void {
  if (o.uses > 0 && !o.isStatic && o.visibility !== undefined && o.visibility !== 'default') externals.push(`\t.${o.visibility} ${o.name}`);
}

/** `.hidden f` and the like (a static symbol has none: it is not in the dynamic symbol table anyway). */
function visibilityDirective(lines: string[], o: Obj): void {
  const v = o.isStatic ? 'default' : visibilityOf(o);
  if (v !== 'default') lines.push(`\t.${v} ${o.name}`);
}

function sectionDirective(name: string, kind: 'code' | 'data' | 'bss' | 'rodata' | 'tdata' | 'tbss'): string {
  if (name === '.text' || name === '.data' || name === '.bss') return `\t${name}`;
  if (kind === 'code') return `\t.section ${name},"ax",@progbits`;
  if (kind === 'tdata') return `\t.section ${name},"awT",@progbits`;
  if (kind === 'tbss') return `\t.section ${name},"awT",@nobits`;
  if (name.startsWith('.bss') || kind === 'bss') return `\t.section ${name},"aw",@nobits`;
  if (kind === 'rodata') return `\t.section ${name},"a"`;
  return `\t.section ${name},"aw"`;
}

/**
 * Hidden locals the body needs: a slot for each block that declares a VLA directly, and
 * one for each VLA declaration, to save %rsp in (see genBlock), and a result slot for each complex, 128-bit or vector operation
 * whose value is not a plain int. One walk finds them all (walking is a visible share of
 * a compile); the slots are then made VLA ones first, in the order the nodes were met.
 */
function reserveSlots(g: Gen, fn: Obj): void {
  const vlaBlocks: Node[] = [];
  const vlaDecls: Node[] = [];
  const complexOps: Node[] = [];
  const int128Ops: Node[] = [];
  const float128Ops: Node[] = [];
  const vectorOps: Node[] = [];
  // Plain C makes none of these nodes, and then the body need not be walked at all.
  if (fn.mayHaveSlotNodes) {
    walkNodes(fn.body!, (n) => {
      if (n.kind === 'block') {
        if (n.body!.some((s) => s.kind === 'exprStmt' && s.lhs!.kind === 'vlaAlloc') && !callsAlloca(n)) vlaBlocks.push(n);
      } else if (n.kind === 'vlaAlloc') {
        vlaDecls.push(n);
      } else if ((n.kind === 'complex' || n.kind === 'int128') && isAggregate(n.ty!)) {
        (n.kind === 'complex' ? complexOps : int128Ops).push(n);
      } else if (n.kind === 'float128' && isAggregate(n.ty!)) {
        float128Ops.push(n);
      } else if (n.kind === 'vector' && isAggregate(n.ty!)) {
        vectorOps.push(n);
      }
    });
  }
  g.vlaBlockSlots = slotsFor(fn, vlaBlocks, () => tyULong);
  g.vlaDeclSlots = slotsFor(fn, vlaDecls, () => tyULong);
  g.liveVlas = [];
  g.labelVlas = new Map();
  g.complexSlots = slotsFor(fn, complexOps, (n) => n.ty!);
  g.int128Slots = slotsFor(fn, int128Ops, (n) => n.ty!);
  g.float128Slots = slotsFor(fn, float128Ops, (n) => n.ty!);
  g.vectorSlots = slotsFor(fn, vectorOps, (n) => n.ty!);
}

/** A new local of type `typeOf(n)` for each node (a node met twice gets one). */
function slotsFor(fn: Obj, nodes: Node[], typeOf: (n: Node) => Type): Map<Node, Obj> {
  const slots = new Map<Node, Obj>();
  for (const n of nodes) {
    if (slots.has(n)) continue;
    const slot = newObj('', typeOf(n), undefined, true);
    fn.locals.push(slot);
    slots.set(n, slot);
  }
  return slots;
}

/**
 * Whether a block calls alloca: then, as with gcc, leaving it does not give its VLAs'
 * stack back, since that would free the alloca'd memory too, which must live until the
 * function returns (gcc's "keep_stack"; gcc.dg vla-24.c).
 */
function callsAlloca(block: Node): boolean {
  let found = false;
  walkNodes(block, (n) => {
    if (n.kind === 'builtin' && n.label!.startsWith('__builtin_alloca')) found = true;
  });
  return found;
}

function walkNodes(n: Node, visit: (n: Node) => void): void {
  visit(n);
  forEachChild(n, walkNodes, visit);
}

/** Lays out the frame: every local gets an aligned slot below %rbp. */
function layoutFrame(g: Gen, fn: Obj): number {
  let offset = 0;
  for (const v of fn.locals) {
    // The ABI wants arrays of 16 bytes or more 16-aligned, on the stack as in data (dataAlign).
    const align = v.ty.kind === 'array' && v.ty.size >= 16 ? Math.max(v.align, 16) : Math.max(v.align, 1);
    offset = alignTo(offset + v.ty.size, align);
    v.offset = -offset;
  }
  const ret = fn.ty.returnType!;
  if (returnsInMemory(ret)) {
    offset = alignTo(offset + 8, 8);
    g.retPtrOffset = -offset;
  }
  // Locals are reached as disp32(%rbp); gcc builds bigger offsets in registers, we do not.
  if (offset > MAX_FRAME_BYTES && fn.tok) errorAt(fn.tok, `unsupported: the local variables of '${fn.name}' need more than 2 GiB of stack`);
  return offset;
}

/**
 * The alignment the frame needs when a local asks for more than 16 bytes (`_Alignas(64)`,
 * `aligned(32)`): %rbp, which locals are placed from, is then aligned to it at run time
 * (0: the ABI's 16 bytes will do).
 */
function frameRealignment(fn: Obj): number {
  const align = fn.locals.reduce((a, v) => Math.max(a, v.align), 16);
  return align > 16 ? align : 0;
}

/**
 * A prologue that makes %rbp a multiple of `align` while keeping the frame chain: below an
 * aligned point it pushes the entry %rsp (for the epilogue and the caller's stack
 * arguments), a copy of the return address (for backtraces and __builtin_return_address),
 * and the caller's %rbp, whose slot is then %rbp: 16(%rbp) entry %rsp, 8(%rbp) return
 * address, 0(%rbp) saved %rbp, as in any frame. %r11 is free at a function's entry.
 */
function realignedPrologue(align: number): string[] {
  return ['\tmov %rsp, %r11', `\tand $-${align}, %rsp`, `\tsub $${align - 24}, %rsp`, '\tpush %r11', '\tpush (%r11)', '\tpush %rbp', '\tmov %rsp, %rbp'];
}

/** Leaves room below 2 GiB for the saved registers and the 16-byte alignment added later. */
const MAX_FRAME_BYTES = 0x7fff0000;

/**
 * A function's code, without the lines that later declarations may still change (its
 * section, linkage and visibility, a constructor attribute): those are written when it is
 * placed (emitFunction). It may be generated as soon as the body is parsed (EarlyCode), so
 * it records the numbers it was given: the `.L` labels [firstLabel, endLabel) and the
 * function's index (its `.L.return.N`).
 */
export interface FunctionCode {
  entry: string[]; // from the first .loc to the callee-saved registers' stores
  params: string[];
  body: string[];
  exit: string[]; // from `.L.return.N:` to `.size`, then the function's read-only data
  firstLabel: number;
  endLabel: number;
  fnIndex: number;
  execStack: boolean; // it writes a trampoline on the stack
  debugScopes?: FunctionScopes; // under -g: its variables by scope, the scopes' code labelled
}

/**
 * Appends the function's code as chunks: the line arrays as generated, after its header.
 * (Empty arrays are left out: joined with '\n' they would add empty lines.)
 */
function emitFunction(g: Gen, fn: Obj, code: FunctionCode, chunks: AsmChunk[]): void {
  const head = [sectionDirective(fn.section ?? '.text', 'code')];
  symbolHeader(head, fn, 'function');
  head.push(`${fn.name}:`);
  for (const l of code.entry) head.push(l);
  chunks.push(head);
  if (code.params.length > 0) chunks.push(code.params);
  if (code.body.length > 0) chunks.push(code.body);
  chunks.push(code.exit);
  // The C library's start-up code calls every function listed in .init_array (and at exit .fini_array).
  if (fn.startupArray) chunks.push([`\t.section ${fn.startupArray},"aw"`, '\t.align 8', `\t.quad ${fn.name}`]);
  if (code.execStack) g.execStack = true;
}

/** Generates the function's code with g's next numbers (see FunctionCode). */
export function generateFunctionCode(g: Gen, fn: Obj): FunctionCode {
  // Its warnings are the function's, as gcc reports them ("In function 'f':").
  const outside = reportInFunction(fn.tok?.image);
  try {
    return functionCode(g, fn);
  } finally {
    reportInFunction(outside);
  }
}

function functionCode(g: Gen, fn: Obj): FunctionCode {
  if (fn.isNaked) return nakedFunctionCode(g, fn);
  const firstLabel = g.labelSeq;
  g.fn = fn;
  g.fnIndex++;
  g.depth = 0;
  g.calleeSavedUsed = new Set();
  g.deferred = [];
  g.lastLoc = '';
  const interrupt = fn.isInterrupt === true;
  if (interrupt) checkNoFloatingPoint(fn);
  const execStack = prepareNesting(fn, g.opts.kernel);
  reserveSlots(g, fn);
  let frame = layoutFrame(g, fn);
  const instrumented = isInstrumented(g, fn);
  const returnSave = instrumented ? -(frame = alignTo(frame + RETURN_SAVE_BYTES, 16)) : 0;
  g.out = [];
  genNestingPrologue(g, fn);
  g.realignedTo = interrupt ? 0 : frameRealignment(fn);
  if (interrupt) assignInterruptParams(g, fn);
  else assignParams(g, fn);
  if (instrumented) g.emit(...enterHook(fn));
  const params = g.out;
  g.out = [];
  const debugScopes = debugScopesOf(g, fn);
  g.debugScopes = debugScopes?.byNode;
  genStmt(g, fn.body!);
  g.debugScopes = undefined;
  const body = g.out;
  if (g.depth !== 0) throw new Error(`internal: unbalanced stack in ${fn.name}`);
  const saved = interrupt ? [...g.calleeSavedUsed, ...CALLER_SAVED] : [...g.calleeSavedUsed];
  const saveOffsets = saved.map(() => (frame = alignTo(frame + 8, 8)));
  const stack = alignTo(frame, 16);

  const entry: string[] = [];
  if (g.opts.debug && fn.tok) {
    g.out = entry;
    g.loc(fn.tok);
  }
  entry.push(...(g.realignedTo > 0 ? realignedPrologue(g.realignedTo) : ['\tpush %rbp', '\tmov %rsp, %rbp']));
  if (stack > 0) entry.push(`\tsub $${stack}, %rsp`);
  if (interrupt) entry.push(...entryAlignment(fn));
  saved.forEach((r, i) => entry.push(`\tmov %${r}, -${saveOffsets[i]}(%rbp)`));
  // The interrupted code may have set the direction flag; iretq restores it.
  if (interrupt) entry.push('\tcld');
  const exit: string[] = [];
  // C99: reaching the end of main returns 0 -- only for an int main (5.1.2.2.3). A void
  // main leaves %eax as it is, the exit status gcc's programs get (often the last call's value).
  if (fn.name === 'main' && mainReturnsInt(fn.ty)) exit.push('\txor %eax, %eax');
  exit.push(`.L.return.${g.fnIndex}:`);
  if (instrumented) exit.push(...exitHook(g, fn, returnSave));
  saved.forEach((r, i) => exit.push(`\tmov -${saveOffsets[i]}(%rbp), %${r}`));
  // A realigned frame returns from the entry %rsp it saved (realignedPrologue).
  exit.push(...(interrupt ? interruptReturn(fn) : g.realignedTo > 0 ? ['\tleave', '\tmov 8(%rsp), %rsp', '\tret'] : ['\tleave', '\tret']));
  if (g.opts.debug) exit.push(`${functionEndLabel(g.fnIndex)}:`);
  exit.push(`\t.size ${fn.name}, .-${fn.name}`);
  if (g.deferred.length > 0) exit.push('\t.section .rodata', ...g.deferred);
  g.fn = undefined;
  return { entry, params, body, exit, firstLabel, endLabel: g.labelSeq, fnIndex: g.fnIndex, execStack, debugScopes };
}

/**
 * `__attribute__((naked))`: the body's asm is the whole function, with no prologue or
 * epilogue (a context switch, an interrupt entry). gcc supports only basic asm there, since
 * without a frame there is nowhere for arguments and locals; our arguments and locals live
 * in the frame, so anything else is refused rather than compiled to code that would write
 * into the caller's frame. Falling off the end traps: `nop; ud2`, gcc -O0's bytes (its nop
 * holds the closing brace's line for a debugger).
 */
function nakedFunctionCode(g: Gen, fn: Obj): FunctionCode {
  const firstLabel = g.labelSeq;
  g.fn = fn;
  g.fnIndex++;
  g.depth = 0;
  g.lastLoc = '';
  for (const stmt of fn.body!.body!) {
    if (stmt.kind === 'asm' && stmt.asm!.outputs.length === 0 && stmt.asm!.inputs.length === 0 && stmt.asm!.labels.length === 0) continue;
    errorAt(stmt.tok, `a naked function may hold only asm statements without operands (tcc-lite keeps arguments and locals in the frame such a function does not have)`);
  }
  const entry: string[] = [];
  if (g.opts.debug && fn.tok) {
    g.out = entry;
    g.loc(fn.tok);
  }
  g.out = [];
  genStmt(g, fn.body!);
  const body = g.out;
  const exit = ['\tnop', '\tud2', ...(g.opts.debug ? [`${functionEndLabel(g.fnIndex)}:`] : []), `\t.size ${fn.name}, .-${fn.name}`];
  g.fn = undefined;
  const debugScopes = debugScopesOf(g, fn);
  return { entry, params: [], body, exit, firstLabel, endLabel: g.labelSeq, fnIndex: g.fnIndex, execStack: false, debugScopes };
}

function mainReturnsInt(ty: Type): boolean {
  const ret = ty.returnType;
  return ret !== undefined && ret.kind === 'int' && !ret.isUnsigned;
}

/**
 * A static object's alignment, as gcc 12 picks it on x86-64 (varasm.cc align_variable with
 * i386.cc's ix86_data_alignment under the default -malign-data=compat, and
 * ix86_constant_alignment for string literals). Only addresses depend on it, but programs
 * print them modulo a power of two and compare layouts with gcc's.
 */
function dataAlign(o: Obj): number {
  const natural = Math.max(o.align, o.ty.align);
  const size = o.ty.size;
  // A string literal of 31 bytes or more is word-aligned; shorter ones keep their own.
  if (o.isString) return size >= 31 ? Math.max(natural, 8) : natural;
  // An alignment the declaration itself asks for is taken as is, even a smaller one.
  if (o.isUserAligned) return natural;
  // The ABI: arrays of 16 bytes or more are 16-aligned.
  const abi = o.ty.kind === 'array' && size >= 16 ? Math.max(natural, 16) : natural;
  // (gcc's aggregates: arrays, structs and unions; not _Complex, __int128, _Float128 or
  // vectors, which we lay out as structs.)
  const aggregate = o.ty.kind === 'array' || (isAggregate(o.ty) && !isNumberLikeAggregate(o.ty) && o.ty.vectorElem === undefined);
  if (!aggregate || size <= 0) return abi;
  // gcc's "optimizing" choice for aggregates: 32 from 32 bytes on (what gcc 4.8 assumed),
  // the word from 8 bytes on, 16 from 16 bytes on.
  let opt = natural;
  if (size >= 32) opt = Math.max(opt, 32);
  if (size >= 8) opt = Math.max(opt, 8);
  if (size >= 16) opt = Math.max(opt, 16);
  // Thread-local space is too precious to pad beyond the word (gcc's words).
  return o.isThreadLocal && opt > 8 ? abi : opt;
}

/**
 * Where a read-only object that holds addresses goes. In .rodata they would be text
 * relocations of a PIE or a shared library (ld warns "relocation in read-only section" and
 * marks the file TEXTREL), so it goes where gcc -fPIE/-fPIC puts it: .data.rel.ro, which
 * the dynamic linker relocates and then makes read-only; `.local` when every address is of
 * something bound in this module. Kernel code keeps such data (file_operations tables...)
 * in .rodata, as gcc -mcmodel=kernel does.
 */
class RelroSections {
  private byName: Map<string, Obj> | undefined;

  constructor(private readonly globals: readonly Obj[], private readonly kernel: boolean) {}

  /** The section for read-only `o`, or undefined for .rodata. */
  sectionFor(o: Obj): string | undefined {
    if (this.kernel || o.relocs.length === 0) return undefined;
    this.byName ??= new Map(this.globals.map((g) => [g.name, g]));
    const local = o.relocs.every((r) => {
      const target = this.byName!.get(r.label);
      return target === undefined ? r.label.startsWith('.L') : bindsLocally(target);
    });
    return local ? '.data.rel.ro.local' : '.data.rel.ro';
  }
}

function emitData(o: Obj, lines: string[], relro: RelroSections): void {
  // A tentative definition's struct must be completed by the end of the file.
  if (isAggregate(o.ty) && !o.ty.isComplete && o.tok) errorAt(o.tok, `storage size of '${o.tok.image}' isn't known`);
  // The data can outgrow the type: a struct's initialized flexible array member.
  const size = Math.max(o.ty.size > 0 || o.ty.kind !== 'array' ? o.ty.size : o.ty.base!.size, o.initData?.length ?? 0);
  const data = o.initData && withZeroTail(o.initData, size);
  const allZero = !data || (o.relocs.length === 0 && data.every((b) => b === 0));
  const relroSection = o.isReadOnly && !o.isThreadLocal && data ? relro.sectionFor(o) : undefined;
  const kind = o.isThreadLocal ? (allZero && !o.section ? 'tbss' : 'tdata')
    : (o.isString || o.isReadOnly) && relroSection === undefined ? 'rodata' : allZero && !o.section ? 'bss' : 'data';
  const section = o.section ?? relroSection ?? (kind === 'rodata' ? '.rodata' : kind === 'bss' ? '.bss' : kind === 'data' ? '.data' : `.${kind}`);
  lines.push(sectionDirective(section, kind));
  if (!o.isString) symbolHeader(lines, o, 'object');
  const align = dataAlign(o);
  if (align > 1) lines.push(`\t.align ${align}`);
  if (!o.isString) lines.push(`\t.size ${o.name}, ${size}`);
  lines.push(`${o.name}:`);
  if (!data || allZero) {
    lines.push(`\t.zero ${size}`);
    return;
  }
  emitBytes(data, size, o.relocs, lines);
}

/**
 * The image and enough of the zeros after it (up to `size`) for emitBytes to see a zero
 * run starting where it would in the whole object; a run reaching the end goes on to `size`.
 */
function withZeroTail(data: Uint8Array, size: number): Uint8Array {
  if (data.length >= size) return data;
  const padded = new Uint8Array(Math.min(size, data.length + ZERO_RUN_BYTES));
  padded.set(data);
  return padded;
}

/** `data` and then zeros up to `size`, with the relocations' symbols in their places. */
function emitBytes(data: Uint8Array, size: number, relocs: Obj['relocs'], lines: string[]): void {
  const at = new Map<number, Obj['relocs'][number]>();
  for (const r of relocs) at.set(r.offset, r);
  let pending: number[] = [];
  const flush = (): void => {
    if (pending.length > 0) lines.push(`\t.byte ${pending.join(',')}`);
    pending = [];
  };
  let shortUntil = 0; // bytes before this are known to be in a stretch too short for strings
  for (let i = 0; i < data.length; ) {
    const r = at.get(i);
    if (r) {
      flush();
      const add = r.addend === 0n ? '' : r.addend > 0n ? `+${r.addend}` : `${r.addend}`;
      const minus = r.minus !== undefined ? ` - ${r.minus}` : '';
      lines.push(`\t${r.size === 4 ? '.long' : '.quad'} ${r.label}${minus}${add}`);
      i += r.size ?? 8;
      continue;
    }
    // A long stretch of plain bytes (a table, a blob) is written as strings (data-emit.ts).
    if (i >= shortUntil) {
      const end = plainStretchEnd(data, i, at);
      if (end - i >= ASCII_MIN_BYTES) {
        flush();
        emitAscii(data, i, end, lines);
        i = end;
        continue;
      }
      shortUntil = end;
    }
    // Long runs of zeros (common in tables) become .zero.
    let z = i;
    while (z < data.length && data[z] === 0 && !at.has(z)) z++;
    if (z === data.length) z = size;
    if (z - i >= ZERO_RUN_BYTES) {
      flush();
      lines.push(`\t.zero ${z - i}`);
      i = z;
      continue;
    }
    pending.push(data[i]);
    if (pending.length === 16) flush();
    i++;
  }
  flush();
}
