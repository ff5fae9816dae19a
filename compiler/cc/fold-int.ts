/**
 * Integer constant folding as the operators are built: `~(size_t)15`, `sizeof(int) * 4`
 * and `(1 << 20) - 1` become one number, so the code generator sees an immediate operand
 * (`and $-16, %rax`) instead of computing the constant at run time. gcc folds these even
 * at -O0.
 *
 * The operands are integer constants already converted to the operator's type; the
 * value is gcc's, also where C leaves it undefined: INT_MIN / -1 is INT_MIN (the idiv
 * instruction would trap), shift counts outside the type's width as shiftCount says (x86
 * would mask them). Only division by zero is left to run, and trap, as gcc leaves it.
 *
 * A folded node remembers the operator it was written with (Node.foldedFrom), for
 * -Wparentheses: `1 << 2 - 1` still deserves its warning.
 */
import { newNode, type Node, type NodeKind } from './ast.js';
import type { IToken } from './chevrotain.js';
import { wrapToType } from './consteval.js';
import { isInteger, type Type } from './types.js';

function constantOperand(n: Node): bigint | undefined {
  return n.kind === 'num' && isInteger(n.ty!) ? wrapToType(n.val!, n.ty!) : undefined;
}

/** `start`: the expression's first token (its left operand's, a unary operator). */
function folded(kind: NodeKind, val: bigint, ty: Type, tok: IToken, start: IToken): Node {
  const n = newNode('num', tok);
  n.val = wrapToType(val, ty);
  n.ty = ty;
  n.foldedFrom = kind;
  n.start = start;
  return n;
}

/**
 * gcc 12's count for a constant shift that C leaves undefined: a negative count is taken
 * modulo the width (`1 << -1` is INT_MIN), one past the width shifts everything out
 * (`1u >> 32` is 0, `-8 >> 40` is -1).
 */
function shiftCount(r: bigint, bits: bigint): bigint {
  return r < 0n ? r & (bits - 1n) : r;
}

/** The value of `l kind r` on operands of type ty, or undefined where it is not folded. */
function binaryValue(kind: NodeKind, l: bigint, r: bigint, ty: Type): bigint | undefined {
  const bits = BigInt(Math.min(ty.size, 8) * 8);
  switch (kind) {
    case 'add': return l + r;
    case 'sub': return l - r;
    case 'mul': return l * r;
    case 'div': return r === 0n ? undefined : l / r; // (BigInt division truncates toward zero, as C's)
    case 'mod': return r === 0n ? undefined : l % r;
    case 'band': return l & r;
    case 'bor': return l | r;
    case 'bxor': return l ^ r;
    case 'shl': return shiftCount(r, bits) >= bits ? 0n : l << shiftCount(r, bits);
    // (Unsigned values are held non-negative, so >> is a logical shift for them.)
    case 'shr': return shiftCount(r, bits) >= bits ? (l < 0n ? -1n : 0n) : l >> shiftCount(r, bits);
    case 'eq': return l === r ? 1n : 0n;
    case 'ne': return l !== r ? 1n : 0n;
    case 'lt': return l < r ? 1n : 0n;
    case 'le': return l <= r ? 1n : 0n;
    case 'logand': return l !== 0n && r !== 0n ? 1n : 0n;
    case 'logor': return l !== 0n || r !== 0n ? 1n : 0n;
    default: return undefined;
  }
}

/** `l kind r` as one number of type ty, or undefined when it is not two integer constants. */
export function foldIntegerBinary(kind: NodeKind, lhs: Node, rhs: Node, ty: Type, tok: IToken): Node | undefined {
  if (!isInteger(ty)) return undefined;
  const l = constantOperand(lhs);
  const r = l === undefined ? undefined : constantOperand(rhs);
  if (r === undefined) return undefined;
  // (A shift's left operand has its result's type; other operators' have their common type.)
  const v = binaryValue(kind, l!, r, lhs.ty!);
  return v === undefined ? undefined : folded(kind, v, ty, tok, lhs.start ?? lhs.tok);
}

/** `-e`, `~e`, `!e` of an integer constant as one number, else undefined. */
export function foldIntegerUnary(kind: NodeKind, e: Node, ty: Type, tok: IToken): Node | undefined {
  const v = constantOperand(e);
  if (v === undefined || !isInteger(ty)) return undefined;
  switch (kind) {
    case 'neg': return folded(kind, -v, ty, tok, tok);
    case 'bitnot': return folded(kind, ~v, ty, tok, tok);
    case 'not': return folded(kind, v === 0n ? 1n : 0n, ty, tok, tok);
    default: return undefined;
  }
}
