/**
 * GNU vector types (`__attribute__((vector_size(N)))`). Like _Complex and __int128, a
 * vector travels through the compiler as an aggregate: a struct whose unnamed members
 * are its lanes, so initializers, copies, memory arguments and struct layout need
 * nothing new. Only the ABI (abi.ts: class SSE, one xmm register up to 16 bytes) and the
 * operations differ: 'vector' nodes whose `label` names the operation, expanded
 * lane by lane by codegen-vector.ts into a result slot of the frame.
 *
 * The rules follow gcc's C front end: both operands of a binary operator are vectors of
 * the same shape, or one is a scalar that is broadcast to every lane; comparisons give a
 * vector of signed integers of the lanes' size holding -1 (true) or 0; casts between
 * vectors and integers of the same size reinterpret the bits; `!`, `&&`, `||` and `?:`
 * want scalars (C++ only accepts vectors there).
 */
import type { IToken } from './chevrotain.js';
import { newNode, newWideOpNode, type Node } from './ast.js';
import type { Attributes } from './parser-base.js';
import { evalFloat, tryEvalInt } from './consteval.js';
import { errorAt } from './report.js';
import {
  isFlonum, isInteger, pointerTo, Type, tyChar, tyInt, tyLong, tyShort, type Member,
} from './types.js';
import { quotedType, quotedValueType } from './typedef-names.js';

export type VectorOp =
  | 'add' | 'sub' | 'mul' | 'div' | 'mod' | 'band' | 'bor' | 'bxor' | 'shl' | 'shr'
  | 'eq' | 'ne' | 'lt' | 'le' | 'neg' | 'bitnot'
  | 'splat' // a scalar (already of the lane type) in every lane
  | 'bitcast' // the same bytes seen as another vector, or as an integer of the same size
  | 'shuffle' // __builtin_shuffle: args are [a, mask] or [a, b, mask]
  | 'convert'; // __builtin_convertvector: each lane converted to the other lane type

const MAX_LANES = 4096;
const vectorTypes = new Map<string, Type>();
// The types comparisons give: gcc lets them convert to any vector of the same lane size,
// so `unsigned_vector m = a < b;` needs no cast.
const maskTypes = new Map<string, Type>();
const opaque = new WeakSet<Type>();

export function isVector(t: Type): boolean {
  return t.vectorElem !== undefined;
}

export function laneCount(t: Type): number {
  return t.size / t.vectorElem!.size;
}

/** `elem __attribute__((vector_size(bytes)))`: one shared type per lane type and size. */
export function vectorOf(elem: Type, bytes: number, tok: IToken): Type {
  if (isVector(elem)) return errorAt(tok, 'invalid vector type for attribute \'vector_size\'');
  const laneOk = (isInteger(elem) && elem.kind !== 'bool') || elem.kind === 'float' || elem.kind === 'double';
  // gcc takes __int128 and long double lanes; our lanes are computed in registers.
  if (elem.isInt128 || elem.kind === 'ldouble') return errorAt(tok, 'unsupported: vectors of __int128 or long double');
  if (!laneOk) return errorAt(tok, `invalid vector type for attribute 'vector_size'`);
  if (bytes <= 0 || bytes % elem.size !== 0) return errorAt(tok, `vector size not an integral multiple of component size`);
  const lanes = bytes / elem.size;
  // Each lane is a member of the type (see the top of this file): keep their number sane.
  if (lanes > MAX_LANES) return errorAt(tok, `vectors of more than ${MAX_LANES} lanes are not supported`);
  if ((lanes & (lanes - 1)) !== 0) return errorAt(tok, `number of vector components ${lanes} not a power of two`);
  const key = `${elem.kind}:${elem.isUnsigned}:${elem.size}:${bytes}`;
  const known = vectorTypes.get(key);
  if (known) return known;
  const t = newVectorType(elem, bytes);
  vectorTypes.set(key, t);
  return t;
}

function newVectorType(elem: Type, bytes: number): Type {
  // gcc aligns a vector to its size (a struct member of 32 bytes sits at a multiple of 32).
  const t = new Type('struct', bytes, bytes);
  const lane = (i: number): Member => ({ name: undefined, ty: elem, offset: i * elem.size, isBitfield: false, bitOffset: 0, bitWidth: 0 });
  t.members = Array.from({ length: bytes / elem.size }, (_, i) => lane(i));
  t.vectorElem = elem;
  return t;
}

/** Same lane type (signedness included) and size: what assignment between vectors needs. */
function sameVector(a: Type, b: Type): boolean {
  const ea = a.vectorElem!;
  const eb = b.vectorElem!;
  if (opaque.has(a) || opaque.has(b)) return a.size === b.size && ea.size === eb.size;
  return a.size === b.size && ea.kind === eb.kind && ea.size === eb.size && ea.isUnsigned === eb.isUnsigned;
}

/** Same number and kind (integer or floating) of lanes of the same size: enough for arithmetic. */
function sameShape(a: Type, b: Type): boolean {
  const ea = a.vectorElem!;
  const eb = b.vectorElem!;
  return a.size === b.size && ea.size === eb.size && isFlonum(ea) === isFlonum(eb);
}

/** The vector of signed integers a comparison of `t` gives: lanes of the same size. */
function maskTypeOf(t: Type): Type {
  const size = t.vectorElem!.size;
  const key = `${size}:${t.size}`;
  const known = maskTypes.get(key);
  if (known) return known;
  const lane = size === 1 ? tyChar : size === 2 ? tyShort : size === 4 ? tyInt : tyLong;
  const m = newVectorType(lane, t.size);
  maskTypes.set(key, m);
  opaque.add(m);
  return m;
}

function vectorNode(op: VectorOp, ty: Type, lhs: Node, rhs: Node | undefined, tok: IToken): Node {
  return newWideOpNode('vector', op, ty, lhs, rhs, tok);
}

function invalidOperands(op: string, a: Node, b: Node, tok: IToken): never {
  return errorAt(tok, `invalid operands to binary ${op} (have ${quotedValueType(a.ty!)} and ${quotedValueType(b.ty!)})`);
}

/**
 * A scalar operand made a vector of type `to`: its value converted to the lane type and
 * broadcast. gcc refuses conversions that could lose the value (a floating scalar into
 * integer lanes, a wider integer variable, a constant that does not fit).
 */
function broadcast(e: Node, to: Type, tok: IToken, castTo: (e: Node, ty: Type) => Node): Node {
  const from = e.ty!;
  const lane = to.vectorElem!;
  const lossy = (): never => errorAt(tok, `conversion of scalar ${quotedType(from)} to vector ${quotedType(to)} involves truncation`);
  if (!isInteger(from) && !isFlonum(from)) return errorAt(tok, `cannot convert value to a vector`);
  if (isInteger(lane)) {
    if (isFlonum(from)) lossy();
    // A constant (`-1` too) only has to fit the lane, signed or unsigned.
    const v = tryEvalInt(e);
    if (v !== undefined) {
      const bits = BigInt(lane.size * 8);
      if (v < -(1n << (bits - 1n)) || v >= 1n << bits) lossy();
    } else if (from.size > lane.size) lossy();
  } else if (isFlonum(from) && evalFloat(e) === undefined && from.size > lane.size) {
    lossy();
  }
  return vectorNode('splat', to, castTo(e, lane), undefined, tok);
}

/** Both operands as vectors of one shape (a scalar is broadcast); the type the result takes. */
function vectorOperands(op: string, lhs: Node, rhs: Node, tok: IToken, castTo: (e: Node, ty: Type) => Node): [Node, Node, Type] {
  const lv = isVector(lhs.ty!);
  const rv = isVector(rhs.ty!);
  if (lv && rv) {
    if (!sameShape(lhs.ty!, rhs.ty!)) invalidOperands(op, lhs, rhs, tok);
    return [lhs, rhs, lhs.ty!];
  }
  if (lv) return [lhs, broadcast(rhs, lhs.ty!, tok, castTo), lhs.ty!];
  return [broadcast(lhs, rhs.ty!, tok, castTo), rhs, rhs.ty!];
}

export function eitherVector(a: Node, b: Node): boolean {
  return isVector(a.ty!) || isVector(b.ty!);
}

/**
 * `v << n` and `v >> n` with a scalar integer count: gcc shifts every lane by n whatever
 * the count's type (SSE headers write `(v8hu)a >> count` with an int count), so the
 * truncation rule of other broadcasts does not apply. A scalar on the left still does.
 */
function isShiftByScalar(kind: VectorOp, lhs: Node, rhs: Node): boolean {
  return (kind === 'shl' || kind === 'shr') && isVector(lhs.ty!) && isInteger(rhs.ty!) && isInteger(lhs.ty!.vectorElem!);
}

/** `a op b` for + - * / % & | ^ << >> with at least one vector operand. */
export function vectorBinary(kind: VectorOp, op: string, lhs: Node, rhs: Node, tok: IToken, castTo: (e: Node, ty: Type) => Node): Node {
  const [a, b, ty] = isShiftByScalar(kind, lhs, rhs)
    ? [lhs, vectorNode('splat', lhs.ty!, castTo(rhs, lhs.ty!.vectorElem!), undefined, tok), lhs.ty!]
    : vectorOperands(op, lhs, rhs, tok, castTo);
  const intOnly = kind === 'mod' || kind === 'band' || kind === 'bor' || kind === 'bxor' || kind === 'shl' || kind === 'shr';
  if (intOnly && isFlonum(ty.vectorElem!)) invalidOperands(op, lhs, rhs, tok);
  return vectorNode(kind, ty, a, b, tok);
}

/** == != < <= (> and >= arrive with their operands swapped): a vector of -1/0 lanes. */
export function vectorCompare(kind: 'eq' | 'ne' | 'lt' | 'le', lhs: Node, rhs: Node, tok: IToken, castTo: (e: Node, ty: Type) => Node): Node {
  const [a, b, ty] = vectorOperands('comparison', lhs, rhs, tok, castTo);
  return vectorNode(kind, maskTypeOf(ty), a, b, tok);
}

export function vectorUnary(kind: 'neg' | 'bitnot', e: Node, tok: IToken): Node {
  if (kind === 'bitnot' && isFlonum(e.ty!.vectorElem!)) return errorAt(tok, 'wrong type argument to bit-complement');
  return vectorNode(kind, e.ty!, e, undefined, tok);
}

/**
 * An explicit cast involving a vector: to or from a vector or an integer of the same
 * size, the bits are kept. gcc accepts nothing else.
 */
export function vectorCast(e: Node, to: Type, tok: IToken): Node {
  const from = e.ty!;
  if (isVector(from) && isVector(to) && sameVector(from, to)) return e;
  const bitsLike = (t: Type): boolean => isVector(t) || isInteger(t) || t.isInt128 || t.kind === 'ptr';
  if (!bitsLike(from) || !bitsLike(to)) {
    if (isVector(to)) return errorAt(tok, `cannot convert a value of type ${quotedType(from)} to vector type ${quotedType(to)}`);
    return errorAt(tok, `cannot convert a vector of type ${quotedType(from)} to type ${quotedType(to)}`);
  }
  if (from.size !== to.size) {
    if (isVector(to)) return errorAt(tok, `cannot convert a value of type ${quotedType(from)} to vector type ${quotedType(to)} which has different size`);
    return errorAt(tok, `cannot convert a vector of type ${quotedType(from)} to type ${quotedType(to)} which has different size`);
  }
  return vectorNode('bitcast', to, e, undefined, tok);
}

/** Assignment, initialization and argument passing: only the same vector type is accepted. */
export function isVectorAssignable(from: Type, to: Type): boolean {
  return isVector(from) && isVector(to) && sameVector(from, to);
}

/**
 * `v[i]`: the lane, an lvalue, reached like an array element through the vector's
 * address (a vector that is not an lvalue, such as a call's result, has a temporary home).
 */
export function vectorSubscript(v: Node, index: Node, tok: IToken,
  add: (a: Node, b: Node, tok: IToken) => Node, deref: (e: Node, tok: IToken) => Node): Node {
  if (!isInteger(index.ty!)) return errorAt(tok, 'array subscript is not an integer');
  const lane = v.ty!.vectorElem!;
  const addr = newNode('addr', tok);
  addr.lhs = v;
  addr.ty = pointerTo(v.ty!);
  const first = newNode('cast', tok);
  first.lhs = addr;
  first.ty = pointerTo(lane);
  return deref(add(first, index, tok), tok);
}

/** `__builtin_convertvector(v, T)`: T a vector type with as many lanes as v's. */
export function vectorConvert(v: Node, to: Type, tok: IToken): Node {
  if (!isVector(v.ty!)) return errorAt(tok, "'__builtin_convertvector' first argument must be an integer or floating vector");
  if (!isVector(to)) return errorAt(tok, "'__builtin_convertvector' second argument must be an integer or floating vector type");
  if (laneCount(v.ty!) !== laneCount(to)) {
    return errorAt(tok, "'__builtin_convertvector' number of elements of the first argument vector and the second argument vector type should be the same");
  }
  return vectorNode('convert', to, v, undefined, tok);
}

/**
 * `__builtin_shuffle(a, mask)` and `(a, b, mask)`: lane i of the result is lane mask[i]
 * of a (or of a then b, counted together), the index taken modulo the lanes available.
 */
export function vectorShuffle(args: Node[], tok: IToken): Node {
  if (args.length !== 2 && args.length !== 3) return errorAt(tok, "wrong number of arguments to '__builtin_shuffle'");
  const mask = args[args.length - 1];
  const srcs = args.slice(0, -1);
  for (const a of args) {
    if (!isVector(a.ty!)) return errorAt(a.tok, "'__builtin_shuffle' arguments must be vectors");
  }
  if (!isInteger(mask.ty!.vectorElem!)) return errorAt(mask.tok, "'__builtin_shuffle' last argument must be an integer vector");
  if (srcs.length === 2 && !sameVector(srcs[0].ty!, srcs[1].ty!)) {
    return errorAt(tok, "'__builtin_shuffle' argument vectors must be of the same type");
  }
  if (laneCount(srcs[0].ty!) !== laneCount(mask.ty!) || srcs[0].ty!.vectorElem!.size !== mask.ty!.vectorElem!.size) {
    return errorAt(tok, "'__builtin_shuffle' number of elements of the argument vector(s) and the mask vector should be the same");
  }
  const n = vectorNode('shuffle', srcs[0].ty!, srcs[0], undefined, tok);
  n.args = args;
  n.lhs = undefined;
  return n;
}

/**
 * The base type of a declaration once its `vector_size` attribute (if any) applies: like
 * gcc, the attribute makes a vector of the innermost type, under any pointers or arrays
 * the declarator adds (`v4 *p` but also `int *p __attribute__((vector_size(16)))`).
 */
export function withVectorAttribute(base: Type, attrs: Attributes): Type {
  const v = attrs.vectorSize;
  return v ? vectorOf(base, v.bytes, v.tok) : base;
}
