/**
 * Node constructors that type-check as they build: usual arithmetic conversions, integer
 * promotions, pointer arithmetic, implicit casts and lvalue checks. Every expression node
 * leaves here with its `ty` set, so the code generator never has to infer anything.
 */
import { checkBitfieldConversion, checkConstantConversion, checkEvaluation, checkNegation, dropRuledOut, warningsMoveTo } from './evaluation-warnings.js';
import { warnCommaLeftHand, warnStringLiteralComparison } from './classic-mistakes.js';
import { foldIntegerBinary, foldIntegerUnary } from './fold-int.js';
import type { IToken } from './chevrotain.js';
import { blockEarlyCode, COMPOUND_LITERAL, newNode, type Node, type NodeKind, type Obj } from './ast.js';
import { complexBinary, complexUnary, fromComplex, isComplex, toComplex } from './complex.js';
import { evalFloat, floatToIntConstant, tryEvalInt, wrapToType } from './consteval.js';
import { narrowTrapping, narrowTrappingTo } from './trapv.js';
import { eitherFloat128, float128Binary, float128Negate, fromFloat128, isFloat128, toFloat128, tyFloat128 } from './float128.js';
import { floatingOperands, fromInt128, int128Binary, int128Unary, isInt128, toInt128, tyInt128, tyUInt128, type Int128Op } from './int128.js';
import { checkBoolContext, warnBitNotOfTruth } from './bool-context.js';
import { checkPointerConversion, expressionStart, incompatibleTypes, intConversionMessage, noteExpectedArgument, type ConversionSite } from './pointer-conversion.js';
import { checkEnumConversion } from './enum-compare.js';
import { P } from './lexer.js';
import { errorAt, isWarningOn, pedwarnAt, warnAt } from './report.js';
import { eitherVector, isVector, isVectorAssignable, vectorBinary, vectorCast, vectorCompare, vectorUnary, type VectorOp } from './vector.js';
import {
  isFlonum, isInteger, isNumeric, isNumberLikeAggregate, tyBool, isPointerLike, isScalar, isAggregate, isCompatible, pointerTo,
  tyInt, tyLong, tyUInt, tyULong, type Type,
  qualifiedType, unqualified, tyChar, tyDouble, canonicalType, decayedType,
} from './types.js';
import { quotedType, quotedValueType } from './typedef-names.js';
import { commonType } from './usual-conversions.js';

export function numNode(val: bigint, tok: IToken, ty: Type = tyInt): Node {
  const n = newNode('num', tok);
  n.val = val;
  n.ty = ty;
  return n;
}

export function fnumNode(val: number, tok: IToken, ty: Type): Node {
  const n = newNode('fnum', tok);
  n.fval = val;
  n.ty = ty;
  return n;
}

export function varNode(obj: Obj, tok: IToken): Node {
  const n = newNode('var', tok);
  n.obj = obj;
  n.ty = obj.ty;
  // Its address is computed one way if the file defines it, another if not (codegen-expr.ts):
  // a definition may still follow.
  if (obj.isThreadLocal && !obj.isLocal && !obj.isDefinition && !obj.isTentative && !obj.isStatic) blockEarlyCode();
  return n;
}

export function castNode(expr: Node, ty: Type): Node {
  if (expr.ty === ty || onlyNamesDiffer(expr.ty!, ty)) return expr;
  if (onlySpellingDiffers(expr, ty) || isConstLentTo(expr, ty)) {
    const copy = { ...expr, ty };
    warningsMoveTo(copy, expr);
    return copy;
  }
  if ((isVector(ty) || isVector(expr.ty!)) && ty.kind !== 'void') return vectorCast(expr, ty, expr.tok);
  if (isComplex(ty)) return toComplex(expr, ty, castNode);
  if (isComplex(expr.ty!) && ty.kind !== 'void') return fromComplex(expr, ty, castNode);
  if (isFloat128(ty)) return toFloat128(expr, castNode);
  if (isFloat128(expr.ty!) && ty.kind !== 'void') return fromFloat128(expr, ty, castNode);
  if (isInt128(ty)) return toInt128(expr, ty, castNode);
  if (isInt128(expr.ty!) && ty.kind !== 'void') return fromInt128(expr, ty, castNode);
  expr = narrowTrappingTo(expr, ty);
  // Fold casts of integer constants, so `(unsigned char)17` is just the number 17.
  if (expr.kind === 'num' && isInteger(expr.ty!) && (isInteger(ty) || ty.kind === 'ptr')) {
    const n = numNode(ty.kind === 'ptr' ? BigInt.asUintN(64, expr.val!) : wrapToType(expr.val!, ty), expr.tok, ty);
    n.start = expr.start;
    warningsMoveTo(n, expr);
    return n;
  }
  const folded = foldFloatToInt(expr, ty);
  if (folded) return folded;
  const n = newNode('cast', expr.tok);
  n.lhs = expr;
  n.ty = ty;
  return n;
}

/** The same type, qualifiers and all, but for a typedef's name (typedef-names.ts): nothing to convert. */
function onlyNamesDiffer(from: Type, to: Type): boolean {
  if (from.typedefName === undefined && to.typedefName === undefined) return false;
  if (from.isConst !== to.isConst || from.isVolatile !== to.isVolatile || from.isAtomic !== to.isAtomic) return false;
  return canonicalType(from) === canonicalType(to);
}

/**
 * long to long long, char to signed char: the same bits under another name. The value is
 * the operand itself, retyped, so the code generated does not change (a cast node would
 * hide a variable from the binary operators' memory operands).
 */
function onlySpellingDiffers(expr: Node, ty: Type): boolean {
  const from = expr.ty!;
  if (from.spelling === ty.spelling || !isInteger(from) || !isInteger(ty)) return false;
  if (from.kind !== ty.kind || from.isUnsigned !== ty.isUnsigned || from.size !== ty.size) return false;
  if (from.isConst || from.isVolatile || from.isAtomic || ty.isConst || ty.isVolatile || ty.isAtomic) return false;
  return expr.wideBits === undefined && !(expr.kind === 'member' && expr.member!.isBitfield);
}

/**
 * Whether `ty` is (by any typedef name) the type of a member or element before a const
 * record or array lent it `const` (memberNode, qualifiedType): `p->x` with
 * `const struct s *p` reads an int. Converting it
 * back to that type changes no value, so the read stays a plain member or element, as
 * before the lending, and the code made for it does not change. Volatile is not lent
 * away: codegen must see a volatile read.
 */
function isConstLentTo(expr: Node, ty: Type): boolean {
  const lent = constLentTo(expr);
  return lent !== undefined && (ty === lent || onlyNamesDiffer(lent, ty));
}

function constLentTo(expr: Node): Type | undefined {
  const t = expr.ty!;
  if (!t.isConst || t.isVolatile) return undefined;
  if (expr.kind === 'member') return expr.member!.ty;
  if (expr.kind !== 'deref') return undefined;
  const array = (expr.lhs!.kind === 'add' ? expr.lhs!.lhs! : expr.lhs!).ty!;
  return array.kind === 'array' && array.origin !== undefined ? array.origin.base : undefined;
}

/** gcc folds a floating constant's conversion even at -O0, saturating where cvttsd2si would not. */
export function foldFloatToInt(expr: Node, ty: Type): Node | undefined {
  if (!isInteger(ty) || ty.kind === 'bool' || (expr.ty!.kind !== 'float' && expr.ty!.kind !== 'double')) return undefined;
  const f = evalFloat(expr);
  return f === undefined ? undefined : numNode(floatToIntConstant(f, ty), expr.tok, ty);
}

export function unaryNode(kind: NodeKind, expr: Node, ty: Type, tok: IToken): Node {
  const constant = foldIntegerUnary(kind, expr, ty, tok);
  if (constant && kind === 'neg') checkNegation(constant, expr, tok);
  if (constant) {
    warningsMoveTo(constant, expr);
    return constant;
  }
  const n = newNode(kind, tok);
  n.lhs = expr;
  n.ty = ty;
  return n;
}

function binaryNode(kind: NodeKind, lhs: Node, rhs: Node, ty: Type, tok: IToken): Node {
  const constant = foldIntegerBinary(kind, lhs, rhs, ty, tok);
  if (constant) {
    warningsMoveTo(constant, lhs, rhs);
    return constant;
  }
  const n = newNode(kind, tok);
  n.lhs = lhs;
  n.rhs = rhs;
  n.ty = ty;
  return n;
}

/** Integer promotion: anything narrower than int becomes int. */
export function promote(n: Node): Node {
  const t = n.ty!;
  if (isInteger(t) && t.size < 4) return castNode(n, tyInt);
  if (t.kind === 'enum' || t.kind === 'bool') return castNode(n, t.isUnsigned ? tyUInt : tyInt);
  return n;
}

function eitherComplex(a: Node, b: Node): boolean {
  return isComplex(a.ty!) || isComplex(b.ty!);
}

/** A condition's value: complex and 128-bit operands become _Bool first. */
function truthValue(n: Node): Node {
  return isNumberLikeAggregate(n.ty!) ? castNode(n, tyBool) : n;
}

function either128(a: Node, b: Node): boolean {
  return isInt128(a.ty!) || isInt128(b.ty!);
}

function isScalarLike(n: Node): boolean {
  return isScalar(n.ty!) || n.ty!.kind === 'array' || n.ty!.kind === 'func' || isNumberLikeAggregate(n.ty!);
}

/**
 * A value used as a truth value (a condition, `&&`'s left operand), in gcc's words when it
 * cannot be one, at `at` (the operand itself unless gcc names another place).
 */
export function requireTruthValue(n: Node, at?: IToken): void {
  if (isScalarLike(n)) return;
  const t = n.ty!;
  if (t.kind === 'void') errorAt(expressionStart(n), 'void value not ignored as it ought to be');
  errorAt(at ?? expressionStart(n), `used ${t.vectorElem ? 'vector type' : `${t.kind === 'union' ? 'union' : 'struct'} type value`} where scalar is required`);
}

/** Both operands of binary `op` (at `tok`) pass `ok`, or gcc's error names both their types. */
function requireOperands(lhs: Node, rhs: Node, op: string, tok: IToken, ok: (t: Type) => boolean): void {
  if (!ok(lhs.ty!) || !ok(rhs.ty!)) invalidOperands(lhs, rhs, op, tok);
}

/** gcc's error for operands (as written, left first) that binary `op` cannot take. */
function invalidOperands(lhs: Node, rhs: Node, op: string, tok: IToken): never {
  return errorAt(tok, `invalid operands to binary ${op} (have ${quotedValueType(decayedType(lhs.ty!))} and ${quotedValueType(decayedType(rhs.ty!))})`);
}

/** Arithmetic binary operators (* / % & | ^) with the usual arithmetic conversions. */
export function arithNode(kind: NodeKind, op: string, lhs: Node, rhs: Node, tok: IToken): Node {
  if (eitherVector(lhs, rhs)) return vectorBinary(kind as VectorOp, op, lhs, rhs, tok, castNode);
  if ((kind === 'add' || kind === 'sub' || kind === 'mul' || kind === 'div') && eitherComplex(lhs, rhs)) {
    return complexBinary(kind, lhs, rhs, tok, castNode, commonType);
  }
  const intOnly = kind === 'mod' || kind === 'band' || kind === 'bor' || kind === 'bxor';
  if (eitherFloat128(lhs, rhs)) return float128Binary(kind, op, lhs, rhs, tok, castNode);
  if (either128(lhs, rhs)) {
    if (intOnly && (isFlonum(lhs.ty!) || isFlonum(rhs.ty!))) errorAt(tok, `invalid operands to binary ${op}`);
    const floating = floatingOperands(lhs, rhs, castNode);
    if (floating === undefined) return int128Binary(kind as Int128Op, lhs, rhs, tok, castNode);
    [lhs, rhs] = floating;
  }
  if (intOnly) {
    requireOperands(lhs, rhs, op, tok, isInteger);
  } else {
    requireOperands(lhs, rhs, op, tok, isNumeric);
  }
  const l = promoteBitfield(lhs);
  const r = promoteBitfield(rhs);
  const ty = commonType(l.ty!, r.ty!);
  const n = wrapWideBitfield(binaryNode(kind, castNode(l, ty), castNode(r, ty), ty, tok), l, r);
  checkEvaluation(n, kind, ty, lhs, rhs, tok);
  return n;
}

/**
 * Integer promotion of a bit-field (C99 6.3.1.1): narrower than int, its value is an int
 * (`unsigned x:8` too), exactly 32 bits an int or unsigned int, whatever type it was declared with.
 */
export function promoteBitfield(n: Node): Node {
  const field = bitfieldSource(n);
  if (!field) return n;
  const w = field.bitWidth;
  const signed = !n.ty!.isUnsigned && n.ty!.kind !== 'bool';
  if (w < 32 || (w === 32 && signed)) return castNode(n, tyInt);
  if (w === 32) return castNode(n, tyUInt);
  return n;
}


/**
 * The bit-field an expression's value comes straight from, keeping its narrow type as gcc
 * does: `s.b`, `(x, s.b)`, `s.b = v`, `s.b += v` and `({ ...; s.b; })` all promote to int.
 */
function bitfieldSource(n: Node): import('./types.js').Member | undefined {
  switch (n.kind) {
    case 'member': return n.member!.isBitfield ? n.member : undefined;
    case 'comma': return bitfieldSource(n.rhs!);
    case 'assign': return n.lhs!.kind === 'member' && n.lhs!.member!.isBitfield ? n.lhs!.member : undefined;
    case 'stmtExpr': {
      const last = n.body!.length > 0 ? n.body![n.body!.length - 1] : undefined;
      return last?.kind === 'exprStmt' ? bitfieldSource(last.lhs!) : undefined;
    }
    default: return undefined;
  }
}

/** gcc gives a bit-field wider than int an N-bit type of its own (`unsigned long long x:40`). */
function wideBits(n: Node): number | undefined {
  if (n.wideBits !== undefined) return n.wideBits;
  if (n.kind === 'member' && n.member!.isBitfield && n.member!.bitWidth > 32 && n.member!.bitWidth < 64) return n.member!.bitWidth;
  return undefined;
}

/**
 * Arithmetic between such N-bit bit-fields (and narrower integers) happens in the widest
 * one's N bits, as gcc does: the 64-bit result is reduced to N bits (masked, or sign-extended).
 */
function wrapWideBitfield(n: Node, lhs: Node, rhs: Node | undefined): Node {
  const wl = wideBits(lhs);
  const wr = rhs ? wideBits(rhs) : undefined;
  if (wl === undefined && wr === undefined) return n;
  const plain64 = (e: Node | undefined): boolean => e !== undefined && wideBits(e) === undefined && e.ty!.size === 8;
  if (plain64(lhs) || plain64(rhs) || !isInteger(n.ty!)) return n;
  const bits = Math.max(wl ?? 0, wr ?? 0);
  const tok = n.tok;
  let r: Node;
  if (n.ty!.isUnsigned) r = binaryNode('band', n, numNode((1n << BigInt(bits)) - 1n, tok, n.ty!), n.ty!, tok);
  else {
    const up = binaryNode('shl', n, numNode(BigInt(64 - bits), tok), n.ty!, tok);
    r = binaryNode('shr', up, numNode(BigInt(64 - bits), tok), n.ty!, tok);
  }
  r.wideBits = bits;
  return r;
}

export function shiftNode(kind: NodeKind, op: string, lhs: Node, rhs: Node, tok: IToken): Node {
  if (eitherVector(lhs, rhs)) return vectorBinary(kind as VectorOp, op, lhs, rhs, tok, castNode);
  if (either128(lhs, rhs)) return int128Binary(kind as Int128Op, lhs, rhs, tok, castNode);
  requireOperands(lhs, rhs, op, tok, isInteger);
  const l = promote(promoteBitfield(lhs));
  const n = wrapWideBitfield(binaryNode(kind, l, promote(promoteBitfield(rhs)), l.ty!, tok), l, undefined);
  checkEvaluation(n, kind, l.ty!, lhs, rhs, tok);
  return n;
}

function pointee(t: Type): Type {
  return t.base!;
}

/** Size used to scale pointer arithmetic; gcc treats void and functions as size 1. */
function scaleOf(t: Type, tok: IToken): number {
  const b = pointee(t);
  if (b.kind === 'void' || b.kind === 'func') return 1;
  if (b.kind !== 'array' && b.size === 0 && !b.isComplete) errorAt(tok, `invalid use of undefined type ${quotedType(b)}`);
  return b.size;
}

/**
 * GNU C steps a `void *` or a function pointer by one byte; ISO C has no such arithmetic
 * (C11 6.5.6p2 wants a pointer to a complete object type), so -pedantic says so, as gcc's
 * -Wpointer-arith does. `p++` arrives here as `p + 1` with the `++` token.
 */
function pedwarnPointerArith(ptr: Type, tok: IToken, use: 'arithmetic' | 'subtraction'): void {
  const b = pointee(ptr);
  if (b.kind !== 'void' && b.kind !== 'func') return;
  const step = tok.tokenType === P['++'] ? 'increment' : tok.tokenType === P['--'] ? 'decrement' : undefined;
  const pointer = b.kind === 'void' ? "pointer of type 'void *'" : 'pointer to a function';
  pedwarnAt(tok, step ? `wrong type argument to ${step}` : `${pointer} used in ${use}`, '-Wpointer-arith');
}

function asPointer(t: Type): Type {
  if (t.kind === 'array') return pointerTo(t.base!);
  if (t.kind === 'func') return pointerTo(t);
  return t;
}

export function addNode(lhs: Node, rhs: Node, tok: IToken): Node {
  if (eitherVector(lhs, rhs)) return vectorBinary('add', '+', lhs, rhs, tok, castNode);
  if (eitherComplex(lhs, rhs)) return complexBinary('add', lhs, rhs, tok, castNode, commonType);
  if (eitherFloat128(lhs, rhs)) return float128Binary('add', '+', lhs, rhs, tok, castNode);
  if (either128(lhs, rhs)) {
    if (!isPointerLike(lhs.ty!) && !isPointerLike(rhs.ty!)) return arithNode('add', '+', lhs, rhs, tok);
    // A 128-bit index into an array: its low 64 bits are the offset.
    if (isInt128(lhs.ty!)) lhs = castNode(lhs, tyLong);
    else rhs = castNode(rhs, tyLong);
  }
  if (isNumeric(lhs.ty!) && isNumeric(rhs.ty!)) return arithNode('add', '+', lhs, rhs, tok);
  if (isPointerLike(rhs.ty!) && !isPointerLike(lhs.ty!)) [lhs, rhs] = [rhs, lhs];
  if (!isPointerLike(lhs.ty!) || !isInteger(rhs.ty!)) {
    invalidOperands(lhs, rhs, '+', tok);
  }
  // `((int (*)[n])p)[i]`: the cast computes the row size, so it must run before the index is scaled.
  if (lhs.kind === 'comma' && lhs.ty!.kind === 'ptr' && lhs.ty!.base!.isVla) return commaNode(lhs.lhs!, addNode(lhs.rhs!, rhs, tok), tok);
  pedwarnPointerArith(lhs.ty!, tok, 'arithmetic');
  const scaled = scaleBy(rhs, lhs.ty!, tok);
  return binaryNode('add', lhs, scaled, asPointer(lhs.ty!), tok);
}

/** `a[i]`, which is `*(a + i)` with either operand the pointer, checked with gcc's messages. */
export function subscriptNode(base: Node, index: Node, tok: IToken): Node {
  const pointer = isPointerLike(base.ty!) ? base : isPointerLike(index.ty!) ? index : undefined;
  if (!pointer) return errorAt(tok, 'subscripted value is neither array nor pointer nor vector');
  if (pointer.ty!.base!.kind === 'func') return errorAt(tok, 'subscripted value is pointer to function');
  const offset = (pointer === base ? index : base).ty!;
  // A register array has no address to index from (C11 6.5.3.2p1 via 6.3.2.1p3): GNU C indexes it anyway.
  if (pointer.kind === 'var' && pointer.obj!.isRegister && pointer.ty!.kind === 'array') {
    pedwarnAt(tok, "ISO C forbids subscripting 'register' array", '-Wpedantic');
  }
  if (!isInteger(offset) && !offset.isInt128) return errorAt(tok, 'array subscript is not an integer');
  // A plain char may be negative: `count[c]` of a letter outside ASCII reads before the array.
  // (gcc places it at the index, unless that is a variable alone, which has no place: at the `[`.)
  if (pointer === base && canonicalType(index.ty!) === tyChar && isWarningOn('char-subscripts')) {
    warnAt(index.kind === 'var' ? tok : index.codeTok ?? index.tok, "array subscript has type 'char' [-Wchar-subscripts]");
  }
  return derefNode(addNode(base, index, tok), tok);
}

/** idx times the pointee size, which for rows of a variable length array is known only at run time. */
export function scaleBy(idx: Node, ptr: Type, tok: IToken): Node {
  const b = ptr.base!;
  if (b.isVla) {
    if (!b.vlaSize) return errorAt(tok, 'the size of this variable length array type is not known here');
    const size = varNode(b.vlaSize, tok);
    return binaryNode('mul', castNode(idx, tyLong), castNode(size, tyLong), tyLong, tok);
  }
  return scaleIndex(idx, scaleOf(ptr, tok), tok);
}

function scaleIndex(idx: Node, scale: number, tok: IToken): Node {
  const i = castNode(idx, tyLong);
  if (scale === 1) return i;
  // A constant index is scaled now (`p + 1`, `p++`), as gcc does even at -O0.
  if (i.kind === 'num') return numNode(BigInt.asIntN(64, i.val! * BigInt(scale)), tok, tyLong);
  return binaryNode('mul', i, numNode(BigInt(scale), tok, tyLong), tyLong, tok);
}

export function subNode(lhs: Node, rhs: Node, tok: IToken): Node {
  if (eitherVector(lhs, rhs)) return vectorBinary('sub', '-', lhs, rhs, tok, castNode);
  if (eitherComplex(lhs, rhs)) return complexBinary('sub', lhs, rhs, tok, castNode, commonType);
  if (eitherFloat128(lhs, rhs)) return float128Binary('sub', '-', lhs, rhs, tok, castNode);
  if (either128(lhs, rhs) && !isPointerLike(lhs.ty!)) return arithNode('sub', '-', lhs, rhs, tok);
  if (isInt128(rhs.ty!)) rhs = castNode(rhs, tyLong);
  if (isNumeric(lhs.ty!) && isNumeric(rhs.ty!)) return arithNode('sub', '-', lhs, rhs, tok);
  if (isPointerLike(lhs.ty!) && isInteger(rhs.ty!)) {
    if (lhs.kind === 'comma' && lhs.ty!.kind === 'ptr' && lhs.ty!.base!.isVla) return commaNode(lhs.lhs!, subNode(lhs.rhs!, rhs, tok), tok);
    pedwarnPointerArith(lhs.ty!, tok, 'arithmetic');
    return binaryNode('sub', lhs, scaleBy(rhs, lhs.ty!, tok), asPointer(lhs.ty!), tok);
  }
  if (isPointerLike(lhs.ty!) && isPointerLike(rhs.ty!)) {
    const b = lhs.ty!.base!;
    // The distance between two pointers counts elements of one type (C11 6.5.6p3).
    if (!b.isVla && !rhs.ty!.base!.isVla && !isCompatible(b, rhs.ty!.base!)) {
      invalidOperands(lhs, rhs, '-', tok);
    }
    pedwarnPointerArith(lhs.ty!, tok, 'subtraction');
    const diff = binaryNode('sub', lhs, rhs, tyLong, tok);
    // Rows of a VLA type, or structs with VLA members: their size is a run-time value.
    if (b.isVla && b.vlaSize) return binaryNode('div', diff, castNode(varNode(b.vlaSize, tok), tyLong), tyLong, tok);
    const scale = scaleOf(lhs.ty!, tok);
    if (scale === 1) return diff;
    return binaryNode('div', diff, numNode(BigInt(scale), tok, tyLong), tyLong, tok);
  }
  return invalidOperands(lhs, rhs, '-', tok);
}

/** == != < <= (> and >= are built by swapping operands). Result is int. */
export function compareNode(kind: NodeKind, lhs: Node, rhs: Node, tok: IToken): Node {
  if (eitherVector(lhs, rhs)) return vectorCompare(kind as 'eq' | 'ne' | 'lt' | 'le', lhs, rhs, tok, castNode);
  if (eitherComplex(lhs, rhs)) {
    if (kind !== 'eq' && kind !== 'ne') errorAt(tok, `invalid operands to comparison (have ${quotedValueType(lhs.ty!)} and ${quotedValueType(rhs.ty!)})`);
    return complexBinary(kind, lhs, rhs, tok, castNode, commonType);
  }
  if (eitherFloat128(lhs, rhs)) return float128Binary(kind, 'comparison', lhs, rhs, tok, castNode);
  if (either128(lhs, rhs)) {
    const floating = floatingOperands(lhs, rhs, castNode);
    if (floating === undefined) return int128Binary(kind as Int128Op, lhs, rhs, tok, castNode);
    [lhs, rhs] = floating;
  }
  if (!isScalarLike(lhs) || !isScalarLike(rhs)) {
    // (`a > b` is built as `b < a`: the message names the operands as written.)
    if (tok.image.startsWith('>')) invalidOperands(rhs, lhs, tok.image, tok);
    invalidOperands(lhs, rhs, tok.image, tok);
  }
  lhs = promoteBitfield(lhs);
  rhs = promoteBitfield(rhs);
  if (isNumeric(lhs.ty!) && isNumeric(rhs.ty!)) {
    const ty = commonType(lhs.ty!, rhs.ty!);
    return binaryNode(kind, castNode(lhs, ty), castNode(rhs, ty), tyInt, tok);
  }
  checkPointerComparison(kind === 'lt' || kind === 'le', lhs, rhs, tok);
  // Pointer comparisons are unsigned 64-bit.
  return binaryNode(kind, castNode(lhs, tyULong), castNode(rhs, tyULong), tyInt, tok);
}

function isPointerOrFunction(t: Type): boolean {
  return isPointerLike(t) || t.kind === 'func';
}

/**
 * What C11 6.5.8p2 and 6.5.9p2 allow to compare: pointers to compatible types, or for `==`
 * a pointer and a `void *` or a null pointer constant. GNU C compares any pointer and
 * integer; gcc's pedwarns say where ISO C does not.
 */
function checkPointerComparison(ordered: boolean, lhs: Node, rhs: Node, tok: IToken): void {
  const [l, r] = [lhs.ty!, rhs.ty!];
  if (isPointerOrFunction(l) && isPointerOrFunction(r)) {
    warnStringLiteralComparison(lhs, rhs, tok);
    const [a, b] = [pointee(asPointer(l)), pointee(asPointer(r))];
    if (isCompatible(a, b)) {
      if (ordered && a.kind === 'func') pedwarnAt(tok, 'ISO C forbids ordered comparisons of pointers to functions', '-Wpedantic');
    } else if (!ordered && (a.kind === 'void' || b.kind === 'void')) {
      // (`fp == (void *)0` is a comparison with a null pointer constant.)
      const withFunction = (a.kind === 'func' || b.kind === 'func') && !isNullPointerConstant(lhs) && !isNullPointerConstant(rhs);
      if (withFunction) pedwarnAt(tok, "ISO C forbids comparison of 'void *' with function pointer", '-Wpedantic');
    } else {
      pedwarnAt(tok, 'comparison of distinct pointer types lacks a cast');
    }
    return;
  }
  const other = isPointerOrFunction(l) ? rhs : lhs;
  if (!isInteger(other.ty!)) return;
  if (tryEvalInt(other) !== 0n) return pedwarnAt(tok, 'comparison between pointer and integer');
  // `p == '\0'` is a null pointer constant too, but most likely meant `*p == '\0'`.
  if (other.kind === 'num' && other.tok.image.startsWith("'")) warnAt(tok, 'comparison between pointer and zero character constant [-Wpointer-compare]');
  if (ordered) pedwarnAt(tok, 'ordered comparison of pointer with integer zero', '-Wpedantic');
}

export function logicalNode(kind: NodeKind, lhs: Node, rhs: Node, tok: IToken): Node {
  // The left operand becomes a truth value first; a right one that cannot is an invalid operand.
  requireTruthValue(lhs);
  if (!isScalarLike(rhs)) invalidOperands(lhs, rhs, tok.image, tok);
  dropRuledOut(kind === 'logand' ? 'logand' : 'logor', lhs, rhs);
  checkBoolContext(lhs, 'left');
  checkBoolContext(rhs, 'right', tok);
  return binaryNode(kind, truthValue(lhs), truthValue(rhs), tyInt, tok);
}

export function notNode(expr: Node, tok: IToken): Node {
  checkBoolContext(expr, 'not', tok);
  if (isComplex(expr.ty!) || isInt128(expr.ty!) || isFloat128(expr.ty!)) return unaryNode('not', castNode(expr, tyBool), tyInt, tok);
  if (!isScalarLike(expr)) errorAt(tok, 'wrong type argument to unary exclamation mark');
  return unaryNode('not', expr, tyInt, tok);
}

export function negNode(expr: Node, tok: IToken): Node {
  if (isVector(expr.ty!)) return vectorUnary('neg', expr, tok);
  if (isComplex(expr.ty!)) return complexUnary('neg', expr, tok);
  if (isInt128(expr.ty!)) return int128Unary('neg', expr, tok);
  if (isFloat128(expr.ty!)) return float128Negate(expr, tok);
  if (!isNumeric(expr.ty!)) errorAt(tok, `wrong type argument to unary minus`);
  const e = promote(promoteBitfield(expr));
  return wrapWideBitfield(unaryNode('neg', e, e.ty!, tok), e, undefined);
}

export function bitnotNode(expr: Node, tok: IToken): Node {
  if (isVector(expr.ty!)) return vectorUnary('bitnot', expr, tok);
  if (isComplex(expr.ty!)) return complexUnary('conj', expr, tok); // GNU: ~z is the conjugate
  if (isInt128(expr.ty!)) return int128Unary('bitnot', expr, tok);
  if (!isInteger(expr.ty!)) errorAt(tok, `wrong type argument to bit-complement`);
  warnBitNotOfTruth(expr, tok);
  const e = promote(promoteBitfield(expr));
  return wrapWideBitfield(unaryNode('bitnot', e, e.ty!, tok), e, undefined);
}

export function isLvalue(n: Node): boolean {
  switch (n.kind) {
    case 'var': return !n.obj!.isFunction;
    case 'deref': return true;
    // A member of an rvalue struct (`f().x`, `(c ? a : b).x`) is no lvalue either.
    case 'member': return isLvalue(n.lhs!);
    case 'comma': return n.label === COMPOUND_LITERAL; // `&(int){3}`: the literal's object
    default: return false;
  }
}

export function derefNode(expr: Node, tok: IToken): Node {
  const t = expr.ty!;
  if (t.kind === 'func') return expr; // *f == f
  if (!isPointerLike(t)) errorAt(tok, `invalid type argument of unary '*' (have ${quotedValueType(t)})`);
  if (t.base!.kind === 'func') return expr;
  return unaryNode('deref', expr, t.base!, tok);
}

export function addrNode(expr: Node, tok: IToken): Node {
  if (expr.kind === 'member' && expr.member!.isBitfield) errorAt(tok, `cannot take address of bit-field`);
  if (expr.kind === 'var' && expr.obj!.isGlobalRegister) errorAt(tok, `address of global register variable '${expr.obj!.name}' requested`);
  if (expr.kind === 'var' && expr.obj!.isRegister) errorAt(tok, `address of register variable '${expr.obj!.name}' requested`);
  if (expr.ty!.kind === 'func') return unaryNode('addr', expr, pointerTo(expr.ty!), tok);
  if (!isLvalue(expr) && expr.kind !== 'stmtExpr' && !(expr.kind === 'cast' && isAggregate(expr.ty!))) {
    errorAt(tok, 'lvalue required as unary \'&\' operand');
  }
  return unaryNode('addr', expr, pointerTo(expr.ty!), tok);
}

/**
 * An argument for a parameter of type `to`. A GNU transparent union parameter takes a value
 * of any member's type; gcc passes it as the union's first member would travel, so the
 * value goes converted to that member's type (all members are the same size).
 */
export function passArgument(a: Node, to: Type, argument?: ConversionSite['argument']): Node {
  if (to.isTransparentUnion && !isCompatible(to, a.ty!) && to.members.length > 0) {
    const from = asPointer(a.ty!);
    const nullPointer = isInteger(from) && a.kind === 'num' && a.val === 0n;
    const fits = to.members.some((m) => isCompatible(m.ty, from) ||
      (m.ty.kind === 'ptr' && (nullPointer || (from.kind === 'ptr' && (m.ty.base!.kind === 'void' || from.base!.kind === 'void')))));
    if (fits) return castNode(a, to.members[0].ty);
  }
  return convertForAssign(a, to, a.tok, 'passing argument to', argument);
}

/** The value an expression of type `from` takes when assigned to `to`, warning like gcc. */
/** `bitWidth`: the width of the bit-field stored into, whose type -Woverflow names ('unsigned char:3'). */
export function convertForAssign(expr: Node, to: Type, tok: IToken, what: string, argument?: ConversionSite['argument'], bitWidth?: number): Node {
  const from = expr.ty!;
  const site: ConversionSite = { what, argument };
  // (gcc places it at an assignment's operator, else at the value.)
  if (to.kind === 'enum') checkEnumConversion(expr, to, what === 'assigning to' ? tok : expressionStart(expr));
  if (isVector(to) || isVector(from)) return isVectorAssignable(from, to) ? expr : incompatibleTypes(expr, to, tok, site);
  if (isComplex(to) || (isComplex(from) && isScalar(to))) return castNode(expr, to);
  if (isInt128(to) || (isInt128(from) && isScalar(to))) return checkConstantConversion(expr, to, castNode(expr, to));
  if (isFloat128(to) || (isFloat128(from) && isScalar(to))) {
    if (to.kind === 'ptr' || from.kind === 'ptr') incompatibleTypes(expr, to, tok, site);
    return castNode(expr, to);
  }
  if (isAggregate(to)) {
    if (!isAggregate(from) || !sameRecord(from, to)) incompatibleTypes(expr, to, tok, site);
    if (!to.isComplete) errorAt(expr.tok, `invalid use of undefined type ${quotedType(to)}`);
    return expr;
  }
  if (to.kind === 'ptr') {
    if (isPointerLike(from) || from.kind === 'func') {
      const fb = from.kind === 'func' ? from : from.base!;
      checkPointerConversion(to, unqualified(asPointer(from)), fb, warningPlace(expr, tok, what), { what, argument }, isNullPointerConstant(expr));
      return castNode(expr, to);
    }
    if (isInteger(from)) {
      if (!(expr.kind === 'num' && expr.val === 0n)) {
        pedwarnAt(warningPlace(expr, tok, what), intConversionMessage(to, from, { what, argument }, 'pointer from integer'));
        noteExpectedArgument(to, from, { what, argument });
      }
      return castNode(expr, to);
    }
  }
  // Pointers convert to and from integers, never floating values (C11 6.5.16.1p1).
  const pointerAndFloat = (to.kind === 'ptr' && isFlonum(from)) || (isFlonum(to) && (isPointerLike(from) || from.kind === 'func'));
  if (isScalar(to) && (isScalar(from) || from.kind === 'array' || from.kind === 'func') && !pointerAndFloat) {
    if (to.kind === 'bool') checkBoolContext(expr, 'convert');
    if (isPointerOrFunction(from) && isInteger(to) && to.kind !== 'bool') {
      pedwarnAt(warningPlace(expr, tok, what), intConversionMessage(to, asPointer(from), { what, argument }, 'integer from pointer'));
      noteExpectedArgument(to, asPointer(from), { what, argument });
    }
    const n = castNode(expr, to);
    if (bitWidth !== undefined) checkBitfieldConversion(expr, to, bitWidth, n);
    else checkConstantConversion(expr, to, n);
    return n;
  }
  return incompatibleTypes(expr, to, tok, site);
}

/** gcc shows a conversion of an initializer from the initializer's first token, others at their operator. */
function warningPlace(expr: Node, tok: IToken, what: string): IToken {
  return what === 'initializing' ? expressionStart(expr) : tok;
}

function sameRecord(a: Type, b: Type): boolean {
  const ra = a.origin && isAggregate(a.origin) ? a.origin : a;
  const rb = b.origin && isAggregate(b.origin) ? b.origin : b;
  return ra === rb || a === b || (ra.members === rb.members);
}

export function assignNode(lhs: Node, rhs: Node, tok: IToken): Node {
  if (!isLvalue(lhs)) errorAt(tok, 'lvalue required as left operand of assignment');
  if (lhs.ty!.kind === 'array') errorAt(tok, 'assignment to expression with array type');
  const field = lhs.kind === 'member' && lhs.member!.isBitfield ? lhs.member! : undefined;
  const r = convertForAssign(field ? narrowTrapping(rhs, field.bitWidth) : rhs, lhs.ty!, tok, 'assigning to', undefined, field?.bitWidth);
  return binaryNode('assign', lhs, r, lhs.ty!, tok);
}

export function commaNode(lhs: Node, rhs: Node, tok: IToken): Node {
  return binaryNode('comma', lhs, rhs, rhs.ty!, tok);
}

/** The comma operator written in the source: its value is no lvalue, so an array or function decays (C11 6.5.17p2). */
export function sequenceNode(lhs: Node, rhs: Node, tok: IToken): Node {
  warnCommaLeftHand(lhs, tok);
  return binaryNode('comma', lhs, rhs, asPointer(rhs.ty!), tok);
}

/** `checkOperands`: the source's `?:` has its numeric operands checked (sign-compare.ts), once their type is known. */
export function condNode(cond: Node, then: Node, els: Node, tok: IToken, checkOperands?: (then: Node, els: Node, ty: Type) => void): Node {
  requireTruthValue(cond, tok);
  dropRuledOut('cond', cond, then, els);
  const n = newNode('cond', tok);
  checkBoolContext(cond, 'choice', tok);
  n.cond = truthValue(cond);
  // A narrow bit-field operand counts as the int it promotes to (`c ? s.bits3 : 1` is signed).
  if (isNumeric(then.ty!) && isNumeric(els.ty!)) {
    then = promoteBitfield(then);
    els = promoteBitfield(els);
  }
  const a = then.ty!;
  const b = els.ty!;
  let ty: Type;
  if (isNumeric(a) && isNumeric(b)) {
    ty = commonType(a, b);
    checkOperands?.(then, els, ty);
  } else if ((isNumberLikeAggregate(a) || isNumberLikeAggregate(b)) && isArithmetic(a) && isArithmetic(b)) {
    ty = wideCommonType(a, b);
  } else if (a.kind === 'void' || b.kind === 'void') {
    ty = a.kind === 'void' ? a : b;
  } else if (isPlainAggregate(a) || isPlainAggregate(b)) {
    // C99 6.5.15p3: a struct or union operand needs a compatible one on the other side
    // (`c ? -1 : some_struct` is an error, as in gcc, not a silent conversion).
    if (!isCompatible(a, b)) errorAt(tok, 'type mismatch in conditional expression');
    ty = a;
  } else if (isPointerOrFunction(a) && isPointerOrFunction(b)) {
    ty = conditionalPointerType(then, els, tok);
  } else if (isPointerOrFunction(a) || isPointerOrFunction(b)) {
    // A pointer pairs with a null pointer constant only (C11 6.5.15p3); GNU C takes any integer.
    const other = isPointerOrFunction(a) ? els : then;
    if (!isInteger(other.ty!)) errorAt(tok, 'type mismatch in conditional expression');
    if (!isNullPointerConstant(other)) pedwarnAt(tok, 'pointer/integer type mismatch in conditional expression');
    ty = asPointer(isPointerOrFunction(a) ? a : b);
  } else {
    ty = a;
  }
  // A number held in an aggregate (`c ? (__int128)x : 0`) converts like any number.
  const keep = ty.kind === 'void' || (isAggregate(ty) && !isNumberLikeAggregate(ty));
  n.then = keep ? then : castNode(then, ty);
  n.els = keep ? els : castNode(els, ty);
  n.ty = ty;
  return n;
}

/**
 * The type of `c ? p : q` for two pointers (C11 6.5.15p6): a null pointer constant takes
 * the other side's type, a `void *` side wins, and the pointee has the qualifiers of both
 * (`const T *` and `volatile void *`). Pointers to incompatible types have none in ISO C.
 */
function conditionalPointerType(then: Node, els: Node, tok: IToken): Type {
  const ty = asPointer(then.ty!);
  const other = asPointer(els.ty!);
  if (isNullPointerConstant(then)) return other;
  if (isNullPointerConstant(els)) return ty;
  const [a, b] = [ty.base!, other.base!];
  if ((a.kind === 'void' && b.kind === 'func') || (a.kind === 'func' && b.kind === 'void')) {
    pedwarnAt(tok, "ISO C forbids conditional expr between 'void *' and function pointer", '-Wpedantic');
  } else if (a.kind !== 'void' && b.kind !== 'void' && !isCompatible(a, b)) {
    pedwarnAt(tok, 'pointer type mismatch in conditional expression');
  }
  const combined = qualifiedType(b.kind === 'void' ? b : a, a.isConst || b.isConst, a.isVolatile || b.isVolatile);
  return combined !== a ? pointerTo(combined) : ty;
}

function isArithmetic(t: Type): boolean {
  return isNumeric(t) || isNumberLikeAggregate(t);
}

/** The usual arithmetic conversions' type when an operand is _Float128, _Complex or __int128. */
function wideCommonType(a: Type, b: Type): Type {
  if (a.isFloat128 || b.isFloat128) return tyFloat128;
  if (a.complexBase || b.complexBase) return a.complexBase ? a : b;
  if (isFlonum(a) || isFlonum(b)) return isFlonum(a) ? a : b;
  return (a.isInt128 && a.isUnsigned) || (b.isInt128 && b.isUnsigned) ? tyUInt128 : tyInt128;
}

/** A struct or union of the program's own, not one standing for a number (complex, __int128) or a vector. */
function isPlainAggregate(t: Type): boolean {
  return isAggregate(t) && !isNumberLikeAggregate(t) && !isVector(t);
}

/** `0`, or `(void *)0` (an integer constant 0 cast to plain void *). */
function isNullPointerConstant(n: Node): boolean {
  let e = n;
  const t = e.ty!;
  if (e.kind === 'cast' && t.kind === 'ptr' && t.base!.kind === 'void' && !t.base!.isConst && !t.base!.isVolatile) e = e.lhs!;
  return e.kind === 'num' && e.val === 0n && isInteger(e.ty!);
}

export function memberNode(base: Node, member: import('./types.js').Member, tok: IToken): Node {
  const n = newNode('member', tok);
  n.lhs = member.dynBase ? shiftedRecord(base, member.dynBase, tok) : base;
  n.member = member;
  // A member of a const or volatile record is itself so qualified (C11 6.5.2.3p3).
  const record = base.ty!;
  n.ty = record.isConst || record.isVolatile ? qualifiedType(member.ty, record.isConst, record.isVolatile) : member.ty;
  return n;
}

/**
 * A member after a variable length one (vla-struct.ts) is at a run-time base plus its
 * offset: the record seen from that base, `*(struct s *)((char *)&base + dynBase)`.
 */
function shiftedRecord(base: Node, dynBase: Obj, tok: IToken): Node {
  const bytes = castNode(addrNode(base, tok), pointerTo(tyChar));
  const at = addNode(bytes, varNode(dynBase, tok), tok);
  return derefNode(castNode(at, pointerTo(base.ty!)), tok);
}

/** float → double and small integers → int, for variadic and unprototyped arguments. */
export function defaultPromotion(a: Node): Node {
  const t = a.ty!;
  if (t.kind === 'float' && t.floatN === undefined) return castNode(a, tyDouble);
  if (isInteger(t) && t.size < 4) return castNode(a, tyInt);
  if (t.kind === 'array') return castNode(a, pointerTo(t.base!));
  if (t.kind === 'func') return castNode(a, pointerTo(t));
  return a;
}

/** The string literal an expression is, as its array decayed to a pointer, through casts (gcc strips those). */
export function stringLiteralOf(n: Node): Obj | undefined {
  while (n.kind === 'cast') n = n.lhs!;
  if (n.kind === 'addr') n = n.lhs!;
  return n.kind === 'var' && n.obj!.isString ? n.obj : undefined;
}
