/**
 * _Float128 operations ('float128' nodes, see float128.ts). A _Float128 operand's address
 * is what genExpr leaves in %rax; the value goes to the helper in %xmm0 (the second in
 * %xmm1), as the psABI passes it, and a _Float128 result comes back in %xmm0 and is
 * stored to the node's frame slot, whose address is then the node's value. Other results
 * are left where genExpr leaves their type: an integer in %rax, float and double in
 * %xmm0, long double in %st(0), a 128-bit integer in its slot.
 */
import type { Node } from './ast.js';
import { genExpr } from './codegen-expr.js';
import type { Gen } from './codegen-state.js';
import type { Float128Op } from './float128.js';
import { errorAt } from './report.js';
import type { Type } from './types.js';

export function genFloat128(g: Gen, n: Node): void {
  g.noFloatingPoint(n.tok);
  const op = n.label as Float128Op;
  switch (op) {
    case 'const': return genConstant(g, n);
    case 'neg': return genNegate(g, n);
    case 'add': case 'sub': case 'mul': case 'div':
      loadTwo(g, n);
      g.callRuntime(`__${op}tf3`);
      return storeResult(g, n);
    case 'eq': case 'ne': case 'lt': case 'le':
      return genCompare(g, n, op);
    case 'fromInt': return genFromInt(g, n);
    case 'fromFloat': return genFromFloat(g, n);
    case 'toInt': return genToInt(g, n);
    case 'toFloat': return genToFloat(g, n);
    case 'toBool':
      loadOne(g, n.lhs!);
      g.emit('\txorps %xmm1, %xmm1'); // +0: all bits clear
      g.callRuntime('__netf2');
      g.emit('\ttest %eax, %eax', '\tsetne %al', '\tmovzbl %al, %eax');
      return;
    default:
      errorAt(n.tok, `internal: _Float128 '${op}'`);
  }
}

function storeResult(g: Gen, n: Node): void {
  const s = g.float128Slots.get(n)!.offset;
  g.emit(`\tmovups %xmm0, ${s}(%rbp)`, `\tlea ${s}(%rbp), %rax`);
}

function loadOne(g: Gen, e: Node): void {
  genExpr(g, e);
  g.emit('\tmovups (%rax), %xmm0');
}

/**
 * Both operands' values, left in %xmm0 and right in %xmm1. The first is copied to the
 * stack while the second is evaluated (which may call functions or reuse its storage),
 * in the order the source asks for (`a > b` is built as `b < a`).
 */
function loadTwo(g: Gen, n: Node): void {
  const [first, second] = n.rhsFirst ? [n.rhs!, n.lhs!] : [n.lhs!, n.rhs!];
  genExpr(g, first);
  g.emit('\tmovups (%rax), %xmm0', '\tsub $16, %rsp', '\tmovups %xmm0, (%rsp)');
  g.depth += 2;
  genExpr(g, second);
  const [lhsReg, rhsReg] = n.rhsFirst ? ['%xmm1', '%xmm0'] : ['%xmm0', '%xmm1'];
  g.emit(`\tmovups (%rax), ${rhsReg}`, `\tmovups (%rsp), ${lhsReg}`, '\tadd $16, %rsp');
  g.depth -= 2;
}

function genConstant(g: Gen, n: Node): void {
  const s = g.float128Slots.get(n)!.offset;
  const view = new DataView(n.extended!.buffer, n.extended!.byteOffset, 16);
  const lo = view.getBigUint64(0, true);
  const hi = view.getBigUint64(8, true);
  g.emit(`\tmovabs $${lo}, %rax`, `\tmov %rax, ${s}(%rbp)`, `\tmovabs $${hi}, %rax`, `\tmov %rax, ${s + 8}(%rbp)`,
    `\tlea ${s}(%rbp), %rax`);
}

/** -x flips the sign bit, as gcc does inline: a NaN stays a NaN of the other sign, nothing is raised. */
function genNegate(g: Gen, n: Node): void {
  const s = g.float128Slots.get(n)!.offset;
  genExpr(g, n.lhs!);
  g.emit('\tmov (%rax), %rcx', '\tmov 8(%rax), %rdx', '\tmovabs $0x8000000000000000, %rax', '\txor %rax, %rdx',
    `\tmov %rcx, ${s}(%rbp)`, `\tmov %rdx, ${s + 8}(%rbp)`, `\tlea ${s}(%rbp), %rax`);
}

/**
 * libgcc's comparison helpers return an int to compare with 0: __eqtf2 is 0 when equal,
 * __netf2 nonzero when not (both quiet on a quiet NaN), __lttf2 negative when less and
 * __letf2 at most 0 when less or equal (both raise FE_INVALID on any NaN, as `<` must).
 * The quiet `isless` family asks __unordtf2 first and compares only ordered operands.
 */
function genCompare(g: Gen, n: Node, op: 'eq' | 'ne' | 'lt' | 'le'): void {
  loadTwo(g, n);
  if (op === 'eq' || op === 'ne') {
    g.callRuntime(`__${op}tf2`);
    g.emit('\ttest %eax, %eax', op === 'eq' ? '\tsete %al' : '\tsetne %al', '\tmovzbl %al, %eax');
    return;
  }
  const done = g.newLabel();
  if (!n.signaling) {
    // Keep both operands across the first call.
    g.emit('\tsub $32, %rsp', '\tmovups %xmm0, (%rsp)', '\tmovups %xmm1, 16(%rsp)');
    g.depth += 4;
    g.callRuntime('__unordtf2');
    g.emit('\tmovups (%rsp), %xmm0', '\tmovups 16(%rsp), %xmm1', '\tadd $32, %rsp');
    g.depth -= 4;
    g.emit('\ttest %eax, %eax', '\tmov $1, %eax', `\tjne ${done}`);
  }
  g.callRuntime(`__${op}tf2`);
  g.label(done);
  g.emit('\ttest %eax, %eax', op === 'lt' ? '\tsets %al' : '\tsetle %al', '\tmovzbl %al, %eax');
}

/** The helper's name part for an integer type: si (int), di (long), ti (__int128). */
function integerMode(t: Type): string {
  return t.isInt128 ? 'ti' : t.size === 8 ? 'di' : 'si';
}

function genFromInt(g: Gen, n: Node): void {
  const from = n.lhs!.ty!;
  genExpr(g, n.lhs!);
  if (from.isInt128) g.emit('\tmov 8(%rax), %rsi', '\tmov (%rax), %rdi');
  else g.emit('\tmov %rax, %rdi');
  g.callRuntime(`__float${from.isUnsigned ? 'un' : ''}${integerMode(from)}tf`);
  storeResult(g, n);
}

function genToInt(g: Gen, n: Node): void {
  const to = n.ty!;
  loadOne(g, n.lhs!);
  g.callRuntime(`__fix${to.isUnsigned ? 'uns' : ''}tf${integerMode(to)}`);
  if (to.isInt128) {
    const s = g.float128Slots.get(n)!.offset;
    g.emit(`\tmov %rax, ${s}(%rbp)`, `\tmov %rdx, ${s + 8}(%rbp)`, `\tlea ${s}(%rbp), %rax`);
  } else if (to.size === 4) {
    // A value in %rax is kept extended to 64 bits by its type's signedness.
    g.emit(to.isUnsigned ? '\tmov %eax, %eax' : '\tcltq');
  }
}

/** The helper's name part for a floating format: sf, df or xf (the x87 format). */
function floatMode(t: Type): string {
  return t.kind === 'float' ? 'sf' : t.kind === 'double' ? 'df' : 'xf';
}

function genFromFloat(g: Gen, n: Node): void {
  const from = n.lhs!.ty!;
  genExpr(g, n.lhs!);
  if (from.kind === 'ldouble') {
    // A long double argument travels in memory: 16 bytes at the bottom of the argument area.
    const pad = g.depth % 2 === 1;
    g.emit(pad ? '\tsub $24, %rsp' : '\tsub $16, %rsp', '\tfstpt (%rsp)', '\tcall __extendxftf2', pad ? '\tadd $24, %rsp' : '\tadd $16, %rsp');
  } else {
    g.callRuntime(`__extend${floatMode(from)}tf2`);
  }
  storeResult(g, n);
}

function genToFloat(g: Gen, n: Node): void {
  loadOne(g, n.lhs!);
  g.callRuntime(`__trunctf${floatMode(n.ty!)}2`);
}
