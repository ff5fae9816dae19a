/**
 * GNU vector operations ('vector' nodes, see vector.ts), lane by lane in memory: simple
 * and exactly C's arithmetic on each lane, rather than fast. A vector operand's value is
 * its address (genExpr leaves it in %rax); the result goes to the node's frame slot,
 * whose address becomes the node's value.
 *
 * The lane loop keeps the first operand's address in %rsi, the second's in %r11, the
 * result's in %r9 and the byte offset of the lane in %r10; a lane is worked on in %rax
 * and %rcx (integers, widened to 64 bits by their signedness, so division and right
 * shifts come out as in C) or %xmm0 and %xmm1 (float and double).
 */
import type { Node } from './ast.js';
import { genCast } from './codegen-cast.js';
import { copyBytes, genExpr, regA } from './codegen-expr.js';
import type { Gen } from './codegen-state.js';
import { errorAt } from './report.js';
import { isFlonum, type Type } from './types.js';
import type { VectorOp } from './vector.js';

export function genVector(g: Gen, n: Node): void {
  const op = n.label as VectorOp;
  const floating = (t: Type | undefined): boolean => t?.vectorElem !== undefined && isFlonum(t.vectorElem);
  if (floating(n.ty) || floating(n.lhs?.ty)) g.noFloatingPoint(n.tok);
  switch (op) {
    case 'splat': return genSplat(g, n);
    case 'bitcast': return genBitcast(g, n);
    case 'shuffle': return genShuffle(g, n);
    case 'convert': return genConvert(g, n);
    case 'neg': case 'bitnot':
      genExpr(g, n.lhs!);
      g.emit('\tmov %rax, %rsi');
      break;
    default:
      genExpr(g, n.lhs!);
      g.push();
      genExpr(g, n.rhs!);
      g.emit('\tmov %rax, %r11');
      g.pop('%rsi');
      break;
  }
  const operand = n.lhs!.ty!.vectorElem!;
  g.emit(`\tlea ${slot(g, n)}(%rbp), %r9`);
  laneLoop(g, operand.size, n.lhs!.ty!.size, () => {
    if (isFlonum(operand)) floatLane(g, n, operand);
    else intLane(g, n, operand);
  });
  g.emit(`\tlea ${slot(g, n)}(%rbp), %rax`);
}

function slot(g: Gen, n: Node): number {
  const s = g.vectorSlots.get(n);
  if (!s) return errorAt(n.tok, 'internal: vector operation without a result slot');
  return s.offset;
}

/** Runs `body` once per lane with %r10 = the lane's byte offset (a run-time loop: vectors can have 64 lanes). */
function laneLoop(g: Gen, laneSize: number, size: number, body: () => void): void {
  const top = g.newLabel();
  g.emit('\txor %r10d, %r10d');
  g.label(top);
  body();
  g.emit(`\tadd $${laneSize}, %r10`, `\tcmp $${size}, %r10`, `\tjb ${top}`);
}

const loadSigned: Record<number, string> = { 1: 'movsbq', 2: 'movswq', 4: 'movslq', 8: 'mov' };
const loadUnsigned: Record<number, string> = { 1: 'movzbq', 2: 'movzwq', 4: 'movl', 8: 'mov' };

/** Loads the integer lane at mem into a 64-bit register, extended by the lane type's signedness. */
function loadInt(g: Gen, lane: Type, mem: string, reg: '%rax' | '%rcx'): void {
  if (lane.size === 4 && lane.isUnsigned) g.emit(`\tmovl ${mem}, ${reg === '%rax' ? '%eax' : '%ecx'}`);
  else g.emit(`\t${(lane.isUnsigned ? loadUnsigned : loadSigned)[lane.size]} ${mem}, ${reg}`);
}

function storeInt(g: Gen, size: number): void {
  g.emit(`\tmov ${regA(size)}, (%r9,%r10)`);
}

const setSigned: Record<string, string> = { eq: 'sete', ne: 'setne', lt: 'setl', le: 'setle' };
const setUnsigned: Record<string, string> = { eq: 'sete', ne: 'setne', lt: 'setb', le: 'setbe' };

function intLane(g: Gen, n: Node, lane: Type): void {
  const op = n.label as VectorOp;
  const resultSize = n.ty!.vectorElem!.size;
  loadInt(g, lane, '(%rsi,%r10)', '%rax');
  if (op === 'neg' || op === 'bitnot') {
    g.emit(op === 'neg' ? '\tneg %rax' : '\tnot %rax');
    storeInt(g, resultSize);
    return;
  }
  loadInt(g, lane, '(%r11,%r10)', '%rcx');
  switch (op) {
    case 'add': g.emit('\tadd %rcx, %rax'); break;
    case 'sub': g.emit('\tsub %rcx, %rax'); break;
    case 'mul': g.emit('\timul %rcx, %rax'); break;
    case 'band': g.emit('\tand %rcx, %rax'); break;
    case 'bor': g.emit('\tor %rcx, %rax'); break;
    case 'bxor': g.emit('\txor %rcx, %rax'); break;
    case 'shl': g.emit('\tshl %cl, %rax'); break;
    case 'shr': g.emit(lane.isUnsigned ? '\tshr %cl, %rax' : '\tsar %cl, %rax'); break;
    case 'div': case 'mod':
      g.emit(lane.isUnsigned ? '\txor %edx, %edx' : '\tcqo', lane.isUnsigned ? '\tdiv %rcx' : '\tidiv %rcx');
      if (op === 'mod') g.emit('\tmov %rdx, %rax');
      break;
    case 'eq': case 'ne': case 'lt': case 'le':
      g.emit('\tcmp %rcx, %rax', `\t${(lane.isUnsigned ? setUnsigned : setSigned)[op]} %al`, '\tmovzbl %al, %eax', '\tneg %rax');
      break;
    default:
      errorAt(n.tok, `internal: vector operation '${op}'`);
  }
  storeInt(g, resultSize);
}

function floatLane(g: Gen, n: Node, lane: Type): void {
  const op = n.label as VectorOp;
  const resultSize = n.ty!.vectorElem!.size;
  const sfx = lane.kind === 'float' ? 'ss' : 'sd';
  if (op === 'neg') {
    // Flip the sign bit, as gcc does (so -0.0 and NaNs come out right).
    g.emit(`\tmov (%rsi,%r10), ${regA(lane.size)}`, `\tbtc $${lane.size * 8 - 1}, %rax`);
    storeInt(g, lane.size);
    return;
  }
  g.emit(`\tmov${sfx} (%rsi,%r10), %xmm0`, `\tmov${sfx} (%r11,%r10), %xmm1`);
  switch (op) {
    case 'add': case 'sub': case 'mul': case 'div':
      g.emit(`\t${op}${sfx} %xmm1, %xmm0`, `\tmov${sfx} %xmm0, (%r9,%r10)`);
      return;
    // Unordered (NaN) operands compare false except for !=.
    case 'eq': g.emit(`\tucomi${sfx} %xmm1, %xmm0`, '\tsete %al', '\tsetnp %cl', '\tand %cl, %al'); break;
    case 'ne': g.emit(`\tucomi${sfx} %xmm1, %xmm0`, '\tsetne %al', '\tsetp %cl', '\tor %cl, %al'); break;
    case 'lt': g.emit(`\tucomi${sfx} %xmm0, %xmm1`, '\tseta %al'); break;
    case 'le': g.emit(`\tucomi${sfx} %xmm0, %xmm1`, '\tsetae %al'); break;
    default:
      errorAt(n.tok, `internal: vector operation '${op}'`);
  }
  g.emit('\tmovzbl %al, %eax', '\tneg %rax');
  storeInt(g, resultSize);
}

/** A scalar (%rax or %xmm0, already of the lane type) stored to every lane. */
function genSplat(g: Gen, n: Node): void {
  genExpr(g, n.lhs!);
  const lane = n.ty!.vectorElem!;
  g.emit(`\tlea ${slot(g, n)}(%rbp), %r9`);
  laneLoop(g, lane.size, n.ty!.size, () => {
    if (lane.kind === 'float') g.emit('\tmovss %xmm0, (%r9,%r10)');
    else if (lane.kind === 'double') g.emit('\tmovsd %xmm0, (%r9,%r10)');
    else storeInt(g, lane.size);
  });
  g.emit(`\tlea ${slot(g, n)}(%rbp), %rax`);
}

/**
 * The same bytes as another type. A vector or 128-bit source is in memory (%rax holds
 * its address), a scalar in %rax; a vector or 128-bit result goes to the slot, a scalar
 * result is loaded into %rax.
 */
function genBitcast(g: Gen, n: Node): void {
  genExpr(g, n.lhs!);
  const from = n.lhs!.ty!;
  const to = n.ty!;
  const fromMemory = from.kind === 'struct';
  if (to.kind !== 'struct') {
    loadInt(g, to, '(%rax)', '%rax');
    return;
  }
  const s = slot(g, n);
  if (fromMemory) {
    g.emit(`\tlea ${s}(%rbp), %rdi`);
    copyBytes(g, '%rax', '%rdi', to.size);
  } else {
    g.emit(`\tmov ${regA(to.size)}, ${s}(%rbp)`);
  }
  g.emit(`\tlea ${s}(%rbp), %rax`);
}

/** __builtin_shuffle: lane i = lane (mask[i] mod 2N) of a:b, or (mask[i] mod N) of a. */
function genShuffle(g: Gen, n: Node): void {
  const args = n.args!;
  const ty = n.ty!;
  const lanes = ty.size / ty.vectorElem!.size;
  for (const a of args) {
    genExpr(g, a);
    g.push();
  }
  g.pop('%rdx'); // the mask
  if (args.length === 3) g.pop('%r11');
  g.pop('%rsi');
  if (args.length === 2) g.emit('\tmov %rsi, %r11');
  const laneSize = ty.vectorElem!.size;
  const fromB = g.newLabel();
  const copy = g.newLabel();
  g.emit(`\tlea ${slot(g, n)}(%rbp), %r9`);
  laneLoop(g, laneSize, ty.size, () => {
    // A lane of the mask holds an index; only its low bits count.
    g.emit(`\t${loadUnsigned[laneSize]} (%rdx,%r10), ${laneSize === 4 ? '%eax' : '%rax'}`);
    g.emit(`\tand $${(args.length === 3 ? 2 * lanes : lanes) - 1}, %rax`);
    g.emit(`\tcmp $${lanes}, %rax`, `\tjae ${fromB}`, `\tlea (%rsi,%rax,${laneSize}), %rcx`, `\tjmp ${copy}`);
    g.label(fromB);
    g.emit(`\tsub $${lanes}, %rax`, `\tlea (%r11,%rax,${laneSize}), %rcx`);
    g.label(copy);
    g.emit(`\tmov (%rcx), ${regA(laneSize)}`);
    storeInt(g, laneSize);
  });
  g.emit(`\tlea ${slot(g, n)}(%rbp), %rax`);
}

/**
 * __builtin_convertvector: each lane loaded as a scalar (%rax or %xmm0), converted by the
 * ordinary cast code (which leaves %rsi and %r9 alone) and stored at its own size.
 */
function genConvert(g: Gen, n: Node): void {
  genExpr(g, n.lhs!);
  g.emit('\tmov %rax, %rsi', `\tlea ${slot(g, n)}(%rbp), %r9`);
  const from = n.lhs!.ty!.vectorElem!;
  const to = n.ty!.vectorElem!;
  for (let i = 0; i < n.ty!.size / to.size; i++) {
    const src = `${i * from.size}(%rsi)`;
    if (from.kind === 'float') g.emit(`\tmovss ${src}, %xmm0`);
    else if (from.kind === 'double') g.emit(`\tmovsd ${src}, %xmm0`);
    else loadInt(g, from, src, '%rax');
    genCast(g, from, to);
    const dst = `${i * to.size}(%r9)`;
    if (to.kind === 'float') g.emit(`\tmovss %xmm0, ${dst}`);
    else if (to.kind === 'double') g.emit(`\tmovsd %xmm0, ${dst}`);
    else g.emit(`\tmov ${regA(to.size)}, ${dst}`);
  }
  g.emit(`\tlea ${slot(g, n)}(%rbp), %rax`);
}
