/**
 * Statement code generation: control flow, switch (a jump table when the cases are
 * dense, a compare chain otherwise), labels and goto, return, and inline asm.
 */
import type { Node } from './ast.js';
import { genInlineAsm } from './codegen-asm.js';
import { constantCondition, genConstantIf } from './codegen-dead.js';
import { genReturnValue } from './codegen-call.js';
import { genBranch, genDiscard, genExpr, userLabel } from './codegen-expr.js';
import type { Gen } from './codegen-state.js';
import { errorAt } from './report.js';
import { genNonlocalGoto } from './nested.js';

export function genStmt(g: Gen, n: Node): void {
  // Under -g, a scope declaring variables is a lexical block: its code between two labels.
  const scope = g.debugScopes?.get(n);
  if (scope) {
    scope.generated = true;
    g.out.push(`${scope.begin}:`);
    genStatement(g, n);
    g.out.push(`${scope.end}:`);
  } else genStatement(g, n);
}

function genStatement(g: Gen, n: Node): void {
  g.loc(n.tok);
  switch (n.kind) {
    case 'block': genBlock(g, n); return;
    case 'exprStmt':
      genDiscard(g, n.lhs!);
      return;
    case 'if': {
      const known = constantCondition(n.cond!);
      if (known !== undefined) {
        genConstantIf(g, n, known, genStmt);
        return;
      }
      const els = g.newLabel();
      const end = g.newLabel();
      genBranch(g, n.cond!, false, els);
      genStmt(g, n.then!);
      if (n.els) g.emit(`\tjmp ${end}`);
      g.label(els);
      if (n.els) {
        genStmt(g, n.els);
        g.label(end);
      }
      return;
    }
    case 'for': genFor(g, n); return;
    case 'do': genDo(g, n); return;
    case 'switch': genSwitch(g, n); return;
    case 'case':
      g.label(n.uniqueLabel!);
      genStmt(g, n.lhs!);
      return;
    case 'break':
      freeVlasAbove(g, g.breakVlaDepth[g.breakVlaDepth.length - 1]);
      g.emit(`\tjmp ${g.breakLabels[g.breakLabels.length - 1]}`);
      return;
    case 'continue':
      freeVlasAbove(g, g.continueVlaDepth[g.continueVlaDepth.length - 1]);
      g.emit(`\tjmp ${g.continueLabels[g.continueLabels.length - 1]}`);
      return;
    case 'goto':
      if (n.obj) {
        genNonlocalGoto(g, n);
        return;
      }
      freeVlasLeftBehind(g, n.label!);
      g.emit(`\tjmp ${userLabel(g, n.label!)}`);
      return;
    case 'gotoExpr':
      genExpr(g, n.lhs!);
      g.emit('\tjmp *%rax');
      return;
    case 'label':
      g.labelVlas.set(n.label!, [...g.liveVlas]);
      g.label(userLabel(g, n.label!));
      genStmt(g, n.lhs!);
      return;
    case 'return':
      if (n.lhs) {
        genExpr(g, n.lhs);
        genReturnValue(g, n.lhs.ty!);
      }
      g.emit(`\tjmp .L.return.${g.fnIndex}`);
      return;
    case 'asm':
      genInlineAsm(g, n);
      return;
    default:
      errorAt(n.tok, `internal: unexpected statement '${n.kind}'`);
  }
}

function genFor(g: Gen, n: Node): void {
  const begin = g.newLabel();
  const brk = g.newLabel();
  const cont = g.newLabel();
  if (n.init) genStmt(g, n.init);
  g.label(begin);
  if (n.cond) genBranch(g, n.cond, false, brk);
  pushJumpTargets(g, brk, cont);
  genStmt(g, n.then!);
  popJumpTargets(g, true);
  g.label(cont);
  if (n.inc) genDiscard(g, n.inc);
  g.emit(`\tjmp ${begin}`);
  g.label(brk);
}

function genDo(g: Gen, n: Node): void {
  const begin = g.newLabel();
  const brk = g.newLabel();
  const cont = g.newLabel();
  g.label(begin);
  pushJumpTargets(g, brk, cont);
  genStmt(g, n.then!);
  popJumpTargets(g, true);
  g.label(cont);
  genBranch(g, n.cond!, true, begin);
  g.label(brk);
}

function genSwitch(g: Gen, n: Node): void {
  const ty = n.cond!.ty!;
  const wide = ty.size === 8;
  const uns = ty.isUnsigned;
  const ax = wide ? '%rax' : '%eax';
  const brk = g.newLabel();
  genExpr(g, n.cond!);
  for (const c of n.cases!) c.uniqueLabel = g.newLabel();
  if (n.defaultCase) n.defaultCase.uniqueLabel = g.newLabel();
  const fallback = n.defaultCase ? n.defaultCase.uniqueLabel! : brk;
  if (!tryJumpTable(g, n, ax, wide, fallback)) {
    for (const c of n.cases!) {
      const lo = signedImm(c.caseBegin!, wide);
      if (c.caseBegin === c.caseEnd) {
        cmpImm(g, lo, ax, wide);
        g.emit(`\tje ${c.uniqueLabel}`);
        continue;
      }
      // Range: (x - lo) <= (hi - lo), unsigned.
      const span = BigInt.asUintN(wide ? 64 : 32, c.caseEnd! - c.caseBegin!);
      g.emit(wide ? '\tmov %rax, %rdi' : '\tmov %eax, %edi');
      subImm(g, lo, wide ? '%rdi' : '%edi', wide);
      cmpImm(g, span, wide ? '%rdi' : '%edi', wide);
      g.emit(`\tjbe ${c.uniqueLabel}`);
    }
    g.emit(`\tjmp ${fallback}`);
  }
  void uns;
  pushJumpTargets(g, brk, undefined);
  genStmt(g, n.then!);
  popJumpTargets(g, false);
  g.label(brk);
}

/** A case value as the switch compares it: unsigned 32-bit switches order values unsigned. */
function caseValue(v: bigint, wide: boolean, uns: boolean): bigint {
  if (wide) return uns ? BigInt.asUintN(64, v) : BigInt.asIntN(64, v);
  return uns ? BigInt.asUintN(32, v) : BigInt.asIntN(32, v);
}

function signedImm(v: bigint, wide: boolean): bigint {
  return wide ? BigInt.asIntN(64, v) : BigInt.asIntN(32, v);
}

function cmpImm(g: Gen, v: bigint, reg: string, wide: boolean): void {
  const s = wide ? BigInt.asIntN(64, v) : BigInt.asIntN(32, v);
  if (s >= -0x80000000n && s <= 0x7fffffffn) {
    g.emit(`\tcmp $${s}, ${reg}`);
    return;
  }
  g.emit(`\tmovabs $${s}, %rdx`, `\tcmp %rdx, ${reg}`);
}

function subImm(g: Gen, v: bigint, reg: string, wide: boolean): void {
  if (v === 0n) return;
  if (v >= -0x80000000n && v <= 0x7fffffffn) {
    g.emit(`\tsub $${v}, ${reg}`);
    return;
  }
  g.emit(`\tmovabs $${v}, %rdx`, `\tsub %rdx, ${reg}`);
  void wide;
}

/**
 * Dense switches jump through a table of absolute case addresses, found RIP-relative:
 * fine for the user and the kernel layout alike, and only plain 64-bit relocations.
 */
function tryJumpTable(g: Gen, n: Node, ax: string, wide: boolean, fallback: string): boolean {
  const cases = n.cases!;
  let count = 0;
  let min = 0n;
  let max = 0n;
  const uns = n.cond!.ty!.isUnsigned;
  for (const c of cases) {
    const lo = caseValue(c.caseBegin!, wide, uns);
    const hi = caseValue(c.caseEnd!, wide, uns);
    if (hi < lo) return false;
    if (count === 0 || lo < min) min = lo;
    if (count === 0 || hi > max) max = hi;
    count += Number(hi - lo + 1n);
    if (count > 4096) return false;
  }
  const span = Number(max - min + 1n);
  if (count < 4 || span > 1024 || span > count * 3) return false;
  const slots: string[] = new Array(span).fill(fallback);
  // Earlier cases win, as with the compare chain (duplicates are an error in C anyway).
  for (let k = cases.length - 1; k >= 0; k--) {
    const c = cases[k];
    for (let v = caseValue(c.caseBegin!, wide, uns); v <= caseValue(c.caseEnd!, wide, uns); v++) slots[Number(v - min)] = c.uniqueLabel!;
  }
  const table = g.newLabel();
  if (!wide) g.emit(uns ? '\tmov %eax, %eax' : '\tmovslq %eax, %rax');
  subImm(g, BigInt.asIntN(64, min), '%rax', true);
  cmpImm(g, BigInt(span - 1), '%rax', true);
  g.emit(`\tja ${fallback}`);
  g.emit(`\tlea ${table}(%rip), %rdx`, '\tmovslq (%rdx,%rax,4), %rax', '\tadd %rdx, %rax', '\tjmp *%rax');
  // The table goes to .rodata after the function's code. Its entries are the cases' offsets
  // from the table, as gcc's: absolute addresses there would need text relocations in a
  // PIE or a shared library (ld warns "relocation in read-only section" and marks it TEXTREL).
  g.deferred.push('\t.align 4', `${table}:`);
  for (const s of slots) g.deferred.push(`\t.long ${s}-${table}`);
  void ax;
  return true;
}

// ---- blocks and the stack space of their VLAs ----

function genBlock(g: Gen, n: Node): void {
  const slot = g.vlaBlockSlots.get(n);
  const live = g.liveVlas.length;
  if (slot) {
    g.emit(`\tmov %rsp, ${slot.offset}(%rbp)`);
    g.vlaSaves.push(slot);
  }
  for (const s of n.body!) {
    const alloc = s.kind === 'exprStmt' && s.lhs!.kind === 'vlaAlloc' ? g.vlaDeclSlots.get(s.lhs!) : undefined;
    if (alloc) {
      g.emit(`\tmov %rsp, ${alloc.offset}(%rbp)`);
      g.liveVlas.push(alloc);
    }
    genStmt(g, s);
  }
  g.liveVlas.length = live;
  if (slot) {
    g.vlaSaves.pop();
    g.emit(`\tmov ${slot.offset}(%rbp), %rsp`);
  }
}

/**
 * A goto back to a label emitted earlier leaves the scope of every VLA declared since
 * (`lab: ... int v[n]; ... goto lab;`): %rsp returns to where the first of them began.
 * (A forward goto out of a VLA's block keeps the space until the block's end or return.)
 */
function freeVlasLeftBehind(g: Gen, label: string): void {
  const atLabel = g.labelVlas.get(label);
  if (!atLabel) return;
  let common = 0;
  while (common < atLabel.length && common < g.liveVlas.length && atLabel[common] === g.liveVlas[common]) common++;
  if (g.liveVlas.length > common) g.emit(`\tmov ${g.liveVlas[common].offset}(%rbp), %rsp`);
}

/** A jump to a target outside VLA blocks entered since it frees their arrays, as leaving them does. */
function freeVlasAbove(g: Gen, depth: number | undefined): void {
  if (depth !== undefined && g.vlaSaves.length > depth) g.emit(`\tmov ${g.vlaSaves[depth].offset}(%rbp), %rsp`);
}

function pushJumpTargets(g: Gen, brk: string, cont: string | undefined): void {
  g.breakLabels.push(brk);
  g.breakVlaDepth.push(g.vlaSaves.length);
  if (cont === undefined) return;
  g.continueLabels.push(cont);
  g.continueVlaDepth.push(g.vlaSaves.length);
}

function popJumpTargets(g: Gen, withContinue: boolean): void {
  g.breakLabels.pop();
  g.breakVlaDepth.pop();
  if (!withContinue) return;
  g.continueLabels.pop();
  g.continueVlaDepth.pop();
}
