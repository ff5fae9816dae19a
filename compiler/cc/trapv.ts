/**
 * -ftrapv: signed overflow in `+`, `-`, `*` and unary `-` of int and long aborts the
 * program. As gcc does, the operation becomes a call of libgcc's checking routine
 * (__addvsi3, __subvdi3, __mulvsi3, __negvdi2...), which aborts on overflow; our libc
 * has them (userland/libc/src/trapv.c), and gcc-linked programs get libgcc's.
 *
 * The operations are 'trapv' nodes (the operation in `label`): the parser makes them from
 * the operators the program writes, never from arithmetic the compiler adds (pointer
 * scaling, the `- 1` that gives `x++` its old value). Constant operands on both sides
 * keep a plain node, which folds.
 *
 * gcc narrows arithmetic whose value is converted straight to a narrower integer
 * (`short s = a + b` adds in 16 bits, unsigned), which then cannot trap; castNode asks
 * narrowTrapping for the same. Its rule, read from gcc 12's output: a narrowed + - or
 * negation narrows its operands in turn, a narrowed * does not (`(short)((a + b) * c)`
 * still checks the addition).
 */
import type { IToken } from './chevrotain.js';
import { newNode, type Node } from './ast.js';
import { tryEvalInt } from './consteval.js';
import { numNode } from './typecheck.js';
import { isInteger, type Type } from './types.js';

export type TrapvOp = 'add' | 'sub' | 'mul' | 'neg';

/** int and long (long long too): the signed types libgcc has checking routines for. */
function traps(t: Type): boolean {
  return (t.kind === 'int' || t.kind === 'long') && !t.isUnsigned;
}

/** `n`, an operation the program wrote, as a checked one if -ftrapv asks for it. */
export function checkedOverflow(n: Node, tok: IToken): Node {
  const op = n.kind;
  if (op !== 'add' && op !== 'sub' && op !== 'mul' && op !== 'neg') return n;
  if (!traps(n.ty!)) return n;
  const left = tryEvalInt(n.lhs!);
  const right = op === 'neg' ? undefined : tryEvalInt(n.rhs!);
  if (left !== undefined && (op === 'neg' || right !== undefined)) return n;
  const t = newNode('trapv', tok);
  t.label = op;
  t.lhs = n.lhs;
  t.rhs = n.rhs;
  t.ty = n.ty;
  // gcc checks `x - 7` as `x + -7` (except for the one constant that has no negation).
  const bits = BigInt(n.ty!.size * 8);
  if (op === 'sub' && right !== undefined && BigInt.asIntN(Number(bits), right) !== -(1n << (bits - 1n))) {
    t.label = 'add';
    t.rhs = numNode(BigInt.asIntN(Number(bits), -right), n.rhs!.tok, n.ty!);
  }
  return t;
}

/**
 * The expression about to be converted to an integer of `bits` bits (a narrower type, or a
 * bit-field), which gcc computes without checks. (Not for _Bool: that is a comparison.)
 */
export function narrowTrapping(n: Node, bits: number): Node {
  if (n.kind !== 'trapv' || bits >= n.ty!.size * 8) return n;
  const op = n.label as TrapvOp;
  const plain = newNode(op, n.tok);
  const operand = (e: Node | undefined): Node | undefined => (e && op !== 'mul' ? narrowTrapping(e, bits) : e);
  plain.lhs = operand(n.lhs);
  plain.rhs = operand(n.rhs);
  plain.ty = n.ty;
  return plain;
}

/** The expression about to be converted to `ty`: narrowed if that is a narrower integer type. */
export function narrowTrappingTo(n: Node, ty: Type): Node {
  return isInteger(ty) && ty.kind !== 'bool' ? narrowTrapping(n, ty.size * 8) : n;
}

/** The routine gcc calls: __addvsi3 for int, __addvdi3 for long; __negvsi2 negates. */
export function trapvRoutine(n: Node): string {
  const mode = n.ty!.size === 8 ? 'di' : 'si';
  return n.label === 'neg' ? `__negv${mode}2` : `__${n.label}v${mode}3`;
}
