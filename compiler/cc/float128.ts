/**
 * `_Float128` and `__float128` (one type, as in gcc's C): IEEE 754 binary128. Like
 * __int128 (int128.ts) a value travels through the compiler as a 16-byte aggregate, and
 * the x86-64 psABI passes it whole in one %xmm register (class SSE + SSEUP, abi.ts). No
 * x86 instruction computes on it: every operation is a call of the routine libgcc names
 * for it (__addtf3, __lttf2, __extenddftf2, __fixtfdi...), so objects from gcc and from
 * us link against the same helpers (ours are userland/libc/src/softfp_*.c). Only
 * negation is done inline, as gcc does: it flips the sign bit.
 *
 * The operations are 'float128' nodes (op in `label`) that codegen-float128.ts expands;
 * constants carry their 16-byte image in `extended`, and fold-float128.ts evaluates
 * constant expressions of them at compile time.
 */
import type { IToken } from './chevrotain.js';
import { newSlotNode, type Node } from './ast.js';
import { b128Bytes, parseB128 } from './binary128.js';
import { errorAt } from './report.js';
import { isFlonum, isInteger, Type, tyInt, tyLong, tyUInt, tyULong } from './types.js';
import { quotedType, quotedValueType } from './typedef-names.js';

export type Float128Op =
  | 'const' | 'add' | 'sub' | 'mul' | 'div' | 'neg' | 'eq' | 'ne' | 'lt' | 'le'
  | 'fromInt' | 'fromFloat' | 'toInt' | 'toFloat' | 'toBool';

export const tyFloat128 = ((): Type => {
  const t = new Type('struct', 16, 16);
  t.isFloat128 = true;
  return t;
})();

export function isFloat128(t: Type): boolean {
  return t.isFloat128;
}

function float128Node(op: Float128Op, ty: Type, lhs: Node | undefined, rhs: Node | undefined, tok: IToken): Node {
  const n = newSlotNode('float128', tok);
  n.label = op;
  n.lhs = lhs;
  n.rhs = rhs;
  n.ty = ty;
  return n;
}

/** A _Float128 constant from its 16-byte little-endian image. */
export function float128Constant(image: Uint8Array, tok: IToken): Node {
  const n = float128Node('const', tyFloat128, undefined, undefined, tok);
  n.extended = image;
  return n;
}

/** The integer type a conversion goes through: int, unsigned int, long, unsigned long or a 128-bit one. */
function conversionInteger(t: Type): Type {
  if (t.isInt128) return t;
  if (t.kind === 'ptr') return tyULong;
  if (t.size === 8) return t.isUnsigned ? tyULong : tyLong;
  if (t.size === 4 && t.isUnsigned && t.kind !== 'bool') return tyUInt;
  return tyInt;
}

/** Any arithmetic value converted to _Float128. */
export function toFloat128(e: Node, castTo: (e: Node, ty: Type) => Node): Node {
  const from = e.ty!;
  if (from.isFloat128) return e;
  if (isFlonum(from)) return float128Node('fromFloat', tyFloat128, e, undefined, e.tok);
  if (isInteger(from) || from.isInt128) {
    return float128Node('fromInt', tyFloat128, castTo(e, conversionInteger(from)), undefined, e.tok);
  }
  return errorAt(e.tok, `incompatible type for conversion to '_Float128' from ${quotedType(from)}`);
}

/** A _Float128 value converted to another arithmetic type. */
export function fromFloat128(e: Node, to: Type, castTo: (e: Node, ty: Type) => Node): Node {
  if (to.kind === 'bool') return float128Node('toBool', to, e, undefined, e.tok);
  if (isFlonum(to)) return float128Node('toFloat', to, e, undefined, e.tok);
  if (isInteger(to) || to.isInt128) {
    // Narrow integers come from an int, as gcc converts them (through __fixtfsi).
    const via = conversionInteger(to);
    return castTo(float128Node('toInt', via, e, undefined, e.tok), to);
  }
  return errorAt(e.tok, `incompatible type for conversion to ${quotedType(to)} from '_Float128'`);
}

export function eitherFloat128(a: Node, b: Node): boolean {
  return a.ty!.isFloat128 || b.ty!.isFloat128;
}

/** + - * / and the comparisons with a _Float128 operand: both sides become _Float128. */
export function float128Binary(kind: string, op: string, lhs: Node, rhs: Node, tok: IToken, castTo: (e: Node, ty: Type) => Node): Node {
  const arithmetic = (t: Type): boolean => isFlonum(t) || isInteger(t) || t.isInt128 || t.isFloat128;
  if (!arithmetic(lhs.ty!) || !arithmetic(rhs.ty!)) {
    errorAt(tok, `invalid operands to binary ${op} (have ${quotedValueType(lhs.ty!)} and ${quotedValueType(rhs.ty!)})`);
  }
  const a = toFloat128(lhs, castTo);
  const b = toFloat128(rhs, castTo);
  switch (kind) {
    case 'add': case 'sub': case 'mul': case 'div':
      return float128Node(kind, tyFloat128, a, b, tok);
    case 'eq': case 'ne': case 'lt': case 'le':
      return float128Node(kind, tyInt, a, b, tok);
    default:
      return errorAt(tok, `invalid operands to binary ${op} (have ${quotedValueType(lhs.ty!)} and ${quotedValueType(rhs.ty!)})`);
  }
}

export function float128Negate(e: Node, tok: IToken): Node {
  return float128Node('neg', tyFloat128, e, undefined, tok);
}

/** An ordered comparison (`<`, `<=`; `>` and `>=` swap their operands) of _Float128 values. */
export function isFloat128Order(n: Node): boolean {
  return n.kind === 'float128' && (n.label === 'lt' || n.label === 'le');
}

/** `1.5q`, `2Q`, `0x1p-3f128`: a _Float128 constant's suffix, or undefined. */
export function float128Suffix(image: string): string | undefined {
  return /(?:[qQ]|[fF]128)$/.exec(image)?.[0];
}

/** A constant with a _Float128 suffix, parsed exactly (binary128.ts). */
export function float128Literal(tok: IToken): Node {
  const suffix = float128Suffix(tok.image)!;
  const bits = parseB128(tok.image.slice(0, -suffix.length));
  if (bits === undefined) return errorAt(tok, `invalid floating constant '${tok.image}'`);
  return float128Constant(b128Bytes(bits), tok);
}
