/**
 * GNU `__int128` and `unsigned __int128`. Like _Complex (complex.ts), a 128-bit integer
 * travels through the compiler as a 16-byte aggregate — `struct { u64 lo; i64 hi; }` is
 * also exactly how the x86-64 ABI passes and returns it (two INTEGER eightbytes) — and
 * only its operations get their own nodes: 'int128' nodes, expanded by
 * codegen-int128.ts into a result slot. Floating values convert through double (a long
 * double loses its extra precision on the way to __int128).
 */
import type { IToken } from './chevrotain.js';
import { newNode, newWideOpNode, type Node } from './ast.js';
import { errorAt } from './report.js';
import { isFlonum, isInteger, Type, tyDouble, tyInt, tyLong, tyULong, type Member } from './types.js';

export type Int128Op =
  | 'add' | 'sub' | 'mul' | 'div' | 'mod' | 'band' | 'bor' | 'bxor' | 'shl' | 'shr'
  | 'neg' | 'bitnot' | 'eq' | 'ne' | 'lt' | 'le' | 'fromInt' | 'convert' | 'toBool' | 'fromFloat' | 'toFloat';

function int128Type(unsigned: boolean): Type {
  const t = new Type('struct', 16, 16);
  const part = (name: string, ty: Type, offset: number): Member => ({ name, ty, offset, isBitfield: false, bitOffset: 0, bitWidth: 0 });
  t.members = [part('__lo', tyULong, 0), part('__hi', unsigned ? tyULong : tyLong, 8)];
  t.isInt128 = true;
  t.isUnsigned = unsigned;
  return t;
}

export const tyInt128 = int128Type(false);
export const tyUInt128 = int128Type(true);

export function isInt128(t: Type): boolean {
  return t.isInt128;
}

function int128Node(op: Int128Op, ty: Type, lhs: Node, rhs: Node | undefined, tok: IToken): Node {
  return newWideOpNode('int128', op, ty, lhs, rhs, tok);
}

/** An integer (or another 128-bit integer) converted to `to`. */
export function toInt128(e: Node, to: Type, castTo: (e: Node, ty: Type) => Node): Node {
  const from = e.ty!;
  if (from === to) return e;
  if (isInt128(from)) return int128Node('convert', to, e, undefined, e.tok);
  // A long double stays one (codegen truncates its 64-bit significand exactly); float widens exactly.
  if (isFlonum(from)) return int128Node('fromFloat', to, from.kind === 'ldouble' ? e : castTo(e, tyDouble), undefined, e.tok);
  if (!isInteger(from) && from.kind !== 'ptr') return errorAt(e.tok, `cannot convert to '__int128'`);
  // Sign- or zero-extension to 64 bits first; codegen extends from there by that signedness.
  const wide = castTo(e, from.isUnsigned || from.kind === 'ptr' ? tyULong : tyLong);
  return int128Node('fromInt', to, wide, undefined, e.tok);
}

/** A 128-bit integer converted to a narrower type: its low bits (or, for _Bool, whether it is nonzero). */
export function fromInt128(e: Node, to: Type, castTo: (e: Node, ty: Type) => Node): Node {
  if (to.kind === 'bool') return int128Node('toBool', tyInt, e, undefined, e.tok);
  if (isFlonum(to)) return int128Node('toFloat', to, e, undefined, e.tok);
  const lo = newNode('member', e.tok);
  lo.lhs = e;
  lo.member = e.ty!.members[0];
  lo.ty = tyULong;
  return castTo(lo, to);
}

/** The usual arithmetic conversions with a 128-bit operand: unsigned wins only at 128 bits. */
function common128(a: Type, b: Type): Type {
  return (isInt128(a) && a.isUnsigned) || (isInt128(b) && b.isUnsigned) ? tyUInt128 : tyInt128;
}

/**
 * The usual arithmetic conversions beside a floating operand: the 128-bit integer converts
 * to the floating type (`i * 0.5` is a double), never the other way. Undefined when neither
 * operand is floating.
 */
export function floatingOperands(lhs: Node, rhs: Node, castTo: (e: Node, ty: Type) => Node): [Node, Node] | undefined {
  if (isFlonum(lhs.ty!)) return [lhs, castTo(rhs, lhs.ty!)];
  if (isFlonum(rhs.ty!)) return [castTo(lhs, rhs.ty!), rhs];
  return undefined;
}

export function int128Binary(op: Int128Op, lhs: Node, rhs: Node, tok: IToken, castTo: (e: Node, ty: Type) => Node): Node {
  if (op === 'shl' || op === 'shr') {
    // The shift count is an ordinary int; the result has the left operand's type.
    const left = isInt128(lhs.ty!) ? lhs : toInt128(lhs, tyInt128, castTo);
    const count = isInt128(rhs.ty!) ? fromInt128(rhs, tyInt, castTo) : castTo(rhs, tyInt);
    return int128Node(op, left.ty!, left, count, tok);
  }
  const ty = common128(lhs.ty!, rhs.ty!);
  const a = toInt128(lhs, ty, castTo);
  const b = toInt128(rhs, ty, castTo);
  const isCompare = op === 'eq' || op === 'ne' || op === 'lt' || op === 'le';
  return int128Node(op, isCompare ? tyInt : ty, a, b, tok);
}

export function int128Unary(op: 'neg' | 'bitnot', e: Node, tok: IToken): Node {
  return int128Node(op, e.ty!, e, undefined, tok);
}
