/**
 * 128-bit integer operations ('int128' nodes, see int128.ts). Operands are 16-byte values
 * whose addresses genExpr leaves in %rax; a value is worked on in %rdx:%rax (high:low),
 * the second operand in %rcx:%rsi... and the result is stored to the node's frame slot,
 * whose address is the node's value. Comparisons and toBool give an int in %eax.
 */
import type { Node } from './ast.js';
import type { Int128Op } from './int128.js';
import { genExpr } from './codegen-expr.js';
import type { Gen } from './codegen-state.js';
import { errorAt } from './report.js';

export function genInt128(g: Gen, n: Node): void {
  const op = n.label as Int128Op;
  switch (op) {
    case 'fromInt':
      genExpr(g, n.lhs!); // a 64-bit value, extended by its own signedness
      g.emit('\tmov %rax, %rdx');
      g.emit(n.lhs!.ty!.isUnsigned ? '\txor %edx, %edx' : '\tsar $63, %rdx');
      return storeResult(g, n);
    case 'convert':
      loadOperand(g, n.lhs!);
      return storeResult(g, n);
    case 'toBool':
      loadOperand(g, n.lhs!);
      g.emit('\tor %rdx, %rax', '\tsetne %al', '\tmovzbl %al, %eax');
      return;
    case 'neg':
      loadOperand(g, n.lhs!);
      g.emit('\tneg %rax', '\tadc $0, %rdx', '\tneg %rdx');
      return storeResult(g, n);
    case 'bitnot':
      loadOperand(g, n.lhs!);
      g.emit('\tnot %rax', '\tnot %rdx');
      return storeResult(g, n);
    case 'shl': case 'shr':
      return genShift(g, n, op);
    case 'toFloat':
      loadOperand(g, n.lhs!);
      return genToFloat(g, n);
    case 'fromFloat':
      genExpr(g, n.lhs!); // a double in %xmm0, or a long double on the x87 stack
      if (n.lhs!.ty!.kind === 'ldouble') genFromLongDouble(g);
      else genFromDouble(g);
      return storeResult(g, n);
    default:
      break;
  }
  // Binary: left in %rdx:%rax, right in %rcx:%rsi.
  genExpr(g, n.lhs!);
  g.push();
  genExpr(g, n.rhs!);
  g.emit('\tmov (%rax), %rsi', '\tmov 8(%rax), %rcx');
  g.pop('%rdi');
  g.emit('\tmov (%rdi), %rax', '\tmov 8(%rdi), %rdx');
  const unsigned = n.lhs!.ty!.isUnsigned;
  switch (op) {
    case 'add': g.emit('\tadd %rsi, %rax', '\tadc %rcx, %rdx'); break;
    case 'sub': g.emit('\tsub %rsi, %rax', '\tsbb %rcx, %rdx'); break;
    case 'band': g.emit('\tand %rsi, %rax', '\tand %rcx, %rdx'); break;
    case 'bor': g.emit('\tor %rsi, %rax', '\tor %rcx, %rdx'); break;
    case 'bxor': g.emit('\txor %rsi, %rax', '\txor %rcx, %rdx'); break;
    case 'mul':
      // The low 128 bits: lo*lo in full, plus both cross products into the high half.
      g.emit('\tmov %rdx, %rdi', '\timul %rsi, %rdi', '\tmov %rcx, %r8', '\timul %rax, %r8', '\tadd %r8, %rdi',
        '\tmul %rsi', '\tadd %rdi, %rdx');
      break;
    case 'div': case 'mod':
      genDivide(g, op, unsigned);
      break;
    case 'eq': case 'ne':
      g.emit('\txor %rsi, %rax', '\txor %rcx, %rdx', '\tor %rdx, %rax', op === 'eq' ? '\tsete %al' : '\tsetne %al', '\tmovzbl %al, %eax');
      return;
    case 'lt':
      // a - b borrows (unsigned) or goes negative without overflow (signed) exactly when a < b.
      g.emit('\tcmp %rsi, %rax', '\tsbb %rcx, %rdx', unsigned ? '\tsetb %al' : '\tsetl %al', '\tmovzbl %al, %eax');
      return;
    case 'le':
      // a <= b is !(b < a).
      g.emit('\tcmp %rax, %rsi', '\tsbb %rdx, %rcx', unsigned ? '\tsetae %al' : '\tsetge %al', '\tmovzbl %al, %eax');
      return;
    default:
      errorAt(n.tok, `internal: __int128 '${op}'`);
  }
  storeResult(g, n);
}

function loadOperand(g: Gen, e: Node): void {
  genExpr(g, e);
  g.emit('\tmov 8(%rax), %rdx', '\tmov (%rax), %rax');
}

function storeResult(g: Gen, n: Node): void {
  const s = g.int128Slots.get(n)!.offset;
  g.emit(`\tmov %rax, ${s}(%rbp)`, `\tmov %rdx, ${s + 8}(%rbp)`, `\tlea ${s}(%rbp), %rax`);
}

/** Shifts by %cl: shld/shrd move bits across the halves; counts of 64 and up move whole halves. */
function genShift(g: Gen, n: Node, op: 'shl' | 'shr'): void {
  genExpr(g, n.lhs!);
  g.push();
  genExpr(g, n.rhs!);
  g.emit('\tmov %eax, %ecx');
  g.pop('%rdi');
  g.emit('\tmov (%rdi), %rax', '\tmov 8(%rdi), %rdx');
  const small = g.newLabel();
  if (op === 'shl') {
    g.emit('\tshld %cl, %rax, %rdx', '\tshl %cl, %rax', '\ttest $64, %cl', `\tje ${small}`, '\tmov %rax, %rdx', '\txor %eax, %eax');
  } else {
    const arith = !n.ty!.isUnsigned;
    g.emit('\tshrd %cl, %rdx, %rax', arith ? '\tsar %cl, %rdx' : '\tshr %cl, %rdx', '\ttest $64, %cl', `\tje ${small}`,
      '\tmov %rdx, %rax', arith ? '\tsar $63, %rdx' : '\txor %edx, %edx');
  }
  g.label(small);
  storeResult(g, n);
}

/**
 * Division of %rdx:%rax by %rcx:%rsi, bit by bit (restoring division): the dividend
 * shifts left into a remainder in %r11:%r10 and quotient bits shift in at its bottom.
 * Signed operands are divided as magnitudes: the quotient is negative when the signs
 * differ, the remainder takes the dividend's sign (C's truncating division).
 */
function genDivide(g: Gen, op: 'div' | 'mod', unsigned: boolean): void {
  if (!unsigned) {
    // %r9b: the quotient's sign; the remainder's sign is the dividend's, kept on the stack.
    g.emit('\tmov %rdx, %r9', '\txor %rcx, %r9', '\tshr $63, %r9', '\tmov %rdx, %r8', '\tshr $63, %r8', '\tpush %r8', '\tpush %r9');
    g.emit('\tmov %rdx, %r8', '\tsar $63, %r8', '\txor %r8, %rax', '\txor %r8, %rdx', '\tsub %r8, %rax', '\tsbb %r8, %rdx');
    g.emit('\tmov %rcx, %r8', '\tsar $63, %r8', '\txor %r8, %rsi', '\txor %r8, %rcx', '\tsub %r8, %rsi', '\tsbb %r8, %rcx');
  }
  const loop = g.newLabel();
  const skip = g.newLabel();
  g.emit('\tmov %rsi, %r8', '\tmov %rcx, %r9', '\txor %r10d, %r10d', '\txor %r11d, %r11d', '\tmov $128, %ecx');
  g.label(loop);
  g.emit('\tshl $1, %rax', '\trcl $1, %rdx', '\trcl $1, %r10', '\trcl $1, %r11');
  g.emit('\tmov %r10, %rsi', '\tmov %r11, %rdi', '\tsub %r8, %rsi', '\tsbb %r9, %rdi', `\tjb ${skip}`);
  g.emit('\tmov %rsi, %r10', '\tmov %rdi, %r11', '\tor $1, %rax');
  g.label(skip);
  g.emit('\tdec %ecx', `\tjnz ${loop}`);
  if (op === 'mod') g.emit('\tmov %r10, %rax', '\tmov %r11, %rdx');
  if (!unsigned) {
    // Pop both sign flags; negate by the one that applies (0 or 1 → mask 0 or -1).
    g.emit('\tpop %r9', '\tpop %r8');
    g.emit(`\tmov ${op === 'div' ? '%r9' : '%r8'}, %rcx`, '\tneg %rcx', '\txor %rcx, %rax', '\txor %rcx, %rdx', '\tsub %rcx, %rax', '\tsbb %rcx, %rdx');
  }
}

/** %rdx:%rax to a floating type (left in %xmm0, or on the x87 stack for long double), rounded once. */
function genToFloat(g: Gen, n: Node): void {
  const signed = !n.lhs!.ty!.isUnsigned;
  g.emit('\tsub $32, %rsp', '\tmovl $0x5f800000, 16(%rsp)'); // 2^64 as a float
  const to = n.ty!.kind;
  if (to === 'ldouble') loadRoundedTo64Bits(g, signed);
  else loadWithStickyBit(g, signed);
  if (to === 'float') g.emit('\tfstps (%rsp)', '\tmovss (%rsp), %xmm0');
  else if (to === 'double') g.emit('\tfstpl (%rsp)', '\tmovsd (%rsp), %xmm0');
  g.emit('\tadd $32, %rsp');
}

/**
 * hi * 2^64 + lo on the x87, whose 64-bit significand holds either half exactly: the sum
 * is rounded once, to the x87's (long double's) precision.
 */
function loadRoundedTo64Bits(g: Gen, signed: boolean): void {
  const hiDone = g.newLabel();
  const loDone = g.newLabel();
  g.emit('\tmov %rax, (%rsp)', '\tmov %rdx, 8(%rsp)', '\tfildq 8(%rsp)');
  if (!signed) g.emit('\ttest %rdx, %rdx', `\tjns ${hiDone}`, '\tfadds 16(%rsp)');
  g.label(hiDone);
  g.emit('\tfmuls 16(%rsp)', '\tfildq (%rsp)', '\ttest %rax, %rax', `\tjns ${loDone}`, '\tfadds 16(%rsp)');
  g.label(loDone);
  g.emit('\tfaddp %st, %st(1)');
}

/**
 * The value on the x87 exactly enough for one rounding to float or double: the magnitude is
 * brought to 64 bits with its top bit set (shifted right by n, the dropped bits folded into
 * bit 0 as a sticky bit), loaded exactly and scaled by 2^n exactly. Rounding it at 53 bits
 * or fewer then gives what rounding the whole value would (bit 0 lies below every rounding
 * position). Rounding hi * 2^64 + lo to 64 bits first would round twice. %rcx, %rdi and %r8
 * are scratch here.
 */
function loadWithStickyBit(g: Gen, signed: boolean): void {
  const [positive, small, wide, shifted, loaded] = [g.newLabel(), g.newLabel(), g.newLabel(), g.newLabel(), g.newLabel()];
  if (signed) {
    g.emit('\tmov %rdx, %r8', '\ttest %rdx, %rdx', `\tjns ${positive}`, '\tneg %rax', '\tadc $0, %rdx', '\tneg %rdx');
    g.label(positive);
  }
  g.emit('\txor %ecx, %ecx', '\ttest %rdx, %rdx', `\tjz ${small}`);
  // n = the bit length of the high half; the low n bits of %rax are dropped.
  g.emit('\tbsr %rdx, %rcx', '\tinc %ecx', '\tcmp $64, %ecx', `\tje ${wide}`);
  g.emit('\tmov $1, %rdi', '\tshl %cl, %rdi', '\tdec %rdi', '\tand %rax, %rdi', '\tshrd %cl, %rdx, %rax', `\tjmp ${shifted}`);
  g.label(wide);
  g.emit('\tmov %rax, %rdi', '\tmov %rdx, %rax');
  g.label(shifted);
  g.emit('\ttest %rdi, %rdi', '\tsetne %dil', '\tmovzbl %dil, %edi', '\tor %rdi, %rax');
  g.label(small);
  // %rax as unsigned (2^64 added back when its top bit is set), times 2^n.
  g.emit('\tmov %rax, (%rsp)', '\tmov %ecx, 8(%rsp)', '\tfildq (%rsp)', '\ttest %rax, %rax', `\tjns ${loaded}`, '\tfadds 16(%rsp)');
  g.label(loaded);
  g.emit('\tfildl 8(%rsp)', '\tfxch %st(1)', '\tfscale', '\tfstp %st(1)');
  if (signed) {
    const kept = g.newLabel();
    g.emit('\ttest %r8, %r8', `\tjns ${kept}`, '\tfchs');
    g.label(kept);
  }
}

/**
 * The long double on the x87 stack to %rdx:%rax, truncating: its 64-bit significand m
 * shifted by exponent − 16383 − 63, then negated by its sign. Done on the integer bits,
 * as libgcc's __fixxfti does: no rounding mode to switch, and every bit of m is kept.
 * (Out-of-range values, NaNs and infinities are undefined behaviour; they give some bits.)
 */
function genFromLongDouble(g: Gen): void {
  const left = g.newLabel();
  const nothing = g.newLabel();
  const beyond64 = g.newLabel();
  const signed = g.newLabel();
  const done = g.newLabel();
  g.emit('\tsub $16, %rsp', '\tfstpt (%rsp)', '\tmov (%rsp), %rax', '\tmovzwl 8(%rsp), %r8d', '\tadd $16, %rsp');
  g.emit('\tmov %r8d, %ecx', '\tand $0x7fff, %ecx', '\txor %edx, %edx', '\tsub $16446, %ecx', `\tjge ${left}`);
  // Below 2^63: a right shift; by 64 or more nothing is left.
  g.emit('\tneg %ecx', '\tcmp $64, %ecx', `\tjae ${nothing}`, '\tshr %cl, %rax', `\tjmp ${signed}`);
  g.label(nothing);
  g.emit('\txor %eax, %eax', `\tjmp ${done}`);
  g.label(left);
  g.emit('\tcmp $64, %ecx', `\tjae ${beyond64}`, '\tshld %cl, %rax, %rdx', '\tshl %cl, %rax', `\tjmp ${signed}`);
  g.label(beyond64);
  g.emit('\tmov %rax, %rdx', '\txor %eax, %eax', '\tshl %cl, %rdx');
  g.label(signed);
  g.emit('\ttest $0x8000, %r8d', `\tjz ${done}`, '\tneg %rax', '\tadc $0, %rdx', '\tneg %rdx');
  g.label(done);
}

/**
 * A double in %xmm0 to %rdx:%rax, truncating. Within ±2^63 one cvttsd2si does; beyond,
 * hi = trunc(x / 2^64) and lo = x - hi * 2^64 (both exact for such large doubles), with
 * lo brought into [0, 2^64) and converted as unsigned.
 */
function genFromDouble(g: Gen): void {
  const big = g.newLabel();
  const nonNegative = g.newLabel();
  const topBit = g.newLabel();
  const huge = g.newLabel();
  const done = g.newLabel();
  const double = (bits: string, reg: string): string[] => [`\tmovabs $${bits}, %rcx`, `\tmovq %rcx, ${reg}`];
  g.emit(...double('0x43e0000000000000', '%xmm1'), '\tucomisd %xmm1, %xmm0', `\tjae ${big}`); // x >= 2^63
  g.emit(...double('0xc3e0000000000000', '%xmm1'), '\tucomisd %xmm1, %xmm0', `\tjb ${big}`); // x < -2^63
  g.emit('\tcvttsd2si %xmm0, %rax', '\tmov %rax, %rdx', '\tsar $63, %rdx', `\tjmp ${done}`);
  g.label(big);
  g.emit(...double('0x3bf0000000000000', '%xmm1'), '\tmovaps %xmm0, %xmm2', '\tmulsd %xmm1, %xmm2');
  // From 2^127 (unsigned __int128 only): hi has its top bit set, and such a double has no bits below 2^64.
  g.emit(...double('0x43e0000000000000', '%xmm1'), '\tucomisd %xmm1, %xmm2', `\tjae ${huge}`, '\tcvttsd2si %xmm2, %rdx');
  g.emit('\tcvtsi2sd %rdx, %xmm2', ...double('0x43f0000000000000', '%xmm1'), '\tmulsd %xmm1, %xmm2', '\tsubsd %xmm2, %xmm0');
  g.emit('\txorpd %xmm2, %xmm2', '\tucomisd %xmm2, %xmm0', `\tjae ${nonNegative}`, '\tsub $1, %rdx', '\taddsd %xmm1, %xmm0');
  g.label(nonNegative);
  g.emit(...double('0x43e0000000000000', '%xmm1'), '\tucomisd %xmm1, %xmm0', `\tjae ${topBit}`, '\tcvttsd2si %xmm0, %rax', `\tjmp ${done}`);
  g.label(topBit);
  g.emit('\tsubsd %xmm1, %xmm0', '\tcvttsd2si %xmm0, %rax', '\tbtc $63, %rax', `\tjmp ${done}`);
  g.label(huge);
  g.emit('\tsubsd %xmm1, %xmm2', '\tcvttsd2si %xmm2, %rdx', '\tbtc $63, %rdx', '\txor %eax, %eax');
  g.label(done);
}
