/**
 * The System V calling convention: calls (argument registers, stack arguments, %al for
 * variadic callees, struct arguments and results by eightbyte class), receiving
 * parameters in the prologue, returning values, and the va_* builtins.
 */
import type { Node, Obj } from './ast.js';
import { argRegs64, classify, countClasses, type EightbyteClass } from './abi.js';
import { copyBytes, genExpr } from './codegen-expr.js';
import type { Gen } from './codegen-state.js';
import { alignTo, isAggregate, isFlonum, type Type } from './types.js';

interface ArgPlan {
  node: Node;
  classes: EightbyteClass[];
  onStack: boolean;
  gapBelow: number; // stack arguments: padding bytes between this slot and the previous one
}

function planArgs(args: Node[], firstGp: number): { plans: ArgPlan[]; stackWords: number } {
  let gp = firstGp;
  let fp = 0;
  let stackBytes = 0;
  const plans = args.map((node): ArgPlan => {
    const ty = node.ty!;
    const classes = classify(ty);
    const { gp: ng, fp: nf } = countClasses(classes);
    const inRegs = classes[0] !== 'MEMORY' && gp + ng <= 6 && fp + nf <= 8;
    if (inRegs) {
      gp += ng;
      fp += nf;
      return { node, classes, onStack: false, gapBelow: 0 };
    }
    // Slots are 8 bytes, or 16-aligned for 16-aligned types (long double).
    const start = ty.align > 8 ? alignTo(stackBytes, 16) : stackBytes;
    const gapBelow = start - stackBytes;
    stackBytes = start + alignTo(Math.max(ty.size, 8), 8);
    return { node, classes, onStack: true, gapBelow };
  });
  return { plans, stackWords: stackBytes / 8 };
}

/** Evaluates an argument and pushes it: scalars as one word, aggregates as their bytes. */
function pushArg(g: Gen, p: ArgPlan): void {
  genExpr(g, p.node);
  const ty = p.node.ty!;
  if (isAggregate(ty)) {
    const words = Math.ceil(ty.size / 8);
    g.emit(`\tsub $${words * 8}, %rsp`);
    g.depth += words;
    copyBytes(g, '%rax', '%rsp', ty.size);
  } else if (ty.kind === 'ldouble') {
    g.pushld();
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
  const retInMemory = retClasses[0] === 'MEMORY';
  const { plans, stackWords } = planArgs(n.args!, retInMemory ? 1 : 0);
  // Keep %rsp 16-byte aligned at the call: pad if the pushes so far and the stack arguments are odd.
  const pad = (g.depth + stackWords) % 2 === 1;
  if (pad) {
    g.emit('\tsub $8, %rsp');
    g.depth++;
  }
  for (let i = plans.length - 1; i >= 0; i--) {
    if (!plans[i].onStack) continue;
    pushArg(g, plans[i]);
    if (plans[i].gapBelow > 0) {
      g.emit(`\tsub $${plans[i].gapBelow}, %rsp`);
      g.depth += plans[i].gapBelow / 8;
    }
  }
  for (let i = plans.length - 1; i >= 0; i--) if (!plans[i].onStack) pushArg(g, plans[i]);
  if (retInMemory) {
    g.emit(`\tlea ${n.retBuffer!.offset}(%rbp), %rax`);
    g.push();
  }
  const callee = n.lhs!;
  const direct = callee.kind === 'var' && callee.obj!.isFunction;
  if (!direct) {
    genExpr(g, callee);
    g.emit('\tmov %rax, %r10');
  }
  let gp = 0;
  let fp = 0;
  if (retInMemory) g.pop(argRegs64[gp++]);
  for (const p of plans) {
    if (p.onStack) continue;
    for (const c of p.classes) {
      if (c === 'SSE') g.popf(fp++);
      else g.pop(argRegs64[gp++]);
    }
  }
  if (fty.isVariadic || !fty.hasPrototype) g.emit(fp === 0 ? '\txor %eax, %eax' : `\tmov $${fp}, %eax`);
  g.emit(direct ? `\tcall ${callee.obj!.name}` : '\tcall *%r10');
  const cleanup = stackWords + (pad ? 1 : 0);
  if (cleanup > 0) {
    g.emit(`\tadd $${cleanup * 8}, %rsp`);
    g.depth -= cleanup;
  }
  receiveResult(g, n, retClasses, retInMemory);
}

function receiveResult(g: Gen, n: Node, classes: EightbyteClass[], inMemory: boolean): void {
  const ty = n.ty!;
  if (inMemory) return; // the callee returned the buffer's address in %rax
  if (isAggregate(ty)) {
    const base = n.retBuffer!.offset;
    let gp = 0;
    let fp = 0;
    classes.forEach((c, i) => {
      const size = Math.min(8, ty.size - i * 8);
      if (c === 'SSE') storeSse(g, fp++, `${base + i * 8}(%rbp)`, size);
      else storeGp(g, gp++ === 0 ? '%rax' : '%rdx', base + i * 8, size);
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

function storeSse(g: Gen, xmm: number, addr: string, size: number): void {
  g.emit(size <= 4 ? `\tmovss %xmm${xmm}, ${addr}` : `\tmovsd %xmm${xmm}, ${addr}`);
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
 * memory arguments stay where the caller put them (16(%rbp) upwards).
 */
export function assignParams(g: Gen, fn: Obj): void {
  const ret = fn.ty.returnType!;
  let gp = isAggregate(ret) && classify(ret)[0] === 'MEMORY' ? 1 : 0;
  let fp = 0;
  let stack = 16;
  if (gp === 1) g.emit(`\tmov %rdi, ${g.retPtrOffset}(%rbp)`);
  for (const p of fn.params) {
    const ty = p.ty;
    const classes = classify(ty);
    const { gp: ng, fp: nf } = countClasses(classes);
    if (classes[0] !== 'MEMORY' && gp + ng <= 6 && fp + nf <= 8) {
      classes.forEach((c, i) => {
        const size = Math.min(8, ty.size - i * 8);
        const off = p.offset + i * 8;
        if (c === 'SSE') storeSse(g, fp++, `${off}(%rbp)`, size);
        else storeGp(g, argRegs64[gp++], off, size);
      });
    } else {
      if (ty.align > 8) stack = 16 + alignTo(stack - 16, 16);
      p.offset = stack;
      stack += alignTo(Math.max(ty.size, 8), 8);
    }
  }
  g.namedGp = gp;
  g.namedFp = fp;
  g.namedStackBytes = stack - 16;
  if (fn.vaArea) saveRegisterArea(g, fn.vaArea);
}

/** The 176-byte register save area va_arg reads from: rdi..r9, then xmm0..7 (not in kernel code). */
function saveRegisterArea(g: Gen, area: Obj): void {
  const base = area.offset;
  argRegs64.forEach((r, i) => g.emit(`\tmov ${r}, ${base + i * 8}(%rbp)`));
  if (g.opts.kernel) return;
  const skip = g.newLabel();
  g.emit('\ttest %al, %al', `\tje ${skip}`);
  for (let i = 0; i < 8; i++) g.emit(`\tmovsd %xmm${i}, ${base + 48 + i * 16}(%rbp)`);
  g.label(skip);
}

// ---- returning ----

/** Moves the value of a `return` expression (already in %rax/%xmm0) where the ABI wants it. */
export function genReturnValue(g: Gen, ty: Type): void {
  if (!isAggregate(ty)) return;
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
    const size = Math.min(8, ty.size - i * 8);
    if (c === 'SSE') g.emit(size <= 4 ? `\tmovss ${i * 8}(%rsi), %xmm${fp++}` : `\tmovsd ${i * 8}(%rsi), %xmm${fp++}`);
    else intParts.push({ i, size });
  });
  intParts.forEach((p, k) => loadGp(g, k === 0 ? '%rax' : '%rdx', p.i * 8, p.size));
}

// ---- va_start / va_arg ----

export function genVaStart(g: Gen, n: Node): void {
  const area = g.fn!.vaArea!;
  genExpr(g, n.lhs!);
  g.emit(`\tmovl $${g.namedGp * 8}, (%rax)`);
  g.emit(`\tmovl $${48 + g.namedFp * 16}, 4(%rax)`);
  g.emit(`\tlea ${16 + g.namedStackBytes}(%rbp), %rdx`, '\tmov %rdx, 8(%rax)');
  g.emit(`\tlea ${area.offset}(%rbp), %rdx`, '\tmov %rdx, 16(%rax)');
}

/** Leaves in %rax the address of the next variadic argument of type *n.ty. */
export function genVaArg(g: Gen, n: Node): void {
  const ty = n.ty!.base!;
  if (isFlonum(ty)) g.noFloatInKernel(n.tok);
  genExpr(g, n.lhs!);
  g.emit('\tmov %rax, %rcx');
  const classes = classify(ty);
  const overflow = g.newLabel();
  const end = g.newLabel();
  if (classes[0] !== 'MEMORY') {
    const { gp: ng, fp: nf } = countClasses(classes);
    if (ng > 0) g.emit(`\tcmpl $${48 - ng * 8}, (%rcx)`, `\tja ${overflow}`);
    if (nf > 0) g.emit(`\tcmpl $${176 - nf * 16}, 4(%rcx)`, `\tja ${overflow}`);
    const contiguous = classes.length === 1 || nf === 0;
    if (contiguous) {
      const field = nf > 0 ? '4(%rcx)' : '(%rcx)';
      g.emit(`\tmovl ${field}, %eax`, '\tadd 16(%rcx), %rax', `\taddl $${nf > 0 ? 16 : 8 * ng}, ${field}`);
    } else {
      // Reassemble the eightbytes from the two halves of the save area in a temporary.
      const tmp = n.retBuffer!.offset;
      classes.forEach((c, i) => {
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
  if (ty.align > 8) g.emit('\tadd $15, %rax', '\tand $-16, %rax');
  g.emit(`\tlea ${alignTo(Math.max(ty.size, 8), 8)}(%rax), %rdx`, '\tmov %rdx, 8(%rcx)');
  g.label(end);
}
