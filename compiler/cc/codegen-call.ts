/**
 * The System V calling convention: calls (argument registers, stack arguments, %al for
 * variadic callees, struct arguments and results by eightbyte class), receiving
 * parameters in the prologue, returning values, and the va_* builtins.
 */
import type { Node, Obj } from './ast.js';
import { argRegs64, classify, countClasses, returnsInMemory, x87ReturnRegisters, type EightbyteClass } from './abi.js';
import { integerConstant } from './codegen-address.js';
import { lateArguments, loadLateArguments } from './codegen-args.js';
import { copyBytes, genExpr } from './codegen-expr.js';
import type { Gen } from './codegen-state.js';
import { explicitStaticChain, genStaticChain } from './nested.js';
import { hasSideEffects } from './side-effects.js';
import { alignTo, isAggregate, isFlonum, isInteger, type Type } from './types.js';
import { saveApplyArgs } from './untyped-call.js';

interface ArgPlan {
  node: Node;
  classes: EightbyteClass[];
  onStack: boolean;
  slot: number; // stack arguments: the byte offset of the slot in the argument area
  low32: boolean; // an int whose upper register half is cleared (zeroExtendsArg)
}

/**
 * Whether argument `i` of a call through `fty` is an int passed where no prototype says
 * so (the variadic part, or an unprototyped callee) and so travels with the upper half of
 * its register zero, as gcc's 32-bit loads and operations leave it: a callee that reads it
 * as a long (printf("%lx", i), va_arg(ap, long)) sees what it sees with gcc and clang.
 */
function zeroExtendsArg(fty: Type, i: number, ty: Type): boolean {
  const loose = !fty.hasPrototype || (fty.isVariadic && i >= fty.params.length);
  return loose && isInteger(ty) && ty.size === 4;
}

function planArgs(args: Node[], firstGp: number, fty: Type): { plans: ArgPlan[]; stackWords: number } {
  let gp = firstGp;
  let fp = 0;
  let stackBytes = 0;
  const plans = args.map((node, i): ArgPlan => {
    const ty = node.ty!;
    const classes = classify(ty);
    const { gp: ng, fp: nf } = countClasses(classes);
    const inRegs = classes[0] !== 'MEMORY' && gp + ng <= 6 && fp + nf <= 8;
    const low32 = zeroExtendsArg(fty, i, ty);
    if (inRegs) {
      gp += ng;
      fp += nf;
      return { node, classes, onStack: false, slot: 0, low32 };
    }
    // Slots are 8 bytes, or aligned as their type when that is more (long double, vectors), as gcc does.
    const slot = ty.align > 8 ? alignTo(stackBytes, ty.align) : stackBytes;
    stackBytes = slot + alignTo(Math.max(ty.size, 8), 8);
    return { node, classes, onStack: true, slot, low32 };
  });
  return { plans, stackWords: stackBytes / 8 };
}

/** The alignment beyond 16 a stack argument needs (a 32-byte vector, an aligned(32) struct); 0 if none. */
function overAlignment(plans: ArgPlan[]): number {
  return plans.reduce((a, p) => (p.onStack && p.node.ty!.align > 16 ? Math.max(a, p.node.ty!.align) : a), 0);
}

/**
 * Moves %rsp down so that the stack arguments (`words` of them, pushed next) start at an
 * `align`-aligned address, as gcc's callers do (va_arg finds such arguments by aligning the
 * address itself). The old %rsp is pushed just above them; `pop %rsp` after the call's
 * cleanup restores it. The depth count keeps only its parity meaningful meanwhile.
 */
function realignStack(g: Gen, align: number, words: number): void {
  g.emit('\tmov %rsp, %r11', `\tlea -${words * 8 + 8}(%rsp), %rsp`, `\tand $-${align}, %rsp`,
    `\tlea ${words * 8 + 8}(%rsp), %rsp`, '\tpush %r11');
  // %rsp is now `words` eightbytes above an aligned address: the depth must have their parity.
  if ((g.depth - words) % 2 !== 0) g.depth++;
}

/** Evaluates a stack argument into its slot, `areaDepth` being g.depth with %rsp at the area. */
function storeArg(g: Gen, p: ArgPlan, areaDepth: number): void {
  genExpr(g, p.node);
  // gcc pushes a constant stack argument with `pushq $imm`, sign-extended: so do we.
  if (p.low32 && integerConstant(p.node) === undefined) g.emit('\tmov %eax, %eax');
  const ty = p.node.ty!;
  const at = (g.depth - areaDepth) * 8 + p.slot;
  if (isAggregate(ty)) {
    g.emit(`\tlea ${at}(%rsp), %rdi`);
    copyBytes(g, '%rax', '%rdi', ty.size);
  } else if (ty.kind === 'ldouble') {
    g.emit(`\tfstpt ${at}(%rsp)`);
  } else if (isFlonum(ty)) {
    g.emit(`\t${ty.kind === 'float' ? 'movss' : 'movsd'} %xmm0, ${at}(%rsp)`);
  } else {
    g.emit(`\tmov %rax, ${at}(%rsp)`);
  }
}

/** Evaluates a register argument and pushes it: scalars as one word, aggregates as their bytes. */
function pushArg(g: Gen, p: ArgPlan): void {
  genExpr(g, p.node);
  if (p.low32) g.emit('\tmov %eax, %eax');
  const ty = p.node.ty!;
  if (isAggregate(ty)) {
    const words = Math.ceil(ty.size / 8);
    g.emit(`\tsub $${words * 8}, %rsp`);
    g.depth += words;
    copyBytes(g, '%rax', '%rsp', ty.size);
  } else if (isFlonum(ty)) {
    if (ty.kind === 'float') g.emit('\tsub $8, %rsp', '\tmovss %xmm0, (%rsp)'), g.depth++;
    else g.pushf();
  } else {
    g.push();
  }
}

export function genCall(g: Gen, n: Node): void {
  const fty = n.funcType!;
  const retClasses = isAggregate(n.ty!) ? classify(n.ty!) : [];
  const retInMemory = returnsInMemory(n.ty!);
  const { plans, stackWords } = planArgs(n.args!, retInMemory ? 1 : 0, fty);
  const callee = n.lhs!;
  const direct = callee.kind === 'var' && callee.obj!.isFunction;
  // __builtin_call_with_static_chain: the chain goes in %r10, so the target in %r11.
  const chain = explicitStaticChain(n);
  const realign = overAlignment(plans);
  // gcc computes the called function before the arguments; `pick()(x)` shows the order.
  const calleeSlot = !direct && !chain && realign === 0 && hasSideEffects(callee) ? pushCallee(g, callee) : -1;
  // Keep %rsp 16-byte aligned at the call: pad if the pushes so far and the stack arguments are odd.
  const savedDepth = g.depth;
  if (realign > 0) realignStack(g, realign, stackWords);
  const pad = realign === 0 && (g.depth + stackWords) % 2 === 1;
  const area = stackWords + (pad ? 1 : 0); // the padding word sits above the arguments
  if (area > 0) {
    g.emit(`\tsub $${area * 8}, %rsp`);
    g.depth += area;
  }
  // Strictly right to left, as gcc evaluates them: stack arguments go straight to their
  // slots, register arguments are pushed and popped into their registers below.
  const areaDepth = g.depth;
  const late = lateArguments(n.args!, (i) => !chain && !plans[i].onStack && plans[i].classes.length === 1 && plans[i].classes[0] === 'INTEGER');
  for (let i = plans.length - 1; i >= 0; i--) {
    if (plans[i].onStack) storeArg(g, plans[i], areaDepth);
    else if (!late[i]) pushArg(g, plans[i]);
  }
  if (retInMemory) {
    g.emit(`\tlea ${n.retBuffer!.offset}(%rbp), %rax`);
    g.push();
  }
  if (chain) {
    genExpr(g, chain);
    g.push();
  }
  const target = chain ? '%r11' : '%r10';
  if (calleeSlot >= 0) {
    g.emit(`\tmov ${(g.depth - calleeSlot) * 8}(%rsp), ${target}`);
  } else if (!direct) {
    genExpr(g, callee);
    g.emit(`\tmov %rax, ${target}`);
  }
  if (chain) g.pop('%r10');
  let gp = 0;
  let fp = 0;
  if (retInMemory) g.pop(argRegs64[gp++]);
  const lateLoads: [Node, string, boolean][] = [];
  plans.forEach((p, k) => {
    if (p.onStack) return;
    if (late[k]) {
      lateLoads.push([p.node, argRegs64[gp++], p.low32]);
      return;
    }
    p.classes.forEach((c, i) => {
      if (c === 'SSEUP') return;
      if (c === 'NONE') {
        g.emit('\tadd $8, %rsp'); // padding: no register gets it
        g.depth--;
      } else if (c === 'INTEGER') g.pop(argRegs64[gp++]);
      else if (p.classes[i + 1] !== 'SSEUP') g.popf(fp++);
      else {
        g.emit(`\tmovups (%rsp), %xmm${fp++}`, '\tadd $16, %rsp');
        g.depth -= 2;
      }
    });
  });
  loadLateArguments(g, lateLoads);
  if (fty.isVariadic || !fty.hasPrototype) g.emit(fp === 0 ? '\txor %eax, %eax' : `\tmov $${fp}, %eax`);
  if (direct && callee.obj!.nesting && !chain) genStaticChain(g, callee.obj!);
  g.emit(direct ? `\tcall ${callee.obj!.name}` : `\tcall *${target}`);
  const cleanup = stackWords + (pad ? 1 : 0);
  if (cleanup > 0) {
    g.emit(`\tadd $${cleanup * 8}, %rsp`);
    g.depth -= cleanup;
  }
  if (realign > 0) {
    g.emit('\tpop %rsp');
    g.depth = savedDepth;
  }
  if (calleeSlot >= 0) {
    g.emit('\tadd $8, %rsp');
    g.depth--;
  }
  receiveResult(g, n, retClasses, retInMemory);
}

/** Evaluates the called expression first and keeps it on the stack; returns its depth there. */
function pushCallee(g: Gen, callee: Node): number {
  genExpr(g, callee);
  g.push();
  return g.depth;
}

function receiveResult(g: Gen, n: Node, classes: EightbyteClass[], inMemory: boolean): void {
  const ty = n.ty!;
  if (inMemory) return; // the callee returned the buffer's address in %rax
  const x87 = x87ReturnRegisters(ty);
  if (x87 > 0) {
    const base = n.retBuffer!.offset;
    g.emit(`\tfstpt ${base}(%rbp)`);
    if (x87 === 2) g.emit(`\tfstpt ${base + 16}(%rbp)`);
    g.emit(`\tlea ${base}(%rbp), %rax`);
    return;
  }
  if (isAggregate(ty)) {
    const base = n.retBuffer!.offset;
    let gp = 0;
    let fp = 0;
    classes.forEach((c, i) => {
      const size = sseSize(classes, i, ty.size);
      if (c === 'SSE') storeSse(g, fp++, `${base + i * 8}(%rbp)`, size);
      else if (c === 'INTEGER') storeGp(g, gp++ === 0 ? '%rax' : '%rdx', base + i * 8, size);
    });
    g.emit(`\tlea ${base}(%rbp), %rax`);
    return;
  }
  // gcc's callees leave bits above a char/short/bool undefined; extend them ourselves.
  if (ty.kind === 'void') return;
  if (ty.kind === 'bool') g.emit('\tmovzbl %al, %eax');
  else if (ty.size === 1 && !isFlonum(ty)) g.emit(ty.isUnsigned ? '\tmovzbl %al, %eax' : '\tmovsbl %al, %eax');
  else if (ty.size === 2) g.emit(ty.isUnsigned ? '\tmovzwl %ax, %eax' : '\tmovswl %ax, %eax');
}

/** The bytes eightbyte i holds: 16 for an SSE eightbyte whose SSEUP half shares its register. */
function sseSize(classes: EightbyteClass[], i: number, size: number): number {
  return classes[i] === 'SSE' && classes[i + 1] === 'SSEUP' ? 16 : Math.min(8, size - i * 8);
}

function storeSse(g: Gen, xmm: number, addr: string, size: number): void {
  if (size === 16) g.emit(`\tmovups %xmm${xmm}, ${addr}`);
  else g.emit(size <= 4 ? `\tmovss %xmm${xmm}, ${addr}` : `\tmovsd %xmm${xmm}, ${addr}`);
}

/** Stores the low `size` bytes of a 64-bit register at offset(%rbp), without overrunning. */
function storeGp(g: Gen, reg: string, offset: number, size: number): void {
  const sized = subRegister(reg, size);
  if (sized) {
    g.emit(`\tmov ${sized}, ${offset}(%rbp)`);
    return;
  }
  // Odd sizes (3, 5, 6, 7 bytes of a struct): byte by byte through %r11, the ABI's scratch register.
  g.emit(`\tmov ${reg}, %r11`);
  for (let i = 0; i < size; i++) {
    g.emit(`\tmov %r11b, ${offset + i}(%rbp)`);
    if (i + 1 < size) g.emit('\tshr $8, %r11');
  }
}

const subRegs: Record<string, [string, string, string]> = {
  '%rax': ['%al', '%ax', '%eax'], '%rdx': ['%dl', '%dx', '%edx'], '%rdi': ['%dil', '%di', '%edi'],
  '%rsi': ['%sil', '%si', '%esi'], '%rcx': ['%cl', '%cx', '%ecx'], '%r8': ['%r8b', '%r8w', '%r8d'],
  '%r9': ['%r9b', '%r9w', '%r9d'],
};

function subRegister(reg: string, size: number): string | undefined {
  if (size === 8) return reg;
  const names = subRegs[reg];
  if (size === 1) return names[0];
  if (size === 2) return names[1];
  if (size === 4) return names[2];
  return undefined;
}

/** Loads `size` bytes at offset(%rsi) into a register without reading past them when possible. */
function loadGp(g: Gen, reg: string, offset: number, size: number): void {
  const r32 = reg === '%rax' ? '%eax' : '%edx';
  if (size === 4) g.emit(`\tmovl ${offset}(%rsi), ${r32}`);
  else if (size === 2) g.emit(`\tmovzwl ${offset}(%rsi), ${r32}`);
  else if (size === 1) g.emit(`\tmovzbl ${offset}(%rsi), ${r32}`);
  else g.emit(`\tmov ${offset}(%rsi), ${reg}`);
}

// ---- receiving parameters (prologue) ----

/**
 * Gives each parameter its home: register arguments are stored to their stack slots,
 * memory arguments stay where the caller put them (16(%rbp) upwards), unless the frame is
 * realigned: they are then copied to their own slots, %rbp being no fixed distance away.
 */
export function assignParams(g: Gen, fn: Obj): void {
  saveApplyArgs(g, fn);
  const ret = fn.ty.returnType!;
  let gp = returnsInMemory(ret) ? 1 : 0;
  let fp = 0;
  let stack = 16;
  const copied: { param: Obj; from: number }[] = [];
  if (gp === 1) g.emit(`\tmov %rdi, ${g.retPtrOffset}(%rbp)`);
  for (const p of fn.params) {
    const ty = p.ty;
    const classes = classify(ty);
    const { gp: ng, fp: nf } = countClasses(classes);
    if (classes[0] !== 'MEMORY' && gp + ng <= 6 && fp + nf <= 8) {
      classes.forEach((c, i) => {
        const size = sseSize(classes, i, ty.size);
        const off = p.offset + i * 8;
        if (c === 'SSE') storeSse(g, fp++, `${off}(%rbp)`, size);
        else if (c === 'INTEGER') storeGp(g, argRegs64[gp++], off, size);
      });
    } else {
      if (ty.align > 8) stack = 16 + alignTo(stack - 16, ty.align);
      // (The entry %rsp points at the return address: the arguments start 8 bytes above.)
      if (g.realignedTo > 0) copied.push({ param: p, from: stack - 8 });
      else p.offset = stack;
      stack += alignTo(Math.max(ty.size, 8), 8);
    }
  }
  g.namedGp = gp;
  g.namedFp = fp;
  g.namedStackBytes = stack - 16;
  if (fn.vaArea) saveRegisterArea(g, fn.vaArea);
  // After every argument register is stored: the copies use %rsi, %rdi and %rcx.
  if (copied.length > 0) g.emit('\tmov 16(%rbp), %r11');
  for (const { param, from } of copied) {
    g.emit(`\tlea ${from}(%r11), %rsi`, `\tlea ${param.offset}(%rbp), %rdi`, `\tmov $${param.ty.size}, %ecx`, '\trep movsb');
  }
}

/** The 176-byte register save area va_arg reads from: rdi..r9, then xmm0..7 (not where floating point is refused). */
function saveRegisterArea(g: Gen, area: Obj): void {
  const base = area.offset;
  argRegs64.forEach((r, i) => g.emit(`\tmov ${r}, ${base + i * 8}(%rbp)`));
  if (g.opts.noFloat !== undefined) return;
  const skip = g.newLabel();
  g.emit('\ttest %al, %al', `\tje ${skip}`);
  // All 16 bytes of each: a vector argument fills its register.
  for (let i = 0; i < 8; i++) g.emit(`\tmovups %xmm${i}, ${base + 48 + i * 16}(%rbp)`);
  g.label(skip);
}

// ---- returning ----

/** Moves the value of a `return` expression (already in %rax/%xmm0) where the ABI wants it. */
export function genReturnValue(g: Gen, ty: Type): void {
  if (!isAggregate(ty)) return;
  const x87 = x87ReturnRegisters(ty);
  if (x87 > 0) {
    if (x87 === 2) g.emit('\tfldt 16(%rax)');
    g.emit('\tfldt (%rax)');
    return;
  }
  const classes = classify(ty);
  if (classes[0] === 'MEMORY') {
    g.emit(`\tmov ${g.retPtrOffset}(%rbp), %rdi`);
    copyBytes(g, '%rax', '%rdi', ty.size);
    g.emit('\tmov %rdi, %rax');
    return;
  }
  g.emit('\tmov %rax, %rsi');
  let fp = 0;
  // Load SSE parts and %rdx first: %rax is needed as the source until its own load.
  const intParts: { i: number; size: number }[] = [];
  classes.forEach((c, i) => {
    const size = sseSize(classes, i, ty.size);
    const load = size === 16 ? 'movups' : size <= 4 ? 'movss' : 'movsd';
    if (c === 'SSE') g.emit(`\t${load} ${i * 8}(%rsi), %xmm${fp++}`);
    else if (c === 'INTEGER') intParts.push({ i, size });
  });
  intParts.forEach((p, k) => loadGp(g, k === 0 ? '%rax' : '%rdx', p.i * 8, p.size));
}

// ---- va_start / va_arg ----

export function genVaStart(g: Gen, n: Node): void {
  const area = g.fn!.vaArea!;
  genExpr(g, n.lhs!);
  g.emit(`\tmovl $${g.namedGp * 8}, (%rax)`);
  g.emit(`\tmovl $${48 + g.namedFp * 16}, 4(%rax)`);
  // (The caller's arguments start 8 bytes above its %rsp at the call, the return address.)
  if (g.realignedTo > 0) g.emit('\tmov 16(%rbp), %rdx', `\tlea ${8 + g.namedStackBytes}(%rdx), %rdx`, '\tmov %rdx, 8(%rax)');
  else g.emit(`\tlea ${16 + g.namedStackBytes}(%rbp), %rdx`, '\tmov %rdx, 8(%rax)');
  g.emit(`\tlea ${area.offset}(%rbp), %rdx`, '\tmov %rdx, 16(%rax)');
}

/** Leaves in %rax the address of the next variadic argument of type *n.ty. */
export function genVaArg(g: Gen, n: Node): void {
  const ty = n.ty!.base!;
  if (isFlonum(ty)) g.noFloatingPoint(n.tok);
  genExpr(g, n.lhs!);
  g.emit('\tmov %rax, %rcx');
  const classes = classify(ty);
  const overflow = g.newLabel();
  const end = g.newLabel();
  if (classes[0] !== 'MEMORY') {
    const { gp: ng, fp: nf } = countClasses(classes);
    if (ng > 0) g.emit(`\tcmpl $${48 - ng * 8}, (%rcx)`, `\tja ${overflow}`);
    if (nf > 0) g.emit(`\tcmpl $${176 - nf * 16}, 4(%rcx)`, `\tja ${overflow}`);
    // A 16-byte vector (SSE + SSEUP) fills one save-area slot.
    const contiguous = !classes.includes('NONE') && (classes.length === 1 || nf === 0 || classes[1] === 'SSEUP');
    if (contiguous) {
      const field = nf > 0 ? '4(%rcx)' : '(%rcx)';
      g.emit(`\tmovl ${field}, %eax`, '\tadd 16(%rcx), %rax', `\taddl $${nf > 0 ? 16 : 8 * ng}, ${field}`);
    } else {
      // Reassemble the eightbytes from the two halves of the save area in a temporary.
      const tmp = n.retBuffer!.offset;
      classes.forEach((c, i) => {
        if (c === 'NONE') return;
        const field = c === 'SSE' ? '4(%rcx)' : '(%rcx)';
        g.emit(`\tmovl ${field}, %eax`, '\tadd 16(%rcx), %rax', '\tmov (%rax), %rdx', `\tmov %rdx, ${tmp + i * 8}(%rbp)`);
        g.emit(`\taddl $${c === 'SSE' ? 16 : 8}, ${field}`);
      });
      g.emit(`\tlea ${tmp}(%rbp), %rax`);
    }
    g.emit(`\tjmp ${end}`);
  }
  g.label(overflow);
  g.emit('\tmov 8(%rcx), %rax');
  if (ty.align > 8) g.emit(`\tadd $${ty.align - 1}, %rax`, `\tand $-${ty.align}, %rax`);
  g.emit(`\tlea ${alignTo(Math.max(ty.size, 8), 8)}(%rax), %rdx`, '\tmov %rdx, 8(%rcx)');
  g.label(end);
}
